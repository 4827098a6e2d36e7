/** The cut-points section of the Nine-Grid sheet (DOMAIN.md §4): one row of cuts per segment, or "All". */
import { formatCut } from "../core/bands";
import { Axis, CutRow, NineGridContext, numericIn } from "./nine-grid-context";
import { PlanCell } from "./plan";
import { Placed } from "./plan-builder";
import { NUMBER } from "./styles";

/** Positions listed in one live cut's exclusion at most; beyond, the cut is written as a value. */
export const MAX_EXCLUDED_POSITIONS = 500;

/**
 * The cuts block: both cuts of both axes per row and the rule they came from, as the core applied it.
 * Live percentile cuts of one population are PERCENTILE.INC over the source column; the matrices'
 * live criteria point at these cells (row 1 for one population, the segment's row otherwise).
 */
export function placeCuts(ctx: NineGridContext): Placed {
  return ctx.b.block(
    "cuts",
    { col: 1 },
    [
      ctx.w.cutsHeader,
      ...ctx.cutRows.map((s) => [
        s.label,
        cutCell(ctx, "contribution", 0, s),
        cutCell(ctx, "contribution", 1, s),
        cutCell(ctx, "potential", 0, s),
        cutCell(ctx, "potential", 1, s),
        `${ruleText(ctx, "contribution", s)} · ${ruleText(ctx, "potential", s)}`,
      ]),
    ],
    // Cuts are amounts: whole numbers, so a percentile between two amounts does not show a pointless ".5".
    { header: true, numberFormat: ["General", NUMBER, NUMBER, NUMBER, NUMBER, "General"] },
  );
}

/** The cuts the core applied to a segment, as typed ("P50 / P80"): the builder never matches override labels. */
const ruleText = (ctx: NineGridContext, axis: Axis, s: CutRow) =>
  ctx.t.rules[s.code].cuts[axis].map(formatCut).join(" / ");

/** One cut: the core's value, or live PERCENTILE.INC when one population is cut by a percentile. */
function cutCell(ctx: NineGridContext, axis: Axis, k: 0 | 1, s: CutRow): PlanCell {
  const value = ctx.t.cuts[axis][s.code][k];
  const asValue = Number.isFinite(value) ? value : null;
  const cut = ctx.t.rules[s.code].cuts[axis][k];
  const ref = ctx.refs[axis];
  if (!ctx.live || cut.kind === "abs" || ctx.segmented || !ref) return asValue;
  const excluded = numericIn(ctx, axis).map((r) => r.position);
  if (excluded.length === 0) return { formula: `=PERCENTILE.INC(${ref},${cut.p})` };
  if (excluded.length > MAX_EXCLUDED_POSITIONS) return asValue;
  // The skipped rows by their position in the column, so the cut is the core's (PERCENTILE.INC skips text).
  const kept = `FILTER(${ref},ISNA(MATCH(SEQUENCE(ROWS(${ref})),{${excluded.join(",")}},0)))`;
  return { formula: `=PERCENTILE.INC(${kept},${cut.p})` };
}
