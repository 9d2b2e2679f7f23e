#!/usr/bin/env python3
"""Copies of one analysis report under other project keys, for the lookup benchmark (tools/bench-shared-lookup.sh).

A real analysis with sonar.scanner.keepReport=true leaves its report in .scannerwork/scanner-report; the compute engine
takes it again under another key once the key in metadata.pb and in the root component (component-1.pb) is rewritten.
A copy costs the compute engine's time only (seconds), not a scanner's. Protobuf fields are rewritten at the top level
only, where their value is exactly the old key.

Usage: bench-report-copies.py REPORT_DIR OLD_KEY PREFIX COUNT OUT_DIR   (writes OUT_DIR/PREFIX1.zip ... PREFIXCOUNT.zip)
"""
import os
import sys
import zipfile


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]; i += 1; r |= (c & 0x7f) << s; s += 7
        if c < 0x80: return r, i
def enc(n):
    out = bytearray()
    while True:
        c = n & 0x7f; n >>= 7
        if n: out.append(c | 0x80)
        else: out.append(c); return bytes(out)
def patch(b, old, new):
    out = bytearray(); i = 0
    while i < len(b):
        start = i
        tag, i = varint(b, i); wt = tag & 7
        if wt == 0:
            _, i = varint(b, i); out += b[start:i]
        elif wt == 1: i += 8; out += b[start:i]
        elif wt == 5: i += 4; out += b[start:i]
        elif wt == 2:
            n, j = varint(b, i); val = b[j:j+n]; i = j + n
            if val == old: out += enc(tag) + enc(len(new)) + new
            else: out += b[start:i]
        else: raise ValueError(wt)
    return bytes(out)
src, old, prefix, count, out_dir = sys.argv[1], sys.argv[2].encode(), sys.argv[3], int(sys.argv[4]), sys.argv[5]
os.makedirs(out_dir, exist_ok=True)
files = {f: open(os.path.join(src, f), 'rb').read() for f in os.listdir(src)}
for k in range(1, count + 1):
    key = (prefix + str(k)).encode()
    with zipfile.ZipFile(os.path.join(out_dir, f'{prefix}{k}.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
        for f, b in files.items():
            if f in ('metadata.pb', 'component-1.pb'): b = patch(b, old, key)
            z.writestr(f, b)
