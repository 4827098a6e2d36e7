/**
 * The five DOMAIN.md §11 reports built from their panes in the playground, over the sample workbook the
 * playground starts with (its Contracts table picked too): each is written to its sheet with the summary the
 * core gives for the same data, its chart is there, and the pane and sheet are saved as screenshots.
 */
import { SOURCE_KINDS, TableKind } from "../../src/core/fields";
import { buildDataset } from "../../src/core/dataset";
import { isoFromSerial } from "../../src/core/dates";
import { parseTable, ParsedTable } from "../../src/core/parse-table";
import { defaultModel } from "../../src/core/schemas";
import { columnRefs, planReport, ReportKind, SourceLocation } from "../../src/reports";
import { generateSample, SampleTable } from "../../src/sample";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { BUILD_TIMEOUT, describeInBrowser, TEST_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();
const SAMPLE_DATE = isoFromSerial(generateSample({}).asOf);
const KINDS: [ReportKind, string, string, string | null][] = [
  ["keyProjects", "Key Projects", "key-projects", null],
  ["contractExecution", "Contract Execution", "contract-execution", "BarClustered"],
  ["repPerformance", "Rep Performance", "rep-performance", null],
  ["regionalComposition", "Regional Composition", "regional-composition", "BarStacked"],
  ["customerPurchases", "Customer Purchases", "customer-purchases", "ColumnClustered"],
];

/** The core's summary of each report for the sample, computed in Node from the same tables. */
function expectedSummaries(): Record<string, string> {
  const wb = generateSample({});
  const model = defaultModel();
  const parsed: Partial<Record<TableKind, ParsedTable>> = {};
  const locations: Partial<Record<TableKind, SourceLocation>> = {};
  for (const kind of SOURCE_KINDS) {
    const t = wb[kind as keyof typeof wb] as SampleTable | undefined;
    if (!t || kind === "rates") continue;
    const values = [t.headers, ...t.rows.map((r) => t.headers.map((_, j) => r[j] ?? ""))];
    parsed[kind] = parseTable(kind, { sheet: t.name, values }, { stages: model.stages });
    locations[kind] = { table: t.name, parsed: parsed[kind], headerRow: 1, rowCount: t.rows.length };
  }
  const data = buildDataset(parsed);
  const refs = columnRefs(locations);
  return Object.fromEntries(
    KINDS.map(([kind]) => [kind, planReport({ kind, data, model, asOf: wb.asOf, live: true, refs }).summary]),
  );
}

describeInBrowser("the management report set (DOMAIN.md §11)", () => {
  it(
    "builds each of the five reports from its pane over the sample, with the core's summary and its chart",
    async () => {
      const summaries = expectedSummaries();
      const session = await playground.open();
      try {
        const pane = session.page.getByRole("complementary", { name: "Task pane" });
        await pane.getByRole("button", { name: s.insertSample, exact: true }).waitFor();
        for (const [kind, sheet, shot, chart] of KINDS) {
          await pane.getByRole("tab", { name: s.tabs[kind], exact: true }).click();
          const panel = pane.getByRole("tabpanel", { name: s.tabs[kind] });
          await panel.getByLabel(s.reportDate).fill(SAMPLE_DATE); // the date the expected summaries are computed at
          await panel.getByRole("button", { name: s.build, exact: true }).click();
          await panel.getByText(s.writtenTo(sheet, false)).waitFor({ timeout: BUILD_TIMEOUT });
          await panel.getByText(summaries[kind], { exact: true }).waitFor();
          expect(await session.host.activeSheet()).toBe(sheet);
          const charts = (await session.host.charts(sheet)) as unknown as { type: string }[];
          expect(charts.map((c) => c.type)).toEqual(chart ? [chart] : []);
          await session.screenshot(`pane-${shot}`, pane);
          await session.screenshot(`report-${shot}`, session.page.getByRole("main", { name: "Workbook" }));
        }
        expect(session.external).toEqual([]);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
