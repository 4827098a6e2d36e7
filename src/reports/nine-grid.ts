/**
 * The Nine-Grid report (DOMAIN.md §4): its definition, its summary, and the sheet as a sequence of
 * sections (nine-grid-*.ts) sharing one context.
 */
import { englishCount, englishNumber as n } from "./summary";
import { isoFromSerial } from "../core/dates";
import { Tier, TIERS } from "../core/tiers";
import { ReportDefinition } from "./definition";
import { placeBoxList, placeNineBox } from "./nine-grid-box";
import { placeScatter, ScatterNote } from "./nine-grid-chart";
import { NineGridContext, nineGridContext, NineGridInput, numericIn } from "./nine-grid-context";
import { MAX_EXCLUDED_POSITIONS, placeCuts } from "./nine-grid-cuts";
import { placeMatrices, placeSegmentMatrices, sumSegments } from "./nine-grid-matrices";
import { placeTierMigration } from "./nine-grid-migration";
import { effectiveCount, placePending, placeTierMap, placeTierSummary } from "./nine-grid-tiers";
import { SheetPlan } from "./plan";
import { TIER_COLORS } from "./styles";

export type { NineGridInput } from "./nine-grid-context";

/** The numbers behind the Nine-Grid's one-line summary, worded by the task pane in the user's language. */
export interface NineGridSummary {
  kind: "nineGrid";
  /** Accounts with both bands, i.e. with a tier. */
  accounts: number;
  /** Accounts per effective tier (approved manual tiers included). */
  tiers: Record<Tier, number>;
  /** Accounts without contribution or potential, so without a tier. */
  unbanded: number;
  /** Manual tiers without an approver. */
  pendingOverrides: number;
  /** What the scatter's notes say on the sheet (axes made logarithmic, accounts not plotted), for the pane too. */
  chartNotes: ScatterNote[];
}

/**
 * The Nine-Grid sheet (DOMAIN.md §4): cut points, a 3×3 matrix of account counts and of total
 * contribution (colour-scaled), the tier of each cell and its top accounts, a tier summary with the
 * effect of approved overrides and the pending ones, a scatter chart with the cut lines, and
 * optionally one matrix per segment.
 */
export function buildNineGrid(input: NineGridInput): SheetPlan {
  const ctx = nineGridContext(input);
  placeTitle(ctx, input.asOf);
  const cuts = placeCuts(ctx);
  const overall = placeMatrices(ctx, cuts);
  placeTierMap(ctx);
  placeTierSummary(ctx, overall);
  placeNineBox(ctx);
  const scatter = placeScatter(ctx.b, {
    accounts: ctx.accounts,
    tiering: ctx.t,
    logScale: ctx.model.reports.logScale,
    liveCuts: ctx.live && !ctx.segmented,
    segmented: ctx.segmented,
    cuts,
    words: ctx.w,
  });
  placePending(ctx);
  // Segment matrices come after the overall ones on the sheet, but when cuts differ by segment they feed them.
  sumSegments(ctx, overall, placeSegmentMatrices(ctx, cuts));
  placeTierMigration(ctx, input.language);
  placeBoxList(ctx);
  ctx.b.widths({ A: 2, B: 24, C: 18, D: 18, E: 18, F: 18, G: 26, H: 20, I: 20, J: 20 });
  return finishNineGrid(ctx, scatter.notes);
}

function placeTitle(ctx: NineGridContext, asOf: number): void {
  const { accounts, model, w } = ctx;
  const segmentedBy = ctx.segmented && model.segmentBy !== "none" ? model.segmentBy : null;
  ctx.b.title(
    w.title,
    w.subtitle({
      asOf: isoFromSerial(asOf),
      accounts: accounts.length.toLocaleString("en-US"),
      segmentedBy,
      live: ctx.live,
    }),
  );
}

/** The plan with what live writing left out (skipped rows, columns written as values) and the summary. */
function finishNineGrid(ctx: NineGridContext, chartNotes: ScatterNote[]): SheetPlan {
  const { accounts, t } = ctx;
  const banded = t.tiers.filter((x) => x !== null).length;
  const skippedRows = [
    ...new Set([...numericIn(ctx, "contribution"), ...numericIn(ctx, "potential")].map((x) => x.row)),
  ];
  const excluded = ctx.bandsExcluded && skippedRows.length <= MAX_EXCLUDED_POSITIONS;
  return ctx.b.finish(
    {
      liveSkipped: skippedRows.length ? { accounts: { rows: skippedRows.sort((x, y) => x - y), excluded } } : undefined,
      staticColumns: ctx.liveRefs ? ctx.unlike.map((field) => ({ table: "accounts" as const, field })) : [],
      freeze: { rows: 3, columns: 0 },
      tabColor: TIER_COLORS.A,
      summary: {
        kind: "nineGrid",
        accounts: banded,
        tiers: {
          A: effectiveCount(ctx, "A"),
          B: effectiveCount(ctx, "B"),
          C: effectiveCount(ctx, "C"),
          D: effectiveCount(ctx, "D"),
        },
        unbanded: accounts.length - banded,
        pendingOverrides: t.pending.length,
        chartNotes,
      },
    },
    summariseNineGrid,
  );
}

/** The Nine-Grid summary in English, e.g. "Nine-grid of 400 accounts: A 51, B 67, C 58, D 224." */
export function summariseNineGrid(s: NineGridSummary): string {
  return (
    `Nine-grid of ${n(s.accounts)} accounts: ${TIERS.map((t) => `${t} ${n(s.tiers[t])}`).join(", ")}` +
    (s.unbanded ? `; ${n(s.unbanded)} without contribution or potential` : "") +
    (s.pendingOverrides ? `; ${englishCount(s.pendingOverrides, "override", "overrides")} pending approval` : "") +
    "."
  );
}

/** The Nine-Grid report (DOMAIN.md §4). */
export const nineGridDefinition: ReportDefinition<NineGridSummary> = {
  kind: "nineGrid",
  sources: { required: ["accounts"], optional: ["rates"] },
  live: true,
  controls: [
    { type: "select", option: "segmentBy", values: ["none", "industry", "region"] },
    { type: "switch", option: "perSegmentMatrices" },
    { type: "switch", option: "logScale" },
  ],
  build: (r) => buildNineGrid({ ...r, skipped: r.skipped?.accounts }),
  summarise: summariseNineGrid,
};
