/** Timing helpers: median of several runs after a warm-up. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Timed runs per size: more for small inputs, fewer at a million rows. */
export function runsFor(rows: number, override?: number): number {
  if (override !== undefined) return override;
  return rows >= 1_000_000 ? 3 : rows >= 100_000 ? 5 : 9;
}

export interface Timed<T> {
  ms: number;
  runs: number;
  /** Result of the last run (for correctness checks). */
  last: T;
}

/** Full GC when node runs with --expose-gc (bench/run.ts arranges that), so one run's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof gc === "function") gc();
}

/**
 * Runs `fn` once untimed (JIT warm-up) then `runs` times, returning the median.
 * `fn` must not depend on state mutated by previous runs.
 */
export function timeRuns<T>(fn: () => T, runs: number, warmup = 1): Timed<T> {
  let last: T | undefined = fn();
  for (let i = 1; i < warmup; i++) last = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Drop the previous result first: Excel does not keep the last spill alive while computing the
    // next, and a retained million-row result made every run pay for marking it during GC.
    last = undefined;
    collectGarbage();
    const t0 = performance.now();
    last = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs, last: last as T };
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;
export const round2 = (x: number): number => Math.round(x * 100) / 100;
