package com.providercredentials.java;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Call;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
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
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.BinaryExpressionTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.ImportClauseTree;
import org.sonar.plugins.java.api.tree.ImportTree;
import org.sonar.plugins.java.api.tree.LiteralTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.ParenthesizedTree;
import org.sonar.plugins.java.api.tree.PrimitiveTypeTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeCastTree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * Walks one Java compilation unit and records what the detection core needs: string values with the
 * names that hold them (fields, variables, assignments, returns, map keys), and calls with their
 * arguments. References to constants are kept as references, with the names under which they may be
 * declared, so that the core can resolve them across files; they are resolved here through symbols when
 * sonar-java knows them, and through imports and the package when it does not (no libraries on the
 * classpath, the common case in CI).
 */
final class JavaFileVisitor extends BaseTreeVisitor {

  /** Names used as keys of a map or property are short; longer literals are values. */
  private static final int MAX_KEY_LENGTH = 100;

  private final String file;
  private final Detector detector;
  private final SourceUnit unit;
  private final Map<String, String> imports = new HashMap<>();
  private final Map<String, String> staticImports = new HashMap<>();
  private final Deque<String> classes = new ArrayDeque<>();
  private final Deque<String> methods = new ArrayDeque<>();
  private final Set<Tree> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
  private String packageName = "";
  /** The methods declared {@code native} in this file: what they return comes from a native library. */
  private final Set<String> nativeMethods = new java.util.HashSet<>();

  JavaFileVisitor(SourceUnit unit, Detector detector) {
    this.file = unit.file();
    this.detector = detector;
    this.unit = unit;
  }

  SourceUnit collect(CompilationUnitTree tree) {
    scan(tree);
    return unit;
  }

  /**
   * How deep the tree is walked. sonar-java's trees are walked by recursion; code nested deeper than this
   * (thousands of nested calls, generated code) is not read, rather than overflowing the stack of the
   * scanner's thread. Real code stays far below it.
   */
  static final int MAX_DEPTH = 400;

  private int depth;
  private boolean tooDeep;

  /** Whether part of the file was nested too deep to be read. */
  boolean tooDeep() {
    return tooDeep;
  }

  @Override
  protected void scan(@Nullable Tree tree) {
    if (depth >= MAX_DEPTH) {
      tooDeep = true;
      return;
    }
    unit.checkpoint();
    depth++;
    try {
      super.scan(tree);
    } finally {
      depth--;
    }
  }

  @Override
  public void visitCompilationUnit(CompilationUnitTree tree) {
    if (tree.packageDeclaration() != null) {
      packageName = dotted(tree.packageDeclaration().packageName());
    }
    for (ImportClauseTree clause : tree.imports()) {
      if (clause instanceof ImportTree importTree) {
        String name = dotted(importTree.qualifiedIdentifier());
        if (name.startsWith("android.") || name.startsWith("androidx.")) {
          unit.trait(Trait.ANDROID_CODE);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && !name.endsWith(".*")) {
          (importTree.isStatic() ? staticImports : imports).put(name.substring(dot + 1), importTree.isStatic() ? name.substring(0, dot) : name);
        }
      }
    }
    // native methods are declared at class level: walk the classes, not the whole tree (a walk with no depth bound)
    Deque<Tree> classes = new ArrayDeque<>(tree.types());
    while (!classes.isEmpty()) {
      if (classes.pop() instanceof ClassTree type) {
        for (Tree member : type.members()) {
          if (member instanceof MethodTree method
            && method.modifiers().modifiers().stream().anyMatch(m -> m.modifier() == org.sonar.plugins.java.api.tree.Modifier.NATIVE)) {
            nativeMethods.add(method.simpleName().name());
          } else if (member instanceof ClassTree) {
            classes.push(member);
          }
        }
      }
    }
    super.visitCompilationUnit(tree);
  }

  @Override
  public void visitClass(ClassTree tree) {
    String name = tree.simpleName() == null ? null : tree.simpleName().name();
    if (name == null) {
      super.visitClass(tree);
      return;
    }
    classes.push(classes.isEmpty() ? qualify(packageName, name) : (classes.peek() + "." + name));
    super.visitClass(tree);
    classes.pop();
  }

  @Override
  public void visitMethod(MethodTree tree) {
    methods.push(tree.simpleName().name());
    super.visitMethod(tree);
    methods.pop();
  }

  @Override
  public void visitVariable(VariableTree tree) {
    ExpressionTree initializer = tree.initializer();
    // a variable of a primitive type holds no string
    if (initializer != null && !(tree.type() instanceof PrimitiveTypeTree) && mayBindInitializer(initializer)) {
      String name = tree.simpleName().name();
      Symbol symbol = tree.symbol();
      boolean field = methods.isEmpty() || (symbol != null && !symbol.isUnknown() && symbol.owner() != null && symbol.owner().isTypeSymbol());
      List<String> keys = field ? fieldKeys(name) : localKeys(tree, name);
      ExpressionTree value = skipParentheses(initializer);
      if (value instanceof NewArrayTree array) {
        array.initializers().forEach(element -> bind(List.of(), name, element));
      } else {
        bind(keys, name, value);
      }
    }
    super.visitVariable(tree);
  }

  @Override
  public void visitAssignmentExpression(AssignmentExpressionTree tree) {
    if (tree.is(Tree.Kind.ASSIGNMENT)) {
      ExpressionTree variable = skipParentheses(tree.variable());
      String name = null;
      if (variable instanceof IdentifierTree identifier) {
        name = identifier.name();
      } else if (variable instanceof MemberSelectExpressionTree select) {
        name = select.identifier().name();
      }
      if (name != null) {
        bind(List.of(), name, tree.expression());
      }
    }
    super.visitAssignmentExpression(tree);
  }

  @Override
  public void visitReturnStatement(ReturnStatementTree tree) {
    if (tree.expression() != null && !methods.isEmpty()) {
      bind(List.of(), methods.peek(), tree.expression());
    }
    super.visitReturnStatement(tree);
  }

  @Override
  public void visitMethodInvocation(MethodInvocationTree tree) {
    ExpressionTree select = tree.methodSelect();
    if (select instanceof MemberSelectExpressionTree member) {
      String method = member.identifier().name();
      bindKeyValueArguments(tree.arguments());
      recordCall(() -> {
        String written = typeLike(skipParentheses(member.expression()));
        String owner = resolvedOwner(tree.methodSymbol());
        return new Owner(owner == null && written != null ? importedType(written) : owner, written);
      }, method, tree.arguments(), member.identifier());
    } else if (select instanceof IdentifierTree identifier) {
      String method = identifier.name();
      bindKeyValueArguments(tree.arguments());
      recordCall(() -> {
        String owner = resolvedOwner(tree.methodSymbol());
        return new Owner(owner == null ? staticImports.get(method) : owner, null);
      }, method, tree.arguments(), select);
    }
    super.visitMethodInvocation(tree);
  }

  @Override
  public void visitNewClass(NewClassTree tree) {
    Tree type = tree.identifier();
    if (type instanceof ParameterizedTypeTree parameterized) {
      type = parameterized.type();
    }
    String written = dotted(type);
    if (!written.isEmpty()) {
      recordCall(() -> {
        String owner = resolvedOwner(tree.methodSymbol());
        return new Owner(owner == null ? importedType(written) : owner, written);
      }, Call.CONSTRUCTOR, tree.arguments(), type);
    }
    super.visitNewClass(tree);
  }

  @Override
  public void visitLiteral(LiteralTree tree) {
    String value = stringValue(tree);
    if (value != null && detector.worthReporting(value) && !consumed.contains(tree)) {
      unit.add(Binding.literal(new Expr.Literal(value, range(tree))));
    }
    super.visitLiteral(tree);
  }

  /** {@code put("twilio.token", value)}, {@code setProperty(...)}, {@code putExtra(...)}: the key names the value. */
  private void bindKeyValueArguments(List<ExpressionTree> arguments) {
    for (int i = 0; i + 1 < arguments.size(); i++) {
      ExpressionTree key = skipParentheses(arguments.get(i));
      if (key instanceof LiteralTree literal && literal.is(Tree.Kind.STRING_LITERAL)) {
        String name = JavaLiterals.stringValue(literal.value());
        if (!name.isBlank() && name.length() <= MAX_KEY_LENGTH && name.chars().noneMatch(Character::isWhitespace) && !detector.hasCredentialShape(name)) {
          bind(List.of(), name, arguments.get(i + 1));
        }
      }
    }
  }

  /** The type a call is made on: resolved or imported ({@code owner}), and as written ({@code ownerName}); either may be null. */
  private record Owner(@Nullable String owner, @Nullable String ownerName) {
  }

  /** A call, when it may matter; its owner is looked up (symbols, imports) only then. */
  private void recordCall(java.util.function.Supplier<Owner> ownerOf, String method, List<ExpressionTree> arguments, Tree nameTree) {
    if (arguments.isEmpty()) {
      return;
    }
    // decided on the trees, before any expression is built: most calls of a file are not worth it
    boolean worthIt = detector.isProviderMethod(method);
    for (int i = 0; i < arguments.size() && !worthIt; i++) {
      ExpressionTree argument = skipParenthesesAndCasts(arguments.get(i));
      String literal = stringValue(argument);
      worthIt = isConcatenation(argument) || (literal != null && detector.worthReporting(literal));
    }
    if (!worthIt) {
      return;
    }
    List<Call.Argument> args = new ArrayList<>();
    for (ExpressionTree argument : arguments) {
      args.add(Call.Argument.of(expression(argument)));
    }
    markConsumed(arguments);
    Owner owner = ownerOf.get();
    unit.add(new Call(owner.owner(), owner.ownerName(), method, args, range(nameTree)));
  }

  /**
   * Whether {@link #expression} may make something other than an opaque value, or a literal worth recording, of a
   * tree, decided without building it: a string literal (worth reporting, or named by {@code keys}), a concatenation,
   * a name, a qualified name, or {@code getString(..)}.
   */
  private boolean mayBind(ExpressionTree tree, List<String> keys) {
    return mayBind(tree, !keys.isEmpty());
  }

  /** {@link #mayBind} for a variable's initializer (a named value; array elements are values of their own). */
  private boolean mayBindInitializer(ExpressionTree initializer) {
    ExpressionTree value = skipParentheses(initializer);
    return value instanceof NewArrayTree array ? array.initializers().stream().anyMatch(element -> mayBind(element, false)) : mayBind(value, true);
  }

  private boolean mayBind(ExpressionTree tree, boolean named) {
    ExpressionTree expr = skipParenthesesAndCasts(tree);
    if (expr instanceof LiteralTree) {
      String literal = stringValue(expr);
      return literal != null && (named || detector.worthReporting(literal));
    }
    if (expr instanceof MethodInvocationTree invocation) {
      return !invocation.arguments().isEmpty() && "getString".equals(methodName(invocation));
    }
    return isConcatenation(expr) || expr instanceof IdentifierTree || expr instanceof MemberSelectExpressionTree;
  }

  private static boolean isConcatenation(ExpressionTree expr) {
    return expr instanceof BinaryExpressionTree binary && binary.is(Tree.Kind.PLUS);
  }

  /** The value of a string literal or text block, or null for any other tree. */
  @Nullable
  private static String stringValue(Tree tree) {
    if (tree instanceof LiteralTree literal) {
      if (literal.is(Tree.Kind.STRING_LITERAL)) {
        return JavaLiterals.stringValue(literal.value());
      }
      if (literal.is(Tree.Kind.TEXT_BLOCK)) {
        return JavaLiterals.textBlockValue(literal.value());
      }
    }
    return null;
  }

  /** What {@link #expression} sees through: parentheses and casts. */
  private static ExpressionTree skipParenthesesAndCasts(ExpressionTree tree) {
    ExpressionTree expr = skipParentheses(tree);
    while (expr instanceof TypeCastTree cast) {
      expr = skipParentheses(cast.expression());
    }
    return expr;
  }

  /** Records a value under a name when it may hold a credential or lead to one. */
  private void bind(List<String> keys, String name, ExpressionTree value) {
    if (!mayBind(value, keys)) {
      return;
    }
    Expr expr = expression(value);
    boolean worthIt;
    if (expr instanceof Expr.Literal literal) {
      worthIt = detector.worthReporting(literal.value()) || !keys.isEmpty();
    } else {
      worthIt = !(expr instanceof Expr.Opaque);
    }
    if (worthIt) {
      markConsumed(List.of(value));
      unit.add(new Binding(keys, List.of(name), context(), expr));
    }
  }

  /** The enclosing classes' simple names: {@code TwilioConfig} says what {@code TOKEN} is. */
  private List<String> context() {
    List<String> names = new ArrayList<>();
    for (String fqn : classes) {
      names.add(fqn.substring(fqn.lastIndexOf('.') + 1));
    }
    return names;
  }

  private Expr expression(ExpressionTree tree) {
    ExpressionTree expr = skipParentheses(tree);
    if (expr instanceof TypeCastTree cast) {
      return expression(cast.expression());
    }
    if (expr instanceof LiteralTree literal) {
      if (literal.is(Tree.Kind.STRING_LITERAL)) {
        return new Expr.Literal(JavaLiterals.stringValue(literal.value()), range(literal));
      }
      if (literal.is(Tree.Kind.TEXT_BLOCK)) {
        return new Expr.Literal(JavaLiterals.textBlockValue(literal.value()), range(literal));
      }
      return new Expr.Opaque(Expr.Origin.OTHER, literal.value(), range(literal));
    }
    if (expr instanceof BinaryExpressionTree binary && binary.is(Tree.Kind.PLUS)) {
      List<Expr> parts = new ArrayList<>();
      flattenConcatenation(binary, parts);
      return new Expr.Concat(parts, range(binary));
    }
    if (expr instanceof IdentifierTree identifier) {
      return identifierReference(identifier);
    }
    if (expr instanceof MemberSelectExpressionTree select) {
      return memberReference(select);
    }
    if (expr instanceof MethodInvocationTree invocation) {
      return invocationValue(invocation);
    }
    if (expr instanceof NewClassTree newClass) {
      return newObjectValue(newClass);
    }
    return new Expr.Opaque(Expr.Origin.OTHER, expr.kind().name(), range(expr));
  }

  /** The operands of a {@code +} tree, left to right; iterative, as a 10,000-term concatenation is a tree that deep. */
  private void flattenConcatenation(ExpressionTree tree, List<Expr> parts) {
    Deque<ExpressionTree> pending = new ArrayDeque<>();
    pending.push(tree);
    while (!pending.isEmpty()) {
      ExpressionTree expr = skipParentheses(pending.pop());
      if (expr instanceof BinaryExpressionTree binary && binary.is(Tree.Kind.PLUS)) {
        pending.push(binary.rightOperand());
        pending.push(binary.leftOperand());
      } else {
        parts.add(expression(expr));
      }
    }
  }

  /**
   * A chain of binary operators is visited along its left spine without recursion: sonar-java builds
   * {@code "a" + "b" + ... } as a tree as deep as the number of terms. (sonar-java's own
   * {@code visitBinaryExpression} is also the one visit that bypasses {@link #scan(Tree)} and its depth bound.)
   */
  @Override
  public void visitBinaryExpression(BinaryExpressionTree tree) {
    Deque<ExpressionTree> rightOperands = new ArrayDeque<>();
    ExpressionTree left = tree;
    while (left instanceof BinaryExpressionTree binary) {
      rightOperands.push(binary.rightOperand());
      left = binary.leftOperand();
    }
    scan(left);
    while (!rightOperands.isEmpty()) {
      scan(rightOperands.pop());
    }
  }

  private Expr identifierReference(IdentifierTree identifier) {
    String name = identifier.name();
    Symbol symbol = identifier.symbol();
    SourceRange range = range(identifier);
    if (symbol != null && !symbol.isUnknown() && symbol.isVariableSymbol()) {
      if (symbol.isParameter()) {
        return new Expr.Opaque(Expr.Origin.OTHER, name, range);
      }
      if (symbol.isLocalVariable()) {
        List<String> keys = new ArrayList<>();
        if (symbol.declaration() instanceof VariableTree declaration) {
          keys.add(localPositionKey(declaration));
        }
        keys.add(localNameKey(name));
        return new Expr.Ref(keys, name, range);
      }
      String owner = symbol.owner() != null && symbol.owner().isTypeSymbol() ? normalize(symbol.owner().type().fullyQualifiedName()) : null;
      if (owner != null && !owner.isEmpty()) {
        return new Expr.Ref(List.of(owner + "." + name), name, range);
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(localNameKey(name));
    for (String enclosing : classes) {
      keys.add(enclosing + "." + name);
    }
    if (staticImports.containsKey(name)) {
      keys.add(staticImports.get(name) + "." + name);
    }
    return new Expr.Ref(List.copyOf(keys), name, range);
  }

  private Expr memberReference(MemberSelectExpressionTree select) {
    String name = select.identifier().name();
    String qualifier = dotted(select.expression());
    SourceRange range = range(select);
    if (qualifier.isEmpty()) {
      return new Expr.Opaque(Expr.Origin.OTHER, name, range);
    }
    if (qualifier.equals("this") && !classes.isEmpty()) {
      return new Expr.Ref(List.of(classes.peek() + "." + name), name, range);
    }
    // generated by the Android build from Gradle and res/: the module's own first
    if (qualifier.equals("BuildConfig") || qualifier.endsWith(".BuildConfig")) {
      return new Expr.Ref(List.of(unit.module() + "#BuildConfig." + name, "BuildConfig." + name), "BuildConfig." + name, range);
    }
    if (qualifier.equals("R.string") || qualifier.endsWith(".R.string")) {
      return new Expr.Ref(List.of(unit.module() + "#R.string." + name, "R.string." + name), "R.string." + name, range);
    }
    Set<String> keys = new LinkedHashSet<>();
    Symbol symbol = select.identifier().symbol();
    if (symbol != null && !symbol.isUnknown() && symbol.owner() != null && symbol.owner().isTypeSymbol()) {
      keys.add(normalize(symbol.owner().type().fullyQualifiedName()) + "." + name);
    }
    String imported = importedType(qualifier);
    if (imported != null) {
      keys.add(imported + "." + name);
    }
    keys.add(qualify(packageName, qualifier) + "." + name);
    keys.add(qualifier + "." + name);
    return new Expr.Ref(List.copyOf(keys), qualifier + "." + name, range);
  }

  /** {@code getString(R.string.x)} reads a resource; other calls produce values the source does not show. */
  private Expr invocationValue(MethodInvocationTree invocation) {
    String method = methodName(invocation);
    if (method.equals("getString") && !invocation.arguments().isEmpty()) {
      Expr argument = expression(invocation.arguments().get(0));
      if (argument instanceof Expr.Ref ref && ref.display().startsWith("R.string.")) {
        return new Expr.Ref(ref.keys(), ref.display(), range(invocation));
      }
    }
    String receiver = "";
    if (invocation.methodSelect() instanceof MemberSelectExpressionTree m) {
      // getApplicationInfo().metaData.getString(..): what is read is named last
      receiver = m.expression() instanceof MemberSelectExpressionTree field ? field.identifier().name() : dotted(m.expression());
    }
    return new Expr.Opaque(ValueOrigins.of(receiver, method, nativeMethods.contains(method) && receiver.isEmpty()), method, range(invocation));
  }

  private static String methodName(MethodInvocationTree invocation) {
    return invocation.methodSelect() instanceof MemberSelectExpressionTree m ? m.identifier().name()
      : (invocation.methodSelect() instanceof IdentifierTree i ? i.name() : "");
  }

  /** {@code new String(Base64.decode(..))}: what the arguments are decoded from; other objects say nothing. */
  private Expr newObjectValue(NewClassTree newClass) {
    Expr.Origin origin = Expr.Origin.OTHER;
    if (newClass.identifier() instanceof IdentifierTree type && type.name().equals("String") && !newClass.arguments().isEmpty()) {
      Expr bytes = expression(newClass.arguments().get(0));
      if (bytes instanceof Expr.Opaque opaque) {
        origin = opaque.origin();
      }
    }
    return new Expr.Opaque(origin, origin == Expr.Origin.OTHER ? newClass.kind().name() : "String", range(newClass));
  }

  private void markConsumed(List<ExpressionTree> trees) {
    Deque<ExpressionTree> pending = new ArrayDeque<>(trees);
    while (!pending.isEmpty()) {
      ExpressionTree expr = skipParentheses(pending.pop());
      if (expr instanceof LiteralTree) {
        consumed.add(expr);
      } else if (expr instanceof BinaryExpressionTree binary && binary.is(Tree.Kind.PLUS)) {
        pending.push(binary.rightOperand());
        pending.push(binary.leftOperand());
      }
    }
  }

  private List<String> fieldKeys(String name) {
    if (classes.isEmpty()) {
      return List.of(name);
    }
    List<String> keys = new ArrayList<>();
    String fqn = classes.peek();
    keys.add(fqn + "." + name);
    String relative = packageName.isEmpty() ? fqn : fqn.substring(packageName.length() + 1);
    // Outer.Inner.NAME, Inner.NAME: how other files may write it without the package
    String[] segments = relative.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      keys.add(String.join(".", List.of(segments).subList(i, segments.length)) + "." + name);
    }
    return keys;
  }

  private List<String> localKeys(VariableTree tree, String name) {
    return List.of(localPositionKey(tree), localNameKey(name));
  }

  private String localPositionKey(VariableTree declaration) {
    Position start = Position.startOf(declaration.simpleName().identifierToken());
    return file + "#" + start.line() + ":" + start.columnOffset();
  }

  private String localNameKey(String name) {
    return file + "#" + (methods.isEmpty() ? "" : methods.peek()) + "#" + name;
  }

  @Nullable
  private static String resolvedOwner(@Nullable Symbol.MethodSymbol symbol) {
    if (symbol == null || symbol.isUnknown() || symbol.owner() == null) {
      return null;
    }
    String fqn = normalize(symbol.owner().type().fullyQualifiedName());
    return fqn.isEmpty() ? null : fqn;
  }

  /** {@code Twilio} or {@code TwilioRestClient.Builder} to its imported fully qualified name, when an import says it. */
  @Nullable
  private String importedType(String written) {
    int dot = written.indexOf('.');
    String first = dot < 0 ? written : written.substring(0, dot);
    String imported = imports.get(first);
    if (imported != null) {
      return dot < 0 ? imported : (imported + written.substring(dot));
    }
    if (dot > 0 && Character.isLowerCase(written.charAt(0))) {
      // written fully qualified: com.twilio.Twilio
      return written;
    }
    return null;
  }

  /** The qualifier of a call if it reads like a type ({@code Twilio}, {@code TwilioRestClient.Builder}), else null. */
  @Nullable
  private static String typeLike(ExpressionTree qualifier) {
    String written = dotted(qualifier);
    if (written.isEmpty()) {
      return null;
    }
    String last = written.substring(written.lastIndexOf('.') + 1);
    return Character.isUpperCase(last.charAt(0)) ? written : null;
  }

  private static String dotted(@Nullable Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    if (tree instanceof MemberSelectExpressionTree select) {
      String left = dotted(select.expression());
      return left.isEmpty() ? "" : (left + "." + select.identifier().name());
    }
    return "";
  }

  private static String normalize(String fqn) {
    return fqn.replace('$', '.');
  }

  private static String qualify(String pkg, String name) {
    return pkg.isEmpty() ? name : (pkg + "." + name);
  }

  private static ExpressionTree skipParentheses(ExpressionTree tree) {
    ExpressionTree expr = tree;
    while (expr instanceof ParenthesizedTree parenthesized) {
      expr = parenthesized.expression();
    }
    return expr;
  }

  private SourceRange range(Tree tree) {
    Position start = Position.startOf(tree.firstToken());
    Position end = Position.endOf(tree.lastToken());
    return SourceRange.of(file, start.line(), start.columnOffset(), end.line(), end.columnOffset());
  }
}
