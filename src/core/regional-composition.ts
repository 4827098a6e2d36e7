import { z } from "zod";
import { Dataset, OpportunityRecord } from "./dataset";
import { serialFromYmd, ymdFromSerial } from "./dates";
import { LabelGroups, opportunityRegion, share, WonDeal, wonDeals, yearOf } from "./won-deals";

/** Options of the regional-composition report (DOMAIN.md §11), stored with the workbook. */
export const regionalOptionsSchema = z.object({
  /** What splits each region: the account's industry, or the deal's project class. */
  columns: z.enum(["industry", "projectClass"]).default("industry"),
  /** Calendar year of the wins; null means the report date's year. */
  year: z.number().int().min(1900).max(9999).nullable().default(null),
  /** Every won deal, dated or not, with no year and no change column. */
  allYears: z.boolean().default(false),
});
export type RegionalOptions = z.infer<typeof regionalOptionsSchema>;

/** One region × column cell (or a region's or column's total). */
export interface CompositionCell {
  amount: number;
  count: number;
  /** Share of the grand total, and of the cell's region; null when that total is 0. */
  shareOfTotal: number | null;
  shareOfRegion: number | null;
  /** Won in the same span of the previous year; null when there is no comparison (all years). */
  previous: number | null;
  /** amount − previous, and amount / previous − 1 (null when previous is 0 or absent). */
  change: number | null;
  changePct: number | null;
}

export interface RegionalCompositionResult {
  regions: string[];
  columns: string[];
  /** cells[r][c]: won in region r and column c. */
  cells: CompositionCell[][];
  regionTotals: CompositionCell[];
  columnTotals: CompositionCell[];
  total: CompositionCell;
  /** The span counted and the span it is compared with (Excel serials, inclusive); null for all years. */
  period: { from: number; to: number } | null;
  previousPeriod: { from: number; to: number } | null;
  /** Won deals left out of a year view because they have no date (DOMAIN.md §11 "when dates allow"). */
  undated: { count: number; amount: number };
  /** Whether any dated win falls in the previous span, i.e. whether the change column means anything. */
  hasPrevious: boolean;
  options: RegionalOptions;
}

/**
 * The span of a year view: the whole year, or up to the report date's day when it is the report's year
 * (year to date), and the same days one year earlier, so the change compares like with like.
 */
export function compositionPeriods(year: number, asOf: number) {
  const now = ymdFromSerial(asOf);
  const toDate = year === now.y;
  const lastDay = (y: number, m: number) => ymdFromSerial(serialFromYmd(y, m + 1, 1) - 1).d;
  const end = (y: number) =>
    toDate ? serialFromYmd(y, now.m, Math.min(now.d, lastDay(y, now.m))) : serialFromYmd(y, 12, 31);
  return {
    period: { from: serialFromYmd(year, 1, 1), to: end(year) },
    previousPeriod: { from: serialFromYmd(year - 1, 1, 1), to: end(year - 1) },
  };
}

function cellOf(
  amount: number,
  count: number,
  total: number,
  region: number,
  previous: number | null,
): CompositionCell {
  return {
    amount,
    count,
    shareOfTotal: share(amount, total),
    shareOfRegion: share(amount, region),
    previous,
    change: previous === null ? null : amount - previous,
    changePct: previous === null || previous === 0 ? null : amount / previous - 1,
  };
}

/** Sums won amounts into a region × column grid for the deals `take` says are in the span. */
class Grid {
  readonly regions = new LabelGroups();
  readonly columns = new LabelGroups();
  readonly amount = new Map<number, number>();
  readonly count = new Map<number, number>();
  readonly previous = new Map<number, number>();
  static readonly WIDTH = 1 << 20;

  add(region: string | null, column: string | null, amount: number, previous: boolean): void {
    const key = this.regions.of(region) * Grid.WIDTH + this.columns.of(column);
    const into = previous ? this.previous : this.amount;
    into.set(key, (into.get(key) ?? 0) + amount);
    if (!previous) this.count.set(key, (this.count.get(key) ?? 0) + 1);
  }
}

/**
 * Regional composition (DOMAIN.md §11, 大区销售构成): won amount by region × industry (or project class),
 * each cell's share of the total and of its region, and the change against the same span of the previous
 * year (DOMAIN.md §11 "when dates allow"). Regions are the deal's own, else its account's.
 */
export function regionalComposition(
  data: Dataset,
  asOf: number,
  options: Partial<RegionalOptions> = {},
): RegionalCompositionResult {
  const opts = regionalOptionsSchema.parse(options);
  const spans = opts.allYears ? null : compositionPeriods(opts.year ?? yearOf(asOf), asOf);
  const columnOf = (o: OpportunityRecord) =>
    opts.columns === "projectClass" ? o.projectClass : o.account >= 0 ? data.accounts[o.account].industry : null;
  const grid = new Grid();
  const undated = { count: 0, amount: 0 };
  let hasPrevious = false;
  const within = (d: WonDeal, span: { from: number; to: number }) =>
    d.date !== null && d.date >= span.from && d.date <= span.to;
  for (const d of wonDeals(data)) {
    const o = data.opportunities[d.opportunity];
    if (spans && d.date === null) {
      undated.count++;
      undated.amount += d.amount;
    } else if (!spans || within(d, spans.period)) grid.add(opportunityRegion(o, data), columnOf(o), d.amount, false);
    else if (within(d, spans.previousPeriod)) {
      grid.add(opportunityRegion(o, data), columnOf(o), d.amount, true);
      hasPrevious = true;
    }
  }
  return {
    ...layout(grid, spans !== null),
    ...(spans ?? { period: null, previousPeriod: null }),
    undated,
    hasPrevious,
    options: opts,
  };
}

/** Orders regions and columns by amount (largest first, then label) and fills in shares and changes. */
function layout(grid: Grid, compare: boolean) {
  const nr = grid.regions.labels.length;
  const nc = grid.columns.labels.length;
  const margins = (m: Map<number, number>) => {
    const rows = new Float64Array(nr);
    const cols = new Float64Array(nc);
    for (const [key, v] of m) {
      rows[Math.floor(key / Grid.WIDTH)] += v;
      cols[key % Grid.WIDTH] += v;
    }
    return { rows, cols, all: rows.reduce((s, v) => s + v, 0) };
  };
  const amount = margins(grid.amount);
  const count = margins(grid.count);
  const previous = margins(grid.previous);
  const order = (labels: string[], totals: Float64Array) =>
    labels.map((_, i) => i).sort((a, b) => totals[b] - totals[a] || (labels[a] < labels[b] ? -1 : 1));
  const rows = order(grid.regions.labels, amount.rows);
  const cols = order(grid.columns.labels, amount.cols);
  const at = (m: Map<number, number>, r: number, c: number) => m.get(r * Grid.WIDTH + c) ?? 0;
  const cell = (a: number, n: number, regionTotal: number, p: number) =>
    cellOf(a, n, amount.all, regionTotal, compare ? p : null);
  return {
    regions: rows.map((r) => grid.regions.labels[r]),
    columns: cols.map((c) => grid.columns.labels[c]),
    cells: rows.map((r) =>
      cols.map((c) => cell(at(grid.amount, r, c), at(grid.count, r, c), amount.rows[r], at(grid.previous, r, c))),
    ),
    regionTotals: rows.map((r) => cell(amount.rows[r], count.rows[r], amount.rows[r], previous.rows[r])),
    columnTotals: cols.map((c) => cell(amount.cols[c], count.cols[c], amount.all, previous.cols[c])),
    total: cell(amount.all, count.all, amount.all, previous.all),
  };
}
