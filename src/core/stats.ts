/**
 * Order statistics shared by scoring and banding. Populations are sorted Float64Arrays so that every
 * lookup is a binary search: O(n log n) in all, which is what lets a million rows score in well under a second.
 */

/** Index of the first element ≥ x in an ascending array: the number of values strictly below x. */
export function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Excel's PERCENTRANK.INC(population, x) at full precision for x in the population (DOMAIN.md §3):
 * (number of values strictly below x) / (n − 1), and 1 when n = 1.
 */
export function percentRankInc(sorted: Float64Array, x: number): number {
  const n = sorted.length;
  return n <= 1 ? 1 : countBelow(sorted, x) / (n - 1);
}

/**
 * Excel's PERCENTILE.INC(population, p) (DOMAIN.md §4): linear interpolation between the values at
 * ranks floor((n−1)p) and the next. NaN for an empty population.
 */
export function percentileInc(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Minimum and maximum of an ascending array. */
export function extent(sorted: Float64Array): [number, number] {
  return [sorted[0], sorted[sorted.length - 1]];
}
