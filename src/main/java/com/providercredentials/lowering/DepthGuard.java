package com.providercredentials.lowering;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.annotation.Nullable;

/**
 * The bounds of a recursive tree walk (docs/adr/007): code nested deeper than {@link #MAX_DEPTH} (thousands of nested
 * calls, generated code) is not read, rather than overflowing the stack of the scanner's thread; real code stays far
 * below it. Chains of binary operators, as deep as their terms, are walked along their left spine instead.
 */
public final class DepthGuard {

  public static final int MAX_DEPTH = 400;

  private int depth;
  private boolean tooDeep;

  /** Enters one level; false, and nothing to {@link #exit()}, when that would be too deep. */
  public boolean enter() {
    if (depth >= MAX_DEPTH) {
      tooDeep = true;
      return false;
    }
    depth++;
    return true;
  }

  public void exit() {
    depth--;
  }

  /** Whether part of the file was nested too deep to be read. */
  public boolean tooDeep() {
    return tooDeep;
  }

  /**
   * Visits the operands of a chain of binary operators ({@code "a" + "b" + ...}, a tree as deep as its terms) left to
   * right, along its left spine, without recursion; missing operands are skipped.
   */
  public static <T> void visitOperands(T chain, Predicate<T> isLink, UnaryOperator<T> left, UnaryOperator<T> right, Consumer<T> visit) {
    Deque<T> rightOperands = new ArrayDeque<>();
    @Nullable T spine = chain;
    while (spine != null && isLink.test(spine)) {
      T operand = right.apply(spine);
      if (operand != null) {
        rightOperands.push(operand);
      }
      spine = left.apply(spine);
    }
    if (spine != null) {
      visit.accept(spine);
    }
    while (!rightOperands.isEmpty()) {
      visit.accept(rightOperands.pop());
    }
  }
}
