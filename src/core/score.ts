import { sortOrder } from "./radix";
import { ScratchPool } from "./scratch";
import { Segments } from "./segments";

export type NormalizeMethod = "rank" | "minmax" | "none";

/** DOMAIN.md §3 default weights: contribution, potential, reference, winnability. */
export const DEFAULT_WEIGHTS = [40, 30, 15, 15] as const;

/**
 * Normalizes weights to sum to 1 (DOMAIN.md §3). Returns an error message for a negative,
 * non-finite or all-zero weight list instead of throwing.
 */
export function normalizeWeights(weights: readonly number[]): number[] | string {
  if (weights.some((w) => !Number.isFinite(w))) return "weights must be numbers";
  if (weights.some((w) => w < 0)) return "a weight cannot be negative";
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return "weights must not all be zero";
  return weights.map((w) => w / total);
}

/**
 * Normalizes one dimension to 0–100 within each segment (DOMAIN.md §3). NaN inputs (blank or bad
 * cells) stay NaN and are left out of the population.
 * - rank: 100 × (values strictly below x) / (n − 1), 100 when n = 1 — PERCENTRANK.INC × 100.
 * - minmax: 100 × (x − min) / (max − min), 0 when max = min; finite for any finite input (§12).
 * - none: the value as given.
 */
export function normalizeDimension(
  values: Float64Array,
  method: NormalizeMethod,
  seg: Segments,
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  if (method === "none") return values;
  return method === "rank" ? percentRanks(values, seg, out) : minMaxScaled(values, seg, out);
}

/** 100 × PERCENTRANK.INC per row: one sort, then a walk in which tied values share the first position. */
function percentRanks(values: Float64Array, seg: Segments, out: Float64Array): Float64Array {
  if (seg.labels.length === 1 && smallDomainRanks(values, out)) return out;
  out.fill(NaN);
  const { order, hi, lo } = sortOrder(values, seg.codes, seg.labels.length);
  const oneSegment = seg.labels.length === 1; // then the whole order is one population: no code lookups
  let start = 0;
  while (start < order.length) {
    const code = seg.codes[order[start]];
    let end = oneSegment ? order.length : start;
    while (end < order.length && seg.codes[order[end]] === code) end++;
    const n = end - start;
    let firstOfTie = start;
    for (let j = start; j < end; j++) {
      // Ties compared on the sorted keys (sequential reads), not on values[order[j]] (random ones).
      if (j > start && (hi[j] !== hi[j - 1] || lo[j] !== lo[j - 1])) firstOfTie = j;
      out[order[j]] = n <= 1 ? 100 : (100 * (firstOfTie - start)) / (n - 1);
    }
    start = end;
  }
  return out;
}

/** Above this many distinct values a dimension is ranked by sorting instead of counting. */
const SMALL_DOMAIN = 1024;

/**
 * Ranks by counting when a dimension has few distinct values (reference and winnability are 1–10
 * scores): values strictly below x = the counts of the distinct values below it. Returns false,
 * having written nothing useful, when the dimension has too many distinct values.
 */
function smallDomainRanks(values: Float64Array, out: Float64Array): boolean {
  return integerDomainRanks(values, out) ?? mapDomainRanks(values, out);
}

/** Integers spanning at most this many values are counted in an array indexed by value. */
const INTEGER_SPAN = 1 << 16;

/**
 * Counting ranks for integer data over a span of at most 65,536 (1–10 scores, headcounts): array
 * indexing instead of map lookups or a sort. Null when the data is not like that.
 */
function integerDomainRanks(values: Float64Array, out: Float64Array): boolean | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) continue;
    if (x !== Math.floor(x)) return null;
    if (x < min) min = x;
    if (x > max) max = x;
    if (max - min >= INTEGER_SPAN) return null;
  }
  if (min > max) return null; // no values at all
  const below = new Float64Array(max - min + 2); // below[k] = count of values < min + k, after the prefix sum
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) {
      below[x - min + 1]++;
      n++;
    }
  }
  for (let k = 1; k < below.length; k++) below[k] += below[k - 1];
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    // The same expression as the sorting path, so both give bit-identical ranks.
    out[i] = x !== x ? NaN : n <= 1 ? 100 : (100 * below[x - min]) / (n - 1);
  }
  return true;
}

function mapDomainRanks(values: Float64Array, out: Float64Array): boolean {
  const counts = new Map<number, number>();
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) continue;
    const c = counts.get(x);
    if (c === undefined) {
      if (counts.size >= SMALL_DOMAIN) return false;
      counts.set(x, 1); // Map keys use SameValueZero: -0 and 0 are one value
    } else counts.set(x, c + 1);
    n++;
  }
  const below = new Map<number, number>();
  let running = 0;
  for (const x of [...counts.keys()].sort((a, b) => a - b)) {
    below.set(x, running);
    running += counts.get(x) as number;
  }
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    out[i] = x !== x ? NaN : n <= 1 ? 100 : (100 * (below.get(x) as number)) / (n - 1);
  }
  return true;
}

/** 100 × (x − min) / (max − min) per segment; a linear pass, no sort. */
function minMaxScaled(values: Float64Array, seg: Segments, out: Float64Array): Float64Array {
  const k = seg.labels.length;
  const min = new Float64Array(k).fill(Infinity);
  const max = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) continue;
    const s = seg.codes[i];
    if (x < min[s]) min[s] = x;
    if (x > max[s]) max[s] = x;
  }
  // Near the top of the double range (DOMAIN.md §12) 100 × (x − min) overflows: such a segment divides first,
  // halving both sides when even max − min overflows (halving is exact there). Other segments keep the plain form.
  const wide = new Uint8Array(k);
  for (let s = 0; s < k; s++) wide[s] = Number.isFinite(100 * (max[s] - min[s])) ? 0 : 1;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const s = seg.codes[i];
    if (x !== x) out[i] = NaN;
    else if (max[s] === min[s]) out[i] = 0;
    else if (!wide[s]) out[i] = (100 * (x - min[s])) / (max[s] - min[s]);
    else out[i] = 100 * ((x / 2 - min[s] / 2) / (max[s] / 2 - min[s] / 2));
  }
  return out;
}

/**
 * Composite score per row, Σ weightᵢ × normalizedᵢ (DOMAIN.md §3, 综合累计积分法). A blank (NaN)
 * dimension contributes 0 to its row. `weights` must already be normalized.
 */
export function compositeScore(
  dimensions: readonly Float64Array[],
  weights: readonly number[],
  method: NormalizeMethod,
  seg: Segments,
  pool?: ScratchPool,
): Float64Array {
  const rows = dimensions.length ? dimensions[0].length : 0;
  // With a pool the result is scratch too (the caller copies it into its spill before the next call).
  const score = pool ? pool.get(Float64Array, "score", rows, true) : new Float64Array(rows);
  const scratch = pool ? pool.float64("normalized", rows) : new Float64Array(rows); // one buffer for every dimension
  dimensions.forEach((dim, d) => {
    const w = weights[d];
    if (w === 0) return;
    const norm = normalizeDimension(dim, method, seg, scratch);
    for (let i = 0; i < rows; i++) {
      const v = norm[i];
      if (!Number.isNaN(v)) score[i] += w * v;
    }
  });
  return score;
}
