import { countBelow } from "./stats";
import { Segments, sortedPopulations } from "./segments";

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
 * - minmax: 100 × (x − min) / (max − min), 0 when max = min.
 * - none: the value as given.
 */
export function normalizeDimension(values: Float64Array, method: NormalizeMethod, seg: Segments): Float64Array {
  if (method === "none") return values;
  const pops = sortedPopulations(values, seg);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) {
      out[i] = NaN;
      continue;
    }
    const pop = pops[seg.codes[i]];
    const n = pop.length;
    if (method === "rank") {
      out[i] = n <= 1 ? 100 : (100 * countBelow(pop, x)) / (n - 1);
    } else {
      const min = pop[0];
      const max = pop[n - 1];
      out[i] = max === min ? 0 : (100 * (x - min)) / (max - min);
    }
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
): Float64Array {
  const rows = dimensions.length ? dimensions[0].length : 0;
  const score = new Float64Array(rows);
  dimensions.forEach((dim, d) => {
    const w = weights[d];
    if (w === 0) return;
    const norm = normalizeDimension(dim, method, seg);
    for (let i = 0; i < rows; i++) {
      const v = norm[i];
      if (!Number.isNaN(v)) score[i] += w * v;
    }
  });
  return score;
}
