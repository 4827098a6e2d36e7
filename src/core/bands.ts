import { cellText, CellValue, isBlank } from "./cells";
import { readNumber } from "./numbers";
import { Reason, reasonText } from "./reasons";
import { excelPrecision, percentileIncUnsorted } from "./stats";
import { ScratchPool } from "./scratch";
import { Segments, unsortedPopulations } from "./segments";

/** A cut is an absolute number or a percentile of the population, written "P50" (DOMAIN.md §4). */
export type Cut = { kind: "abs"; value: number } | { kind: "pct"; p: number };

export type Band = "L" | "M" | "H";
/** Band codes in typed arrays: L=0, M=1, H=2, and BLANK_BAND for a blank value. */
export const BAND_LETTERS: readonly Band[] = ["L", "M", "H"];
export const BLANK_BAND = -1;

/** DOMAIN.md §4 default cuts: P50 and P80 on both axes. */
export const DEFAULT_CUTS: readonly [Cut, Cut] = [
  { kind: "pct", p: 0.5 },
  { kind: "pct", p: 0.8 },
];

const PERCENTILE_TEXT = /^p\s*(\d+(?:\.\d+)?)\s*%?$/i;

/** Reads a cut cell: "P50" → 50th percentile, a number (or numeric text) → absolute cut. */
export function readCut(v: CellValue): Cut | string {
  if (isBlank(v)) return "a cut is blank";
  const text = cellText(v).normalize("NFKC");
  const pct = PERCENTILE_TEXT.exec(text);
  if (pct) {
    const p = Number(pct[1]);
    return p <= 100 ? { kind: "pct", p: p / 100 } : `percentile cut "${text}" is above P100`;
  }
  const n = readNumber(v);
  if (n.kind === "number") return { kind: "abs", value: n.value };
  return `cut "${text}" is neither a number nor a percentile like P50`;
}

/** Formats a cut back to what a user types ("P50" or the number). */
export function formatCut(cut: Cut): string {
  return cut.kind === "pct" ? `P${+(cut.p * 100).toFixed(6)}` : String(cut.value);
}

/**
 * Both cuts must be ordered when both are of the same kind; mixed kinds are checked per segment.
 * Returns the problem as a code with parameters, or null.
 */
export function cutOrderProblem(cuts: readonly [Cut, Cut]): Reason | null {
  const [a, b] = cuts;
  if (
    (a.kind === "abs" && b.kind === "abs" && a.value > b.value) ||
    (a.kind === "pct" && b.kind === "pct" && a.p > b.p)
  )
    return { code: "cutOrder", params: { cut1: formatCut(a), cut2: formatCut(b) } };
  return null;
}

/** `cutOrderProblem` in English, e.g. "cut1 (P90) must not exceed cut2 (P80)". */
export function checkCutOrder(cuts: readonly [Cut, Cut]): string | null {
  const problem = cutOrderProblem(cuts);
  return problem && reasonText(problem);
}

/** Resolves a cut to a number within one population (PERCENTILE.INC for percentiles); may reorder `pop`. */
export function resolveCut(cut: Cut, pop: Float64Array): number {
  return cut.kind === "abs" ? cut.value : percentileIncUnsorted(pop, cut.p);
}

export interface BandResult {
  /** Band code per row: 0 L, 1 M, 2 H, BLANK_BAND for NaN input. */
  bands: Int8Array;
  /** The resolved [c1, c2] of each segment, for reports and cut lines on charts. */
  cutsBySegment: [number, number][];
}

/**
 * Bands values into L / M / H by two cuts (DOMAIN.md §4): x < c1 → L, c1 ≤ x < c2 → M, x ≥ c2 → H.
 * Percentile cuts are computed within each segment, and `cuts` may differ by segment; NaN (blank)
 * values get a blank band and are left out of the population. Cuts are taken at Excel's 15-digit
 * precision, as a live criterion (">="&cut) states them.
 */
export function bandValues(
  values: Float64Array,
  cuts: readonly [Cut, Cut] | ((segment: number) => readonly [Cut, Cut]),
  seg: Segments,
  scratch?: { pool: ScratchPool; slot: string },
): BandResult {
  // With scratch, `bands` is a pooled buffer valid until the next call with the same slot.
  const pops = unsortedPopulations(values, seg, scratch?.pool);
  const cutsOf = typeof cuts === "function" ? cuts : () => cuts;
  const cutsBySegment = pops.map((pop, s) => {
    const [a, b] = cutsOf(s);
    if (a.kind === "pct" && b.kind === "pct" && a.p <= b.p) {
      // The first selection leaves pop partitioned at its position; the second searches above it.
      const c1 = percentileIncUnsorted(pop, a.p);
      return [c1, percentileIncUnsorted(pop, b.p, Math.floor((pop.length - 1) * a.p))] as [number, number];
    }
    return [resolveCut(a, pop), resolveCut(b, pop)] as [number, number];
  });
  // Live sheets compare against the cut written as 15-digit text (">="&cut): so does the core.
  for (const c of cutsBySegment) {
    c[0] = excelPrecision(c[0]);
    c[1] = excelPrecision(c[1]);
  }
  const c1s = Float64Array.from(cutsBySegment, (c) => c[0]);
  const c2s = Float64Array.from(cutsBySegment, (c) => c[1]);
  const bands = scratch
    ? scratch.pool.get(Int8Array, `${scratch.slot}:bands`, values.length)
    : new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) {
      bands[i] = BLANK_BAND;
      continue;
    }
    const s = seg.codes[i];
    bands[i] = x < c1s[s] ? 0 : x < c2s[s] ? 1 : 2;
  }
  return { bands, cutsBySegment };
}
