/**
 * Stable LSD radix sort of the non-NaN values by (segment, value). A million-row score ranks two or
 * more dimensions by sorting; comparison sorts made that ~2 s. Here each value becomes a 64-bit
 * unsigned key with the same order, and four passes over 16-bit digits move (key, row) pairs together,
 * so every pass reads sequentially and only the writes scatter. All four digit histograms come from one
 * pass, and a digit that is the same for every value (the low bits of whole numbers) costs no pass.
 */

import { ScratchPool } from "./scratch";

/** Sorted keys and their rows: views of scratch buffers, valid until the next call. */
export interface SortedKeys {
  /** Row of each sorted value. */
  order: Uint32Array;
  /** High and low 32 bits of each sorted value's key: equal keys ⇔ equal values (−0 = +0). */
  hi: Uint32Array;
  lo: Uint32Array;
}

const DIGIT = 65536;

// Buffers reused across calls: fresh typed arrays per million-row sort made garbage collection a
// third of the time (see scratch.ts for why). Two of each, as the passes alternate between them.
const pool = new ScratchPool();
const pair = (slot: string, n: number): [Uint32Array, Uint32Array] => [
  pool.get(Uint32Array, `${slot}0`, n),
  pool.get(Uint32Array, `${slot}1`, n),
];

/** The non-NaN values ordered by segment code, then ascending value (stable: equal values keep row order). */
export function sortOrder(values: Float64Array, codes: Int32Array | null, segmentCount: number): SortedKeys {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2); // little-endian: [lo, hi] per value
  const buf = { hi: pair("hi", n), lo: pair("lo", n), row: pair("row", n) };
  let cur = 0; // which of the two buffers holds the current order
  let hi = buf.hi[0];
  let lo = buf.lo[0];
  let row = buf.row[0];
  const counts = pool.get(Uint32Array, "counts", 4 * DIGIT, true);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) continue; // NaN: blank or bad, not part of any population
    let h = bits[2 * i + 1];
    let l = bits[2 * i];
    // IEEE-754 to an unsigned key with the same order: flip all bits of negatives, the sign bit of positives.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    if (v === 0) {
      h = 0x80000000; // -0 and +0 are equal values and must tie
      l = 0;
    }
    hi[m] = h;
    lo[m] = l;
    row[m] = i;
    counts[l & 0xffff]++;
    counts[DIGIT + (l >>> 16)]++;
    counts[2 * DIGIT + (h & 0xffff)]++;
    counts[3 * DIGIT + (h >>> 16)]++;
    m++;
  }

  for (let d = 0; d < 4; d++) {
    const base = d * DIGIT;
    // Exclusive prefix sums; a digit with one value for all keys leaves the order as it is.
    let sum = 0;
    let single = false;
    for (let b = base; b < base + DIGIT; b++) {
      const c = counts[b];
      if (c === m) single = true;
      counts[b] = sum;
      sum += c;
    }
    if (single || m === 0) continue;
    const next = 1 - cur;
    const [dh, dl, dr] = [buf.hi[next], buf.lo[next], buf.row[next]];
    const word = d < 2 ? lo : hi;
    const shift = d % 2 === 0 ? 0 : 16;
    for (let j = 0; j < m; j++) {
      const pos = counts[base + ((word[j] >>> shift) & 0xffff)]++;
      dh[pos] = hi[j];
      dl[pos] = lo[j];
      dr[pos] = row[j];
    }
    [cur, hi, lo, row] = [next, dh, dl, dr];
  }

  if (codes && segmentCount > 1) {
    // A last counting pass by segment code (stable, so values stay ascending within a segment).
    const offsets = new Uint32Array(segmentCount + 1);
    for (let j = 0; j < m; j++) offsets[codes[row[j]] + 1]++;
    for (let s = 1; s <= segmentCount; s++) offsets[s] += offsets[s - 1];
    const next = 1 - cur;
    const [dh, dl, dr] = [buf.hi[next], buf.lo[next], buf.row[next]];
    for (let j = 0; j < m; j++) {
      const pos = offsets[codes[row[j]]]++;
      dh[pos] = hi[j];
      dl[pos] = lo[j];
      dr[pos] = row[j];
    }
    [hi, lo, row] = [dh, dl, dr];
  }
  return { order: row.subarray(0, m), hi: hi.subarray(0, m), lo: lo.subarray(0, m) };
}
