package com.providercredentials.core;

/**
 * The one exception to the pre-filter's soundness (docs/adr/031), for the properties that check it: a value whose only
 * long runs are runs without a digit that read as words ({@code UnusedReceiverParameter}) is dropped, whatever shape it
 * might also match.
 */
final class WordRuns {

  private WordRuns() {
  }

  /** Whether the pre-filter drops the value only because its long runs without a digit read as words. */
  static boolean droppedAsWords(CredentialPrefilter prefilter, String value) {
    boolean words = false;
    int run = 0;
    int start = 0;
    boolean digit = false;
    for (int i = 0; i <= value.length(); i++) {
      if (i < value.length() && prefilter.isRunCharacter(value.charAt(i))) {
        start = run == 0 ? i : start;
        run++;
        digit |= Character.isDigit(value.charAt(i));
        continue;
      }
      if (digit && run >= prefilter.minimumLength()) {
        return false;
      }
      if (!digit && run >= prefilter.plainMinimum()) {
        if (!CredentialPrefilter.readsAsWords(value, start, i)) {
          return false;
        }
        words = true;
      }
      run = 0;
      digit = false;
    }
    return words;
  }
}
