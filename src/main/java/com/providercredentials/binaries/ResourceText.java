package com.providercredentials.binaries;

import java.util.List;

/**
 * Compiled resources given back the text they were compiled from, so that the Android XML front-end decides their
 * values with their names, as in a project's own {@code strings.xml} and manifest: string resources as a
 * {@code res/values/strings.xml}, manifest meta-data as an {@code AndroidManifest.xml}. One element per line.
 */
public final class ResourceText {

  /** A string resource or a manifest meta-data: its name and value. */
  public record Named(String name, String value) {
  }

  /** The text, and the path the front-ends know its kind by. */
  public record AsText(String path, String text) {
  }

  private ResourceText() {
  }

  public static AsText strings(List<Named> strings) {
    StringBuilder xml = new StringBuilder("<resources>\n");
    for (Named string : strings) {
      xml.append("<string name=\"").append(escaped(string.name())).append("\">").append(escaped(string.value())).append("</string>\n");
    }
    return new AsText("res/values/strings.xml", xml.append("</resources>\n").toString());
  }

  public static AsText manifest(List<Named> metaData) {
    StringBuilder xml = new StringBuilder("<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\"><application>\n");
    for (Named meta : metaData) {
      xml.append("<meta-data android:name=\"").append(escaped(meta.name())).append("\" android:value=\"").append(escaped(meta.value())).append("\"/>\n");
    }
    return new AsText("AndroidManifest.xml", xml.append("</application></manifest>\n").toString());
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        // no other control character is XML: a value holding one is no credential of ours
        default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
