package com.providercredentials.files;

import com.providercredentials.core.Binding;
import com.providercredentials.core.Detector;
import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.lowering.TextReader;
import java.util.List;
import java.util.Locale;

/**
 * The comments of an Android XML file ({@code <!-- <string name="twilio_auth_token">…</string> -->}): a comment that
 * holds elements of a values resource is read by {@link AndroidXmlFrontEnd} itself, on the file's text with all but
 * the comment's content blanked and a {@code <resources>} root written in the blanks, so that places stay the file's;
 * any other comment, or one that is not well-formed, by the {@link TextReader}. Found with {@code indexOf}: linear.
 */
final class XmlComments {

  private static final String ROOT = "<resources>";
  /** Comments read as elements per file: each costs a pass over the file's text, so the others are read as tokens. */
  static final int MAX_AS_ELEMENTS = 32;

  private final AndroidXmlFrontEnd frontEnd;
  private final TextReader reader;

  XmlComments(AndroidXmlFrontEnd frontEnd, Detector detector) {
    this.frontEnd = frontEnd;
    this.reader = new TextReader(detector);
  }

  void read(String text, SourceUnit comments) {
    boolean resources = !comments.file().toLowerCase(Locale.ROOT).endsWith("androidmanifest.xml");
    int asElements = 0;
    // the line of the comment, counted on from the previous one's: one pass over the text whatever the comments
    int line = 1;
    int lineStart = 0;
    int counted = 0;
    int at = text.indexOf("<!--");
    while (at >= 0) {
      comments.checkpoint();
      int contentStart = at + 4;
      int end = text.indexOf("-->", contentStart);
      int contentEnd = end < 0 ? text.length() : end;
      if (reader.worthReading(text, contentStart, contentEnd)) {
        String content = text.substring(contentStart, contentEnd);
        boolean read = false;
        if (resources && content.indexOf('<') >= 0 && asElements < MAX_AS_ELEMENTS) {
          asElements++;
          read = asElements(text, at, contentStart, contentEnd, comments);
        }
        if (!read) {
          for (int i = text.indexOf('\n', counted); i >= 0 && i < contentStart; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
          }
          counted = contentStart;
          reader.readWorthy(content, line, contentStart - lineStart, List.of(), List.of(), comments);
        }
      }
      at = end < 0 ? -1 : text.indexOf("<!--", end + 3);
    }
  }

  /** Reads the comment's content as elements of {@code <resources>}; false when it is not well-formed or has no room for the root. */
  private boolean asElements(String text, int commentStart, int contentStart, int contentEnd, SourceUnit comments) {
    char[] padded = new char[contentEnd + ROOT.length() + 1];
    for (int i = 0; i < contentStart; i++) {
      char c = text.charAt(i);
      padded[i] = c == '\n' || c == '\r' ? c : ' ';
    }
    text.getChars(contentStart, contentEnd, padded, contentStart);
    int root = roomForRoot(padded, commentStart + 4);
    if (root < 0) {
      return false;
    }
    ROOT.getChars(0, ROOT.length(), padded, root);
    ("</" + ROOT.substring(1)).getChars(0, ROOT.length() + 1, padded, contentEnd);
    SourceUnit elements = new SourceUnit(comments.file(), comments.module(), comments.kind());
    try {
      frontEnd.read(new String(padded), elements);
    } catch (FileFrontEnd.UnreadableFile | RuntimeException e) {
      return false;
    }
    for (Binding binding : elements.bindings()) {
      // never keys: nothing refers to a resource kept in a comment
      if (binding.value() instanceof Expr.Literal) {
        comments.add(new Binding(List.of(), binding.names(), binding.context(), binding.value()));
      }
    }
    return true;
  }

  /** The start of a run of blanks on one line, before {@code limit}, long enough for the root's start tag; -1 if none. */
  private static int roomForRoot(char[] padded, int limit) {
    int run = 0;
    for (int i = 0; i < limit; i++) {
      run = padded[i] == ' ' ? run + 1 : 0;
      if (run == ROOT.length()) {
        return i + 1 - run;
      }
    }
    return -1;
  }
}
