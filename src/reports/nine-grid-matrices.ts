/**
 * The 3×3 matrices of the Nine-Grid sheet (DOMAIN.md §4): account counts and total contribution per
 * cell, overall and optionally per segment, side by side and colour-scaled.
 */
import { liveBandFormula, CellFormula } from "./nine-grid-live";
import { bandCode, BANDS, CellMembers, emptyCells, NineGridContext, shownLabel } from "./nine-grid-context";
import { PlanCell } from "./plan";
import { Placed } from "./plan-builder";
import { NUMBER, SCALE_HIGH, SCALE_LOW } from "./styles";

/** The counts and contribution matrices of one population, placed side by side. */
export interface MatrixPair {
  counts: Placed;
  sums: Placed;
}

interface MatrixSpec {
  id: string;
  title: string;
  grid: CellMembers;
  /** The value of one cell from its accounts, written when the matrix is not live. */
  value: (idx: number[]) => number;
  formula: CellFormula | null;
}

/** One matrix: at the cursor, or beside `left`; header row, contribution bands down, potential across. */
function placeMatrix(ctx: NineGridContext, m: MatrixSpec, left?: Placed): Placed {
  const cells: PlanCell[][] = [
    [m.title, ...BANDS.map(ctx.w.potential)],
    ...BANDS.map((cb) => [
      ctx.w.contribution(cb),
      ...BANDS.map((pb): PlanCell =>
        m.formula ? { formula: m.formula(cb, pb) } : m.value(m.grid[bandCode(cb)][bandCode(pb)]),
      ),
    ]),
  ];
  const options = { header: true, numberFormat: NUMBER };
  return left ? ctx.b.beside(left, m.id, cells, options) : ctx.b.block(m.id, { col: 1 }, cells, options);
}

const count = (idx: number[]) => idx.length;
const sumContribution = (ctx: NineGridContext) => (idx: number[]) =>
  idx.reduce((a, i) => a + ctx.accounts[i].contribution, 0);

/**
 * The overall matrices under a caption. Live with one population they are COUNTIFS/SUMIFS; when cuts
 * differ by segment they are values here and become sums of the segment matrices later (`sumSegments`).
 */
export function placeMatrices(ctx: NineGridContext, cuts: Placed): MatrixPair {
  ctx.b.skip();
  ctx.b.caption("matrixCaption", ctx.w.matrixCaption);
  const live = ctx.live && !ctx.segmented;
  return placePair(ctx, {
    ids: ["counts", "sums"],
    titles: ctx.w.matrixTitles,
    grid: ctx.members,
    formula: (kind) => (live ? liveBandFormula(ctx, cuts, kind, null) : null),
  });
}

/** Counts beside contribution sums, then the cursor under both. */
function placePair(
  ctx: NineGridContext,
  p: {
    ids: [string, string];
    titles: [string, string];
    grid: CellMembers;
    formula: (kind: "count" | "sum") => CellFormula | null;
  },
): MatrixPair {
  const counts = placeMatrix(ctx, {
    id: p.ids[0],
    title: p.titles[0],
    grid: p.grid,
    value: count,
    formula: p.formula("count"),
  });
  const sums = placeMatrix(
    ctx,
    { id: p.ids[1], title: p.titles[1], grid: p.grid, value: sumContribution(ctx), formula: p.formula("sum") },
    counts,
  );
  ctx.b.below([counts, sums]);
  return { counts, sums };
}

/** Whether the sheet shows one matrix pair per segment: cuts differ by segment, or the user asked and there is a segment. */
const showsSegments = (ctx: NineGridContext): boolean =>
  ctx.segmented || (ctx.model.reports.perSegmentMatrices && ctx.segField !== null);

/** One matrix pair per display segment under a caption; a caption saying what is missing when there is no segment. */
export function placeSegmentMatrices(ctx: NineGridContext, cuts: Placed): MatrixPair[] {
  const { b, model, segField, w } = ctx;
  if (!showsSegments(ctx) || !segField) {
    if (model.reports.perSegmentMatrices) b.caption("segmentsCaption", w.segmentsMissing);
    return [];
  }
  b.caption("segmentsCaption", w.segmentsCaption(segField, !(ctx.segmented || model.segmentBy !== "none")));
  const live = ctx.live && ctx.refs.segment !== null;
  return ctx.display.labels.map((label, code) => {
    const shown = shownLabel(label, w);
    const pair = placePair(ctx, {
      ids: [`segment:${shown}:counts`, `segment:${shown}:sums`],
      titles: [shown, w.segmentContribution(shown)],
      grid: ctx.segMembers.get(code) ?? emptyCells(),
      formula: (kind) => (live ? liveBandFormula(ctx, cuts, kind, code) : null),
    });
    b.conditional({ kind: "colorScale", range: pair.counts.range(1, 1, 3, 3), colors: [SCALE_LOW, SCALE_HIGH] });
    return pair;
  });
}

/**
 * Segmented and live: each overall cell becomes the sum of the segment matrices' cells, as the cuts
 * differ by segment. Then both overall matrices get their colour scale.
 */
export function sumSegments(ctx: NineGridContext, overall: MatrixPair, segments: readonly MatrixPair[]): void {
  if (ctx.live && ctx.segmented)
    for (const kind of ["counts", "sums"] as const)
      BANDS.forEach((_, r) =>
        BANDS.forEach((__, c) =>
          ctx.b.setCell(overall[kind], 1 + r, 1 + c, {
            formula: `=${segments.map((m) => m[kind].cell(1 + r, 1 + c)).join("+")}`,
          }),
        ),
      );
  for (const m of [overall.counts, overall.sums])
    ctx.b.conditional({ kind: "colorScale", range: m.range(1, 1, 3, 3), colors: [SCALE_LOW, SCALE_HIGH] });
}
