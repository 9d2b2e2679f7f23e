package com.providercredentials.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepthGuardTest {

  /** {@code left + right}, or a leaf when both are null. */
  private record Node(String leaf, Node left, Node right) {
  }

  @Test
  void stops_at_the_maximum_depth_and_says_so() {
    DepthGuard guard = new DepthGuard();
    for (int i = 0; i < DepthGuard.MAX_DEPTH; i++) {
      assertThat(guard.enter()).isTrue();
    }
    assertThat(guard.tooDeep()).isFalse();
    assertThat(guard.enter()).isFalse();
    assertThat(guard.tooDeep()).isTrue();
    guard.exit();
    assertThat(guard.enter()).isTrue();
  }

  @Test
  void visits_the_operands_of_a_deep_chain_in_order_without_recursion() {
    Node chain = new Node("t0", null, null);
    for (int i = 1; i < 100_000; i++) {
      chain = new Node(null, chain, new Node("t" + i, null, null));
    }
    List<String> visited = new ArrayList<>();
    DepthGuard.visitOperands(chain, n -> n.leaf() == null, Node::left, Node::right, n -> visited.add(n.leaf()));
    assertThat(visited).hasSize(100_000).startsWith("t0", "t1").endsWith("t99999");
  }

  @Test
  void missing_operands_are_skipped() {
    Node chain = new Node(null, null, new Node("right", null, null));
    List<String> visited = new ArrayList<>();
    DepthGuard.visitOperands(chain, n -> n.leaf() == null, Node::left, Node::right, n -> visited.add(n.leaf()));
    assertThat(visited).containsExactly("right");
  }
}
