import { kthLargest } from "./stats";
import { Segments, unsortedPopulations } from "./segments";

/** DOMAIN.md §3 default: the top 20% of each segment are key accounts. */
export const DEFAULT_TOP_PERCENT = 0.2;

/** Rows to take from n: ceil(X·n), with X·n rounded first so 0.7 × 10 is 7, not 7.000000000000001. */
export function topCount(fraction: number, n: number): number {
  return Math.ceil(Math.round(fraction * n * 1e9) / 1e9);
}

/**
 * Key-account flags (DOMAIN.md §3): within each segment of n scored rows, a row is flagged when its
 * rank (1 = highest) is ≤ ceil(X·n), and every row tied with the last one taken is taken too.
 * Returns 1 / 0 per row and -1 for NaN (blank) scores, which are not counted in n.
 * `fractionBySegment[code]` is X for that segment.
 */
export function topPercentFlags(scores: Float64Array, fractionBySegment: ArrayLike<number>, seg: Segments): Int8Array {
  const pops = unsortedPopulations(scores, seg);
  const thresholds = pops.map((pop, s) => {
    const k = topCount(fractionBySegment[s], pop.length);
    return k === 0 ? Infinity : kthLargest(pop, k);
  });
  const flags = new Int8Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const x = scores[i];
    flags[i] = Number.isNaN(x) ? -1 : x >= thresholds[seg.codes[i]] ? 1 : 0;
  }
  return flags;
}
