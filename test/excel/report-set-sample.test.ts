/**
 * The five DOMAIN.md §11 reports from the sample workbook (its Contracts table included), through the adapter
 * into the host: each builds live and static with the same values after recalculation, within the per-report
 * budget of fixed round trips, with a chart where §11 asks for one; and each plans a Chinese sheet.
 */
import { columnLetter } from "../../src/core/a1";
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { planReport, ReportKind } from "../../src/reports";
import { SampleTable } from "../../src/sample";
import { createHost } from "../host";
import { expectSameValues } from "../reports/report-set-host";
import { sampleSources, refsOf } from "../reports/sample-sources";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "./sample-workbook";

const { spec, wb } = sampleWorkbookSpec();
const contracts = wb.contracts as SampleTable;
spec.sheets.push({
  name: contracts.name,
  cells: [contracts.headers, ...contracts.rows],
  numberFormats: [
    contracts.headers.map(() => null),
    ...contracts.rows.map(() => contracts.headers.map((h) => contracts.numberFormats?.[h] ?? null)),
  ],
  tables: [
    { name: contracts.name, range: `A1:${columnLetter(contracts.headers.length - 1)}${contracts.rows.length + 1}` },
  ],
});
const selections = { ...SAMPLE_SELECTIONS, contracts: { table: contracts.name } };
const model = defaultModel();

const KINDS: [ReportKind, string, string | null][] = [
  ["keyProjects", "Key Projects", null],
  ["contractExecution", "Contract Execution", "BarClustered"],
  ["repPerformance", "Rep Performance", null],
  ["regionalComposition", "Regional Composition", "BarStacked"],
  ["customerPurchases", "Customer Purchases", "ColumnClustered"],
];

describe.each(KINDS)("%s from the sample", (kind, sheet, chart) => {
  it("live equals static, within ten fixed round trips, with its chart", async () => {
    const sheets = [];
    for (const live of [true, false]) {
      const host = createHost({ workbook: spec });
      const r = await buildReport(host.run, kind, { model, selections, live, asOf: wb.asOf });
      expect(r.sheetName).toBe(sheet);
      expect(r.roundTrips - r.chunks).toBeLessThanOrEqual(10);
      const used = host.usedRange(sheet) as string;
      sheets.push(host.values(sheet, used.slice(used.indexOf("!") + 1)));
      expect(host.charts(sheet).map((c) => c.type)).toEqual(chart ? [chart] : []);
    }
    expect(sheets[0].length).toBeGreaterThan(8);
    expectSameValues(sheets[0], sheets[1]);
  });
});

describe("the §11 sheets in Chinese", () => {
  const s = sampleSources();
  it.each(KINDS.map((k) => k[0]))("%s plans a Chinese sheet with Chinese headers", (kind) => {
    const plan = planReport({
      kind,
      data: s.data,
      model: s.model,
      asOf: s.wb.asOf,
      live: true,
      refs: refsOf(s),
      language: "zh",
    });
    expect(plan.sheetName).toMatch(/[\u4e00-\u9fff]/);
    expect(plan.sheetName.length).toBeLessThanOrEqual(31);
    const title = plan.blocks.find((b) => b.id === "title")?.cells[0][0];
    expect(String(title)).toMatch(/[\u4e00-\u9fff]/);
  });
});
