package com.providercredentials.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCommentsTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

  private static List<String> comments(String text, boolean nested) {
    List<String> found = new ArrayList<>();
    CodeComments.scan(text, nested, (start, contentStart, contentEnd, line, column, lineStart) ->
      found.add(line + ":" + column + " " + text.substring(contentStart, contentEnd)));
    return found;
  }

  @Test
  void line_and_block_comments_outside_strings() {
    String text = "String url = \"https://example.com\"; // one\nchar c = '\"'; /* two\n three */ x = \"\"\"\n // not one\n \"\"\";\n/* /* nested */ still */";
    assertThat(comments(text, false)).containsExactly("1:36  one", "2:14  two\n three ", "6:0  /* nested ");
    assertThat(comments(text, true)).containsExactly("1:36  one", "2:14  two\n three ", "6:0  /* nested */ still ");
  }

  @Test
  void unterminated_comments_and_strings_end_with_the_text() {
    assertThat(comments("\"open\n// after /* block", false)).containsExactly("2:0  after /* block");
    assertThat(comments("x /* open", false)).containsExactly("1:2  open");
  }

  @Test
  void comments_are_read_in_place_with_the_names_of_the_code_before_them() {
    String text = "class A {\n  String t = System.getenv(\"TWILIO_AUTH_TOKEN\"); // \"" + TOKEN + "\"\n  // nothing here\n}";
    SourceUnit comments = SourceUnit.commentsOf(new SourceUnit("f", "", SourceUnit.Kind.CODE));
    new CodeComments(DETECTOR).read(text, false, comments);
    assertThat(comments.inComments()).isTrue();
    assertThat(comments.bindings()).hasSize(1);
    Binding binding = comments.bindings().get(0);
    assertThat(binding.names()).contains("TWILIO_AUTH_TOKEN", "getenv", "t");
    assertThat(binding.value().range()).isEqualTo(SourceRange.of("f", 2, 52, 2, 86));
  }

  @Test
  void without_comments_keeps_lines_and_code() {
    assertThat(CodeComments.withoutComments("a(\"//\"); // b\n/* c\nd */ e", false)).isEqualTo("a(\"//\");     \n    \n     e");
  }
}
