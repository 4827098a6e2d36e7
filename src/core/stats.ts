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

/**
 * Rearranges `a` so that a[k] is the value a full ascending sort would put there, everything before
 * it ≤ and everything after it ≥ (quickselect, O(n) on average). Percentile cuts and top-X%
 * thresholds need two or three order statistics, not a sorted million rows.
 */
export function selectKth(a: Float64Array, k: number, from = 0, to = a.length - 1): void {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    // median of three as the pivot keeps sorted and reverse-sorted input linear
    const mid = (lo + hi) >>> 1;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[mid] < a[hi]) swap(a, mid, hi);
    const pivot = a[hi];
    let i = lo - 1;
    let j = hi;
    for (;;) {
      do i++;
      while (a[i] < pivot);
      do j--;
      while (j > lo && a[j] > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, i, hi);
    if (i === k) return;
    if (i < k) lo = i + 1;
    else hi = i - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** PERCENTILE.INC of an unsorted population; reorders `pop` (pass a copy when its order matters). */
export function percentileIncUnsorted(pop: Float64Array, p: number): number {
  const n = pop.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  selectKth(pop, lo);
  if (lo + 1 >= n || h === lo) return pop[lo];
  let next = Infinity; // the (lo+1)-th value is the smallest of everything after position lo
  for (let i = lo + 1; i < n; i++) if (pop[i] < next) next = pop[i];
  return pop[lo] + (h - lo) * (next - pop[lo]);
}

/** The k-th largest value (k ≥ 1) of an unsorted population; reorders `pop`. */
export function kthLargest(pop: Float64Array, k: number): number {
  const idx = pop.length - k;
  selectKth(pop, idx);
  return pop[idx];
}
