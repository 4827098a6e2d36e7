import { cellAddress } from "../core/a1";
import { ContractExecutionResult, contractExecution, ContractLine, ContractTotals } from "../core/contract-execution";
import { isoFromSerial } from "../core/dates";
import { ReportOptions } from "../core/schemas";
import { LabelGroups } from "../core/won-deals";
import { BuildRequest, ReportDefinition } from "./definition";
import { PlanCell, SheetPlan } from "./plan";
import { Placed, PlanBuilder } from "./plan-builder";
import { ambiguousLabels, labelCriterion, LIVE_COMPARISONS } from "./label-criterion";
import { exactCriterion } from "./sources";
import { ALERT_FILL, DATE, NUMBER, PERCENT, SCALE_HIGH } from "./styles";
import { englishNumber } from "./summary";
import { ReportLanguage, wordsFor } from "./words";

/** Every text the Contract Execution sheet writes, per language (words.ts). */
interface ContractWords {
  sheet: string;
  title: string;
  subtitle(asOf: string, count: number, live: boolean): string;
  reportDate: string;
  overdueAfter: string;
  byOwner: string;
  byRegion: string;
  contracts: string;
  header: readonly string[];
  groupHeader(by: string): string[];
  owner: string;
  region: string;
  total: string;
  overdue: string;
  none: string;
  noContracts: string;
  noTable: string;
  chartTitle: string;
  chartAxis: string;
}

const WORDS: Record<ReportLanguage, ContractWords> = {
  en: {
    sheet: "Contract Execution",
    title: "Contract execution (合同执行情况)",
    subtitle: (asOf, count, live) =>
      `As of ${asOf} · ${count} contracts · ${live ? "percentages, outstanding, overdue and totals are live formulas" : "values"}`,
    reportDate: "Report date",
    overdueAfter: "Overdue after (days)",
    byOwner: "Totals by owner",
    byRegion: "Totals by region",
    contracts: "Contracts",
    header: [
      "Contract", "Account", "Owner", "Region", "Signed", "Contract amount", "Invoiced", "Received", "Invoiced %",
      "Received %", "Outstanding receivable", "Invoiced, not received", "Days since signed", "Overdue",
      "Delivery status", "Source row",
    ], // prettier-ignore
    groupHeader: (by) => [by, "Contracts", "Contract amount", "Invoiced", "Received", "Outstanding receivable",
      "Overdue contracts", "Overdue outstanding", "Received %"], // prettier-ignore
    owner: "Owner",
    region: "Region",
    total: "Total",
    overdue: "Overdue",
    none: "(none)",
    noContracts: "No contracts in the Contracts table.",
    noTable: "No Contracts table is picked: pick one in the Data pane to list contracts here.",
    chartTitle: "Outstanding receivables by owner",
    chartAxis: "Outstanding receivable",
  },
  zh: {
    sheet: "合同执行",
    title: "合同执行情况列表",
    subtitle: (asOf, count, live) =>
      `截至 ${asOf} · 合同 ${count} 份 · ${live ? "比例、应收余额、逾期与合计为实时公式" : "数值"}`,
    reportDate: "统计日期",
    overdueAfter: "逾期天数",
    byOwner: "按负责人汇总",
    byRegion: "按大区汇总",
    contracts: "合同明细",
    header: [
      "合同", "客户", "负责人", "大区", "签订日期", "合同金额", "已开票", "已回款", "开票比例", "回款比例",
      "应收余额", "已开票未回款", "签订天数", "逾期", "交付状态", "源数据行",
    ], // prettier-ignore
    groupHeader: (by) => [
      by,
      "合同数",
      "合同金额",
      "已开票",
      "已回款",
      "应收余额",
      "逾期合同数",
      "逾期应收",
      "回款比例",
    ],
    owner: "负责人",
    region: "大区",
    total: "合计",
    overdue: "逾期",
    none: "（空）",
    noContracts: "合同表中没有合同。",
    noTable: "尚未选择合同表：请在“数据”面板中选择合同表。",
    chartTitle: "各负责人应收余额",
    chartAxis: "应收余额",
  },
};

/** Contract list columns, by their position in the header. */
const COL = {
  owner: 2, region: 3, signed: 4, amount: 5, invoiced: 6, received: 7, invoicedPct: 8, receivedPct: 9,
  outstanding: 10, unpaid: 11, days: 12, overdue: 13,
} as const; // prettier-ignore

export type ContractSplit = ReportOptions["contractSplit"];

export interface ContractExecutionInput {
  request: BuildRequest;
  overdueDays: number;
  split: ContractSplit;
}

/** What every section reads: the builder, the words, the core's result and where the list and parameters are. */
interface ContractSheet {
  b: PlanBuilder;
  w: ContractWords;
  result: ContractExecutionResult;
  live: boolean;
  /** Whether a Contracts table was picked (the report is built without one, saying so, e.g. in a monthly pack). */
  tablePicked: boolean;
  /** Whether the group totals are SUMIFS over the list (not when they would cost Excel too much to recalculate). */
  groupsLive: boolean;
  /** Absolute addresses of the report-date and overdue-days cells the row formulas read. */
  asOfCell: string;
  daysCell: string;
  /** Absolute column range of the contract list (data rows only), by list column. */
  column(c: number): string;
}

const abs = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
const label = (w: ContractWords, group: string) => (group === LabelGroups.NONE ? w.none : group);

/**
 * The Contract Execution sheet (DOMAIN.md §11, 合同执行情况列表): per contract invoiced %, received %,
 * outstanding receivable and overdue (signed more than the overdue days before the report date and not
 * fully received), then totals per owner and per region and a bar chart of outstanding by owner. Live mode
 * writes each row's figures as formulas over its amount cells and two parameter cells (report date, overdue
 * days, which a reader may change), and the group totals as SUMIFS/COUNTIFS over the list.
 */
export function buildContractExecution({ request, overdueDays, split }: ContractExecutionInput): SheetPlan {
  const w = wordsFor(WORDS, request.language);
  const result = contractExecution(request.data, request.asOf, { overdueDays });
  const b = new PlanBuilder("contractExecution", w.sheet);
  const n = result.contracts.length;
  const live = request.live && n > 0;
  b.title(w.title, w.subtitle(isoFromSerial(request.asOf), n, live));
  const params = b.block("parameters", { col: 1 }, [
    [w.reportDate, request.asOf],
    [w.overdueAfter, overdueDays],
  ]);
  b.format({ range: params.cell(0, 1), numberFormat: DATE });
  b.format({ range: params.range(0, 0, 2, 1), bold: true });
  const groups = [
    ...(split !== "region" ? [{ caption: w.byOwner, by: w.owner, totals: result.byOwner, col: COL.owner }] : []),
    ...(split !== "owner" ? [{ caption: w.byRegion, by: w.region, totals: result.byRegion, col: COL.region }] : []),
  ];
  // The list's first data row: below the group tables (caption, header, rows, total, gap each) and its caption.
  const listTop = b.cursor + groups.reduce((s, g) => s + g.totals.length + 4, 0) + 2;
  const sheet: ContractSheet = {
    b, w, result, live,
    tablePicked: request.data.contracts !== undefined,
    groupsLive: live && groups.reduce((x, g) => x + g.totals.length, 0) * n * 8 <= LIVE_COMPARISONS,
    asOfCell: abs(params.cell(0, 1)),
    daysCell: abs(params.cell(1, 1)),
    column: (c) => `${abs(cellAddress(listTop, 1 + c))}:${abs(cellAddress(listTop + n - 1, 1 + c))}`,
  }; // prettier-ignore
  const placed = groups.map((g) => groupSection(sheet, g.caption, g.by, g.totals, g.col));
  const list = listSection(sheet);
  if (list.row + 1 !== listTop) throw new Error(`contract list at row ${list.row + 2}, formulas expect ${listTop + 1}`);
  if (groups.length) chartSection(sheet, placed[0], groups[0].by === w.owner, list);
  return finish(sheet);
}

/** One total row per owner (or region): COUNTIFS/SUMIFS over the list's group column when live, else values. */
function groupSection(s: ContractSheet, caption: string, by: string, totals: ContractTotals[], col: number): Placed {
  const { b, w } = s;
  b.caption(`${col === COL.owner ? "owner" : "region"}Caption`, caption);
  const top = b.cursor;
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  const yes = exactCriterion(w.overdue);
  const rows: PlanCell[][] = [w.groupHeader(by)];
  // A label a criterion cannot tell from another (long and alike) keeps the core's totals.
  const ambiguous = ambiguousLabels(totals.map((t) => label(w, t.label)));
  totals.forEach((t, k) => {
    const r = k + 1;
    const text = label(w, t.label);
    if (!s.groupsLive || ambiguous.has(text)) {
      rows.push([text, t.count, t.amount, t.invoiced, t.received, t.outstanding, t.overdueCount,
        t.overdueOutstanding, t.receivedPct ?? ""]); // prettier-ignore
      return;
    }
    const crit = `${s.column(col)},${labelCriterion(text, at(r, 0))}`;
    const sum = (c: number, extra = "") => ({ formula: `=SUMIFS(${s.column(c)},${crit}${extra})` });
    const overdue = `,${s.column(COL.overdue)},${yes}`;
    rows.push([
      text,
      { formula: `=COUNTIFS(${crit})` },
      sum(COL.amount),
      sum(COL.invoiced),
      sum(COL.received),
      sum(COL.outstanding),
      { formula: `=COUNTIFS(${crit}${overdue})` },
      sum(COL.outstanding, overdue),
      { formula: `=IF(${at(r, 2)}<>0,${at(r, 4)}/${at(r, 2)},"")` },
    ]);
  });
  const placed = b.block(`by${col === COL.owner ? "Owner" : "Region"}`, { col: 1, gap: 2 }, rows, {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, PERCENT],
  });
  if (totals.length)
    b.conditional({
      kind: "formula",
      range: placed.range(1, 7, totals.length, 1),
      formula: `=${placed.cell(1, 7)}>0`,
      fill: ALERT_FILL,
    });
  return placed;
}

/** The contract list: one row per contract with its row formulas, then the totals. */
function listSection(s: ContractSheet): Placed {
  const { b, w, result } = s;
  b.caption("contractsCaption", w.contracts);
  const top = b.cursor;
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  const n = result.contracts.length;
  const rows: PlanCell[][] = [w.header as string[], ...result.contracts.map((l, k) => contractRow(s, l, k + 1, at))];
  rows.push(listTotal(s, at));
  const list = b.block("contracts", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "General", "General", "General", DATE, NUMBER, NUMBER, NUMBER, PERCENT, PERCENT,
      NUMBER, NUMBER, NUMBER, "General", "General", "General"], // prettier-ignore
  });
  b.format({ range: list.range(n + 1, 0, 1, w.header.length), bold: true, borderBottom: "#7F7F7F" });
  if (n > 0)
    b.conditional({
      kind: "formula",
      range: list.range(1, COL.overdue, n, 1),
      formula: `=${list.cell(1, COL.overdue)}<>""`,
      fill: ALERT_FILL,
    });
  else b.block("empty", { col: 1 }, [[s.tablePicked ? w.noContracts : w.noTable]]);
  return list;
}

function contractRow(s: ContractSheet, l: ContractLine, r: number, at: (r: number, c: number) => string): PlanCell[] {
  const { w } = s;
  const cell = (c: number) => at(r, c);
  const [amount, invoiced, received, signed] = [COL.amount, COL.invoiced, COL.received, COL.signed].map(cell);
  const pct = (x: string): PlanCell => ({ formula: `=IF(${amount}<>0,${x}/${amount},"")` });
  const yes = `"${w.overdue.replace(/"/g, '""')}"`;
  const live = s.live;
  return [
    l.id ?? l.name ?? "",
    l.account,
    label(w, l.ownerGroup),
    label(w, l.regionGroup),
    l.signed ?? "",
    l.amount,
    l.invoiced,
    l.received,
    live ? pct(invoiced) : (l.invoicedPct ?? ""),
    live ? pct(received) : (l.receivedPct ?? ""),
    live ? { formula: `=MAX(${amount}-${received},0)` } : l.outstanding,
    live ? { formula: `=MAX(${invoiced}-${received},0)` } : l.invoicedUnpaid,
    live ? { formula: `=IF(ISNUMBER(${signed}),${s.asOfCell}-${signed},"")` } : (l.daysSinceSigned ?? ""),
    live
      ? {
          formula: `=IF(AND(ISNUMBER(${signed}),${received}<${amount}),IF(${s.asOfCell}-${signed}>${s.daysCell},${yes},""),"")`,
        }
      : l.overdue
        ? w.overdue
        : "",
    l.deliveryStatus ?? "",
    l.row,
  ];
}

/** Sums of the list's amounts and the count of overdue contracts. */
function listTotal(s: ContractSheet, at: (r: number, c: number) => string): PlanCell[] {
  const { w, result } = s;
  const n = result.contracts.length;
  const t = result.total;
  const sum = (c: number, value: number): PlanCell => (s.live ? { formula: `=SUM(${at(1, c)}:${at(n, c)})` } : value);
  const row: PlanCell[] = Array<PlanCell>(w.header.length).fill("");
  row[0] = w.total;
  row[1] = n;
  row[COL.amount] = sum(COL.amount, t.amount);
  row[COL.invoiced] = sum(COL.invoiced, t.invoiced);
  row[COL.received] = sum(COL.received, t.received);
  const total = (c: number) => at(n + 1, c);
  row[COL.invoicedPct] = s.live
    ? { formula: `=IF(${total(COL.amount)}<>0,${total(COL.invoiced)}/${total(COL.amount)},"")` }
    : (t.invoicedPct ?? "");
  row[COL.receivedPct] = s.live
    ? { formula: `=IF(${total(COL.amount)}<>0,${total(COL.received)}/${total(COL.amount)},"")` }
    : (t.receivedPct ?? "");
  row[COL.outstanding] = sum(COL.outstanding, t.outstanding);
  row[COL.unpaid] = sum(COL.unpaid, t.invoicedUnpaid);
  row[COL.overdue] = s.live
    ? { formula: `=COUNTIFS(${s.column(COL.overdue)},${exactCriterion(w.overdue)})` }
    : t.overdueCount;
  return row;
}

/** Outstanding receivables per owner (or per region when the split has no owner table), to the right of the list. */
function chartSection({ b, w }: ContractSheet, group: Placed, byOwner: boolean, list: Placed): void {
  const n = group.rows - 1;
  if (n < 1) return;
  const col = list.col + list.cols + 1;
  b.chart({
    id: "OutstandingByOwner",
    type: "BarClustered",
    title: byOwner ? w.chartTitle : `${w.chartAxis} · ${w.region}`,
    from: cellAddress(3, col),
    to: cellAddress(3 + Math.max(16, Math.min(n, 40)), col + 8),
    series: [
      { name: w.chartAxis, values: group.range(1, 5, n, 1), xValues: group.range(1, 0, n, 1), color: SCALE_HIGH },
    ],
    reverseCategories: true,
    legend: "None",
  });
}

function finish({ b, result }: ContractSheet): SheetPlan {
  b.widths({ A: 2, B: 24, C: 24, D: 16, E: 14, F: 12, G: 14, H: 12, I: 12, J: 11, K: 11, L: 14, M: 14, N: 10 });
  b.widths({ O: 10, P: 14, Q: 8 });
  const t = result.total;
  return b.finish(
    {
      freeze: { rows: 3, columns: 0 },
      tabColor: "#7030A0",
      summary: {
        kind: "contractExecution",
        contracts: t.count,
        amount: t.amount,
        received: t.received,
        outstanding: t.outstanding,
        overdue: t.overdueCount,
        overdueOutstanding: t.overdueOutstanding,
      },
    },
    summariseContractExecution,
  );
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface ContractExecutionSummary {
  kind: "contractExecution";
  contracts: number;
  amount: number;
  received: number;
  outstanding: number;
  overdue: number;
  overdueOutstanding: number;
}

/** The Contract Execution summary in English. */
export function summariseContractExecution(s: ContractExecutionSummary): string {
  const amount = (x: number) => englishNumber(Math.round(x));
  return (
    `${englishNumber(s.contracts)} contracts worth ${amount(s.amount)}: ${amount(s.received)} received, ` +
    `${amount(s.outstanding)} outstanding; ${englishNumber(s.overdue)} overdue (${amount(s.overdueOutstanding)}).`
  );
}

/** The Contract Execution report (DOMAIN.md §11). */
export const contractExecutionDefinition: ReportDefinition<ContractExecutionSummary> = {
  kind: "contractExecution",
  // The Contracts table is optional (DOMAIN.md §11): without it the sheet says to pick one, so a monthly pack of
  // every report still builds in a workbook that has none.
  sources: { required: [], optional: ["contracts", "accounts", "opportunities", "rates"] },
  live: true,
  controls: [
    { type: "select", option: "contractSplit", values: ["both", "owner", "region"] },
    { type: "select", option: "overdueDays", values: ["30", "60", "90", "120", "180"] },
  ],
  build: (request) =>
    buildContractExecution({
      request,
      overdueDays: Number(request.model.reports.overdueDays ?? "90"),
      split: request.model.reports.contractSplit ?? "both",
    }),
  summarise: summariseContractExecution,
};
