import { rangeAddress } from "../core/a1";
import { localizeHeaders, SampleCell, SampleTable, SampleWorkbook } from "../sample";
import { DEFAULT_BUDGET_BYTES, jsonBytes, sliceRows } from "./chunks";
import { ExcelRun } from "./run";
import { freeSheetName, freeTableName } from "./names";
import { asLiteralText } from "./user-text";
import { executeWrite, readSheetTag, WriteOp, WriteOptions } from "./write-executor";

export type SampleLanguage = "en-US" | "zh-CN";

export interface InsertSampleOptions extends WriteOptions {
  /** Header language: Chinese headers are DOMAIN.md §2 synonyms, so detection works the same. Default en-US. */
  language?: SampleLanguage;
}

export interface InsertSampleResult {
  /** Sheet names actually used, in SAMPLE_KINDS order (Contracts, History and Leads when the sample has them). */
  sheets: string[];
  /** Table names actually used, same order. */
  tables: string[];
  /** The kind of each table, same order, so the pane picks each as the source of its kind. */
  kinds: SampleKind[];
  /** Every context.sync() made. */
  roundTrips: number;
  /** Tables written now: 0 when every sample sheet was already in the workbook. */
  inserted: number;
}

/** The sample's tables, in sheet order (a sample may lack the optional ones). */
export const SAMPLE_KINDS = [
  "accounts",
  "opportunities",
  "assignments",
  "quotas",
  "contracts",
  "history",
  "leads",
] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** Chinese sheet names; table names stay ASCII so formulas and docs read the same in both languages. */
const SHEET_ZH: Record<(typeof SAMPLE_KINDS)[number], string> = {
  accounts: "客户",
  opportunities: "商机",
  assignments: "客户覆盖",
  quotas: "指标",
  contracts: "合同",
  history: "商机历史",
  leads: "线索",
};

/** English sheet names that differ from the table's: Excel reserves the sheet name "History". */
const SHEET_EN: Partial<Record<SampleKind, string>> = { history: "Opportunity History" };

const toExcel = (c: SampleCell): string | number | boolean =>
  c === null ? "" : typeof c === "string" ? asLiteralText(c) : c;

type Op = Omit<WriteOp, "sheet"> & { sheet: number };

/** Worksheet custom property that marks a sample sheet: JSON `{ kind, state }`, state "building" or "ready". */
export const SAMPLE_TAG = "NinegridSample";

/** Header row and data rows as values, then one number format per column for the data rows. */
function tableOps(index: number, t: SampleTable, budget: number): { values: Op[]; formats: Op[] } {
  const width = t.headers.length;
  const rows = [
    t.headers.map((h) => asLiteralText(h)),
    ...t.rows.map((r) => t.headers.map((_, j) => toExcel(r[j] ?? null))),
  ];
  const values = sliceRows(
    rows.map((r) => jsonBytes(r) + 1),
    budget,
  ).map((s) => ({
    sheet: index,
    address: rangeAddress(s.start, 0, s.count, width),
    property: "values" as const,
    payload: rows.slice(s.start, s.start + s.count),
    bytes: s.bytes,
  }));
  const formats: Op[] = [];
  const fmtRow = t.headers.map((h) => t.numberFormats?.[h] ?? "General");
  if (t.rows.length && fmtRow.some((f) => f !== "General")) {
    const perRow = jsonBytes(fmtRow) + 1;
    for (const s of sliceRows(new Array<number>(t.rows.length).fill(perRow), budget))
      formats.push({
        sheet: index,
        address: rangeAddress(1 + s.start, 0, s.count, width),
        property: "numberFormat",
        payload: new Array(s.count).fill(fmtRow),
        bytes: s.bytes,
      });
  }
  return { values, formats };
}

/**
 * Writes the sample workbook's four tables as Excel tables, each on a new sheet, through the write
 * executor: two reads (names in use, sample tags), one request creating the sheets hidden and tagged
 * "building", one per payload chunk (values first, number formats, dates as yyyy-mm-dd, after), and one
 * that adds the tables, shows the sheets and tags them ready. A failure or cancel deletes the new sheets.
 * A name in use gets " (2)" (sheets) or "2" (tables); no existing sheet is touched. A table whose tagged
 * sample sheet is already in the workbook is not written again, so a second insert changes nothing.
 * Sample text such as "=HYPERLINK(…)" is written so it stays text.
 */
export async function insertSampleWorkbook(
  run: ExcelRun,
  wb: SampleWorkbook,
  options: InsertSampleOptions = {},
): Promise<InsertSampleResult> {
  const language = options.language ?? "en-US";
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const kinds = SAMPLE_KINDS.filter((k) => wb[k] !== undefined); // a sample may have no Contracts table
  const tables = kinds.map((k) => localizeHeaders(wb[k] as SampleTable, language));
  const ops = tables.map((t, i) => tableOps(i, t, budget));

  const { result, stats } = await executeWrite(run, options, async (session) => {
    const sheets = session.context.workbook.worksheets;
    const existingTables = session.context.workbook.tables;
    const names = session.context.workbook.names;
    sheets.load("items/name");
    existingTables.load("items/name,items/worksheet/name");
    names.load("items/name");
    await session.read();
    const tags = sheets.items.map((ws) => ws.customProperties.getItemOrNullObject(SAMPLE_TAG));
    tags.forEach((t) => t.load("value"));
    await session.read();

    // Sample sheets already here (ready) stay as they are; half-built ones from a run that died go.
    const present = new Map<string, Excel.Worksheet>();
    const stale: Excel.Worksheet[] = [];
    sheets.items.forEach((ws, i) => {
      const tag = readSheetTag(tags[i]);
      if (!tag.kind) return;
      if (tag.state === "ready" && !present.has(tag.kind)) present.set(tag.kind, ws);
      else stale.push(ws);
    });
    const takenSheets = new Set(sheets.items.filter((ws) => !stale.includes(ws)).map((s) => s.name.toLowerCase()));
    const staleNames = new Set(stale.map((ws) => ws.name));
    // Table names and defined names share one namespace: a name "Accounts" makes the table "Accounts2".
    const takenTables = new Set([
      ...existingTables.items.filter((t) => !staleNames.has(t.worksheet.name)).map((t) => t.name.toLowerCase()),
      ...names.items.map((n) => n.name.toLowerCase()),
    ]);
    const sheetNames: string[] = [];
    const tableNames: string[] = [];
    const todo: number[] = [];
    kinds.forEach((kind, i) => {
      const have = present.get(kind);
      if (have) {
        sheetNames.push(have.name);
        tableNames.push(existingTables.items.find((t) => t.worksheet.name === have.name)?.name ?? "");
        return;
      }
      const sheetName = freeSheetName(
        language === "zh-CN" ? SHEET_ZH[kind] : (SHEET_EN[kind] ?? tables[i].name),
        takenSheets,
      );
      takenSheets.add(sheetName.toLowerCase());
      sheetNames.push(sheetName);
      const tableName = freeTableName(tables[i].name, takenTables);
      takenTables.add(tableName.toLowerCase());
      tableNames.push(tableName);
      todo.push(i);
    });
    if (todo.length === 0 && stale.length === 0) return { sheets: sheetNames, tables: tableNames, kinds, inserted: 0 };

    const targets = new Map<number, Excel.Worksheet>();
    await session.change(
      () => {
        for (const ws of stale) ws.delete();
        for (const i of todo) {
          const ws = sheets.add(sheetNames[i]);
          ws.visibility = "Hidden";
          ws.customProperties.add(SAMPLE_TAG, JSON.stringify({ kind: kinds[i], state: "building" }));
          targets.set(i, ws);
        }
      },
      () => targets.forEach((ws) => ws.delete()),
    );
    const mine = (o: Op) => targets.get(o.sheet);
    const payload = [...ops.flatMap((o) => o.values), ...ops.flatMap((o) => o.formats)].filter(mine);
    await session.write(payload.map((o) => ({ ...o, sheet: mine(o) as Excel.Worksheet })));

    await session.commit(
      () => {
        targets.forEach((ws, i) => {
          const t = tables[i];
          ws.visibility = "Visible";
          const table = ws.tables.add(rangeAddress(0, 0, Math.max(2, t.rows.length + 1), t.headers.length), true);
          table.name = tableNames[i];
          ws.getRange(rangeAddress(0, 0, 1, t.headers.length)).format.autofitColumns();
        });
        targets.get(todo[0])?.activate();
      },
      () =>
        targets.forEach((ws, i) => {
          ws.customProperties.getItem(SAMPLE_TAG).value = JSON.stringify({ kind: kinds[i], state: "ready" });
        }),
    );
    return { sheets: sheetNames, tables: tableNames, kinds, inserted: todo.length };
  });
  return { ...result, roundTrips: stats.roundTrips };
}
