package com.providercredentials.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits names into lower-case words: {@code twilioAuthToken}, {@code TWILIO_AUTH_TOKEN}, {@code twilio.auth-token}. */
public final class Words {

  private static final int MAX_NAME_LENGTH = 256;

  private Words() {
  }

  public static List<String> of(String name) {
    List<String> words = new ArrayList<>();
    String text = name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && startsNewWord(text, i)) {
        flush(word, words);
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  public static Set<String> ofAll(Iterable<String> names) {
    Set<String> words = new LinkedHashSet<>();
    for (String name : names) {
      words.addAll(of(name));
    }
    return words;
  }

  /** camelCase and acronym boundaries: {@code authToken} -> auth|Token, {@code AWSSecret} -> AWS|Secret, {@code key2} stays. */
  private static boolean startsNewWord(String text, int i) {
    char c = text.charAt(i);
    char previous = text.charAt(i - 1);
    if (Character.isUpperCase(c)) {
      if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
        return true;
      }
      return Character.isUpperCase(previous) && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }
    return false;
  }

  /** Adds the word, and for {@code key2} or {@code sha256} also its letters alone ({@code key}, {@code sha}). */
  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      String lower = word.toString().toLowerCase(Locale.ROOT);
      words.add(lower);
      int end = lower.length();
      while (end > 0 && Character.isDigit(lower.charAt(end - 1))) {
        end--;
      }
      if (end > 0 && end < lower.length()) {
        words.add(lower.substring(0, end));
      }
      word.setLength(0);
    }
  }
}
