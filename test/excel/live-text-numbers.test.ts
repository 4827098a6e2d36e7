/**
 * Numbers stored as text ("¥1,200,000", "1,234") in the dirty sample: the core reads them, SUMIFS and
 * COUNTIFS skip them. A live build writes those columns' sums as the core's values and says so (which
 * column, why, the first cell); a static one has nothing to say; and the live numbers equal the core's.
 */
import { columnLetter } from "../../src/core/a1";
import { quotaReviews } from "../../src/core/quota-review";
import { defaultModel } from "../../src/core/schemas";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { BuildWarning, ReportKind, StaticColumnWarning } from "../../src/reports";
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

/** The static-column warnings (skipped rows have their own, tested in live-static.test.ts). */
const textWarnings = (warnings: BuildWarning[]) =>
  warnings.filter((w): w is StaticColumnWarning => w.code === "liveStaticColumn");

describe("live reports over numbers stored as text", () => {
  it("Quotas: names each column with text numbers once; live quota and won are the core's values", async () => {
    const book = withMoreTextQuotas();
    const { host, result } = await build(book, "quotas", true);
    expect(planted("Quotas", "Quota")).toEqual({ count: 1, first: "Quotas!B2" });
    expect(planted("Opportunities", "Amount").count).toBe(1);
    expect(
      textWarnings(result.warnings).map(({ code, table, column, reason, first }) => ({
        code,
        table,
        column,
        reason,
        first,
      })),
    ).toEqual([
      {
        code: "liveStaticColumn",
        table: "opportunities",
        column: "Amount",
        reason: "text",
        first: planted("Opportunities", "Amount").first,
      },
      { code: "liveStaticColumn", table: "quotas", column: "Quota", reason: "text", first: "Quotas!B2" },
    ]);
    expect(textWarnings(result.warnings)[1].message).toBe(
      'Column "Quota" holds numbers stored as text (first at Quotas!B2), which Excel\'s formulas cannot read as ' +
        "Ninegrid does, so its amounts, sums and cuts are written as values as of this build; counts that do " +
        "not depend on it stay live formulas.",
    );

    const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
    const reviews = quotaReviews(dataset, model.stages);
    const q = book.quotas.headers.indexOf("Quota");
    const textQuota = book.quotas.rows.filter((r) => typeof r[q] === "string").map((r) => r[q]);
    expect(textQuota).toEqual(["¥1,200,000", "￥ 800,000", "12,000"]);
    const rows = host.values("Quota Review", `B5:D${4 + reviews.length}`);
    reviews.forEach((r, k) => expect(rows[k]).toEqual([r.rep, r.quota, r.won]));
    const total = host.values("Quota Review", `C${5 + reviews.length}`)[0][0] as number;
    expect(total).toBeCloseTo(
      reviews.reduce((a, r) => a + r.quota, 0),
      6,
    );
    expect(
      host
        .formulas("Quota Review", `C5:D${4 + reviews.length}`)
        .flat()
        .some((f) => String(f).startsWith("=")),
    ).toBe(false);
  });

  it("Nine-Grid and Pipeline: each names the number columns it wrote as values", async () => {
    const grid = await build(wb, "nineGrid", true);
    expect(textWarnings(grid.result.warnings).map((w) => [w.column, w.reason, w.first])).toEqual([
      ["Contribution", "text", planted("Accounts", "Contribution").first],
      ["Potential", "text", planted("Accounts", "Potential").first],
    ]);
    const pipeline = await build(wb, "pipeline", true);
    expect(textWarnings(pipeline.result.warnings).map((w) => [w.column, w.reason, w.first])).toEqual([
      ["Amount", "text", planted("Opportunities", "Amount").first],
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
