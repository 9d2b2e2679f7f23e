package com.providercredentials.java;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Call;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.Trait;
import com.providercredentials.lowering.DepthGuard;
import com.providercredentials.lowering.Lowering.Owner;
import com.providercredentials.lowering.Scopes;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.annotation.Nullable;
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
import org.sonar.plugins.java.api.tree.PrimitiveTypeTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * Walks one Java compilation unit and records what the detection core needs: string values with the
 * names that hold them (fields, variables, assignments, returns, map keys), and calls with their
 * arguments. References to constants are kept as references, with the names under which they may be
 * declared, so that the core can resolve them across files; {@link JavaLowering} makes them.
 */
final class JavaFileVisitor extends BaseTreeVisitor {

  /** How deep the tree is walked: see {@link DepthGuard}. */
  static final int MAX_DEPTH = DepthGuard.MAX_DEPTH;
  /** How far back a chain of calls is followed to the type it starts from. */
  private static final int MAX_CHAIN = 64;

  private final Detector detector;
  private final SourceUnit unit;
  private final Scopes scopes = new Scopes();
  private final JavaLowering lowering;
  private final DepthGuard depth = new DepthGuard();
  /** The superclass of each enclosing class, as written ("" for none): what a {@code super(...)} call constructs. */
  private final java.util.ArrayDeque<String> superclasses = new java.util.ArrayDeque<>();

  JavaFileVisitor(SourceUnit unit, Detector detector) {
    this.detector = detector;
    this.unit = unit;
    this.lowering = new JavaLowering(unit, detector, scopes);
  }

  SourceUnit collect(CompilationUnitTree tree) {
    scan(tree);
    return unit;
  }

  /** Whether part of the file was nested too deep to be read. */
  boolean tooDeep() {
    return depth.tooDeep();
  }

  @Override
  protected void scan(@Nullable Tree tree) {
    if (!depth.enter()) {
      return;
    }
    try {
      unit.checkpoint();
      super.scan(tree);
    } finally {
      depth.exit();
    }
  }

  @Override
  public void visitCompilationUnit(CompilationUnitTree tree) {
    if (tree.packageDeclaration() != null) {
      scopes.packageName(JavaTrees.dotted(tree.packageDeclaration().packageName()));
    }
    for (ImportClauseTree clause : tree.imports()) {
      if (clause instanceof ImportTree importTree) {
        String name = JavaTrees.dotted(importTree.qualifiedIdentifier());
        if (Scopes.isAndroid(name)) {
          unit.trait(Trait.ANDROID_CODE);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && !name.endsWith(".*")) {
          if (importTree.isStatic()) {
            lowering.staticImport(name.substring(dot + 1), name.substring(0, dot));
          } else {
            scopes.imports(name.substring(dot + 1), name);
          }
        }
      }
    }
    lowering.types(tree.types());
    super.visitCompilationUnit(tree);
  }

  @Override
  public void visitClass(ClassTree tree) {
    if (tree.simpleName() == null) {
      super.visitClass(tree);
      return;
    }
    scopes.enterType(tree.simpleName().name());
    Tree superclass = tree.superClass() instanceof ParameterizedTypeTree parameterized ? parameterized.type() : tree.superClass();
    superclasses.push(superclass == null ? "" : JavaTrees.dotted(superclass));
    super.visitClass(tree);
    superclasses.pop();
    scopes.exitType();
  }

  @Override
  public void visitMethod(MethodTree tree) {
    scopes.enterFunction(tree.simpleName().name());
    super.visitMethod(tree);
    scopes.exitFunction();
  }

  @Override
  public void visitVariable(VariableTree tree) {
    ExpressionTree initializer = tree.initializer();
    // a variable of a primitive type holds no string
    if (initializer != null && !(tree.type() instanceof PrimitiveTypeTree) && lowering.mayBindInitializer(initializer)) {
      String name = tree.simpleName().name();
      Symbol symbol = tree.symbol();
      boolean field = !scopes.inFunction() || (symbol != null && !symbol.isUnknown() && symbol.owner() != null && symbol.owner().isTypeSymbol());
      List<String> keys = lowering.variableKeys(tree, name, field);
      ExpressionTree value = lowering.skipParentheses(initializer);
      if (value instanceof NewArrayTree array) {
        array.initializers().forEach(element -> lowering.bind(List.of(), name, element, null));
      } else {
        lowering.bind(keys, name, value, null);
      }
    }
    super.visitVariable(tree);
  }

  @Override
  public void visitAssignmentExpression(AssignmentExpressionTree tree) {
    if (tree.is(Tree.Kind.ASSIGNMENT)) {
      ExpressionTree variable = lowering.skipParentheses(tree.variable());
      String name = null;
      if (variable instanceof IdentifierTree identifier) {
        name = identifier.name();
      } else if (variable instanceof MemberSelectExpressionTree select) {
        name = select.identifier().name();
      }
      lowering.bind(List.of(), name, tree.expression(), null);
    }
    super.visitAssignmentExpression(tree);
  }

  @Override
  public void visitMethodInvocation(MethodInvocationTree tree) {
    ExpressionTree select = tree.methodSelect();
    if (select instanceof IdentifierTree id && "super".equals(id.name()) && superclasses.peek() != null && !superclasses.peek().isEmpty()) {
      // a constructor's super(...): a call of the superclass' constructor (a bot that extends TelegramLongPollingBot)
      String written = superclasses.peek();
      recordCall(Call.CONSTRUCTOR, tree.arguments(), () -> constructorOwner(tree.methodSymbol(), written), select);
    } else if (select instanceof MemberSelectExpressionTree || select instanceof IdentifierTree) {
      bindKeyValueArguments(tree.arguments());
      Tree nameTree = select instanceof MemberSelectExpressionTree member ? member.identifier() : select;
      recordCall(JavaTrees.methodName(tree), tree.arguments(), () -> owner(tree), nameTree);
    }
    super.visitMethodInvocation(tree);
  }

  /** The type a method is called on: resolved, or as written and imported ({@code Twilio.init}, a static import). */
  private Owner owner(MethodInvocationTree tree) {
    String owner = JavaTrees.resolvedOwner(tree.methodSymbol());
    if (tree.methodSelect() instanceof MemberSelectExpressionTree member) {
      ExpressionTree receiver = lowering.skipParentheses(member.expression());
      if (owner == null && (receiver instanceof MethodInvocationTree || receiver instanceof NewClassTree)) {
        String root = chainRoot(receiver);
        // the root's type as imported, when the file says which one it is (com.google.genai.Client, not any Client)
        String imported = root == null ? null : scopes.importedType(root);
        return new Owner(imported == null ? null : Call.chainedFrom(imported), root == null ? null : Call.chainedFrom(root));
      }
      String written = typeLike(receiver);
      return new Owner(owner == null && written != null ? scopes.importedType(written) : owner, written);
    }
    return new Owner(owner == null ? lowering.staticallyImportedType(JavaTrees.methodName(tree)) : owner, null);
  }

  /** The type a constructor belongs to: resolved, or as written and imported. */
  private Owner constructorOwner(@Nullable Symbol.MethodSymbol constructor, String written) {
    String owner = JavaTrees.resolvedOwner(constructor);
    return new Owner(owner == null ? scopes.importedType(written) : owner, written);
  }

  @Override
  public void visitNewClass(NewClassTree tree) {
    Tree type = tree.identifier();
    if (type instanceof ParameterizedTypeTree parameterized) {
      type = parameterized.type();
    }
    String written = JavaTrees.dotted(type);
    if (!written.isEmpty()) {
      recordCall(Call.CONSTRUCTOR, tree.arguments(), () -> constructorOwner(tree.methodSymbol(), written), type);
    }
    String context = written.isEmpty() ? null : lowering.constructorContext(written);
    if (context != null) {
      scopes.enterBlock(context);
    }
    super.visitNewClass(tree);
    if (context != null) {
      scopes.exitBlock();
    }
  }

  @Override
  public void visitLiteral(LiteralTree tree) {
    String value = JavaTrees.stringValue(tree);
    if (value != null && detector.worthReporting(value) && !lowering.isConsumed(tree)) {
      unit.add(Binding.literal(new Expr.Literal(value, lowering.range(tree))));
    }
    super.visitLiteral(tree);
  }

  /**
   * A chain of binary operators is visited along its left spine without recursion: sonar-java builds
   * {@code "a" + "b" + ... } as a tree as deep as the number of terms. (sonar-java's own
   * {@code visitBinaryExpression} is also the one visit that bypasses {@link #scan(Tree)} and its depth bound.)
   */
  @Override
  public void visitBinaryExpression(BinaryExpressionTree tree) {
    DepthGuard.visitOperands((ExpressionTree) tree, BinaryExpressionTree.class::isInstance, e -> ((BinaryExpressionTree) e).leftOperand(),
      e -> ((BinaryExpressionTree) e).rightOperand(), this::scan);
  }

  @Override
  public void visitReturnStatement(ReturnStatementTree tree) {
    lowering.bindReturned(tree.expression());
    super.visitReturnStatement(tree);
  }

  /** {@code put("twilio.token", value)}, {@code setProperty(...)}, {@code putExtra(...)}: the key names the value. */
  private void bindKeyValueArguments(List<ExpressionTree> arguments) {
    for (int i = 0; i + 1 < arguments.size(); i++) {
      ExpressionTree key = lowering.skipParentheses(arguments.get(i));
      if (key instanceof LiteralTree literal && literal.is(Tree.Kind.STRING_LITERAL)) {
        String name = JavaLiterals.stringValue(literal.value());
        if (lowering.namesNextArgument(name)) {
          lowering.bind(List.of(), name, arguments.get(i + 1), null);
        }
      }
    }
  }

  private void recordCall(String method, List<ExpressionTree> arguments, Supplier<Owner> owner, Tree nameTree) {
    lowering.recordCall(method, arguments, Function.identity(), argument -> null, owner, () -> lowering.range(nameTree));
  }

  /**
   * The type a chain of calls starts from, as written: {@code VonageClient} for {@code VonageClient.builder().apiKey(k)},
   * {@code Braintree.Builder} for {@code new Braintree.Builder().key(k)}; or null.
   */
  @Nullable
  private String chainRoot(ExpressionTree receiver) {
    ExpressionTree expression = receiver;
    for (int depth = 0; depth < MAX_CHAIN && expression instanceof MethodInvocationTree call
      && call.methodSelect() instanceof MemberSelectExpressionTree select; depth++) {
      expression = lowering.skipParentheses(select.expression());
    }
    if (expression instanceof NewClassTree created) {
      Tree type = created.identifier() instanceof ParameterizedTypeTree parameterized ? parameterized.type() : created.identifier();
      String written = JavaTrees.dotted(type);
      return written.isEmpty() ? null : written;
    }
    return expression instanceof MethodInvocationTree ? null : typeLike(expression);
  }

  /** The qualifier of a call if it reads like a type ({@code Twilio}, {@code TwilioRestClient.Builder}), else null. */
  @Nullable
  private static String typeLike(ExpressionTree qualifier) {
    String written = JavaTrees.dotted(qualifier);
    return Scopes.isTypeLike(written) ? written : null;
  }
}
