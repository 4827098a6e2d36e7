/**
 * The tier sections of the Nine-Grid sheet (DOMAIN.md §4): the tier of each cell with its top
 * accounts, the tier summary before and after approved overrides, and the overrides pending approval.
 */
import { Tier, TIERS } from "../core/tiers";
import { bandCode, BANDS, NineGridContext } from "./nine-grid-context";
import { fitNames } from "./nine-grid-box";
import { MatrixPair } from "./nine-grid-matrices";
import { PlanCell } from "./plan";
import { Placed } from "./plan-builder";
import { NUMBER, TIER_COLORS, TIER_FONT } from "./styles";

/** A cell in a tier's colours, bold and centred. */
const tierStyle = (range: string, tier: Tier) => ({
  range,
  fill: TIER_COLORS[tier],
  fontColor: TIER_FONT[tier],
  bold: true,
  horizontalAlignment: "Center" as const,
});

/** The model's tier letter of each of the nine cells, coloured by tier, and beside it each cell's top accounts. */
export function placeTierMap(ctx: NineGridContext): void {
  const { b, model, w } = ctx;
  const tierGrid = b.block(
    "tierMap",
    { col: 1 },
    [[w.tier, ...BANDS.map(w.potential)], ...BANDS.map((cb, r) => [w.contribution(cb), ...model.tierMap[r]])],
    { header: true },
  );
  BANDS.forEach((_, r) =>
    BANDS.forEach((__, c) => b.format(tierStyle(tierGrid.cell(1 + r, 1 + c), model.tierMap[r][c] as Tier))),
  );
  const topN = model.reports.topNames;
  const top = b.beside(
    tierGrid,
    "topAccounts",
    [
      [w.topHeader(topN), ...BANDS.map(w.potential)],
      ...BANDS.map((cb) => [
        w.contribution(cb),
        ...BANDS.map((pb) => topNames(ctx, ctx.members[bandCode(cb)][bandCode(pb)])),
      ]),
    ],
    { header: true },
  );
  // One line per cell: the names that fit the column and "+n" for the rest (the full list is at the sheet's foot).
  b.format({ range: top.range(1, 1, 3, 3), wrap: false });
  b.below([tierGrid, top]);
}

/** Width in characters of the top-names cells (columns H–J). */
export const TOP_NAMES_WIDTH = 20;

/** The names of a cell's accounts with the highest contribution, as many as the model asks and the cell fits. */
const topNames = (ctx: NineGridContext, idx: number[]) =>
  fitNames(
    [...idx]
      .sort((x, y) => ctx.accounts[y].contribution - ctx.accounts[x].contribution)
      .slice(0, ctx.model.reports.topNames)
      .map((i) => ctx.accounts[i].name),
    TOP_NAMES_WIDTH - 1,
    ctx.w.more,
  );

/** Accounts whose tier in force is `tier` (approved manual tiers included). */
export const effectiveCount = (ctx: NineGridContext, tier: Tier): number =>
  ctx.t.tiers.filter((x) => x === tier).length;

/**
 * The tier summary: per tier the nine-grid's accounts and contribution (live: sums of the matrix cells
 * mapped to the tier), the count after approved overrides and the key accounts, then totals.
 */
export function placeTierSummary(ctx: NineGridContext, matrices: MatrixPair): void {
  const { b, t, w } = ctx;
  b.caption("summaryCaption", w.summaryCaption);
  const summary = b.block(
    "tierSummary",
    { col: 1 },
    [
      [...w.summaryHeader, keyAccountsHeader(ctx)],
      ...TIERS.map((tier) => [
        tier,
        w.meaning[tier],
        gridCount(ctx, tier, matrices.counts),
        gridSum(ctx, tier, matrices.sums),
        effectiveCount(ctx, tier),
        t.tiers.reduce((a, x, i) => a + (x === tier && t.keyAccount[i] === 1 ? 1 : 0), 0),
      ]),
      [
        w.total,
        "",
        { formula: `=SUM(${matrices.counts.range(1, 1, 3, 3)})` },
        { formula: `=SUM(${matrices.sums.range(1, 1, 3, 3)})` },
        t.tiers.filter((x) => x !== null).length,
        Array.from(t.keyAccount).filter((k) => k === 1).length,
      ],
    ],
    { header: true, numberFormat: ["General", "General", NUMBER, NUMBER, NUMBER, NUMBER] },
  );
  TIERS.forEach((tier, r) => b.format(tierStyle(summary.cell(1 + r, 0), tier)));
  // "Strategic (战略客户)" is wider than column C: wrapped, its row grows instead of the text being cut.
  b.format({ range: summary.range(1, 1, TIERS.length, 1), wrap: true });
  b.format({ range: summary.range(5, 0, 1, 6), bold: true });
}

/** The top X% the core flagged key accounts by: one figure, or the range when segments' overrides differ. */
function keyAccountsHeader(ctx: NineGridContext): string {
  const percents = ctx.t.rules.map((r) => Math.round(r.topPercent * 100));
  const low = Math.min(...percents);
  const high = Math.max(...percents);
  return ctx.w.keyAccounts(low, high);
}

/** The matrix cells the tier map gives to `tier`. */
const cellsOfTier = (ctx: NineGridContext, tier: Tier, m: Placed) =>
  ctx.model.tierMap
    .flatMap((row, r) => row.map((x, c) => (x === tier ? m.cell(1 + r, 1 + c) : null)))
    .filter((a): a is string => a !== null);

/** Live: the sum of the tier's cells of a matrix (so it follows the matrix); static: `value`. */
const sumOfCells = (ctx: NineGridContext, tier: Tier, m: Placed, value: () => number): PlanCell => {
  if (!ctx.live) return value();
  const cells = cellsOfTier(ctx, tier, m);
  return { formula: cells.length ? `=${cells.join("+")}` : "=0" };
};

const gridCount = (ctx: NineGridContext, tier: Tier, counts: Placed) =>
  sumOfCells(ctx, tier, counts, () => ctx.t.computed.filter((x) => x === tier).length);

const gridSum = (ctx: NineGridContext, tier: Tier, sums: Placed) =>
  sumOfCells(ctx, tier, sums, () =>
    ctx.t.computed.reduce((a, x, i) => a + (x === tier ? ctx.accounts[i].contribution : 0), 0),
  );

/** Pending overrides: a manual tier without an approver does not take effect (DOMAIN.md §4). */
export function placePending(ctx: NineGridContext): void {
  const { b, accounts, t, w } = ctx;
  if (!t.pending.length) return;
  b.caption("pendingCaption", w.pendingCaption(t.pending.length));
  b.block(
    "pending",
    { col: 1 },
    [
      w.pendingHeader,
      ...t.pending.map((p) => [
        accounts[p.account].name,
        t.computed[p.account] ?? "",
        p.manual,
        accounts[p.account].row,
      ]),
    ],
    { header: true },
  );
}
