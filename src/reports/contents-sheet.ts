/**
 * The monthly pack's contents sheet (issue 14): the first page of the deck a consultant presents. A big
 * title, the report date, a list of the pack's reports, each a link to its sheet with its one-line summary,
 * the source tables read, on a sheet without gridlines, with tall rows, set up to print on one page.
 *
 * The links need the sheets' final names (a user's "Nine-Grid" sends the report to "Nine-Grid (2)"), so the
 * plan is built by the adapter once it has decided them (apply-plan.ts LinkedPlan).
 */
import { isoFromSerial } from "../core/dates";
import { TableKind } from "../core/fields";
import { PlanCell, PlanFormat, PlanFormula, PlanPrint, SheetPlan } from "./plan";
import { placedAt } from "./plan-builder";
import { footerText } from "./print";
import { HEADER_FILL, HEADER_FONT } from "./styles";
import { ReportLanguage, wordsFor } from "./words";

/** The ownership tag's kind of the contents sheet: a rerun replaces only its own contents sheet. */
export const CONTENTS_KIND = "contents";

/** The contents sheet's plan: a sheet plan of its own kind, with no report summary of its own. */
export type ContentsPlan = Omit<SheetPlan, "kind" | "summary" | "summaryData"> & { kind: typeof CONTENTS_KIND };

/** One report of the pack as the contents lists it: words already in the sheet's language. */
export interface ContentsEntry {
  /** The report's kind: its final sheet name is looked up by it. */
  kind: string;
  title: string;
  summary: string;
}

/** A source table the pack read: what it is, the table or range, and the rows it has. */
export interface ContentsSource {
  kind: TableKind;
  name: string;
  rows: number;
}

export interface ContentsInput {
  language?: ReportLanguage;
  /** The report date (Excel serial) every report of the pack is computed as of. */
  asOf: number;
  reports: readonly ContentsEntry[];
  sources: readonly ContentsSource[];
}

interface ContentsWords {
  sheetName: string;
  title: string;
  reportDate: (iso: string) => string;
  reportCount: (n: number) => string;
  reports: string;
  number: string;
  report: string;
  summary: string;
  sources: string;
  table: string;
  source: string;
  rows: (n: number) => string;
  kinds: Record<TableKind, string>;
  note: string;
  page: string;
}

const WORDS: Record<ReportLanguage, ContentsWords> = {
  en: {
    sheetName: "Contents",
    title: "Monthly pack",
    reportDate: (iso) => `Report date ${iso}`,
    reportCount: (n) => `${n} report${n === 1 ? "" : "s"}`,
    reports: "Reports",
    number: "#",
    report: "Report",
    summary: "Summary",
    sources: "Data sources",
    table: "Table",
    source: "Read from",
    rows: (n) => `${n.toLocaleString("en-US")} row${n === 1 ? "" : "s"}`,
    kinds: {
      accounts: "Accounts",
      opportunities: "Opportunities",
      assignments: "Assignments",
      quotas: "Quotas",
      rates: "Exchange rates",
      contracts: "Contracts",
      history: "Opportunity history",
      leads: "Leads",
    },
    note: "Click a report's name to open its sheet. Built with Ninegrid.",
    page: "Page &P of &N",
  },
  zh: {
    sheetName: "目录",
    title: "月度报告包",
    reportDate: (iso) => `报表日期 ${iso}`,
    reportCount: (n) => `共 ${n} 份报告`,
    reports: "报告",
    number: "序号",
    report: "报告",
    summary: "摘要",
    sources: "数据来源",
    table: "表格",
    source: "来源",
    rows: (n) => `${n.toLocaleString("zh-CN")} 行`,
    kinds: {
      accounts: "客户",
      opportunities: "商机",
      assignments: "客户覆盖",
      quotas: "指标",
      rates: "汇率",
      contracts: "合同",
      history: "商机历史",
      leads: "线索",
    },
    note: "点击报告名称即可打开对应工作表。由 Ninegrid 生成。",
    page: "第 &P 页，共 &N 页",
  },
};

/** The contents sheet's wanted name in `language`. */
export const contentsSheetName = (language?: ReportLanguage): string => wordsFor(WORDS, language).sheetName;

/** Text inside a formula's string literal: a double quote is doubled. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A link to cell A1 of `sheet`, showing `label`: `=HYPERLINK("#'Sheet name'!A1","label")`. The sheet name is
 * quoted as Excel quotes it in a reference (an apostrophe doubled), then put in a string literal.
 */
export function sheetLink(sheet: string, label: string): PlanFormula {
  return { formula: `=HYPERLINK(${literal(`#'${sheet.replace(/'/g, "''")}'!A1`)},${literal(label)})` };
}

const ACCENT = "#2E75B6";
const MUTED = "#595959";
const LINK = "#0563C1";
const RULE = "#D9D9D9";

/** Row heights in points: tall rows so the page breathes like a slide. */
const HEIGHT = { margin: 18, title: 54, subtitle: 26, gap: 14, caption: 30, header: 24, entry: 40, source: 24 };

/**
 * The contents sheet: title and report date (rows 2–3), the reports with links and summaries, the sources,
 * a note. Columns: A is a margin, B the number, C the report (a link), D its summary.
 */
export function contentsPlan(input: ContentsInput, finalNames: ReadonlyMap<string, string>): ContentsPlan {
  const w = wordsFor(WORDS, input.language);
  const formats: PlanFormat[] = [];
  const heights: { row: number; height: number }[] = [{ row: 1, height: HEIGHT.margin }];
  const iso = isoFromSerial(input.asOf);
  const title = placedAt("title", 1, 1, 2, 1);
  formats.push(
    { range: title.cell(0, 0), bold: true, fontSize: 28, fontColor: HEADER_FILL, verticalAlignment: "Bottom" },
    { range: title.cell(1, 0), fontSize: 13, fontColor: MUTED, verticalAlignment: "Top" },
    { range: "B3:D3", borderBottom: ACCENT },
  );
  heights.push({ row: 2, height: HEIGHT.title }, { row: 3, height: HEIGHT.subtitle }, { row: 4, height: HEIGHT.gap });

  const reportsAt = 5;
  const reportRows: PlanCell[][] = [
    [w.reports],
    [w.number, w.report, w.summary],
    ...input.reports.map((r, i) => [i + 1, sheetLink(finalNames.get(r.kind) ?? r.title, r.title), r.summary]),
  ];
  const reports = placedAt("reports", reportsAt - 1, 1, reportRows.length, 3);
  sectionFormats(formats, heights, reportsAt, input.reports.length, HEIGHT.entry);
  if (input.reports.length)
    formats.push(
      { range: reports.range(2, 1, input.reports.length, 1), fontColor: LINK, underline: true, bold: true },
      { range: reports.range(2, 0, input.reports.length, 1), horizontalAlignment: "Center", fontColor: MUTED },
    );

  const sourcesAt = reportsAt + reportRows.length + 1;
  const sourceRows: PlanCell[][] = [
    [w.sources],
    [null, w.table, w.source],
    ...input.sources.map((x) => [null, w.kinds[x.kind], `${x.name} · ${w.rows(x.rows)}`]),
  ];
  const sources = placedAt("sources", sourcesAt - 1, 1, sourceRows.length, 3);
  sectionFormats(formats, heights, sourcesAt, input.sources.length, HEIGHT.source, "C");
  const noteAt = sourcesAt + sourceRows.length + 1;
  formats.push({ range: `B${noteAt}`, italic: true, fontColor: MUTED });
  heights.push({ row: sourcesAt - 1, height: HEIGHT.gap }, { row: noteAt - 1, height: HEIGHT.gap });

  return {
    kind: CONTENTS_KIND,
    sheetName: w.sheetName,
    blocks: [
      {
        id: "title",
        at: title.cell(0, 0),
        cells: [[w.title], [`${w.reportDate(iso)} · ${w.reportCount(input.reports.length)}`]],
      },
      { id: "reports", at: reports.cell(0, 0), cells: reportRows },
      { id: "sources", at: sources.cell(0, 0), cells: sourceRows },
      { id: "note", at: `B${noteAt}`, cells: [[w.note]] },
    ],
    formats,
    conditionalFormats: [],
    charts: [],
    columnWidths: [
      { column: "A", width: 3 },
      { column: "B", width: 7 },
      { column: "C", width: 34 },
      { column: "D", width: 90 },
    ],
    tabColor: HEADER_FILL,
    showGridlines: false,
    rowHeights: heights.sort((a, b) => a.row - b.row),
    print: contentsPrint(iso, w),
  };
}

/**
 * A section's look: a caption in column B in the title colour, a header row from column `first` to D in the
 * house style, then its entries, each row `height` tall, centred vertically, with a light rule under it.
 */
function sectionFormats(
  formats: PlanFormat[],
  heights: { row: number; height: number }[],
  captionRow: number,
  entries: number,
  height: number,
  first = "B",
): void {
  formats.push(
    { range: `B${captionRow}`, bold: true, fontSize: 15, fontColor: HEADER_FILL, verticalAlignment: "Bottom" },
    {
      range: `${first}${captionRow + 1}:D${captionRow + 1}`,
      bold: true,
      fill: HEADER_FILL,
      fontColor: HEADER_FONT,
      verticalAlignment: "Center",
    },
  );
  heights.push({ row: captionRow, height: HEIGHT.caption }, { row: captionRow + 1, height: HEIGHT.header });
  for (let i = 0; i < entries; i++) {
    const row = captionRow + 2 + i;
    formats.push({ range: `${first}${row}:D${row}`, verticalAlignment: "Center", wrap: true, borderBottom: RULE });
    heights.push({ row, height });
  }
}

/** One page wide, portrait like a cover page; the footer names the report date and the page. */
function contentsPrint(iso: string, w: ContentsWords): PlanPrint {
  return {
    orientation: "Portrait",
    fitToPagesWide: 1,
    footer: { left: footerText(w.reportDate(iso)), center: "", right: w.page },
  };
}
