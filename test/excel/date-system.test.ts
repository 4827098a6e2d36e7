/**
 * The 1904 date system (test/host/README.md [date-system]): the host evaluates and parses dates in it,
 * and the product refuses to read date columns from such a workbook, with a message naming the table,
 * rather than putting every date four years off. Sources without dates still build.
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { Date1904Error } from "../../src/excel/date-system";
import { errorText } from "../../src/taskpane/context";
import { stringsFor } from "../../src/taskpane/i18n";
import { createHost } from "../host";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "./sample-workbook";

describe("a workbook in the 1904 date system", () => {
  it("the host's DATE, typed dates and workbook.functions.date use 1904 serials", async () => {
    const cells = [["=DATE(2024,3,5)", "2024-03-05", "=A1-B1"]];
    const h1904 = createHost({ workbook: { date1904: true, sheets: [{ name: "S", cells: [[null]] }] } });
    const h1900 = createHost({ workbook: { sheets: [{ name: "S", cells: [[null]] }] } });
    for (const h of [h1904, h1900]) h.setCells("S", "A1", cells);
    expect(h1904.values("S", "A1:C1")).toEqual([[45356 - 1462, 45356 - 1462, 0]]);
    expect(h1900.values("S", "A1:C1")).toEqual([[45356, 45356, 0]]);
    const probe = (h: ReturnType<typeof createHost>) =>
      h.run(async (context) => {
        const r = context.workbook.functions.date(1904, 1, 1);
        r.load("value");
        await context.sync();
        return r.value;
      });
    expect(await probe(h1904)).toBe(0);
    expect(await probe(h1900)).toBe(1462);
  });

  it("refuses the Opportunities table (it has date columns) with a clear message, and builds from Accounts", async () => {
    const { spec, wb } = sampleWorkbookSpec({ accounts: 40, opportunities: 60 });
    const host = createHost({ workbook: { ...spec, date1904: true } });
    const model = defaultModel();
    const before = host.snapshot("Opportunities");
    const refused = loadSources(host.run, SAMPLE_SELECTIONS, model);
    await expect(refused).rejects.toBeInstanceOf(Date1904Error);
    await expect(refused).rejects.toThrow(/1904 date system, and Opportunities has date columns/);
    expect(host.snapshot("Opportunities")).toBe(before);
    const error = await refused.catch((e: unknown) => e);
    expect(errorText(error, stringsFor("zh-CN"))).toContain("1904 日期系统，而 Opportunities 含有日期列");

    const accountsOnly = { accounts: SAMPLE_SELECTIONS.accounts, assignments: SAMPLE_SELECTIONS.assignments };
    const built = await buildReport(host.run, "nineGrid", {
      model,
      selections: accountsOnly,
      live: false,
      asOf: wb.asOf,
    });
    expect(built.sheetName).toBe("Nine-Grid");
  });
});
