/**
 * Reading sources through the adapter into the core parser, against the in-memory host: values and
 * number formats come in the same chunked requests, dates are judged by their format, and the source
 * is never changed.
 */
import { formatColumns, ParsedTable } from "../../src/core/parse-table";
import { defaultModel } from "../../src/core/schemas";
import { loadSources } from "../../src/excel/build-report";
import { readRange, readTable } from "../../src/excel/read-source";
import { createHost, SeedCell } from "../host";
import { sampleWorkbookSpec } from "./sample-workbook";

// Opportunities: A ID, B Account, C Owner, D Region, E Stage, F Status, G Amount, H Created,
// I Stage Entered, J Expected Close, K Project Class; dates are formatted yyyy-mm-dd.
const CREATED = 7;
const CLOSE = 9;
const AMOUNT = 6;

/** The sample workbook with some Opportunities cells replaced (value and number format), by data row. */
function workbook(edits: { row: number; col: number; value: SeedCell; format: string }[], opportunities = 300) {
  const { spec, wb } = sampleWorkbookSpec({ accounts: 60, opportunities });
  const sheet = spec.sheets[1];
  const cells = sheet.cells as SeedCell[][];
  const formats = (sheet.numberFormats as (string | null)[][]).map((r) => [...r]);
  for (const e of edits) {
    cells[e.row + 1][e.col] = e.value;
    formats[e.row + 1][e.col] = e.format;
  }
  sheet.numberFormats = formats;
  return { host: createHost({ workbook: spec }), wb };
}

const byRowOf = (t: ParsedTable) => new Map(t.rows.map((r) => [r._row, r]));

describe("reading a source with number formats", () => {
  it("judges date cells by their format: clear non-dates are blanked with located warnings, General serials still read", async () => {
    const { host } = workbook([
      { row: 3, col: CREATED, value: 12, format: "General" }, // a plain number, not a date
      { row: 4, col: CREATED, value: 46000, format: "General" }, // a serial typed without a date format
      { row: 5, col: CLOSE, value: 46100, format: "$#,##0" }, // an amount in the date column
      { row: 6, col: CLOSE, value: 46100, format: "0.00" }, // plausible serial, number format
      { row: 7, col: AMOUNT, value: "12,000", format: "@" }, // a number typed as text
    ]);
    const before = host.snapshot("Opportunities");
    const { parsed } = await loadSources(host.run, { opportunities: { table: "Opportunities" } }, defaultModel());
    const opps = parsed.opportunities!;
    expect(opps.errors).toEqual([]);
    expect(byRowOf(opps).get(5)?.created).toBeNull(); // an optional date: the row is kept (DOMAIN.md §2)
    expect(opps.warnings).toEqual([
      {
        sheet: "Opportunities",
        row: 5,
        column: "Created",
        address: "H5",
        code: "numberNotADate",
        params: { value: 12, format: "General" },
        reason: "12 is not a date (its format is General; format the cell as a date)",
      },
      {
        sheet: "Opportunities",
        row: 7,
        column: "Expected Close",
        address: "J7",
        code: "dateFormattedAs",
        params: { value: 46100, as: "currency", format: "$#,##0" },
        reason: "46100 is formatted as currency ($#,##0), not a date",
      },
    ]);
    const byRow = byRowOf(opps);
    expect(byRow.get(6)?.created).toBe(46000);
    expect(byRow.get(8)?.expectedClose).toBe(46100);
    expect(byRow.get(9)?.amount).toBe(12000);
    expect(host.snapshot("Opportunities")).toBe(before);
  });

  it("reads formats in the same round trip as values, and only the date columns' after the first chunk", async () => {
    const { host, wb } = workbook([], 3000);
    host.resetStats();
    const stats = { syncs: 0, chunks: 0 };
    const budgetBytes = 64 * 1024;
    const source = await readTable(host.run, "Opportunities", {
      budgetBytes,
      stats,
      formatColumns: (header) => formatColumns("opportunities", header),
    });
    // One sync for the table's shape, then one per chunk: formats add no round trip.
    expect(stats.syncs).toBe(stats.chunks + 1);
    expect(host.stats.syncs).toBe(stats.syncs);
    expect(stats.chunks).toBeGreaterThan(3);
    // Every chunk's response stays under the budget, formats included.
    const responses = host.stats.requests.map((q) => q.responseBytes);
    expect(Math.max(...responses.slice(1))).toBeLessThanOrEqual(budgetBytes);
    expect(source.values).toHaveLength(wb.opportunities.rows.length + 1);
    const formats = source.numberFormats!;
    expect(formats).toHaveLength(source.values.length);
    expect(formats[1]?.slice(AMOUNT, CLOSE + 1)).toEqual(["#,##0", "yyyy-mm-dd", "yyyy-mm-dd", "yyyy-mm-dd"]);
    // Past the first chunk (200 rows sampled), only Created, Stage Entered and Expected Close came.
    expect(formats[2500]).toEqual([
      ...new Array(CREATED).fill(undefined),
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      undefined,
    ]);
  });

  it("without a column choice reads every column's format, also from a plain range", async () => {
    const { host } = workbook([{ row: 2, col: 0, value: "O-X", format: "@" }]);
    const source = await readRange(host.run, "Opportunities", "A1:K40", { budgetBytes: 4096 });
    expect(source.values).toHaveLength(40);
    expect(source.numberFormats?.[3]).toEqual([
      "@",
      "General",
      "General",
      "General",
      "General",
      "General",
      "#,##0",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "General",
    ]);
  });
});

describe("reading under Excel on the web's 5 MB response limit", () => {
  /** A CRM export whose notes column is empty in the first rows and long further down. */
  function notesWorkbook(rows: number, emptyRows: number, noteChars: number) {
    const cells: SeedCell[][] = [["ID", "Account", "Note"]];
    for (let i = 0; i < rows; i++)
      cells.push([`N-${i}`, `Account ${i}`, i < emptyRows ? "" : `${i} ${"x".repeat(noteChars)}`]);
    const host = createHost({
      workbook: { sheets: [{ name: "Notes", cells, tables: [{ name: "Notes", range: `A1:C${rows + 1}` }] }] },
    });
    return { host, cells };
  }

  it("halves a chunk Excel refuses as too large and still reads every row once (10 MB table, notes after row 200)", async () => {
    const { host, cells } = notesWorkbook(5000, 200, 2000);
    const stats = { syncs: 0, chunks: 0, halvings: 0 };
    const source = await readTable(host.run, "Notes", { stats });
    expect(source.values).toEqual(cells.map((r) => r.map((c) => c ?? "")));
    const refused = host.stats.requests.filter((q) => q.error);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((q) => q.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(stats.halvings).toBe(refused.length);
    expect(host.stats.syncs).toBe(stats.syncs);
    // Every accepted response is under the limit; the table itself is about 9.9 MB.
    const accepted = host.stats.requests.filter((q) => !q.error).map((q) => q.responseBytes);
    expect(Math.max(...accepted)).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(accepted.reduce((a, b) => a + b, 0)).toBeGreaterThan(9.5 * 1000 * 1000);
  });

  it("says which row is too large when a single row exceeds the limit", async () => {
    const { host } = notesWorkbook(3, 0, 100);
    const small = createHost({
      responseLimitBytes: 150,
      workbook: {
        sheets: [{ name: "Notes", cells: host.values("Notes", "A1:C4"), tables: [{ name: "Notes", range: "A1:C4" }] }],
      },
    });
    await expect(readTable(small.run, "Notes")).rejects.toThrow(
      /Row \d+ of Notes is larger than Excel's 5 MB response limit/,
    );
  });
});
