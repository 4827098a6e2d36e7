/**
 * Numbers stored as text ("¥1,200,000", "1,234") in the dirty sample: the core reads them, SUMIFS and
 * COUNTIFS skip them. A live build says so (which column, how many, the first cell); a static one has
 * nothing to say; and everywhere else the live numbers equal the core's.
 */
import { columnLetter } from "../../src/core/headers";
import { quotaReviews } from "../../src/core/quota-review";
import { defaultModel } from "../../src/core/schemas";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { BuildWarning, ReportKind, TextNumbersWarning } from "../../src/reports";
import { SampleWorkbook } from "../../src/sample";
import { createHost } from "../host";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec, workbookSpecOf } from "./sample-workbook";

const model = defaultModel();
const dirty = sampleWorkbookSpec({ dirty: true });
const { wb } = dirty;

/** The dirty sample plus two more text quotas, so counts above one are covered. */
function withMoreTextQuotas(): SampleWorkbook {
  const copy: SampleWorkbook = structuredClone(wb);
  const q = copy.quotas.headers.indexOf("Quota");
  copy.quotas.rows[7][q] = "12,000";
  copy.quotas.rows[3][q] = "￥ 800,000"; // full-width yen and a space: still a number to the core
  return copy;
}

/** Where the dirty sample planted accepted text numbers in one column: count and first cell. */
function planted(table: "Accounts" | "Opportunities" | "Quotas", column: string) {
  const cells = wb.dirtyCells.filter((c) => c.table === table && c.column === column && c.expect === "accept");
  const sheetRow = Math.min(...cells.map((c) => c.row)) + 2; // header in row 1
  const letter = columnLetter(wb[table.toLowerCase() as "accounts"].headers.indexOf(column));
  return { count: cells.length, first: `${table}!${letter}${sheetRow}` };
}

const build = (book: SampleWorkbook, kind: ReportKind, live: boolean) => {
  const host = createHost({ workbook: workbookSpecOf(book) });
  return buildReport(host.run, kind, { model, selections: SAMPLE_SELECTIONS, live, asOf: book.asOf }).then(
    (result) => ({ host, result }),
  );
};

/** The text-number warnings (skipped rows have their own, tested in live-static.test.ts). */
const textWarnings = (warnings: BuildWarning[]) =>
  warnings.filter((w): w is TextNumbersWarning => w.code === "liveTextNumbers");

describe("live reports over numbers stored as text", () => {
  it("Quotas: warns per column with count and first cell; live quota leaves the text out, the rest equals the core", async () => {
    const book = withMoreTextQuotas();
    const { host, result } = await build(book, "quotas", true);
    expect(planted("Quotas", "Quota")).toEqual({ count: 1, first: "Quotas!B2" });
    expect(planted("Opportunities", "Amount").count).toBe(1);
    expect(
      textWarnings(result.warnings).map(({ code, table, column, count, first }) => ({
        code,
        table,
        column,
        count,
        first,
      })),
    ).toEqual([
      { code: "liveTextNumbers", table: "opportunities", column: "Amount", ...planted("Opportunities", "Amount") },
      { code: "liveTextNumbers", table: "quotas", column: "Quota", count: 3, first: "Quotas!B2" },
    ]);
    expect(textWarnings(result.warnings)[1].message).toBe(
      'Column "Quota" has 3 numbers stored as text (first at Quotas!B2). Live formulas leave them out, so live ' +
        "totals and counts are lower than the data. Convert them to numbers, or build with static values.",
    );

    const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
    const reviews = quotaReviews(dataset, model.stages);
    const q = book.quotas.headers.indexOf("Quota");
    const textQuota = new Map(
      book.quotas.rows.filter((r) => typeof r[q] === "string").map((r) => [r[0] as string, r[q] as string]),
    );
    expect([...textQuota.values()]).toEqual(["¥1,200,000", "￥ 800,000", "12,000"]);
    const rows = host.values("Quota Review", `B5:C${4 + reviews.length}`);
    reviews.forEach((r, k) => {
      expect(rows[k][0]).toBe(r.rep);
      // SUMIFS over the quota column skips the text cell: 0 where the core reads 1,200,000.
      expect(rows[k][1]).toBe(textQuota.has(r.rep) ? 0 : r.quota);
    });
    const missing = reviews.filter((r) => textQuota.has(r.rep)).reduce((a, r) => a + r.quota, 0);
    expect(missing).toBe(2_012_000);
    const total = host.values("Quota Review", `C${5 + reviews.length}`)[0][0] as number;
    expect(total).toBeCloseTo(reviews.reduce((a, r) => a + r.quota, 0) - missing, 6);
  });

  it("Nine-Grid and Pipeline: each names the number columns its live formulas read", async () => {
    const grid = await build(wb, "nineGrid", true);
    expect(textWarnings(grid.result.warnings).map((w) => [w.column, w.count, w.first])).toEqual([
      ["Contribution", 1, planted("Accounts", "Contribution").first],
      ["Potential", 1, planted("Accounts", "Potential").first],
    ]);
    const pipeline = await build(wb, "pipeline", true);
    expect(textWarnings(pipeline.result.warnings).map((w) => [w.column, w.count, w.first])).toEqual([
      ["Amount", 1, planted("Opportunities", "Amount").first],
    ]);
  });

  it("static builds, coverage and a clean workbook have nothing to warn about", async () => {
    for (const kind of ["nineGrid", "pipeline", "quotas", "coverage"] as const)
      expect((await build(wb, kind, false)).result.warnings).toEqual([]);
    expect((await build(wb, "coverage", true)).result.warnings).toEqual([]);
    const clean = sampleWorkbookSpec().wb;
    for (const kind of ["nineGrid", "quotas"] as const)
      expect((await build(clean, kind, true)).result.warnings).toEqual([]);
  });
});
