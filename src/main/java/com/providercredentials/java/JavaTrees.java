package com.providercredentials.java;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LiteralTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.Tree;

/** What sonar-java's trees and symbols say, read without a walk: strings, names as written, declaring types. */
final class JavaTrees {

  private JavaTrees() {
  }

  /** The value of a string literal or text block, or null for any other tree. */
  @Nullable
  static String stringValue(@Nullable Tree tree) {
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

  /** {@code a.b.C} as written, for names and qualified names only; "" for anything else. */
  static String dotted(@Nullable Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    if (tree instanceof MemberSelectExpressionTree select) {
      String left = dotted(select.expression());
      return left.isEmpty() ? "" : (left + "." + select.identifier().name());
    }
    return "";
  }

  static String methodName(MethodInvocationTree invocation) {
    return invocation.methodSelect() instanceof MemberSelectExpressionTree m ? m.identifier().name()
      : (invocation.methodSelect() instanceof IdentifierTree i ? i.name() : "");
  }

  /** The type that declares a resolved method, or null. */
  @Nullable
  static String resolvedOwner(@Nullable Symbol.MethodSymbol symbol) {
    if (symbol == null || symbol.isUnknown() || symbol.owner() == null) {
      return null;
    }
    String fqn = normalize(symbol.owner().type().fullyQualifiedName());
    return fqn.isEmpty() ? null : fqn;
  }

  static String normalize(String fqn) {
    return fqn.replace('$', '.');
  }

  /** The methods declared {@code native} in a file's types: what they return comes from a native library. */
  static Set<String> nativeMethods(List<? extends Tree> types) {
    // declared at class level: walk the classes, not the whole tree (a walk with no depth bound)
    Set<String> names = new HashSet<>();
    Deque<Tree> pending = new ArrayDeque<>(types);
    while (!pending.isEmpty()) {
      if (pending.pop() instanceof ClassTree type) {
        for (Tree member : type.members()) {
          if (member instanceof MethodTree method && method.modifiers().modifiers().stream().anyMatch(m -> m.modifier() == Modifier.NATIVE)) {
            names.add(method.simpleName().name());
          } else if (member instanceof ClassTree) {
            pending.push(member);
          }
        }
      }
    }
    return names;
  }
}
