/**
 * What every section of the Nine-Grid sheet shares (DOMAIN.md §4): the input, how the sheet is
 * segmented, whether it is live, which skipped rows live formulas leave out, and which accounts fall in
 * each of the nine cells. Computed once, so the sections only place blocks.
 */
import { AccountRecord } from "../core/dataset";
import { Model } from "../core/schemas";
import { encodeSegments, Segments } from "../core/segments";
import { TieringResult } from "../core/tiering";
import { MAX_CORRECTIONS, SkippedRow } from "./live-criteria";
import { BuildRequest } from "./definition";
import { PlanBuilder } from "./plan-builder";
import { NINE_GRID_WORDS, NineGridWords } from "./nine-grid-words";
import { wordsFor } from "./words";

/** A build request with the accounts' skipped rows only (the nine-grid reads one source). */
export interface NineGridInput extends Omit<BuildRequest, "skipped"> {
  /** Account rows the core skipped: live cuts and counts leave out those with numbers (DOMAIN.md §6). */
  skipped?: readonly SkippedRow[];
}

export type Axis = "contribution" | "potential";
export type Band = "H" | "M" | "L";
export const BANDS: readonly Band[] = ["H", "M", "L"]; // display order: high first
/** The core's band code of a displayed band: L=0, M=1, H=2. */
export const bandCode = (b: Band): number => 2 - BANDS.indexOf(b);

/** Account indices in each nine-grid cell, by [contribution band code][potential band code]. */
export type CellMembers = number[][][];
/** Nine empty cells, to fill with account indices. */
export const emptyCells = (): CellMembers => [0, 1, 2].map(() => [[], [], []]);

/** One row of the cuts block: the segment's label as shown and its segment code in the tiering. */
export interface CutRow {
  label: string;
  code: number;
}

export interface NineGridContext {
  b: PlanBuilder;
  /** The sheet's words in the report language. */
  w: NineGridWords;
  model: Model;
  accounts: readonly AccountRecord[];
  t: TieringResult;
  /** Cuts differ by segment: the model segments and there is more than one. */
  segmented: boolean;
  /** What per-segment matrices group by (the model's segment, else industry or region), and the grouping. */
  segField: "industry" | "region" | null;
  display: Segments;
  refs: { contribution: string | null; potential: string | null; segment: string | null };
  /** Every column live formulas need has a reference (before checking that the numbers read alike). */
  liveRefs: boolean;
  /** Number columns read unlike Excel (text, 万, converted): their cuts and counts are written as values. */
  unlike: readonly Axis[];
  live: boolean;
  /** Skipped rows live formulas must leave out (none when static). */
  skipped: readonly SkippedRow[];
  /** Skipped rows with numbers on both axes, which COUNTIFS over the band criteria would count. */
  inBands: readonly SkippedRow[];
  /** Whether those rows are few enough to subtract one by one. */
  bandsExcluded: boolean;
  cutRows: CutRow[];
  members: CellMembers;
  /** The same per display segment code. */
  segMembers: Map<number, CellMembers>;
}

/** Works out everything the sections share from the build input. */
export function nineGridContext(input: NineGridInput): NineGridContext {
  const { data, model, tiering: t, refs } = input;
  const accounts = data.accounts;
  const segmented = model.segmentBy !== "none" && t.segments.labels.length > 1;
  // Per-segment matrices group by the model's segment; without one, by the accounts' industry or region.
  const segField = model.segmentBy !== "none" ? model.segmentBy : displaySegmentField(model, accounts);
  const display =
    !segmented && segField
      ? encodeSegments(
          accounts.map((a) => a[segField] ?? ""),
          accounts.length,
        )
      : t.segments;
  const columns = {
    contribution: refs("accounts", "contribution"),
    potential: refs("accounts", "potential"),
    segment: segField ? refs("accounts", segField) : null,
  };
  const w = wordsFor(NINE_GRID_WORDS, input.language);
  const cutRows = segmented
    ? t.segments.labels.map((l, code) => ({ label: shownLabel(l, w), code }))
    : [{ label: w.all, code: 0 }];
  return {
    b: new PlanBuilder("nineGrid", w.sheetName), w,
    model, accounts, t, segmented, segField, display, refs: columns, cutRows,
    ...liveness(input, columns, segmented),
    ...cellMembers(t, display),
  }; // prettier-ignore
}

/** Whether the sheet is live, and which skipped rows its live formulas must leave out. */
function liveness(
  input: NineGridInput,
  columns: NineGridContext["refs"],
  segmented: boolean,
): Pick<NineGridContext, "liveRefs" | "unlike" | "live" | "skipped" | "inBands" | "bandsExcluded"> {
  const liveRefs =
    input.live &&
    columns.contribution !== null &&
    columns.potential !== null &&
    (!segmented || columns.segment !== null);
  // Cuts and band counts compare the numbers themselves: read unlike Excel (text, 万, converted), all are values.
  const unlike = (["contribution", "potential"] as const).filter((f) => !(input.summable?.("accounts", f) ?? true));
  const live = liveRefs && unlike.length === 0;
  // Skipped rows with a number in a column still feed PERCENTILE.INC and COUNTIFS over it: left out below.
  const skipped = live ? (input.skipped ?? []) : [];
  const inBands = skipped.filter(
    (r) => typeof r.cells.contribution === "number" && typeof r.cells.potential === "number",
  );
  return { liveRefs, unlike, live, skipped, inBands, bandsExcluded: inBands.length <= MAX_CORRECTIONS };
}

/** A segment label as the sheet shows it: a blank segment is "(blank)" in the report's language. */
export const shownLabel = (label: string, w: NineGridWords): string => label || w.blank;

/** Skipped rows with a number in `field`, which PERCENTILE.INC and COUNTIFS over the column would see. */
export const numericIn = (ctx: NineGridContext, field: Axis): SkippedRow[] =>
  ctx.skipped.filter((r) => typeof r.cells[field] === "number");

/** The banded accounts of each nine-grid cell, overall and per display segment. */
function cellMembers(t: TieringResult, display: Segments): Pick<NineGridContext, "members" | "segMembers"> {
  const members = emptyCells();
  const segMembers = new Map<number, CellMembers>();
  for (let i = 0; i < t.contributionBand.length; i++) {
    const cb = t.contributionBand[i];
    const pb = t.potentialBand[i];
    if (cb < 0 || pb < 0) continue;
    members[cb][pb].push(i);
    const code = display.codes[i];
    let grid = segMembers.get(code);
    if (!grid) segMembers.set(code, (grid = emptyCells()));
    grid[cb][pb].push(i);
  }
  return { members, segMembers };
}

/**
 * What "one matrix per segment" groups by when the model has no segment: the accounts' industry (the
 * accounts table's segment column, DOMAIN.md §2), else their region; null when neither has a value.
 */
function displaySegmentField(model: Model, accounts: readonly AccountRecord[]): "industry" | "region" | null {
  if (!model.reports.perSegmentMatrices) return null;
  for (const field of ["industry", "region"] as const)
    if (accounts.some((a) => (a[field] ?? "").trim() !== "")) return field;
  return null;
}
