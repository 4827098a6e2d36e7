import { cellAddress, columnLetter } from "../core/a1";
import { foldText } from "../core/cells";
import { Dataset } from "../core/dataset";
import { isoFromSerial } from "../core/dates";
import { regionalComposition, RegionalCompositionResult, RegionalOptions } from "../core/regional-composition";
import { ReportOptions } from "../core/schemas";
import { LabelGroups, opportunityRegion, wonDeals, yearOf } from "../core/won-deals";
import { BuildRequest, ReportDefinition } from "./definition";
import { ambiguousLabels, labelCriterion, LIVE_COMPARISONS } from "./label-criterion";
import { PlanCell, SheetPlan } from "./plan";
import { Placed, PlanBuilder } from "./plan-builder";
import { DATE, NUMBER, PERCENT, SCALE_HIGH, SCALE_LOW } from "./styles";
import { englishNumber } from "./summary";
import { ReportLanguage, wordsFor } from "./words";

/** Every text the Regional Composition sheet writes, per language (words.ts). */
interface RegionalWords {
  sheet: string;
  title: string;
  subtitle(period: string, live: boolean): string;
  allYears: string;
  amount: string;
  shareOfTotal: string;
  shareOfRegion: string;
  change(previous: string): string;
  changeHeader: readonly string[];
  region: string;
  total: string;
  none: string;
  undated(count: number, amount: string): string;
  deals: string;
  dealsHeader(column: string): string[];
  industry: string;
  projectClass: string;
  chartTitle(column: string): string;
}

const WORDS: Record<ReportLanguage, RegionalWords> = {
  en: {
    sheet: "Regional Composition",
    title: "Regional sales composition (大区销售构成)",
    subtitle: (period, live) =>
      `Won amount, ${period} · ${live ? "sums are live SUMIFS over the won deals listed below" : "values"}`,
    allYears: "all years",
    amount: "Won amount by region",
    shareOfTotal: "Share of the total",
    shareOfRegion: "Share of the region",
    change: (previous) => `Change against ${previous}`,
    changeHeader: ["Region", "Won", "Previous year", "Change", "Change %"],
    region: "Region",
    total: "Total",
    none: "(none)",
    undated: (count, amount) => `${count} won deals without a date (${amount}) are left out of the year view.`,
    deals: "Won deals counted",
    dealsHeader: (column) => ["Account", "Owner", "Region", column, "Won on", "Amount", "Source row"],
    industry: "Industry",
    projectClass: "Project class",
    chartTitle: (column) => `Won amount by region and ${column.toLowerCase()}`,
  },
  zh: {
    sheet: "大区销售构成",
    title: "大区销售构成统计表",
    subtitle: (period, live) => `赢单金额，${period} · ${live ? "金额为对下方赢单明细的实时 SUMIFS 公式" : "数值"}`,
    allYears: "全部年份",
    amount: "各大区赢单金额",
    shareOfTotal: "占总额比例",
    shareOfRegion: "占本大区比例",
    change: (previous) => `与 ${previous} 相比`,
    changeHeader: ["大区", "赢单金额", "上年同期", "变化", "变化率"],
    region: "大区",
    total: "合计",
    none: "（空）",
    undated: (count, amount) => `${count} 个赢单没有日期（金额 ${amount}），未计入年度统计。`,
    deals: "计入统计的赢单明细",
    dealsHeader: (column) => ["客户", "负责人", "大区", column, "赢单日期", "金额", "源数据行"],
    industry: "行业",
    projectClass: "项目等级",
    chartTitle: (column) => `各大区按${column}的赢单金额`,
  },
};

/** One won deal as the detail list shows it: the labels the matrix's criteria match, exactly. */
interface DealLine {
  account: string;
  owner: string;
  region: string;
  column: string;
  date: number | null;
  amount: number;
  row: number;
}

/** What the sections read: the builder, the words, the core's result, the deal list and its column ranges. */
interface RegionalSheet {
  b: PlanBuilder;
  w: RegionalWords;
  result: RegionalCompositionResult;
  live: boolean;
  regions: string[];
  columns: string[];
  /** Region and column labels a criterion cannot tell apart (long and alike): their sums are values. */
  ambiguous: Set<string>;
  /** Absolute range of one column of the deal list (0 account … 5 amount). */
  dealColumn(c: number): string;
}

/** The core's options from the pane's choices: columns, and the year (this, last, or every year). */
export function regionalOptionsOf(reports: Partial<ReportOptions>, asOf: number): Partial<RegionalOptions> {
  const period = reports.regionalPeriod ?? "thisYear";
  return {
    columns: reports.regionalColumns ?? "industry",
    year: period === "lastYear" ? yearOf(asOf) - 1 : null,
    allYears: period === "allYears",
  };
}

const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/**
 * The won deals the result counted (in its span or the previous one, or every one for all years), each with
 * the region and column label of its group in the result, so a SUMIFS over the list gives the core's cells.
 */
function dealLines(data: Dataset, result: RegionalCompositionResult, none: string): DealLine[] {
  const spans = [result.period, result.previousPeriod].filter((s) => s !== null);
  const labelOf = (labels: string[]) => {
    const byKey = new Map(
      labels.map((l) => [l === LabelGroups.NONE ? "" : foldText(l), l === LabelGroups.NONE ? none : l]),
    );
    return (text: string | null) =>
      byKey.get(text === null || text.trim() === "" ? "" : foldText(text)) ?? text ?? none;
  };
  const region = labelOf(result.regions);
  const column = labelOf(result.columns);
  const out: DealLine[] = [];
  for (const d of wonDeals(data)) {
    const inSpan = spans.length === 0 || spans.some((s) => d.date !== null && d.date >= s.from && d.date <= s.to);
    if (!inSpan) continue;
    const o = data.opportunities[d.opportunity];
    const account = o.account >= 0 ? data.accounts[o.account] : null;
    const col = result.options.columns === "projectClass" ? o.projectClass : (account?.industry ?? null);
    out.push({
      account: account?.name ?? o.accountText,
      owner: o.owner ?? "",
      region: region(opportunityRegion(o, data)),
      column: column(col),
      date: d.date,
      amount: d.amount,
      row: o.row,
    });
  }
  return out;
}

/**
 * The Regional Composition sheet (DOMAIN.md §11, 大区销售构成统计表): won amount by region × industry (or
 * project class) with totals, each cell's share of the total and of its region, the change per region against
 * the same span of the previous year, a stacked bar chart by region × column, and the won deals counted. Live
 * mode sums the matrix with SUMIFS over that deal list (region, column and date criteria), so a reader may
 * correct a deal's region or amount on the sheet and the matrix follows.
 */
export function buildRegionalComposition(request: BuildRequest, options: Partial<RegionalOptions>): SheetPlan {
  const w = wordsFor(WORDS, request.language);
  const result = regionalComposition(request.data, request.asOf, options);
  const deals = dealLines(request.data, result, w.none);
  const b = new PlanBuilder("regionalComposition", w.sheet);
  const period = result.period
    ? `${isoFromSerial(result.period.from)} – ${isoFromSerial(result.period.to)}`
    : w.allYears;
  const cells = result.regions.length * (result.columns.length + 1);
  const live = request.live && deals.length > 0 && cells * deals.length <= LIVE_COMPARISONS;
  b.title(w.title, w.subtitle(period, live));
  const [nr, compare] = [result.regions.length, result.previousPeriod !== null];
  // The deal list's first row: below three matrices, the change table, the undated note and its caption.
  const dealTop = b.cursor + 3 * (nr + 4) + (compare ? nr + 4 : 0) + 2 + 2;
  const sheet: RegionalSheet = {
    b, w, result, live,
    regions: result.regions.map((r) => (r === LabelGroups.NONE ? w.none : r)),
    columns: result.columns.map((c) => (c === LabelGroups.NONE ? w.none : c)),
    ambiguous: new Set<string>(),
    dealColumn: (c) => `${abs(cellAddress(dealTop, 1 + c))}:${abs(cellAddress(dealTop + deals.length - 1, 1 + c))}`,
  }; // prettier-ignore
  for (const list of [sheet.regions, sheet.columns]) for (const l of ambiguousLabels(list)) sheet.ambiguous.add(l);
  const amounts = amountSection(sheet);
  shareSections(sheet, amounts);
  if (compare) changeSection(sheet, amounts);
  const undated = result.period ? result.undated : { count: 0, amount: 0 };
  b.block("undated", { col: 1 }, [[undated.count ? w.undated(undated.count, englishNumber(undated.amount)) : ""]]);
  const list = dealSection(sheet, deals);
  if (list.row + 1 !== dealTop) throw new Error(`deal list at row ${list.row + 2}, formulas expect ${dealTop + 1}`);
  chartSection(sheet, amounts);
  b.widths({ A: 2, B: 22 });
  // Amount columns wide enough for eight-digit sums, also under the deal list's date and amount.
  for (let c = 2; c <= Math.max(8, result.columns.length + 2); c++) b.widths({ [columnLetter(c)]: 13 });
  return b.finish(
    {
      freeze: { rows: 3, columns: 2 },
      tabColor: "#2F5597",
      summary: {
        kind: "regionalComposition",
        regions: nr,
        columns: result.columns.length,
        total: result.total.amount,
        change: compare ? result.total.changePct : null,
      },
    },
    summariseRegionalComposition,
  );
}

/** The won amounts: SUMIFS over the deal list by region, column and span when live, the core's cells otherwise. */
function amountSection(s: RegionalSheet): Placed {
  const { b, w, result } = s;
  b.caption("amountCaption", w.amount);
  const top = b.cursor;
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  const [nr, nc] = [s.regions.length, s.columns.length];
  const span = result.period ? `,${s.dealColumn(4)},">=${result.period.from}",${s.dealColumn(4)},"<=${result.period.to}"` : ""; // prettier-ignore
  const cell = (r: number, c: number): PlanCell =>
    s.live && !s.ambiguous.has(s.regions[r]) && !s.ambiguous.has(s.columns[c])
      ? {
          formula:
            `=SUMIFS(${s.dealColumn(5)},${s.dealColumn(2)},${labelCriterion(s.regions[r], abs(at(r + 1, 0)))},` +
            `${s.dealColumn(3)},${labelCriterion(s.columns[c], abs(at(0, c + 1)))}${span})`,
        }
      : result.cells[r][c].amount;
  const rowSum = (r: number): PlanCell =>
    s.live
      ? { formula: `=SUM(${at(r, 1)}:${at(r, nc)})` }
      : (r <= nr ? result.regionTotals[r - 1] : result.total).amount;
  const colSum = (c: number): PlanCell =>
    s.live ? { formula: `=SUM(${at(1, c)}:${at(nr, c)})` } : c <= nc ? result.columnTotals[c - 1].amount : result.total.amount; // prettier-ignore
  const rows: PlanCell[][] = [
    [w.region, ...s.columns, w.total],
    ...s.regions.map((region, r) => [region, ...s.columns.map((_, c) => cell(r, c)), rowSum(r + 1)]),
    [w.total, ...s.columns.map((_, c) => colSum(c + 1)), nr > 0 ? colSum(nc + 1) : result.total.amount],
  ];
  const placed = b.block("amounts", { col: 1 }, rows, { header: true, numberFormat: NUMBER });
  b.format({ range: placed.range(nr + 1, 0, 1, nc + 2), bold: true, borderBottom: "#7F7F7F" });
  if (nr > 0 && nc > 0)
    b.conditional({ kind: "colorScale", range: placed.range(1, 1, nr, nc), colors: [SCALE_LOW, SCALE_HIGH] });
  return placed;
}

/** Each cell's share of the grand total, and of its region's total (formulas over the amounts when live). */
function shareSections(s: RegionalSheet, a: Placed): void {
  const { b, w, result } = s;
  const [nr, nc] = [s.regions.length, s.columns.length];
  const grand = abs(a.cell(nr + 1, nc + 1));
  const ratio = (num: string, den: string): PlanCell => ({ formula: `=IF(${den}<>0,${num}/${den},"")` });
  const value = (x: number | null): PlanCell => x ?? "";
  const shareOfTotal = (r: number, c: number): PlanCell => {
    if (s.live) return ratio(a.cell(r + 1, c + 1), grand);
    const cell = r < nr ? (c < nc ? result.cells[r][c] : result.regionTotals[r]) : c < nc ? result.columnTotals[c] : result.total; // prettier-ignore
    return value(cell.shareOfTotal);
  };
  const shareOfRegion = (r: number, c: number): PlanCell => {
    if (s.live) return ratio(a.cell(r + 1, c + 1), abs(a.cell(r + 1, nc + 1)));
    if (r === nr) return value(c < nc ? result.columnTotals[c].shareOfTotal : result.total.shareOfTotal);
    return value(c < nc ? result.cells[r][c].shareOfRegion : result.regionTotals[r].shareOfRegion);
  };
  for (const [id, caption, fn] of [
    ["shareOfTotal", w.shareOfTotal, shareOfTotal],
    ["shareOfRegion", w.shareOfRegion, shareOfRegion],
  ] as const) {
    b.caption(`${id}Caption`, caption);
    const labels = [...s.regions, w.total];
    const rows: PlanCell[][] = [
      [w.region, ...s.columns, w.total],
      ...labels.map((label, r) => [label, ...[...s.columns, w.total].map((_, c) => fn(r, c))]),
    ];
    // Share of the region: a total row of each column's share of the grand total, like the amounts.
    const placed = b.block(id, { col: 1 }, rows, { header: true, numberFormat: PERCENT });
    b.format({ range: placed.range(nr + 1, 0, 1, nc + 2), bold: true, borderBottom: "#7F7F7F" });
  }
}

/** Won per region against the same span of the previous year (SUMIFS over the deal list when live). */
function changeSection(s: RegionalSheet, a: Placed): void {
  const { b, w, result } = s;
  const prev = result.previousPeriod as { from: number; to: number };
  b.caption("changeCaption", w.change(`${isoFromSerial(prev.from)} – ${isoFromSerial(prev.to)}`));
  const top = b.cursor;
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  const nr = s.regions.length;
  const span = `,${s.dealColumn(4)},">=${prev.from}",${s.dealColumn(4)},"<=${prev.to}"`;
  const previous = (r: number): PlanCell =>
    !s.live || (r < nr && s.ambiguous.has(s.regions[r]))
      ? (r < nr ? result.regionTotals[r] : result.total).previous ?? 0
      : r < nr
        ? { formula: `=SUMIFS(${s.dealColumn(5)},${s.dealColumn(2)},${labelCriterion(s.regions[r], abs(at(r + 1, 0)))}${span})` }
        : { formula: `=SUM(${at(1, 2)}:${at(nr, 2)})` }; // prettier-ignore
  const line = (label: string, r: number): PlanCell[] => {
    const cell = r < nr ? result.regionTotals[r] : result.total;
    return [
      label,
      s.live ? { formula: `=${a.cell(r + 1, s.columns.length + 1)}` } : cell.amount,
      previous(r),
      s.live ? { formula: `=${at(r + 1, 1)}-${at(r + 1, 2)}` } : (cell.change ?? ""),
      s.live ? { formula: `=IF(${at(r + 1, 2)}<>0,${at(r + 1, 1)}/${at(r + 1, 2)}-1,"")` } : (cell.changePct ?? ""),
    ];
  };
  const rows = [w.changeHeader as string[], ...s.regions.map((r, k) => line(r, k)), line(w.total, nr)];
  const placed = b.block("change", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER, NUMBER, PERCENT],
  });
  b.format({ range: placed.range(nr + 1, 0, 1, 5), bold: true, borderBottom: "#7F7F7F" });
}

/** The won deals counted, with the labels the criteria match: the live matrix sums these rows. */
function dealSection(s: RegionalSheet, deals: DealLine[]): Placed {
  const { b, w, result } = s;
  b.caption("dealsCaption", w.deals);
  const column = result.options.columns === "projectClass" ? w.projectClass : w.industry;
  const rows: PlanCell[][] = [
    w.dealsHeader(column),
    ...deals.map((d) => [d.account, d.owner, d.region, d.column, d.date ?? "", d.amount, d.row]),
  ];
  return b.block("deals", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "General", "General", "General", DATE, NUMBER, "General"],
  });
}

/** Colours for the chart's columns, one per industry or class, cycling after ten. */
const PALETTE = ["#1F4E79", "#2E75B6", "#9DC3E6", "#548235", "#A9D18E", "#BF8F00", "#FFD966", "#C55A11", "#F4B183", "#7F7F7F"]; // prettier-ignore
/** More columns than this would make an unreadable legend: the chart shows the largest ones. */
const MAX_SERIES = 12;

/** Stacked bars, one bar per region and one segment per column (industry or class), beside the amounts. */
function chartSection(s: RegionalSheet, a: Placed): void {
  const { b, w, result } = s;
  const [nr, nc] = [s.regions.length, s.columns.length];
  if (nr === 0 || nc === 0) return;
  const column = result.options.columns === "projectClass" ? w.projectClass : w.industry;
  const col = a.col + a.cols + 1;
  b.chart({
    id: "RegionalComposition",
    type: "BarStacked",
    title: w.chartTitle(column),
    from: cellAddress(a.row, Math.max(col, 8)),
    to: cellAddress(a.row + Math.max(16, Math.min(2 * nr, 40)), Math.max(col, 8) + 8),
    series: s.columns.slice(0, MAX_SERIES).map((name, c) => ({
      name,
      values: a.range(1, c + 1, nr, 1),
      xValues: a.range(1, 0, nr, 1),
      color: PALETTE[c % PALETTE.length],
    })),
    reverseCategories: true,
    legend: "Bottom",
  });
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface RegionalCompositionSummary {
  kind: "regionalComposition";
  regions: number;
  columns: number;
  total: number;
  /** Change of the total against the previous year's span; null without a comparison. */
  change: number | null;
}

/** The Regional Composition summary in English. */
export function summariseRegionalComposition(s: RegionalCompositionSummary): string {
  const change = s.change === null ? "" : `, ${s.change >= 0 ? "+" : ""}${Math.round(s.change * 100)}% on last year`;
  return `Won ${englishNumber(Math.round(s.total))} across ${englishNumber(s.regions)} regions and ${englishNumber(s.columns)} columns${change}.`;
}

/** The Regional Composition report (DOMAIN.md §11). */
export const regionalCompositionDefinition: ReportDefinition<RegionalCompositionSummary> = {
  kind: "regionalComposition",
  sources: { required: ["opportunities"], optional: ["accounts", "rates"] },
  live: true,
  controls: [
    { type: "select", option: "regionalColumns", values: ["industry", "projectClass"] },
    { type: "select", option: "regionalPeriod", values: ["thisYear", "lastYear", "allYears"] },
  ],
  build: (request) => buildRegionalComposition(request, regionalOptionsOf(request.model.reports, request.asOf)),
  summarise: summariseRegionalComposition,
};
