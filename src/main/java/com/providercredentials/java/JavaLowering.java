package com.providercredentials.java;

import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import com.providercredentials.lowering.Lowering;
import com.providercredentials.lowering.Scopes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.BinaryExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LiteralTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.ParenthesizedTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeCastTree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * The {@link Lowering} of sonar-java's trees: literals and text blocks, names resolved through symbols when sonar-java
 * knows them and through imports and the package when it does not (no libraries on the classpath, the common case in
 * CI), {@code getString(..)}, {@code new String(..)}.
 */
final class JavaLowering extends Lowering<ExpressionTree> {

  private final String file;
  /** Static imports: a member's simple name to its type. */
  private final Map<String, String> staticImports = new HashMap<>();
  private List<? extends Tree> types = List.of();

  JavaLowering(SourceUnit unit, Detector detector, Scopes scopes) {
    super(unit, detector, scopes);
    this.file = unit.file();
  }

  void staticImport(String member, String type) {
    staticImports.put(member, type);
  }

  @Nullable
  String staticallyImportedType(String member) {
    return staticImports.get(member);
  }

  /** The file's types, where its native methods are declared. */
  void types(List<? extends Tree> types) {
    this.types = types;
  }

  @Override
  protected ExpressionTree inParentheses(ExpressionTree tree) {
    return tree instanceof ParenthesizedTree parenthesized ? parenthesized.expression() : tree;
  }

  @Override
  public boolean isPlus(ExpressionTree tree) {
    return tree instanceof BinaryExpressionTree binary && binary.is(Tree.Kind.PLUS);
  }

  @Override
  protected ExpressionTree operand(ExpressionTree plus, boolean left) {
    return left ? ((BinaryExpressionTree) plus).leftOperand() : ((BinaryExpressionTree) plus).rightOperand();
  }

  @Override
  protected Expr lowerOperand(@Nullable ExpressionTree expr) {
    if (expr instanceof TypeCastTree cast) {
      return expression(cast.expression());
    }
    if (expr instanceof LiteralTree literal) {
      String value = JavaTrees.stringValue(literal);
      return value != null ? new Expr.Literal(value, range(literal)) : new Expr.Opaque(Expr.Origin.OTHER, literal.value(), range(literal));
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

  /**
   * A string literal (worth reporting, or named), a concatenation, a name, a qualified name, or {@code getString(..)}.
   */
  @Override
  protected boolean mayHaveValue(@Nullable ExpressionTree tree, boolean named) {
    ExpressionTree expr = skipParenthesesAndCasts(tree);
    if (expr instanceof LiteralTree) {
      String literal = JavaTrees.stringValue(expr);
      return literal != null && (named || detector.worthReporting(literal));
    }
    if (expr instanceof MethodInvocationTree invocation) {
      return !invocation.arguments().isEmpty() && "getString".equals(JavaTrees.methodName(invocation));
    }
    return isPlus(expr) || expr instanceof IdentifierTree || expr instanceof MemberSelectExpressionTree;
  }

  /** {@link #mayHaveValue} for a variable's initializer (a named value; array elements are values of their own). */
  boolean mayBindInitializer(ExpressionTree initializer) {
    ExpressionTree value = skipParentheses(initializer);
    return value instanceof NewArrayTree array ? array.initializers().stream().anyMatch(element -> mayHaveValue(element, false))
      : mayHaveValue(value, true);
  }

  @Override
  protected Set<String> declaredNativeFunctions() {
    return JavaTrees.nativeMethods(types);
  }

  @Override
  protected boolean mayBeCandidate(ExpressionTree argument) {
    ExpressionTree expr = skipParenthesesAndCasts(argument);
    String literal = JavaTrees.stringValue(expr);
    return isPlus(expr) || (literal != null && detector.worthReporting(literal));
  }

  @Override
  protected void consumeOperand(ExpressionTree tree) {
    if (tree instanceof LiteralTree) {
      consume(tree);
    }
  }



  /** What {@link #expression} sees through: parentheses and casts. */
  private ExpressionTree skipParenthesesAndCasts(@Nullable ExpressionTree tree) {
    ExpressionTree expr = skipParentheses(tree);
    while (expr instanceof TypeCastTree cast) {
      expr = skipParentheses(cast.expression());
    }
    return expr;
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
          keys.add(declaredAt(declaration));
        }
        keys.add(SymbolKey.local(file, scopes.function(), name));
        return new Expr.Ref(keys, name, range);
      }
      String owner = declaringType(symbol);
      if (owner != null) {
        return new Expr.Ref(List.of(SymbolKey.member(owner, name)), name, range);
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(SymbolKey.local(file, scopes.function(), name));
    for (String enclosing : scopes.types()) {
      keys.add(SymbolKey.member(enclosing, name));
    }
    if (staticImports.containsKey(name)) {
      keys.add(SymbolKey.member(staticImports.get(name), name));
    }
    return new Expr.Ref(List.copyOf(keys), name, range);
  }

  private Expr memberReference(MemberSelectExpressionTree select) {
    String name = select.identifier().name();
    String qualifier = JavaTrees.dotted(select.expression());
    SourceRange range = range(select);
    if (qualifier.isEmpty()) {
      return new Expr.Opaque(Expr.Origin.OTHER, name, range);
    }
    if (qualifier.equals("this") && scopes.innermostType() != null) {
      return new Expr.Ref(List.of(SymbolKey.member(scopes.innermostType(), name)), name, range);
    }
    Expr.Ref android = androidReference(qualifier, name, range);
    if (android != null) {
      return android;
    }
    Symbol symbol = select.identifier().symbol();
    boolean resolved = symbol != null && !symbol.isUnknown() && symbol.owner() != null && symbol.owner().isTypeSymbol();
    return qualifiedReference(qualifier, name, resolved ? SymbolKey.member(JavaTrees.normalize(symbol.owner().type().fullyQualifiedName()), name) : null, range);
  }

  /** The type that declares a resolved field, or null. */
  @Nullable
  private static String declaringType(Symbol symbol) {
    String owner = symbol.owner() != null && symbol.owner().isTypeSymbol() ? JavaTrees.normalize(symbol.owner().type().fullyQualifiedName()) : null;
    return owner == null || owner.isEmpty() ? null : owner;
  }

  /** {@code getString(R.string.x)} reads a resource; other calls produce values the source does not show. */
  private Expr invocationValue(MethodInvocationTree invocation) {
    String receiver = "";
    if (invocation.methodSelect() instanceof MemberSelectExpressionTree m) {
      // getApplicationInfo().metaData.getString(..): what is read is named last
      receiver = m.expression() instanceof MemberSelectExpressionTree field ? field.identifier().name() : JavaTrees.dotted(m.expression());
    }
    return callValue(receiver, JavaTrees.methodName(invocation), invocation.arguments().isEmpty() ? null : () -> expression(invocation.arguments().get(0)),
      range(invocation));
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

  /** The keys of a field of the innermost class, or of a local variable. */
  List<String> variableKeys(VariableTree tree, String name, boolean field) {
    if (!field) {
      return List.of(declaredAt(tree), SymbolKey.local(file, scopes.function(), name));
    }
    return scopes.innermostType() == null ? List.of(name) : scopes.memberKeys(name);
  }

  private String declaredAt(VariableTree declaration) {
    Position start = Position.startOf(declaration.simpleName().identifierToken());
    return SymbolKey.declaredAt(file, start.line(), start.columnOffset());
  }




  @Override
  protected SourceRange range(ExpressionTree tree) {
    return range((Tree) tree);
  }

  SourceRange range(Tree tree) {
    Position start = Position.startOf(tree.firstToken());
    Position end = Position.endOf(tree.lastToken());
    return SourceRange.of(file, start.line(), start.columnOffset(), end.line(), end.columnOffset());
  }
}
