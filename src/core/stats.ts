/**
 * Order statistics for banding and top-X% (DOMAIN.md §3–§4). Selection instead of sorting: a cut or a
 * threshold needs two order statistics of a population, which quickselect finds in linear time.
 */

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

/**
 * PERCENTILE.INC of an unsorted population; reorders `pop` (pass a copy when its order matters).
 * `from`: a position already in place from an earlier call with a smaller p (everything before it is
 * ≤ everything after), so the selection only searches the rest — the second cut of a band.
 */
export function percentileIncUnsorted(pop: Float64Array, p: number, from = 0): number {
  const n = pop.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  selectKth(pop, lo, Math.min(from, lo));
  if (lo + 1 >= n || h === lo) return pop[lo];
  let next = Infinity; // the (lo+1)-th value is the smallest of everything after position lo
  for (let i = lo + 1; i < n; i++) if (pop[i] < next) next = pop[i];
  return interpolate(pop[lo], next, h - lo);
}

/**
 * a + f × (b − a) for 0 ≤ f < 1 (PERCENTILE.INC's step), finite for any finite a and b (DOMAIN.md §12):
 * when b − a overflows (−1E308 to 1E308) the weighted form, which stays between a and b, is used.
 */
export function interpolate(a: number, b: number, f: number): number {
  const gap = b - a;
  return Number.isFinite(gap) ? a + f * gap : (1 - f) * a + f * b;
}

/** The k-th largest value (k ≥ 1) of an unsorted population; reorders `pop`. */
export function kthLargest(pop: Float64Array, k: number): number {
  const idx = pop.length - k;
  selectKth(pop, idx);
  return pop[idx];
}

/**
 * Largest of `xs` (or `floor` when empty or larger). A loop, not Math.max(...xs): spreading a
 * 100,000-element array into arguments overflows the call stack.
 */
export function maxOf(xs: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** Smallest of `xs` (or `ceiling` when empty or smaller); see maxOf. */
export function minOf(xs: Iterable<number>, ceiling = Infinity): number {
  let m = ceiling;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/**
 * A number as Excel can state it: 15 significant digits (Excel's number precision). Live criteria carry a
 * cut as text (">="&cut), which Excel writes with 15 digits, so cuts are compared at that precision
 * everywhere (DOMAIN.md §4, §6 "live and static agree").
 */
export function excelPrecision(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}

/** Median of the values (mean of the middle two for an even count); null when there are none (DOMAIN.md §9). */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const a = Float64Array.from(values).sort();
  const mid = a.length >> 1;
  return a.length % 2 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
}
