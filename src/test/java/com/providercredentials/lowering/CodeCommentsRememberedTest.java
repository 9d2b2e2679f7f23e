package com.providercredentials.lowering;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import org.junit.jupiter.api.Test;

/** A comment content read before is moved to its new place: the same bindings and calls as a first reading there. */
class CodeCommentsRememberedTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  private static final String LINE = "// \"" + TOKEN + "\"";
  private static final String BLOCK = "/* Twilio.init(\"AC" + TOKEN + "\",\n   \"" + TOKEN + "\");\n   authToken = \"" + TOKEN + "\" */";

  private static SourceUnit read(CodeComments comments, String file, String text, boolean nested) {
    SourceUnit unit = SourceUnit.commentsOf(new SourceUnit(file, "m", SourceUnit.Kind.CODE));
    comments.read(text, nested, unit);
    return unit;
  }

  private static void assertMovedAsRead(String first, String again, boolean nested) {
    CodeComments remembering = new CodeComments(DETECTOR);
    read(remembering, "src/TwilioConfig.java", first, nested);
    SourceUnit moved = read(remembering, "src/other/AwsKeys.java", again, nested);
    SourceUnit fresh = read(new CodeComments(DETECTOR), "src/other/AwsKeys.java", again, nested);
    assertThat(fresh.bindings()).isNotEmpty();
    assertThat(moved.bindings()).isEqualTo(fresh.bindings());
    assertThat(moved.calls()).isEqualTo(fresh.calls());
  }

  @Test
  void a_line_comment_moves_with_its_line_names_and_context() {
    assertMovedAsRead("class A {\n  String t = System.getenv(\"TWILIO_AUTH_TOKEN\"); " + LINE + "\n}",
      "\n\n\nclass B {\n    void f() { String key = \"AWS_SECRET\";   " + LINE + "\n  }\n}", false);
  }

  @Test
  void a_block_comment_over_lines_moves_its_first_line_only_sideways() {
    assertMovedAsRead(BLOCK + "\nclass A {}", "class B {\n  int x = 1;      " + BLOCK + "\n}", false);
    assertMovedAsRead("x(); " + BLOCK, "\n\n" + BLOCK, true);
  }

  @Test
  void a_content_seen_again_in_the_same_file_is_moved_too() {
    String text = "a(); " + LINE + "\n" + LINE + "\n  b(\"TWILIO_AUTH_TOKEN\"); " + LINE;
    SourceUnit remembered = read(new CodeComments(DETECTOR), "f.java", text, false);
    assertThat(remembered.bindings()).hasSize(3);
    assertThat(remembered.bindings().get(2).names()).contains("TWILIO_AUTH_TOKEN");
    assertThat(remembered.bindings().get(1).value().range().startLine()).isEqualTo(2);
    assertThat(remembered.bindings().get(2).value().range().startLine()).isEqualTo(3);
  }
}
