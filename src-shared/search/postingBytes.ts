/**
 * Byte-level helpers of the postings: varint encoding and decoding, copying, and the 4-byte slice
 * links of the chain pool. A posting is a varint of (ordinal gap) << 4 | field mask, never 0.
 */
import { ensureCapacity } from './growable';
import type { Decoded } from './postingStore';

/** Decodes postings in bytes[from, to) (stopping at a 0: unused slice space) onto `out`. */
export function decodeRange(
  bytes: Uint8Array,
  from: number,
  to: number,
  cursor: { ord: number },
  out: Decoded,
): void {
  const { ords, masks } = out;
  let k = out.count;
  let ord = cursor.ord;
  let p = from;
  while (p < to) {
    let b = bytes[p++] ?? 0;
    if (b === 0) break;
    let v = b & 0x7f;
    let shift = 7;
    while (b & 0x80) {
      b = bytes[p++] ?? 0;
      v |= (b & 0x7f) << shift;
      shift += 7;
    }
    v >>>= 0;
    ord += v >>> 4;
    ords[k] = ord;
    masks[k++] = v & 15;
  }
  out.count = k;
  cursor.ord = ord;
}

export type Writer = { out: Uint8Array; at: number };

/** The pool address stored little-endian at `at`. */
export function readLink(page: Uint8Array, at: number): number {
  return (
    ((page[at] ?? 0) |
      ((page[at + 1] ?? 0) << 8) |
      ((page[at + 2] ?? 0) << 16) |
      ((page[at + 3] ?? 0) << 24)) >>>
    0
  );
}

/** Appends from[start, end) to the writer (a loop for short runs, set() for long ones). */
export function copyBytes(from: Uint8Array, start: number, end: number, writer: Writer): void {
  const n = end - start;
  if (n <= 0) return;
  if (writer.at + n > writer.out.length) {
    writer.out = ensureCapacity(writer.out, writer.at + n, Uint8Array);
  }
  if (n < 32) {
    const out = writer.out;
    for (let i = start; i < end; i++) out[writer.at++] = from[i] ?? 0;
  } else {
    writer.out.set(from.subarray(start, end), writer.at);
    writer.at += n;
  }
}

export function writeVarint(writer: Writer, value: number): void {
  if (writer.at + 5 > writer.out.length) {
    writer.out = ensureCapacity(writer.out, writer.at + 5, Uint8Array);
  }
  const out = writer.out;
  let v = value >>> 0;
  while (v >= 0x80) {
    out[writer.at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[writer.at++] = v;
}
