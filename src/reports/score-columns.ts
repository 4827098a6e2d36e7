/**
 * The live Score, Tier and Key account formulas for an accounts table (DOMAIN.md §3–§4): one whole-column
 * KAM.* call each, spilling one row per account. Plain data in, formula text out; src/excel places them.
 */
import { foldText } from "../core/cells";
import { ColumnMapping } from "../core/headers";
import { Model } from "../core/schemas";
import { columnRef, columnSpanRef } from "./structured-refs";

/** The score's dimensions, in the order KAM.SCORE takes them. */
export const SCORE_DIMENSIONS = ["contribution", "potential", "reference", "winnability"] as const;
type Dimension = (typeof SCORE_DIMENSIONS)[number];

/** Parts of the model the live formulas cannot express. */
export type LiveColumnsWarning = { code: "liveOverallCuts" } | { code: "liveTopPercent"; percent: number };

/** Why no live formulas can be written. */
export type LiveColumnsRefusal = { code: "unmapped" } | { code: "zeroWeights" };

export interface LiveFormulas {
  score: string;
  tier: string;
  keyAccount: string;
  warnings: LiveColumnsWarning[];
}

export type LiveFormulasResult = ({ ok: true } & LiveFormulas) | { ok: false; refusal: LiveColumnsRefusal };

/** Key-account share that KAM.TOPPCT uses for a segment not in its table (its documented default, 20%). */
const TOPPCT_FALLBACK = 0.2;

/** A formula literal: strings quoted with doubled quotes, numbers as JavaScript prints them. */
const literal = (v: string | number) => (typeof v === "number" ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** What the formula builders share: references by field, and the segment argument (",T[Industry]" or ""). */
interface Refs {
  /** Column index of a field, or null when the table has no such column. */
  col: (field: string) => number | null;
  /** Structured reference to a column by index. */
  ref: (index: number) => string;
  span: (first: number, last: number) => string;
  segArg: string;
  segmented: boolean;
}

function refsFor(table: string, headers: readonly string[], mapping: ColumnMapping, model: Model): Refs {
  const col = (field: string) => mapping[field] ?? null;
  const ref = (i: number) => columnRef(table, headers[i]);
  const seg = model.segmentBy === "none" ? null : col(model.segmentBy);
  return {
    col,
    ref,
    span: (first, last) => columnSpanRef(table, headers[first], headers[last]),
    segArg: seg === null ? "" : `,${ref(seg)}`,
    segmented: seg !== null,
  };
}

/**
 * The live formulas for a table: whole-column KAM.* calls that spill one row per account.
 * `mapping` gives each field's column index among `headers`.
 */
export function liveFormulas(
  table: string,
  headers: readonly string[],
  mapping: ColumnMapping,
  model: Model,
): LiveFormulasResult {
  const r = refsFor(table, headers, mapping, model);
  if (r.col("contribution") === null || r.col("potential") === null)
    return { ok: false, refusal: { code: "unmapped" } };
  const score = scoreExpression(r, model);
  if (score === null) return { ok: false, refusal: { code: "zeroWeights" } };
  const tier = tierFormula(r, model);
  const key = keyAccountFormula(r, model, score);
  return {
    ok: true,
    score: `=${score}`,
    tier: `=${tier.formula}`,
    keyAccount: `=${key.formula}`,
    warnings: [...tier.warnings, ...key.warnings],
  };
}

/** `KAM.SCORE(…)` over the mapped dimensions; null when their weights are all zero. */
function scoreExpression(r: Refs, model: Model): string | null {
  const dims = SCORE_DIMENSIONS.flatMap((field: Dimension) => {
    const index = r.col(field);
    return index === null ? [] : [{ index, weight: model.weights[field] }];
  });
  const sumAll = Object.values(model.weights).reduce((a, b) => a + b, 0);
  const sumPresent = dims.reduce((a, d) => a + d.weight, 0);
  if (sumPresent <= 0) return null;
  // One range when the dimension columns sit side by side in order, else CHOOSE({1,2,…}, …) joins them.
  const adjacent = dims.every((d, k) => k === 0 || d.index === dims[k - 1].index + 1);
  const dimsRef =
    dims.length === 1
      ? r.ref(dims[0].index)
      : adjacent
        ? r.span(dims[0].index, dims[dims.length - 1].index)
        : `CHOOSE({${dims.map((_, k) => k + 1).join(",")}},${dims.map((d) => r.ref(d.index)).join(",")})`;
  // KAM.SCORE normalises the weights it is given; a dimension with no column still counts in the
  // model's total (DOMAIN.md §3: a blank contributes 0), so the score is scaled back by its share.
  const factor = sumPresent / sumAll;
  return (
    `KAM.SCORE(${dimsRef},{${dims.map((d) => d.weight).join(",")}},${literal(model.method)}${r.segArg})` +
    (Math.abs(factor - 1) > 1e-12 ? `*${factor}` : "")
  );
}

/** `KAM.TIER(…)` on the overall cuts, under an approved manual tier when the table has both columns. */
function tierFormula(r: Refs, model: Model): { formula: string; warnings: LiveColumnsWarning[] } {
  const c = r.col("contribution") as number;
  const p = r.col("potential") as number;
  const cuts = (axis: "contribution" | "potential") => `{${model.cuts[axis].map(literal).join(",")}}`;
  const map = `{${model.tierMap.map((row) => row.map(literal).join(",")).join(";")}}`;
  let formula = `KAM.TIER(${r.ref(c)},${r.ref(p)},${cuts("contribution")},${cuts("potential")},${map}${r.segArg})`;
  const warnings: LiveColumnsWarning[] =
    r.segmented && Object.keys(model.cuts.bySegment).length ? [{ code: "liveOverallCuts" }] : [];
  const manual = r.col("manualTier");
  const approver = r.col("approver");
  if (manual !== null && approver !== null) {
    // An approved manual tier wins (DOMAIN.md §4); without an approver the computed tier stays.
    const m = `UPPER(TRIM(${r.ref(manual)}))`;
    formula = `IF(ISNUMBER(MATCH(${m},{"A","B","C","D"},0))*(TRIM(${r.ref(approver)})<>""),${m},${formula})`;
  }
  return { formula, warnings };
}

/** `KAM.TOPPCT(score, share)`, with a per-segment share table when the model has one. */
function keyAccountFormula(r: Refs, model: Model, score: string): { formula: string; warnings: LiveColumnsWarning[] } {
  // As in the core (tiering.ts), a key that folds to blank names no segment, so it is not passed on.
  const bySegment = Object.entries(model.topPercent.bySegment).filter(([label]) => foldText(label) !== "");
  const warnings: LiveColumnsWarning[] = [];
  let pct = literal(model.topPercent.default);
  if (r.segmented && bySegment.length) {
    pct = `{${bySegment.map(([label, f]) => `${literal(label)},${f}`).join(";")}}`;
    if (model.topPercent.default !== TOPPCT_FALLBACK)
      warnings.push({ code: "liveTopPercent", percent: Math.round(TOPPCT_FALLBACK * 100) });
  }
  // TOPPCT takes the score expression itself: a spill reference (E2#) is not understood by every engine.
  return { formula: `KAM.TOPPCT(${score},${pct}${r.segArg})`, warnings };
}
