/**
 * Small, fast, seeded pseudo-random numbers for the sample generator.
 * mulberry32: 32-bit state, passes the basic statistical tests we need for
 * sample data, and is deterministic across JS engines (only 32-bit integer ops).
 */

// Module-local copies of Math functions: global lookups are ~10× slower inside vm contexts (Jest).
const { imul, floor, sqrt, log, cos, sin, PI } = Math;

/** A seeded random source. All methods advance the same state. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal N(0, 1) (Box–Muller, caching the second value). */
  normal(): number;
}

/** Mixes a seed with a stream id so independent streams don't share sequences (splitmix32-style finaliser). */
export function deriveSeed(seed: number, stream: number): number {
  let h = (imul(seed | 0, 0x9e3779b1) ^ imul(stream | 0, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Creates a mulberry32 generator. Same seed → same sequence. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  let spare = 0;
  let hasSpare = false;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => floor(next() * n),
    range: (lo, hi) => lo + floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[floor(next() * items.length)],
    normal: () => {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      // 1 - next() keeps the log argument in (0, 1].
      const u = 1 - next();
      const v = next();
      const r = sqrt(-2 * log(u));
      spare = r * sin(2 * PI * v);
      hasSpare = true;
      return r * cos(2 * PI * v);
    },
  };
}

/** A generator for one named stream of a seed (e.g. accounts vs. opportunities), so changing one table's size leaves the others unchanged. */
export function streamRng(seed: number, stream: number): Rng {
  return mulberry32(deriveSeed(seed, stream));
}
