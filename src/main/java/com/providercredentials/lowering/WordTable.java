package com.providercredentials.lowering;

/** Open addressing over 64-bit hashes of words, for {@link SourceGate}; a value of 0 is no entry. */
final class WordTable {
  static final long SEED = 0xcbf29ce484222325L;

  private long[] keys = new long[256];
  private long[] values = new long[256];
  private int size;

  static long mix(long hash, char c) {
    return (hash ^ c) * 0x100000001b3L;
  }

  static long hash(String word) {
    long hash = SEED;
    for (int i = 0; i < word.length(); i++) {
      hash = mix(hash, word.charAt(i));
    }
    return hash;
  }

  void put(String word, long value) {
    if (size * 2 >= keys.length) {
      long[] oldKeys = keys;
      long[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new long[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != 0) {
          putHash(oldKeys[i], oldValues[i]);
        }
      }
    }
    putHash(hash(word), value);
  }

  private void putHash(long hash, long value) {
    int slot = (int) (hash ^ (hash >>> 32)) & (keys.length - 1);
    while (values[slot] != 0 && keys[slot] != hash) {
      slot = (slot + 1) & (keys.length - 1);
    }
    if (values[slot] == 0) {
      size++;
      keys[slot] = hash;
      values[slot] = value;
    } else if (values[slot] != SourceGate.PROVIDER) {
      values[slot] = value == SourceGate.PROVIDER ? SourceGate.PROVIDER : values[slot] | value;
    }
  }

  long get(String word) {
    return get(hash(word));
  }

  long get(long hash) {
    int slot = (int) (hash ^ (hash >>> 32)) & (keys.length - 1);
    while (values[slot] != 0) {
      if (keys[slot] == hash) {
        return values[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return 0;
  }
}
