package com.providercredentials.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.core.Detector;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SpecLoader;
import com.providercredentials.testing.Hostile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comments of files, many and large: read in linear time (each comment read as elements costs a pass over the
 * file, so only the first {@value XmlComments#MAX_AS_ELEMENTS} are; the lines of the others are counted on), and
 * still found.
 */
class CommentsHostileTest {

  private static final Detector DETECTOR = new Detector(SpecLoader.builtIn());
  private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

  private static SourceUnit read(FileFrontEnd frontEnd, String file, String text) {
    SourceUnit comments = SourceUnit.commentsOf(new SourceUnit(file, "p", SourceUnit.Kind.RESOURCE));
    frontEnd.readComments(text, comments, DETECTOR);
    return comments;
  }

  @Test
  void many_comments_are_read_in_linear_time() {
    List<String> xml = List.of("<!-- <string name=\"twilio_auth_token\">" + TOKEN + "</string> -->\n",
      "<!-- twilio_auth_token: " + TOKEN + " -->\n", "<!-- <string name=\"a\">" + TOKEN + "</strin -->\n");
    for (String comment : xml) {
      Hostile.assertLinear(n -> () -> read(new AndroidXmlFrontEnd(), "file:///p/res/values/strings.xml", "<resources>\n" + comment.repeat(n)), 2_000);
    }
    for (String comment : List.of("// Twilio.init(\"" + TOKEN + "\"\n", "/* f(\"" + TOKEN + "\", */\n", "// x = \"" + TOKEN + "\n")) {
      Hostile.assertLinear(n -> () -> read(new GradleFrontEnd(), "file:///p/build.gradle", comment.repeat(n)), 2_000);
    }
    Hostile.assertLinear(n -> () -> read(new PropertiesFrontEnd(), "file:///p/a.properties", ("#twilio.auth.token=" + TOKEN + "\n").repeat(n)), 2_000);
  }

  @Test
  void the_comments_past_the_first_read_as_elements_are_still_found_in_place() {
    // a name shorter than the shortest credential shape (Vonage's 16-character secret), so that the pre-filter skips it
    String comment = "<!-- <string name=\"twilio_token\">" + TOKEN + "</string> -->\n";
    SourceUnit unit = read(new AndroidXmlFrontEnd(), "file:///p/res/values/strings.xml", "<resources>\n" + comment.repeat(100) + "</resources>\n");
    assertThat(unit.bindings()).hasSize(100);
    assertThat(unit.bindings().get(99).value().range().startLine()).isEqualTo(101);
    assertThat(unit.bindings().get(99).value().range().startColumn()).isEqualTo(unit.bindings().get(0).value().range().startColumn());
    assertThat(unit.bindings()).allMatch(b -> b.keys().isEmpty() && b.names().equals(List.of("twilio_token")));
  }

  @Test
  void a_huge_or_unterminated_comment_is_read_without_failing() {
    String huge = "<!-- " + ("<string name=\"x\">" + TOKEN + "</string>").repeat(Hostile.ONE_MB / 50);
    assertThat(read(new AndroidXmlFrontEnd(), "file:///p/res/values/strings.xml", "<resources>\n" + huge).inComments()).isTrue();
    read(new GradleFrontEnd(), "file:///p/build.gradle", "/* \"" + TOKEN + "\n".repeat(Hostile.ONE_MB / 2));
    read(new PropertiesFrontEnd(), "file:///p/a.properties", "#" + "\\".repeat(Hostile.ONE_MB) + TOKEN);
  }
}
