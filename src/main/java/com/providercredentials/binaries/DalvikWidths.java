package com.providercredentials.binaries;

import java.util.Arrays;

/**
 * How many 16-bit code units each Dalvik instruction takes, by its format (the Dalvik bytecode reference): what
 * {@link DexFile} needs to step through a method's instructions to its {@code const-string}s. The three payloads
 * (packed and sparse switch tables, array data) sit among the instructions under opcode {@code nop} and say their own
 * size.
 */
final class DalvikWidths {

  static final int PACKED_SWITCH = 0x0100;
  static final int SPARSE_SWITCH = 0x0200;
  static final int ARRAY_DATA = 0x0300;

  /** Widths by opcode; unused opcodes count as one unit. */
  private static final int[] WIDTH = new int[256];

  static {
    Arrays.fill(WIDTH, 1);
    int[][] ranges = {
      {0x02, 0x02, 2}, {0x03, 0x03, 3}, {0x05, 0x05, 2}, {0x06, 0x06, 3}, {0x08, 0x08, 2}, {0x09, 0x09, 3},
      {0x13, 0x13, 2}, {0x14, 0x14, 3}, {0x15, 0x16, 2}, {0x17, 0x17, 3}, {0x18, 0x18, 5}, {0x19, 0x1a, 2}, {0x1b, 0x1b, 3},
      {0x1c, 0x1c, 2}, {0x1f, 0x20, 2}, {0x22, 0x23, 2}, {0x24, 0x26, 3}, {0x29, 0x29, 2}, {0x2a, 0x2c, 3},
      {0x2d, 0x3d, 2}, {0x44, 0x6d, 2}, {0x6e, 0x72, 3}, {0x74, 0x78, 3}, {0x90, 0xaf, 2}, {0xd0, 0xe2, 2},
      {0xfa, 0xfb, 4}, {0xfc, 0xfd, 3}, {0xfe, 0xff, 2},
    };
    for (int[] range : ranges) {
      for (int op = range[0]; op <= range[1]; op++) {
        WIDTH[op] = range[2];
      }
    }
  }

  private DalvikWidths() {
  }

  /** Whether the code unit starts a payload rather than an instruction. */
  static boolean isPayload(int unit) {
    return unit == PACKED_SWITCH || unit == SPARSE_SWITCH || unit == ARRAY_DATA;
  }

  /** The width of the instruction whose first code unit this is (its low byte is the opcode). */
  static int of(int unit) {
    return WIDTH[unit & 0xff];
  }

  /**
   * The width of a payload, from its second code unit ({@code size16}: the entries of a switch, the element width of
   * array data) and, for array data, its element count ({@code size32}).
   */
  static long payload(int unit, int size16, long size32) {
    return switch (unit) {
      case PACKED_SWITCH -> 4 + 2L * size16;
      case SPARSE_SWITCH -> 2 + 4L * size16;
      case ARRAY_DATA -> 4 + (size32 * size16 + 1) / 2;
      default -> 1;
    };
  }
}
