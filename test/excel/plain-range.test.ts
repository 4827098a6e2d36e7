/**
 * Plain ranges (DOMAIN.md §2): a "formatted" export with title lines is read from its real header, the
 * Data pane's "Use a range" describes the selection or the used range, and "Convert to table" makes only
 * the header and data rows a table, after checking the headers, without changing a value.
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { convertToTable, ConvertRefused } from "../../src/excel/convert-to-table";
import { describeRange, readRange } from "../../src/excel/read-source";
import { createHost, Host } from "../host";
import { crmWorkbook, titledExport } from "./crm-workbook";

const SHEET = "Opportunities export";
const { spec, headerRow, rows } = titledExport(SHEET);
const last = headerRow + rows;

async function select(host: Host, address: string) {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}

describe("a plain range with title lines", () => {
  it("is read from the first row that names two fields, and its rows keep their sheet row numbers", async () => {
    const host = createHost({ workbook: spec });
    const source = await readRange(host.run, SHEET, undefined, { kind: "opportunities" });
    expect(source.headerRow).toBe(headerRow);
    expect(source.values[0]).toEqual(crmWorkbook().spec.sheets[1].cells?.[0]);
    expect(source.values).toHaveLength(rows + 1);
    const { parsed } = await loadSources(host.run, { opportunities: { sheet: SHEET } }, defaultModel());
    const opps = parsed.opportunities!;
    expect(opps.missing).toEqual([]);
    // The planted text amount ("about 2000") is the 91st data row: sheet row 5 + 91.
    expect(opps.errors.find((e) => e.code === "notANumber")).toMatchObject({
      row: headerRow + 91,
      address: `F${headerRow + 91}`,
    });
    expect(opps.rows[0]._row).toBe(headerRow + 1);
  });

  it("Use a range: the used range from its header when one cell is selected, the selection when it spans rows", async () => {
    const host = createHost({ workbook: spec });
    await select(host, "C9");
    expect(await describeRange(host.run)).toMatchObject({
      name: `'${SHEET}'!A${headerRow}:H${last}`,
      sheet: SHEET,
      address: `A${headerRow}:H${last}`,
      rows,
      range: true,
      headers: ["Opportunity ID", "Account Name", "Owner", "Stage", "Status", "Amount", "Created", "Close Date"],
    });
    await select(host, `A1:F${headerRow + 10}`);
    expect(await describeRange(host.run)).toMatchObject({ address: `A${headerRow}:F${headerRow + 10}`, rows: 10 });
  });

  it("builds live over the range from the right rows: the same values as a static build", async () => {
    const selections = { opportunities: { sheet: SHEET } };
    const built = async (live: boolean) => {
      const host = createHost({ workbook: spec });
      await buildReport(host.run, "pipeline", { model: defaultModel(), selections, live, asOf: 46200 });
      return host.values("Pipeline", "D5:K14");
    };
    expect(await built(true)).toEqual(await built(false));
  });

  it("Convert to table: only the header and data rows become the table; no value changes", async () => {
    const host = createHost({ workbook: spec });
    const before = host.values(SHEET, `A1:H${last}`);
    const name = await convertToTable(host.run, SHEET, `A${headerRow}:H${last}`, "Opportunities");
    expect(name).toBe("Opportunities");
    expect(host.tables()).toEqual([
      expect.objectContaining({
        name: "Opportunities",
        address: `'${SHEET}'!A${headerRow}:H${last}`,
        rows,
        showTotals: false,
      }),
    ]);
    expect(host.values(SHEET, `A1:H${last}`)).toEqual(before);
    // A second conversion of the same list gets the next free name (Excel's table names are unique).
    host.setCells(SHEET, "K5", [
      ["Rep", "Quota"],
      ["Ana", 1],
    ]);
    expect(await convertToTable(host.run, SHEET, "K5:L6", "opportunities")).toBe("opportunities2");
  });

  it("Convert to table refuses a blank or repeated header and creates nothing", async () => {
    const host = createHost({ workbook: spec });
    host.setCells(SHEET, "K5", [
      ["Rep", "", "rep"],
      ["Ana", 1, 2],
    ]);
    await expect(convertToTable(host.run, SHEET, "K5:M6", "Quotas")).rejects.toEqual(
      new ConvertRefused("blankHeader", 2, ""),
    );
    await expect(convertToTable(host.run, SHEET, "K5:K6", "Quotas")).resolves.toBe("Quotas");
    host.setCell(SHEET, "P5", "Rep");
    host.setCell(SHEET, "Q5", " REP ");
    await expect(convertToTable(host.run, SHEET, "P5:Q6", "Quotas")).rejects.toMatchObject({
      reason: "duplicateHeader",
      header: "REP",
    });
    expect(host.tables().map((t) => t.name)).toEqual(["Quotas"]);
  });
});
