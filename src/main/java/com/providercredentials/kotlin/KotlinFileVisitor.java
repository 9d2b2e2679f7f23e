package com.providercredentials.kotlin;

import com.intellij.psi.PsiComment;
import com.intellij.psi.PsiElement;
import com.intellij.psi.impl.source.tree.LeafElement;
import com.providercredentials.core.Binding;
import com.providercredentials.core.Trait;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.GradleDsl;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.lowering.DepthGuard;
import com.providercredentials.lowering.Lowering;
import com.providercredentials.lowering.Scopes;
import java.util.List;
import org.jetbrains.kotlin.lexer.KtTokens;
import org.jetbrains.kotlin.psi.KtBinaryExpression;
import org.jetbrains.kotlin.psi.KtBlockStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtCallExpression;
import org.jetbrains.kotlin.psi.KtClassOrObject;
import org.jetbrains.kotlin.psi.KtConstructorDelegationCall;
import org.jetbrains.kotlin.psi.KtDotQualifiedExpression;
import org.jetbrains.kotlin.psi.KtExpression;
import org.jetbrains.kotlin.psi.KtFile;
import org.jetbrains.kotlin.psi.KtImportDirective;
import org.jetbrains.kotlin.psi.KtImportList;
import org.jetbrains.kotlin.psi.KtNameReferenceExpression;
import org.jetbrains.kotlin.psi.KtNamedFunction;
import org.jetbrains.kotlin.psi.KtObjectDeclaration;
import org.jetbrains.kotlin.psi.KtPackageDirective;
import org.jetbrains.kotlin.psi.KtProperty;
import org.jetbrains.kotlin.psi.KtReturnExpression;
import org.jetbrains.kotlin.psi.KtSimpleNameStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtStringTemplateExpression;
import org.jetbrains.kotlin.psi.KtTreeVisitorVoid;
import org.jetbrains.kotlin.psi.KtSuperTypeCallEntry;
import org.jetbrains.kotlin.psi.KtTypeReference;
import org.jetbrains.kotlin.psi.KtValueArgument;

/**
 * Walks one Kotlin file's syntax tree (sonar-kotlin's parse) and records what the detection core needs:
 * {@code const val}/{@code val} at top level, in objects and companion objects, locals, assignments,
 * returns, map entries ({@code "key" to value}), and calls with their positional and named arguments;
 * {@link KotlinLowering} makes their values. {@code build.gradle.kts} calls ({@code buildConfigField},
 * {@code resValue}, {@code manifestPlaceholders}) mean what {@link GradleDsl} says.
 */
public final class KotlinFileVisitor extends KtTreeVisitorVoid {

  /** How deep the tree is walked: see {@link DepthGuard}. */
  public static final int MAX_DEPTH = DepthGuard.MAX_DEPTH;

  private final SourceUnit unit;
  private final Detector detector;
  private final Scopes scopes = new Scopes();
  private final DepthGuard depth = new DepthGuard();
  private KotlinLowering lowering;
  private KotlinGradleDsl gradle;
  private KotlinCalls calls;

  public KotlinFileVisitor(SourceUnit unit, Detector detector) {
    this.unit = unit;
    this.detector = detector;
  }

  public SourceUnit collect(KtFile ktFile) {
    lowering = new KotlinLowering(unit, detector, scopes, ktFile);
    gradle = new KotlinGradleDsl(unit, lowering);
    calls = new KotlinCalls(lowering, scopes);
    scopes.packageName(ktFile.getPackageFqName().asString());
    for (KtImportDirective directive : ktFile.getImportDirectives()) {
      if (directive.getImportedFqName() == null || directive.isAllUnder()) {
        continue;
      }
      String fqn = directive.getImportedFqName().asString();
      if (Scopes.isAndroid(fqn)) {
        unit.trait(Trait.ANDROID_CODE);
      }
      scopes.imports(directive.getAliasName() != null ? directive.getAliasName() : fqn.substring(fqn.lastIndexOf('.') + 1), fqn);
    }
    if (gradle.script() && GradleDsl.appliesAndroidPlugin(KotlinStrings.fileText(ktFile))) {
      unit.trait(Trait.ANDROID_MODULE);
    }
    ktFile.accept(this);
    return unit;
  }

  /** Whether part of the file was nested too deep to be read. */
  public boolean tooDeep() {
    return depth.tooDeep();
  }

  @Override
  public void visitElement(PsiElement element) {
    if (!depth.enter()) {
      return;
    }
    try {
      unit.checkpoint();
      // what KtTreeVisitorVoid does (accept each child), without what holds nothing read here: the leaves (tokens, white
      // space and comments: most of a tree's nodes), KDoc comments (not leaves: parsed on demand, when first walked),
      // the package and imports (read from the file), and type references
      for (PsiElement child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof LeafElement || child instanceof PsiComment || child instanceof KtImportList || child instanceof KtPackageDirective
          || child instanceof KtTypeReference) {
          continue;
        }
        if (isVisited(child)) {
          child.accept(this);
        } else {
          // every other element's accept ends here, through the visitor's chain of defaults (visitExpression, visitKtElement...)
          visitElement(child);
        }
      }
    } finally {
      depth.exit();
    }
  }

  /** The elements of the visit methods below: the others are walked without going through the visitor's dispatch. */
  private static boolean isVisited(PsiElement element) {
    return element instanceof KtCallExpression || element instanceof KtBinaryExpression || element instanceof KtStringTemplateExpression
      || element instanceof KtProperty || element instanceof KtNamedFunction || element instanceof KtReturnExpression
      || element instanceof KtClassOrObject || element instanceof KtSuperTypeCallEntry || element instanceof KtConstructorDelegationCall;
  }

  /** {@code class EchoBot : TelegramLongPollingBot(token)}: a call of the supertype's constructor. */
  @Override
  public void visitSuperTypeCallEntry(KtSuperTypeCallEntry call) {
    if (call.getValueArgumentList() != null) {
      bindKeyValueArguments(call.getValueArgumentList().getArguments());
      calls.recordSuperTypeCall(call);
    }
    super.visitSuperTypeCallEntry(call);
  }

  /** {@code constructor() : super(token)}: a call of the superclass' constructor. */
  @Override
  public void visitConstructorDelegationCall(KtConstructorDelegationCall call) {
    if (call.getValueArgumentList() != null) {
      bindKeyValueArguments(call.getValueArgumentList().getArguments());
      calls.recordDelegationCall(call);
    }
    super.visitConstructorDelegationCall(call);
  }

  @Override
  public void visitClassOrObject(KtClassOrObject declaration) {
    String name = declaration.getName();
    if (name == null && declaration instanceof KtObjectDeclaration object && object.isCompanion()) {
      name = "Companion";
    }
    if (name == null) {
      super.visitClassOrObject(declaration);
      return;
    }
    scopes.enterType(name);
    super.visitClassOrObject(declaration);
    scopes.exitType();
  }

  @Override
  public void visitNamedFunction(KtNamedFunction function) {
    scopes.enterFunction(function.getName() == null ? "" : function.getName());
    KtExpression body = function.getBodyExpression();
    if (body != null && !function.hasBlockBody() && function.getName() != null) {
      // fun twilioToken() = "...": named by its function, as a returned value is
      lowering.bindReturned(body);
    }
    super.visitNamedFunction(function);
    scopes.exitFunction();
  }

  @Override
  public void visitReturnExpression(KtReturnExpression expression) {
    // return "...": named by its function (an expression body is a binding of its own, above)
    lowering.bindReturned(expression.getReturnedExpression());
    super.visitReturnExpression(expression);
  }

  @Override
  public void visitProperty(KtProperty property) {
    KtExpression initializer = property.getInitializer();
    String name = property.getName();
    if (initializer != null && name != null) {
      lowering.bind(lowering.propertyKeys(name, property.isLocal()), name, initializer, null);
    }
    super.visitProperty(property);
  }

  @Override
  public void visitBinaryExpression(KtBinaryExpression expression) {
    if (expression.getOperationToken() == KtTokens.PLUS) {
      // a chain of + is visited along its left spine without recursion: "a" + "b" + ... is a tree as deep as its terms
      DepthGuard.visitOperands((KtExpression) expression, lowering::isPlus, e -> ((KtBinaryExpression) e).getLeft(),
        e -> ((KtBinaryExpression) e).getRight(), e -> e.accept(this));
      return;
    }
    KtExpression left = lowering.skipParentheses(expression.getLeft());
    KtExpression right = expression.getRight();
    if (expression.getOperationToken() == KtTokens.EQ && right != null) {
      if (!gradle.placeholderAssignment(left, right)) {
        String name = left instanceof KtNameReferenceExpression ref ? ref.getReferencedName()
          : (left instanceof KtDotQualifiedExpression dot && dot.getSelectorExpression() instanceof KtNameReferenceExpression s ? s.getReferencedName() : null);
        lowering.bind(List.of(), name, right, null);
      }
    } else if ("to".equals(expression.getOperationReference().getReferencedName()) && left != null && right != null) {
      // mapOf("twilio.token" to "...")
      String key = lowering.constant(left);
      if (key != null && Lowering.isShortName(key)) {
        if (!gradle.placeholderEntry(expression, key, right)) {
          lowering.bind(List.of(), key, right, null);
        }
      }
    }
    super.visitBinaryExpression(expression);
  }

  @Override
  public void visitCallExpression(KtCallExpression call) {
    String callee = call.getCalleeExpression() instanceof KtNameReferenceExpression ref ? ref.getReferencedName() : null;
    if (callee == null) {
      super.visitCallExpression(call);
      return;
    }
    List<KtValueArgument> arguments = call.getValueArguments();
    if (!gradle.call(callee, arguments) && !gradle.propertySet(call, callee, arguments)) {
      bindKeyValueArguments(arguments);
      calls.recordCall(call, callee, arguments);
    }
    String block = gradle.block(call, callee);
    if (block == null) {
      block = lowering.constructorContext(callee);
    }
    if (block != null) {
      scopes.enterBlock(block);
    }
    super.visitCallExpression(call);
    if (block != null) {
      scopes.exitBlock();
    }
  }

  @Override
  public void visitStringTemplateExpression(KtStringTemplateExpression expression) {
    if (!lowering.isConsumed(expression) && mayBeWorthIt(expression)) {
      Expr expr = lowering.expression(expression);
      boolean worthIt = expr instanceof Expr.Literal literal ? detector.worthReporting(literal.value())
        : (expr instanceof Expr.Concat concat && concat.parts().stream().anyMatch(Expr.Ref.class::isInstance)
          && concat.parts().stream().noneMatch(Expr.Opaque.class::isInstance));
      if (worthIt) {
        // a literal, or a template of constants ("$sid:$token") that no name holds
        unit.add(Binding.literal(expr));
      }
    }
    super.visitStringTemplateExpression(expression);
  }

  /**
   * Whether a template's value may be worth recording, decided on the tree before building it: one with values in it,
   * or text at least as long as the shortest credential (as written: an escape is longer than what it stands for).
   */
  private boolean mayBeWorthIt(KtStringTemplateExpression expression) {
    int written = 0;
    for (KtStringTemplateEntry entry : expression.getEntries()) {
      if (entry instanceof KtSimpleNameStringTemplateEntry || entry instanceof KtBlockStringTemplateEntry) {
        return true;
      }
      written += entry.getTextLength();
    }
    return written >= detector.minimumLength();
  }

  /** {@code put("twilio.token", value)}, {@code setProperty(...)}: the key names the value. */
  private void bindKeyValueArguments(List<KtValueArgument> arguments) {
    for (int i = 0; i + 1 < arguments.size(); i++) {
      String key = lowering.constant(arguments.get(i).getArgumentExpression());
      KtExpression value = arguments.get(i + 1).getArgumentExpression();
      if (key != null && value != null && lowering.namesNextArgument(key)) {
        lowering.bind(List.of(), key, value, null);
      }
    }
  }
}
