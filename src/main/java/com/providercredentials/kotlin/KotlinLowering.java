package com.providercredentials.kotlin;

import com.intellij.psi.PsiElement;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.lowering.Lowering;
import com.providercredentials.lowering.Scopes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.jetbrains.kotlin.lexer.KtTokens;
import org.jetbrains.kotlin.psi.KtBinaryExpression;
import org.jetbrains.kotlin.psi.KtCallExpression;
import org.jetbrains.kotlin.psi.KtClassOrObject;
import org.jetbrains.kotlin.psi.KtDeclaration;
import org.jetbrains.kotlin.psi.KtDotQualifiedExpression;
import org.jetbrains.kotlin.psi.KtExpression;
import org.jetbrains.kotlin.psi.KtFile;
import org.jetbrains.kotlin.psi.KtNameReferenceExpression;
import org.jetbrains.kotlin.psi.KtNamedFunction;
import org.jetbrains.kotlin.psi.KtParenthesizedExpression;
import org.jetbrains.kotlin.psi.KtQualifiedExpression;
import org.jetbrains.kotlin.psi.KtSafeQualifiedExpression;
import org.jetbrains.kotlin.psi.KtStringTemplateExpression;
import org.jetbrains.kotlin.psi.KtValueArgument;

/**
 * The {@link Lowering} of Kotlin PSI: string templates are concatenations of their parts, so {@code "$sid:$token"}
 * resolves to what its constants hold; names resolve through the enclosing functions, objects and companion objects,
 * the imports and the package; {@code "...".trimIndent()} is a literal.
 */
final class KotlinLowering extends Lowering<KtExpression> {

  private final String file;
  private final KtFile ktFile;
  /** A Kotlin build script: property reads ({@code props["X"]}) are references there ({@link KotlinGradleDsl#propertyRead}). */
  private final boolean gradleScript;
  /** The file's text with its line starts, made on the first range asked (most files have no candidate). */
  private SourceText text;

  KotlinLowering(SourceUnit unit, Detector detector, Scopes scopes, KtFile ktFile) {
    super(unit, detector, scopes);
    this.file = unit.file();
    this.ktFile = ktFile;
    this.gradleScript = unit.file().endsWith(".gradle.kts");
  }

  @Override
  @Nullable
  protected KtExpression inParentheses(KtExpression tree) {
    return tree instanceof KtParenthesizedExpression parenthesized ? parenthesized.getExpression() : tree;
  }

  @Override
  public boolean isPlus(KtExpression tree) {
    return tree instanceof KtBinaryExpression binary && binary.getOperationToken() == KtTokens.PLUS;
  }

  @Override
  @Nullable
  protected KtExpression operand(KtExpression plus, boolean left) {
    return left ? ((KtBinaryExpression) plus).getLeft() : ((KtBinaryExpression) plus).getRight();
  }

  @Override
  protected Expr lowerOperand(@Nullable KtExpression expr) {
    if (expr == null) {
      return new Expr.Opaque(Expr.Origin.OTHER, "", SourceRange.of(file, 1, 0, 1, 0));
    }
    SourceRange range = range(expr);
    if (expr instanceof KtStringTemplateExpression template) {
      return template(template);
    }
    Expr.Ref propertyRead = gradleScript ? KotlinGradleDsl.propertyRead(expr, range) : null;
    if (propertyRead != null) {
      return propertyRead;
    }
    if (expr instanceof KtNameReferenceExpression name) {
      return nameReference(name.getReferencedName(), range);
    }
    if (expr instanceof KtDotQualifiedExpression dot) {
      return qualified(dot, range);
    }
    if (expr instanceof KtCallExpression call && call.getCalleeExpression() != null) {
      return callValue(call, call.getCalleeExpression().getText(), range);
    }
    if (expr instanceof KtSafeQualifiedExpression safe && safe.getSelectorExpression() instanceof KtCallExpression call
      && call.getCalleeExpression() != null) {
      return callValue(call, call.getCalleeExpression().getText(), range);
    }
    return new Expr.Opaque(Expr.Origin.OTHER, expr.getClass().getSimpleName(), range);
  }

  /** Calls are opaque but for {@code getString(..)} and {@code "...".trim()}. */
  @Override
  protected boolean mayHaveValue(@Nullable KtExpression tree, boolean named) {
    KtExpression expr = skipParentheses(tree);
    if (gradleScript && KotlinGradleDsl.isPropertyRead(expr)) {
      return true;
    }
    if (expr instanceof KtCallExpression call) {
      return isGetString(call);
    }
    if (expr instanceof KtQualifiedExpression qualified && qualified.getSelectorExpression() instanceof KtCallExpression call) {
      return isGetString(call) || (qualified instanceof KtDotQualifiedExpression && mayBeLiteral(qualified));
    }
    return expr instanceof KtStringTemplateExpression || expr instanceof KtBinaryExpression || expr instanceof KtNameReferenceExpression
      || expr instanceof KtDotQualifiedExpression;
  }

  private static boolean isGetString(KtCallExpression call) {
    return call.getCalleeExpression() instanceof KtNameReferenceExpression callee && callee.getReferencedName().equals("getString")
      && !call.getValueArguments().isEmpty();
  }

  @Override
  protected boolean mayBeCandidate(KtExpression expression) {
    return isConcatenation(expression)
      || (mayBeLiteral(expression) && expression(expression) instanceof Expr.Literal literal && detector.worthReporting(literal.value()));
  }

  /** Whether {@link #expression} makes a concatenation of a tree: {@code +}, or a template with {@code $} parts. */
  private boolean isConcatenation(KtExpression expr) {
    return isPlus(expr) || (expr instanceof KtStringTemplateExpression template && template.hasInterpolation());
  }

  /** Whether {@link #expression} may make a literal of a tree: a template, or {@code "...".trimIndent()} and the like. */
  private boolean mayBeLiteral(KtExpression expr) {
    return expr instanceof KtStringTemplateExpression
      || (expr instanceof KtDotQualifiedExpression dot && skipParentheses(dot.getReceiverExpression()) instanceof KtStringTemplateExpression);
  }

  @Override
  protected void consumeOperand(KtExpression expr) {
    if (expr instanceof KtStringTemplateExpression) {
      consume(expr);
    } else if (expr instanceof KtDotQualifiedExpression dot && dot.getReceiverExpression() instanceof KtStringTemplateExpression receiver) {
      consume(receiver);
    }
  }

  /** Marks a tree as taken by a binding, so that it is not recorded again as a literal no name holds. */
  void take(@Nullable KtExpression tree) {
    consume(tree);
  }

  /** Marks the strings of a bound value as taken. */
  void takeValue(@Nullable KtExpression value) {
    markConsumed(value);
  }

  /** The functions declared {@code external} in the file or its classes. */
  @Override
  protected Set<String> declaredNativeFunctions() {
    Set<String> names = new HashSet<>();
    // declarations of the file or of its classes: walk those, not the whole tree (a walk with no depth bound)
    Deque<KtDeclaration> declarations = new ArrayDeque<>(ktFile.getDeclarations());
    while (!declarations.isEmpty()) {
      KtDeclaration declaration = declarations.pop();
      if (declaration instanceof KtNamedFunction function) {
        if (function.hasModifier(KtTokens.EXTERNAL_KEYWORD) && function.getName() != null) {
          names.add(function.getName());
        }
      } else if (declaration instanceof KtClassOrObject type) {
        declarations.addAll(type.getDeclarations());
      }
    }
    return names;
  }

  /** A string template: see {@link KotlinStrings#template}. */
  Expr template(KtStringTemplateExpression template) {
    return KotlinStrings.template(this, template);
  }

  private Expr nameReference(String name, SourceRange range) {
    Set<String> keys = new LinkedHashSet<>();
    for (String function : scopes.functions()) {
      keys.add(SymbolKey.local(file, function, name));
    }
    keys.add(SymbolKey.local(file, "", name));
    for (String enclosing : scopes.types()) {
      keys.add(SymbolKey.member(enclosing, name));
      keys.add(SymbolKey.member(enclosing + ".Companion", name));
    }
    if (scopes.imported(name) != null) {
      keys.add(scopes.imported(name));
    }
    keys.add(scopes.inPackage(name));
    return new Expr.Ref(List.copyOf(keys), name, range);
  }

  /** {@code Secrets.API_TOKEN}, {@code BuildConfig.X}, {@code R.string.x}, {@code "..." .trimIndent()}. */
  private Expr qualified(KtDotQualifiedExpression dot, SourceRange range) {
    KtExpression selector = dot.getSelectorExpression();
    KtExpression receiver = skipParentheses(dot.getReceiverExpression());
    if (selector instanceof KtCallExpression call && call.getCalleeExpression() != null) {
      String method = call.getCalleeExpression().getText();
      Expr trimmed = receiver instanceof KtStringTemplateExpression template && call.getValueArguments().isEmpty()
        ? KotlinStrings.trimmed(this, template, method) : null;
      return trimmed != null ? trimmed : callValue(call, method, range);
    }
    String qualifier = written(receiver);
    String name = selector instanceof KtNameReferenceExpression ref ? ref.getReferencedName() : null;
    if (name == null || qualifier == null) {
      return new Expr.Opaque(Expr.Origin.OTHER, dot.getText(), range);
    }
    Expr.Ref android = androidReference(qualifier, name, range);
    return android != null ? android : qualifiedReference(qualifier, name, null, range);
  }

  /** {@code C.NAME} may be declared in the companion object of {@code C}. */
  @Override
  protected void importedMemberKeys(String importedType, String name, Set<String> keys) {
    keys.add(SymbolKey.member(importedType, name));
    keys.add(SymbolKey.member(importedType + ".Companion", name));
  }

  /** {@code String(Base64.decode(..))}, {@code String(xor(..))}: what the bytes are decoded from; else see {@link Lowering}. */
  private Expr callValue(KtCallExpression call, String method, SourceRange range) {
    List<KtValueArgument> arguments = call.getValueArguments();
    if (method.equals("String") && !arguments.isEmpty() && expression(arguments.get(0).getArgumentExpression()) instanceof Expr.Opaque bytes) {
      return new Expr.Opaque(bytes.origin(), method, range);
    }
    String receiver = "";
    if (call.getParent() instanceof KtQualifiedExpression qualified && qualified.getSelectorExpression() == call) {
      receiver = qualified.getReceiverExpression().getText();
    }
    return callValue(receiver, method, arguments.isEmpty() ? null : () -> expression(arguments.get(0).getArgumentExpression()), range);
  }

  /** The text of a plain string argument, or null; the string is taken. */
  @Nullable
  String constant(@Nullable KtExpression expression) {
    KtExpression expr = skipParentheses(expression);
    if (expr instanceof KtStringTemplateExpression template && !template.hasInterpolation() && template(template) instanceof Expr.Literal literal) {
      consume(template);
      return literal.value();
    }
    return null;
  }

  /** The keys of a property of the file or of the innermost class or object. */
  List<String> propertyKeys(String name, boolean local) {
    if (local) {
      return List.of(SymbolKey.local(file, scopes.function(), name));
    }
    String fqn = scopes.innermostType();
    if (fqn == null) {
      return List.of(scopes.inPackage(name), SymbolKey.local(file, "", name));
    }
    List<String> keys = new ArrayList<>(scopes.memberKeys(name));
    if (fqn.endsWith(".Companion")) {
      // C.Companion.NAME is written C.NAME
      String outer = fqn.substring(0, fqn.length() - ".Companion".length());
      keys.add(SymbolKey.member(outer, name));
      keys.add(SymbolKey.member(outer.substring(outer.lastIndexOf('.') + 1), name));
    }
    return keys;
  }

  /** {@code a.b.C} as written, for names and qualified names only. */
  @Nullable
  static String written(@Nullable KtExpression expression) {
    if (expression instanceof KtNameReferenceExpression ref) {
      return ref.getReferencedName();
    }
    if (expression instanceof KtDotQualifiedExpression dot && dot.getSelectorExpression() instanceof KtNameReferenceExpression selector) {
      String left = written(dot.getReceiverExpression());
      return left == null ? null : left + "." + selector.getReferencedName();
    }
    return null;
  }

  SourceText text() {
    if (text == null) {
      text = new SourceText(file, KotlinStrings.fileText(ktFile));
    }
    return text;
  }

  @Override
  protected SourceRange range(KtExpression tree) {
    return range((PsiElement) tree);
  }

  SourceRange range(PsiElement element) {
    return text().range(element.getTextRange().getStartOffset(), element.getTextRange().getEndOffset());
  }
}
