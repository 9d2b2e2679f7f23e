package com.providercredentials.core.escapes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThatCode;

/** Malformed, truncated and odd escapes that no decoder may throw on. */
final class HostileEscapes {

  static final List<String> INPUTS = inputs();

  private HostileEscapes() {
  }

  private static List<String> inputs() {
    List<String> inputs = new ArrayList<>(List.of("", "\\", "\\\\", "\\\\\\", "a\\", "\\u", "\\u1", "\\u12", "\\u123", "\\uZZZZ", "\\u+041",
      "\\u-041", "\\uuuu", "\\uuuu004", "\\0", "\\7", "\\8", "\\377", "\\400", "\\9999", "\\\n", "\\\r\n", "\\\r", "\\ \t", "\\\uD83D",
      "\uD83D\\", "\\x", "\\$", "\"", "\"\"", "\"\\\"", "\\u0000", "\\u\uD83D\uDE00", "\\\u0000"));
    for (String input : List.copyOf(inputs)) {
      inputs.add(input + "x");
      inputs.add("x" + input);
      inputs.add(input.repeat(3));
    }
    return inputs;
  }

  static void neverThrow(Function<String, ?> decoder) {
    for (String input : INPUTS) {
      assertThatCode(() -> decoder.apply(input)).as(input).doesNotThrowAnyException();
    }
  }
}
