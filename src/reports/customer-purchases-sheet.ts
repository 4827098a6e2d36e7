import { cellAddress, columnLetter } from "../core/a1";
import { foldText } from "../core/cells";
import { CustomerPurchase, customerPurchases, CustomerPurchasesResult } from "../core/customer-purchases";
import { Dataset } from "../core/dataset";
import { isoFromSerial } from "../core/dates";
import { accountKey, wonDeals, yearOf, yearSpan } from "../core/won-deals";
import { BuildRequest, ReportDefinition } from "./definition";
import { ambiguousLabels, labelCriterion, LIVE_COMPARISONS } from "./label-criterion";
import { PlanCell, SheetPlan } from "./plan";
import { Placed, PlanBuilder } from "./plan-builder";
import { DATE, NUMBER, PERCENT, SCALE_HIGH } from "./styles";
import { englishNumber } from "./summary";
import { ReportLanguage, wordsFor } from "./words";

/** Every text the Customer Purchases sheet writes, per language (words.ts). */
interface PurchaseWords {
  sheet: string;
  title: string;
  subtitle(asOf: string, accounts: number, live: boolean): string;
  partial: string;
  undated(count: number, amount: string): string;
  header(years: readonly number[]): string[];
  total: string;
  repeat: string;
  deals: string;
  dealsHeader: readonly string[];
  chartTitle(top: number): string;
  axis: string;
}

const WORDS: Record<ReportLanguage, PurchaseWords> = {
  en: {
    sheet: "Customer Purchases",
    title: "Customer purchases (客户购买统计)",
    subtitle: (asOf, accounts, live) =>
      `As of ${asOf} · ${accounts} buying accounts · ${live ? "years and totals are live SUMIFS over the won deals listed below" : "values"}`,
    partial: "The last year is still running: its growth compares part of a year with a whole one.",
    undated: (count, amount) => `${count} won deals without a date (${amount}) belong to no year and are left out.`,
    header: (years) => [
      "Account",
      "Tier",
      ...years.map(String),
      "Total",
      "Deals",
      "Repeat buyer",
      "Growth",
      "Last purchase",
    ],
    total: "Total",
    repeat: "Repeat",
    deals: "Won deals counted",
    dealsHeader: ["Account", "Owner", "Won on", "Amount", "Source row"],
    chartTitle: (top) => `Top ${top} accounts by year`,
    axis: "Won amount",
  },
  zh: {
    sheet: "客户购买统计",
    title: "客户购买统计分析表",
    subtitle: (asOf, accounts, live) =>
      `截至 ${asOf} · 有购买的客户 ${accounts} 个 · ${live ? "各年金额与合计为对下方赢单明细的实时 SUMIFS 公式" : "数值"}`,
    partial: "最后一年尚未结束：其增长率是以不完整年度与完整年度相比。",
    undated: (count, amount) => `${count} 个赢单没有日期（金额 ${amount}），不属于任何年度，未计入。`,
    header: (years) => [
      "客户",
      "级别",
      ...years.map((y) => `${y}年`),
      "合计",
      "赢单数",
      "复购客户",
      "增长率",
      "最近购买日期",
    ],
    total: "合计",
    repeat: "复购",
    deals: "计入统计的赢单明细",
    dealsHeader: ["客户", "负责人", "赢单日期", "金额", "源数据行"],
    chartTitle: (top) => `前 ${top} 名客户各年购买金额`,
    axis: "赢单金额",
  },
};

/** The accounts the chart shows, largest first. */
const TOP = 10;

export interface CustomerPurchasesInput {
  request: BuildRequest;
  /** How many calendar years, ending with the report date's. */
  years: number;
  /** Overrides LIVE_COMPARISONS (tests): live sums cost about accounts × deals × (years + 1) comparisons. */
  liveBudget?: number;
}

/** What the sections read. */
interface PurchaseSheet {
  b: PlanBuilder;
  w: PurchaseWords;
  result: CustomerPurchasesResult;
  live: boolean;
  /** Absolute range of one column of the deal list (0 account, 2 date, 3 amount). */
  dealColumn(c: number): string;
  /** Account names a SUMIFS criterion cannot tell from another's (same name, or long and alike): values. */
  ambiguous: Set<string>;
}

interface DealLine {
  account: string;
  owner: string;
  date: number;
  amount: number;
  row: number;
}

const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The dated won deals in the years, each under its account's name as the result shows it. */
function dealLines(data: Dataset, result: CustomerPurchasesResult): DealLine[] {
  const nameOf = new Map(
    result.accounts.map((a) => [a.account >= 0 ? `#${a.account}` : `?${foldText(a.name)}`, a.name]),
  );
  const [first, last] = [result.years[0], result.years[result.years.length - 1]];
  const out: DealLine[] = [];
  for (const d of wonDeals(data)) {
    if (d.date === null || yearOf(d.date) < first || yearOf(d.date) > last) continue;
    const o = data.opportunities[d.opportunity];
    const name = nameOf.get(accountKey(o));
    if (name === undefined) continue;
    out.push({ account: name, owner: o.owner ?? "", date: d.date, amount: d.amount, row: o.row });
  }
  return out;
}

/**
 * The Customer Purchases sheet (DOMAIN.md §11, 客户购买统计分析表): per account, won amount in each of the
 * years, total, number of deals, repeat buyer, growth of the last year over the one before, last purchase
 * and tier, with a clustered column chart of the top accounts by year and the won deals counted. Live mode
 * sums each year with SUMIFS over that deal list (account and date criteria), so the sheet follows a
 * correction made on it; repeat buyer and last purchase are values.
 */
export function buildCustomerPurchases({ request, years, liveBudget }: CustomerPurchasesInput): SheetPlan {
  const w = wordsFor(WORDS, request.language);
  const y = yearOf(request.asOf);
  const result = customerPurchases(request.data, request.tiering.tiers, request.asOf, {
    years: Array.from({ length: years }, (_, i) => y - years + 1 + i),
  });
  const deals = dealLines(request.data, result);
  const b = new PlanBuilder("customerPurchases", w.sheet);
  const n = result.accounts.length;
  const comparisons = n * deals.length * (result.years.length + 1);
  const live = request.live && deals.length > 0 && comparisons <= (liveBudget ?? LIVE_COMPARISONS);
  b.title(w.title, w.subtitle(isoFromSerial(request.asOf), n, live));
  const notes = [result.lastYearPartial ? w.partial : "", result.undated.count ? w.undated(result.undated.count, englishNumber(result.undated.amount)) : ""]; // prettier-ignore
  b.block("notes", { col: 1 }, [[notes.filter(Boolean).join(" ")]]);
  const dealTop = b.cursor + n + 3 + 2;
  const sheet: PurchaseSheet = {
    b, w, result,
    live,
    dealColumn: (c) => `${abs(cellAddress(dealTop, 1 + c))}:${abs(cellAddress(dealTop + deals.length - 1, 1 + c))}`,
    ambiguous: ambiguousLabels(result.accounts.map((a) => a.name)),
  }; // prettier-ignore
  const table = tableSection(sheet);
  const list = dealSection(sheet, deals);
  if (list.row + 1 !== dealTop) throw new Error(`deal list at row ${list.row + 2}, formulas expect ${dealTop + 1}`);
  chartSection(sheet, table);
  b.widths({ A: 2, B: 26, C: 6 });
  for (let c = 3; c <= result.years.length + 8; c++) b.widths({ [columnLetter(c)]: 13 });
  return b.finish(
    {
      freeze: { rows: 5, columns: 2 },
      tabColor: "#548235",
      summary: {
        kind: "customerPurchases",
        accounts: n,
        repeat: result.totals.repeat,
        amount: result.totals.amount,
        years: result.years,
      },
    },
    summariseCustomerPurchases,
  );
}

/** One row per buying account, largest first, then the totals. */
function tableSection(s: PurchaseSheet): Placed {
  const { b, w, result } = s;
  const top = b.cursor;
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  const ny = result.years.length;
  const n = result.accounts.length;
  const header = w.header(result.years);
  const rows: PlanCell[][] = [header, ...result.accounts.map((a, k) => accountRow(s, a, k + 1, at))];
  const t = result.totals;
  const sum = (c: number, value: number): PlanCell => (s.live ? { formula: `=SUM(${at(1, c)}:${at(n, c)})` } : value);
  const before = ny >= 2 ? t.byYear[ny - 2] : 0;
  rows.push([
    w.total, "",
    ...t.byYear.map((v, i) => sum(2 + i, v)),
    sum(2 + ny, t.amount),
    sum(3 + ny, t.deals),
    t.repeat,
    s.live ? growth(at, n + 1, ny) : before > 0 ? t.byYear[ny - 1] / before - 1 : "",
    "",
  ]); // prettier-ignore
  const table = b.block("accounts", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "General", ...result.years.map(() => NUMBER), NUMBER, NUMBER, "General", PERCENT, DATE],
  });
  b.format({ range: table.range(n + 1, 0, 1, header.length), bold: true, borderBottom: "#7F7F7F" });
  return table;
}

/** Growth of the last year over the one before, blank when the one before is 0 (as the core). */
function growth(at: (r: number, c: number) => string, r: number, ny: number): PlanCell {
  if (ny < 2) return "";
  const [last, prev] = [at(r, 1 + ny), at(r, ny)];
  return { formula: `=IF(N(${prev})>0,${last}/${prev}-1,"")` };
}

function accountRow(
  s: PurchaseSheet,
  a: CustomerPurchase,
  r: number,
  at: (r: number, c: number) => string,
): PlanCell[] {
  const { w, result } = s;
  const ny = result.years.length;
  const live = s.live && !s.ambiguous.has(a.name);
  const crit = `${s.dealColumn(0)},${labelCriterion(a.name, abs(at(r, 0)))}`;
  const between = (from: number, to: number) => `,${s.dealColumn(2)},">=${from}",${s.dealColumn(2)},"<=${to}"`;
  const year = (i: number): PlanCell => {
    if (!live) return a.byYear[i];
    const span = yearSpan(result.years[i]);
    return { formula: `=SUMIFS(${s.dealColumn(3)},${crit}${between(span.from, span.to)})` };
  };
  const all = { from: yearSpan(result.years[0]).from, to: yearSpan(result.years[ny - 1]).to };
  return [
    a.name,
    a.tier ?? "",
    ...result.years.map((_, i) => year(i)),
    live ? { formula: `=SUM(${at(r, 2)}:${at(r, 1 + ny)})` } : a.amount,
    live ? { formula: `=COUNTIFS(${crit}${between(all.from, all.to)})` } : a.deals,
    a.repeat ? w.repeat : "",
    live ? growth(at, r, ny) : (a.growth ?? ""),
    a.lastPurchase ?? "",
  ];
}

/** The won deals counted, under the account names the live sums match. */
function dealSection(s: PurchaseSheet, deals: DealLine[]): Placed {
  const { b, w } = s;
  b.caption("dealsCaption", w.deals);
  return b.block(
    "deals",
    { col: 1 },
    [w.dealsHeader as string[], ...deals.map((d) => [d.account, d.owner, d.date, d.amount, d.row])],
    { header: true, numberFormat: ["General", "General", DATE, NUMBER, "General"] },
  );
}

const YEAR_COLORS = ["#BDD7EE", "#9DC3E6", "#2E75B6", "#1F4E79", "#0B2545"];

/** Clustered columns: the top accounts, one column per year, to the right of the table. */
function chartSection({ b, w, result }: PurchaseSheet, table: Placed): void {
  const top = Math.min(TOP, result.accounts.length);
  if (top === 0) return;
  const ny = result.years.length;
  const col = table.col + table.cols + 1;
  b.chart({
    id: "TopAccountsByYear",
    type: "ColumnClustered",
    title: w.chartTitle(top),
    from: cellAddress(table.row, col),
    to: cellAddress(table.row + 18, col + 9),
    series: result.years.map((_, i) => ({
      name: w.header(result.years)[2 + i],
      values: table.range(1, 2 + i, top, 1),
      xValues: table.range(1, 0, top, 1),
      color: YEAR_COLORS[Math.max(0, YEAR_COLORS.length - ny + i)] ?? SCALE_HIGH,
    })),
    yAxis: { title: w.axis },
    legend: "Bottom",
  });
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface CustomerPurchasesSummary {
  kind: "customerPurchases";
  accounts: number;
  repeat: number;
  amount: number;
  years: number[];
}

/** The Customer Purchases summary in English. */
export function summariseCustomerPurchases(s: CustomerPurchasesSummary): string {
  const span = s.years.length ? `${s.years[0]}–${s.years[s.years.length - 1]}` : "";
  return (
    `${englishNumber(s.accounts)} accounts bought ${englishNumber(Math.round(s.amount))} in ${span}; ` +
    `${englishNumber(s.repeat)} repeat buyers.`
  );
}

/** The Customer Purchases report (DOMAIN.md §11). */
export const customerPurchasesDefinition: ReportDefinition<CustomerPurchasesSummary> = {
  kind: "customerPurchases",
  sources: { required: ["opportunities"], optional: ["accounts", "rates"] },
  live: true,
  controls: [{ type: "select", option: "purchaseYears", values: ["2", "3", "4", "5"] }],
  build: (request) => buildCustomerPurchases({ request, years: Number(request.model.reports.purchaseYears ?? "3") }),
  summarise: summariseCustomerPurchases,
};
