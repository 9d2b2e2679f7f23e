package com.providercredentials.kotlin;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Call;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.GradleDsl;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceText;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.Trait;
import com.providercredentials.core.ValueOrigins;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.jetbrains.kotlin.lexer.KtTokens;
import org.jetbrains.kotlin.psi.KtArrayAccessExpression;
import org.jetbrains.kotlin.psi.KtBinaryExpression;
import org.jetbrains.kotlin.psi.KtBlockStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtCallExpression;
import org.jetbrains.kotlin.psi.KtClassOrObject;
import org.jetbrains.kotlin.psi.KtDotQualifiedExpression;
import org.jetbrains.kotlin.psi.KtElement;
import org.jetbrains.kotlin.psi.KtEscapeStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtExpression;
import org.jetbrains.kotlin.psi.KtFile;
import org.jetbrains.kotlin.psi.KtImportDirective;
import org.jetbrains.kotlin.psi.KtLiteralStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtNameReferenceExpression;
import org.jetbrains.kotlin.psi.KtNamedFunction;
import org.jetbrains.kotlin.psi.KtObjectDeclaration;
import org.jetbrains.kotlin.psi.KtParenthesizedExpression;
import org.jetbrains.kotlin.psi.KtProperty;
import org.jetbrains.kotlin.psi.KtReturnExpression;
import org.jetbrains.kotlin.psi.KtSafeQualifiedExpression;
import org.jetbrains.kotlin.psi.KtSimpleNameStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtStringTemplateExpression;
import org.jetbrains.kotlin.psi.KtTreeVisitorVoid;
import org.jetbrains.kotlin.psi.KtValueArgument;

/**
 * Walks one Kotlin file's syntax tree (sonar-kotlin's parse) and records what the detection core needs:
 * {@code const val}/{@code val} at top level, in objects and companion objects, locals, assignments,
 * returns, map entries ({@code "key" to value}), and calls with their positional and named arguments.
 * String templates are concatenations of their parts, so {@code "$sid:$token"} resolves to what its
 * constants hold. {@code build.gradle.kts} calls ({@code buildConfigField}, {@code resValue},
 * {@code manifestPlaceholders}) are recorded as the Groovy front-end does.
 */
public final class KotlinFileVisitor extends KtTreeVisitorVoid {

  private static final int MAX_KEY_LENGTH = 100;

  private final SourceUnit unit;
  private final Detector detector;
  private final String file;
  /** The file's text with its line starts, made on the first range asked (most files have no candidate). */
  private SourceText text;
  private KtFile ktFile;
  private String packageName = "";
  /** The functions declared {@code external} in this file: what they return comes from a native library. */
  private Set<String> externalFunctions;
  private final Map<String, String> imports = new HashMap<>();
  private final Deque<String> classes = new ArrayDeque<>();
  private final Deque<String> functions = new ArrayDeque<>();
  private final Set<KtElement> consumed = Collections.newSetFromMap(new IdentityHashMap<>());

  public KotlinFileVisitor(SourceUnit unit, Detector detector) {
    this.unit = unit;
    this.detector = detector;
    this.file = unit.file();
  }

  public SourceUnit collect(KtFile ktFile) {
    this.ktFile = ktFile;
    packageName = ktFile.getPackageFqName().asString();
    for (KtImportDirective directive : ktFile.getImportDirectives()) {
      if (directive.getImportedFqName() == null || directive.isAllUnder()) {
        continue;
      }
      String fqn = directive.getImportedFqName().asString();
      if (fqn.startsWith("android.") || fqn.startsWith("androidx.")) {
        unit.trait(Trait.ANDROID_CODE);
      }
      String alias = directive.getAliasName() != null ? directive.getAliasName() : fqn.substring(fqn.lastIndexOf('.') + 1);
      imports.put(alias, fqn);
    }
    if (file.endsWith(".gradle.kts") && GradleDsl.appliesAndroidPlugin(ktFile.getText())) {
      unit.trait(Trait.ANDROID_MODULE);
    }
    ktFile.accept(this);
    return unit;
  }

  /**
   * How deep the tree is walked. The syntax tree is walked by recursion; code nested deeper than this (thousands
   * of nested calls, generated code) is not read, rather than overflowing the stack of the scanner's thread.
   */
  public static final int MAX_DEPTH = 400;

  private int depth;
  private boolean tooDeep;

  /** Whether part of the file was nested too deep to be read. */
  public boolean tooDeep() {
    return tooDeep;
  }

  @Override
  public void visitElement(com.intellij.psi.PsiElement element) {
    if (depth >= MAX_DEPTH) {
      tooDeep = true;
      return;
    }
    unit.checkpoint();
    depth++;
    try {
      // what KtTreeVisitorVoid does (accept each child), without what holds nothing read here: the leaves (tokens, white
      // space and comments: most of a tree's nodes), the package and imports (read from the file), and type references
      for (com.intellij.psi.PsiElement child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof com.intellij.psi.impl.source.tree.LeafElement || child instanceof org.jetbrains.kotlin.psi.KtImportList
          || child instanceof org.jetbrains.kotlin.psi.KtPackageDirective || child instanceof org.jetbrains.kotlin.psi.KtTypeReference) {
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
      depth--;
    }
  }

  /** The elements of the visit methods below: the others are walked without going through the visitor's dispatch. */
  private static boolean isVisited(com.intellij.psi.PsiElement element) {
    return element instanceof KtCallExpression || element instanceof KtBinaryExpression || element instanceof KtStringTemplateExpression
      || element instanceof KtProperty || element instanceof KtNamedFunction || element instanceof KtReturnExpression
      || element instanceof KtClassOrObject;
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
    classes.push(classes.isEmpty() ? qualify(packageName, name) : (classes.peek() + "." + name));
    super.visitClassOrObject(declaration);
    classes.pop();
  }

  @Override
  public void visitNamedFunction(KtNamedFunction function) {
    functions.push(function.getName() == null ? "" : function.getName());
    KtExpression body = function.getBodyExpression();
    if (body != null && !function.hasBlockBody()) {
      // fun twilioToken() = "..."
      bind(List.of(), function.getName(), body, null);
    }
    super.visitNamedFunction(function);
    functions.pop();
  }

  @Override
  public void visitProperty(KtProperty property) {
    KtExpression initializer = property.getInitializer();
    String name = property.getName();
    if (initializer != null && name != null) {
      bind(property.isLocal() ? localKeys(name) : memberKeys(name), name, initializer, null);
    }
    super.visitProperty(property);
  }

  @Override
  public void visitReturnExpression(KtReturnExpression expression) {
    if (expression.getReturnedExpression() != null && !functions.isEmpty()) {
      bind(List.of(), functions.peek(), expression.getReturnedExpression(), null);
    }
    super.visitReturnExpression(expression);
  }

  @Override
  public void visitBinaryExpression(KtBinaryExpression expression) {
    if (expression.getOperationToken() == KtTokens.PLUS) {
      // a chain of + is visited along its left spine without recursion: "a" + "b" + ... is a tree as deep as its terms
      Deque<KtExpression> rightOperands = new ArrayDeque<>();
      KtExpression spine = expression;
      while (spine instanceof KtBinaryExpression binary && binary.getOperationToken() == KtTokens.PLUS) {
        if (binary.getRight() != null) {
          rightOperands.push(binary.getRight());
        }
        spine = binary.getLeft();
      }
      if (spine != null) {
        spine.accept(this);
      }
      while (!rightOperands.isEmpty()) {
        rightOperands.pop().accept(this);
      }
      return;
    }
    KtExpression left = skipParentheses(expression.getLeft());
    KtExpression right = expression.getRight();
    if (expression.getOperationToken() == KtTokens.EQ && right != null) {
      if (left instanceof KtArrayAccessExpression access && "manifestPlaceholders".equals(text(access.getArrayExpression()))
        && access.getIndexExpressions().size() == 1) {
        // manifestPlaceholders["key"] = "value"
        String key = constant(access.getIndexExpressions().get(0));
        if (key != null) {
          placeholder(key, right);
        }
      } else {
        String name = left instanceof KtNameReferenceExpression ref ? ref.getReferencedName()
          : (left instanceof KtDotQualifiedExpression dot && dot.getSelectorExpression() instanceof KtNameReferenceExpression s ? s.getReferencedName() : null);
        if (name != null) {
          bind(List.of(), name, right, null);
        }
      }
    } else if ("to".equals(expression.getOperationReference().getReferencedName()) && left != null && right != null) {
      // mapOf("twilio.token" to "...")
      String key = constant(left);
      if (key != null && key.length() <= MAX_KEY_LENGTH && key.chars().noneMatch(Character::isWhitespace)) {
        if (isManifestPlaceholdersMap(expression)) {
          placeholder(key, right);
        } else {
          bind(List.of(), key, right, null);
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
    switch (callee) {
      case "buildConfigField" -> buildConfigField(arguments);
      case "resValue" -> resValue(arguments);
      default -> {
        bindKeyValueArguments(arguments);
        recordCall(call, callee, arguments);
      }
    }
    super.visitCallExpression(call);
  }

  @Override
  public void visitStringTemplateExpression(KtStringTemplateExpression expression) {
    if (!consumed.contains(expression) && mayBeWorthIt(expression)) {
      Expr expr = expression(expression);
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

  /** {@code buildConfigField("String", "NAME", "\"value\"")} in build.gradle.kts. */
  private void buildConfigField(List<KtValueArgument> arguments) {
    if (arguments.size() != 3) {
      return;
    }
    String name = constant(arguments.get(1).getArgumentExpression());
    Expr value = com.providercredentials.core.BuildConfigValues.javaString(expression(arguments.get(2).getArgumentExpression()));
    if (name != null && value != null) {
      consumed.add(arguments.get(0).getArgumentExpression());
      unit.add(new Binding(List.of(unit.module() + "#BuildConfig." + name, "BuildConfig." + name), List.of(name), List.of("BuildConfig"), value,
        "Compiled into BuildConfig." + name + " here"));
    }
  }

  /** {@code resValue("string", "name", "value")} in build.gradle.kts. */
  private void resValue(List<KtValueArgument> arguments) {
    if (arguments.size() != 3) {
      return;
    }
    String type = constant(arguments.get(0).getArgumentExpression());
    String name = constant(arguments.get(1).getArgumentExpression());
    KtExpression value = arguments.get(2).getArgumentExpression();
    if (type != null && name != null && value != null) {
      bind(List.of(unit.module() + "#R." + type + "." + name, "R." + type + "." + name), name, value,
        "Generated as the resource @" + type + "/" + name + " here");
    }
  }

  private void placeholder(String key, KtExpression value) {
    bind(List.of(unit.module() + "#manifestPlaceholders." + key, "manifestPlaceholders." + key), key, value,
      "Written into the manifest placeholder ${" + key + "} here");
  }

  private static boolean isManifestPlaceholdersMap(KtBinaryExpression pair) {
    for (com.intellij.psi.PsiElement parent = pair.getParent(); parent != null && !(parent instanceof KtFile); parent = parent.getParent()) {
      if (parent instanceof KtBinaryExpression assignment && assignment.getLeft() != null
        && "manifestPlaceholders".equals(assignment.getLeft().getText())) {
        return true;
      }
      if (parent instanceof KtProperty || parent instanceof KtNamedFunction) {
        return false;
      }
    }
    return false;
  }

  /** {@code put("twilio.token", value)}, {@code setProperty(...)}: the key names the value. */
  private void bindKeyValueArguments(List<KtValueArgument> arguments) {
    for (int i = 0; i + 1 < arguments.size(); i++) {
      String key = constant(arguments.get(i).getArgumentExpression());
      KtExpression value = arguments.get(i + 1).getArgumentExpression();
      if (key != null && value != null && !key.isBlank() && key.length() <= MAX_KEY_LENGTH && key.chars().noneMatch(Character::isWhitespace)
        && !detector.hasCredentialShape(key)) {
        bind(List.of(), key, value, null);
      }
    }
  }

  /**
   * A call: {@code Twilio.init(...)}, {@code Credentials.basic(...)}, or a constructor
   * ({@code BasicAWSCredentials(...)}, {@code TwilioRestClient.Builder(...)}), with named arguments kept by name.
   */
  private void recordCall(KtCallExpression call, String callee, List<KtValueArgument> arguments) {
    if (arguments.isEmpty()) {
      return;
    }
    boolean constructor = Character.isUpperCase(callee.charAt(0));
    String method = constructor ? Call.CONSTRUCTOR : callee;
    // decided on the trees, before any expression is built: most calls of a file are not worth it
    boolean worthIt = detector.isProviderMethod(method);
    for (KtValueArgument argument : arguments) {
      KtExpression expression = skipParentheses(argument.getArgumentExpression());
      if (expression == null) {
        return;
      }
      worthIt = worthIt || isConcatenation(expression) || (mayBeLiteral(expression) && expression(expression) instanceof Expr.Literal literal
        && detector.worthReporting(literal.value()));
    }
    if (!worthIt) {
      return;
    }
    String receiver = null;
    if (call.getParent() instanceof KtDotQualifiedExpression dot && dot.getSelectorExpression() == call) {
      receiver = typeLike(dot.getReceiverExpression());
    } else if (call.getParent() instanceof KtSafeQualifiedExpression safe && safe.getSelectorExpression() == call) {
      receiver = typeLike(safe.getReceiverExpression());
    }
    String ownerName = constructor ? (receiver == null ? callee : receiver + "." + callee) : receiver;
    String owner = ownerName == null ? imports.get(callee) == null ? null : ownerOf(imports.get(callee)) : importedType(ownerName);
    List<Call.Argument> args = new ArrayList<>();
    for (KtValueArgument argument : arguments) {
      String name = argument.getArgumentName() == null ? null : argument.getArgumentName().getAsName().asString();
      args.add(new Call.Argument(name, expression(argument.getArgumentExpression())));
    }
    arguments.forEach(a -> markConsumed(a.getArgumentExpression()));
    unit.add(new Call(owner, ownerName, method, args, range(call.getCalleeExpression())));
  }

  /** Whether {@link #expression} makes a concatenation of a tree: {@code +}, or a template with {@code $} parts. */
  private static boolean isConcatenation(KtExpression expr) {
    return (expr instanceof KtBinaryExpression binary && binary.getOperationToken() == KtTokens.PLUS)
      || (expr instanceof KtStringTemplateExpression template && template.hasInterpolation());
  }

  /** Whether {@link #expression} may make a literal of a tree: a template, or {@code "...".trimIndent()} and the like. */
  private static boolean mayBeLiteral(KtExpression expr) {
    return expr instanceof KtStringTemplateExpression
      || (expr instanceof KtDotQualifiedExpression dot && skipParentheses(dot.getReceiverExpression()) instanceof KtStringTemplateExpression);
  }

  /**
   * Whether {@link #expression} may make something other than an opaque value of a tree, decided without building it:
   * calls are opaque but for {@code getString(..)} and {@code "...".trim()}.
   */
  private static boolean mayHaveValue(@Nullable KtExpression tree) {
    KtExpression expr = skipParentheses(tree);
    if (expr instanceof KtCallExpression call) {
      return isGetString(call);
    }
    if (expr instanceof org.jetbrains.kotlin.psi.KtQualifiedExpression qualified && qualified.getSelectorExpression() instanceof KtCallExpression call) {
      return isGetString(call) || (qualified instanceof KtDotQualifiedExpression && mayBeLiteral(qualified));
    }
    return expr instanceof KtStringTemplateExpression || expr instanceof KtBinaryExpression || expr instanceof KtNameReferenceExpression
      || expr instanceof KtDotQualifiedExpression;
  }

  private static boolean isGetString(KtCallExpression call) {
    return call.getCalleeExpression() instanceof KtNameReferenceExpression callee && callee.getReferencedName().equals("getString")
      && !call.getValueArguments().isEmpty();
  }

  private void bind(List<String> keys, @Nullable String name, KtExpression value, @Nullable String via) {
    if (name == null || !mayHaveValue(value)) {
      return;
    }
    Expr expr = expression(value);
    boolean worthIt = expr instanceof Expr.Literal literal ? (detector.worthReporting(literal.value()) || !keys.isEmpty()) : !(expr instanceof Expr.Opaque);
    if (worthIt) {
      markConsumed(value);
      unit.add(new Binding(keys, List.of(name), context(), expr, via));
    }
  }

  private List<String> context() {
    List<String> names = new ArrayList<>();
    for (String fqn : classes) {
      names.add(fqn.substring(fqn.lastIndexOf('.') + 1));
    }
    return names;
  }

  private Expr expression(@Nullable KtExpression tree) {
    KtExpression expr = skipParentheses(tree);
    if (expr == null) {
      return new Expr.Opaque(Expr.Origin.OTHER, "", SourceRange.of(file, 1, 0, 1, 0));
    }
    SourceRange range = range(expr);
    if (expr instanceof KtStringTemplateExpression template) {
      return template(template);
    }
    if (expr instanceof KtBinaryExpression binary && binary.getOperationToken() == KtTokens.PLUS) {
      List<Expr> parts = new ArrayList<>();
      flatten(binary, parts);
      return new Expr.Concat(parts, range);
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
    if (expr instanceof org.jetbrains.kotlin.psi.KtSafeQualifiedExpression safe && safe.getSelectorExpression() instanceof KtCallExpression call
      && call.getCalleeExpression() != null) {
      return callValue(call, call.getCalleeExpression().getText(), range);
    }
    return new Expr.Opaque(Expr.Origin.OTHER, expr.getClass().getSimpleName(), range);
  }

  /** The operands of a {@code +} tree, left to right, without recursion. */
  private void flatten(KtExpression tree, List<Expr> parts) {
    Deque<KtExpression> pending = new ArrayDeque<>();
    pending.push(tree);
    while (!pending.isEmpty()) {
      KtExpression expr = skipParentheses(pending.pop());
      if (expr instanceof KtBinaryExpression binary && binary.getOperationToken() == KtTokens.PLUS) {
        if (binary.getRight() != null) {
          pending.push(binary.getRight());
        }
        if (binary.getLeft() != null) {
          pending.push(binary.getLeft());
        }
      } else {
        parts.add(expression(expr));
      }
    }
  }

  /** A string template: its literal parts, and its {@code $name} / {@code ${...}} parts as what they refer to. */
  private Expr template(KtStringTemplateExpression template) {
    SourceRange range = range(template);
    KtStringTemplateEntry[] entries = template.getEntries();
    if (!template.hasInterpolation()) {
      StringBuilder value = new StringBuilder();
      for (KtStringTemplateEntry entry : entries) {
        value.append(entry instanceof KtEscapeStringTemplateEntry escape ? escape.getUnescapedValue() : entry.getText());
      }
      return new Expr.Literal(value.toString(), range);
    }
    List<Expr> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int literalStart = -1;
    for (KtStringTemplateEntry entry : entries) {
      if (entry instanceof KtLiteralStringTemplateEntry || entry instanceof KtEscapeStringTemplateEntry) {
        if (literalStart < 0) {
          literalStart = entry.getTextRange().getStartOffset();
        }
        literal.append(entry instanceof KtEscapeStringTemplateEntry escape ? escape.getUnescapedValue() : entry.getText());
        continue;
      }
      if (literalStart >= 0) {
        parts.add(new Expr.Literal(literal.toString(), text().range(literalStart, entry.getTextRange().getStartOffset())));
        literal.setLength(0);
        literalStart = -1;
      }
      KtExpression inner = entry instanceof KtSimpleNameStringTemplateEntry simple ? simple.getExpression()
        : (entry instanceof KtBlockStringTemplateEntry block ? block.getExpression() : null);
      parts.add(inner == null ? new Expr.Opaque(Expr.Origin.OTHER, entry.getText(), range(entry)) : expression(inner));
    }
    if (literalStart >= 0) {
      parts.add(new Expr.Literal(literal.toString(), text().range(literalStart, entries[entries.length - 1].getTextRange().getEndOffset())));
    }
    return new Expr.Concat(parts, range);
  }

  private Expr nameReference(String name, SourceRange range) {
    Set<String> keys = new LinkedHashSet<>();
    for (String function : functions) {
      keys.add(file + "#" + function + "#" + name);
    }
    keys.add(file + "##" + name);
    for (String enclosing : classes) {
      keys.add(enclosing + "." + name);
      keys.add(enclosing + ".Companion." + name);
    }
    if (imports.containsKey(name)) {
      keys.add(imports.get(name));
    }
    keys.add(qualify(packageName, name));
    return new Expr.Ref(List.copyOf(keys), name, range);
  }

  /** {@code Secrets.API_TOKEN}, {@code BuildConfig.X}, {@code R.string.x}, {@code "..." .trimIndent()}. */
  private Expr qualified(KtDotQualifiedExpression dot, SourceRange range) {
    KtExpression selector = dot.getSelectorExpression();
    KtExpression receiver = skipParentheses(dot.getReceiverExpression());
    if (selector instanceof KtCallExpression call && call.getCalleeExpression() != null) {
      String method = call.getCalleeExpression().getText();
      if (receiver instanceof KtStringTemplateExpression template && call.getValueArguments().isEmpty()
        && List.of("trimIndent", "trimMargin", "trim").contains(method) && template(template) instanceof Expr.Literal literal) {
        String value = switch (method) {
          case "trimIndent" -> literal.value().stripIndent().strip();
          case "trimMargin" -> trimMargin(literal.value());
          default -> literal.value().strip();
        };
        return new Expr.Literal(value, literal.range());
      }
      return callValue(call, method, range);
    }
    String qualifier = text(receiver);
    String name = selector instanceof KtNameReferenceExpression ref ? ref.getReferencedName() : null;
    if (name == null || qualifier == null) {
      return new Expr.Opaque(Expr.Origin.OTHER, dot.getText(), range);
    }
    if (qualifier.equals("BuildConfig") || qualifier.endsWith(".BuildConfig")) {
      return new Expr.Ref(List.of(unit.module() + "#BuildConfig." + name, "BuildConfig." + name), "BuildConfig." + name, range);
    }
    if (qualifier.equals("R.string") || qualifier.endsWith(".R.string")) {
      return new Expr.Ref(List.of(unit.module() + "#R.string." + name, "R.string." + name), "R.string." + name, range);
    }
    Set<String> keys = new LinkedHashSet<>();
    String imported = importedType(qualifier);
    if (imported != null) {
      keys.add(imported + "." + name);
      keys.add(imported + ".Companion." + name);
    }
    keys.add(qualify(packageName, qualifier) + "." + name);
    keys.add(qualifier + "." + name);
    return new Expr.Ref(List.copyOf(keys), qualifier + "." + name, range);
  }

  private static String trimMargin(String value) {
    StringBuilder out = new StringBuilder();
    for (String line : value.split("\n", -1)) {
      String stripped = line.stripLeading();
      out.append(out.length() == 0 ? "" : "\n").append(stripped.startsWith("|") ? stripped.substring(1) : line);
    }
    return out.toString().strip();
  }

  /** {@code getString(R.string.x)} reads a resource; other calls produce values the source does not show. */
  private Expr callValue(KtCallExpression call, String method, SourceRange range) {
    if (method.equals("getString") && !call.getValueArguments().isEmpty()) {
      Expr argument = expression(call.getValueArguments().get(0).getArgumentExpression());
      if (argument instanceof Expr.Ref ref && ref.display().startsWith("R.string.")) {
        return new Expr.Ref(ref.keys(), ref.display(), range);
      }
    }
    String receiver = "";
    if (call.getParent() instanceof org.jetbrains.kotlin.psi.KtQualifiedExpression qualified && qualified.getSelectorExpression() == call) {
      receiver = qualified.getReceiverExpression().getText();
    }
    if (method.equals("String") && !call.getValueArguments().isEmpty()
      && expression(call.getValueArguments().get(0).getArgumentExpression()) instanceof Expr.Opaque bytes) {
      // String(Base64.decode(..)), String(xor(..)): what the bytes are decoded from
      return new Expr.Opaque(bytes.origin(), method, range);
    }
    return new Expr.Opaque(ValueOrigins.of(receiver, method, receiver.isEmpty() && externalFunctions().contains(method)), method, range);
  }

  /** The text of a plain string argument, or null. */
  @Nullable
  private String constant(@Nullable KtExpression expression) {
    KtExpression expr = skipParentheses(expression);
    if (expr instanceof KtStringTemplateExpression template && !template.hasInterpolation() && template(template) instanceof Expr.Literal literal) {
      consumed.add(template);
      return literal.value();
    }
    return null;
  }

  private void markConsumed(@Nullable KtExpression expression) {
    Deque<KtExpression> pending = new ArrayDeque<>();
    if (expression != null) {
      pending.push(expression);
    }
    while (!pending.isEmpty()) {
      markConsumedOne(skipParentheses(pending.pop()), pending);
    }
  }

  private void markConsumedOne(@Nullable KtExpression expr, Deque<KtExpression> pending) {
    if (expr instanceof KtStringTemplateExpression) {
      consumed.add(expr);
    } else if (expr instanceof KtBinaryExpression binary && binary.getOperationToken() == KtTokens.PLUS) {
      if (binary.getRight() != null) {
        pending.push(binary.getRight());
      }
      if (binary.getLeft() != null) {
        pending.push(binary.getLeft());
      }
    } else if (expr instanceof KtDotQualifiedExpression dot && dot.getReceiverExpression() instanceof KtStringTemplateExpression receiver) {
      consumed.add(receiver);
    }
  }

  private List<String> memberKeys(String name) {
    List<String> keys = new ArrayList<>();
    if (classes.isEmpty()) {
      keys.add(qualify(packageName, name));
      keys.add(file + "##" + name);
      return keys;
    }
    String fqn = classes.peek();
    keys.add(fqn + "." + name);
    String relative = packageName.isEmpty() ? fqn : fqn.substring(packageName.length() + 1);
    String[] segments = relative.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      keys.add(String.join(".", List.of(segments).subList(i, segments.length)) + "." + name);
    }
    if (fqn.endsWith(".Companion")) {
      // C.Companion.NAME is written C.NAME
      String outer = fqn.substring(0, fqn.length() - ".Companion".length());
      keys.add(outer + "." + name);
      keys.add(outer.substring(outer.lastIndexOf('.') + 1) + "." + name);
    }
    return keys;
  }

  private List<String> localKeys(String name) {
    return List.of(file + "#" + (functions.isEmpty() ? "" : functions.peek()) + "#" + name);
  }

  /** {@code Twilio}, {@code TwilioRestClient.Builder}: the imported fully qualified name, when an import says it. */
  @Nullable
  private String importedType(String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String imported = imports.get(first);
    if (imported != null) {
      return dot < 0 ? imported : (imported + written.substring(dot));
    }
    return dot > 0 && Character.isLowerCase(written.charAt(0)) ? written : null;
  }

  private static String ownerOf(String fqn) {
    int dot = fqn.lastIndexOf('.');
    return dot < 0 ? fqn : fqn.substring(0, dot);
  }

  @Nullable
  private static String typeLike(@Nullable KtExpression receiver) {
    String written = text(skipParentheses(receiver));
    if (written == null || written.isEmpty()) {
      return null;
    }
    String last = written.substring(written.lastIndexOf('.') + 1);
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) ? written : null;
  }

  /** {@code a.b.C} as written, for names and qualified names only. */
  @Nullable
  private static String text(@Nullable KtExpression expression) {
    if (expression instanceof KtNameReferenceExpression ref) {
      return ref.getReferencedName();
    }
    if (expression instanceof KtDotQualifiedExpression dot && dot.getSelectorExpression() instanceof KtNameReferenceExpression selector) {
      String left = text(dot.getReceiverExpression());
      return left == null ? null : left + "." + selector.getReferencedName();
    }
    return null;
  }

  @Nullable
  private static KtExpression skipParentheses(@Nullable KtExpression expression) {
    KtExpression expr = expression;
    while (expr instanceof KtParenthesizedExpression parenthesized) {
      expr = parenthesized.getExpression();
    }
    return expr;
  }

  private static String qualify(String pkg, String name) {
    return pkg.isEmpty() ? name : (pkg + "." + name);
  }

  /** The functions declared {@code external} in the file or its classes, found on first use (most files never ask). */
  private Set<String> externalFunctions() {
    if (externalFunctions == null) {
      externalFunctions = new java.util.HashSet<>();
      // declarations of the file or of its classes: walk those, not the whole tree (a walk with no depth bound)
      Deque<org.jetbrains.kotlin.psi.KtDeclaration> declarations = new ArrayDeque<>(ktFile.getDeclarations());
      while (!declarations.isEmpty()) {
        org.jetbrains.kotlin.psi.KtDeclaration declaration = declarations.pop();
        if (declaration instanceof KtNamedFunction function) {
          if (function.hasModifier(KtTokens.EXTERNAL_KEYWORD) && function.getName() != null) {
            externalFunctions.add(function.getName());
          }
        } else if (declaration instanceof KtClassOrObject type) {
          declarations.addAll(type.getDeclarations());
        }
      }
    }
    return externalFunctions;
  }

  private SourceText text() {
    if (text == null) {
      text = new SourceText(file, ktFile.getText());
    }
    return text;
  }

  private SourceRange range(com.intellij.psi.PsiElement element) {
    return text().range(element.getTextRange().getStartOffset(), element.getTextRange().getEndOffset());
  }
}
