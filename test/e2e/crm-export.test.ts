/**
 * One CRM export path in the browser (DOMAIN.md §2): a "formatted" opportunities export with title lines
 * is pasted into a blank workbook as a plain range (through the page's host, as a paste would leave it),
 * the user clicks "Use a range", builds the Pipeline, and reads won, lost and the win rate the fixture's
 * own truth says; then converts the range to a table with consent and builds again, live.
 */
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { crmWorkbook, titledExport } from "../excel/crm-workbook";
import { BUILD_TIMEOUT, describeInBrowser, eventually, TEST_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();
const { spec, headerRow, rows } = titledExport("Sheet1");
const cells = spec.sheets[0].cells as (string | number | null)[][];
const { truth } = crmWorkbook();
const won = truth.opportunities.filter((o) => o.status === "Won").length;
const lost = truth.opportunities.filter((o) => o.status === "Lost").length;
const RANGE = `Sheet1!A${headerRow}:H${headerRow + rows}`;

describeInBrowser("a pasted CRM export", () => {
  it(
    "is used as a range below its title lines, gives the true win rate, and becomes a table only when asked",
    async () => {
      const session = await playground.open("empty=1");
      try {
        const { page, host } = session;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        await pane.getByText(/This workbook has no Excel tables yet/).waitFor();
        // The paste: values into Sheet1 from A1 (a blank line between the titles and the header), then C9 selected.
        await page.evaluate(async (rowsToPaste) => {
          const pg = (window as unknown as { ninegridPlayground: { host: import("../host").Host; refresh(): void } })
            .ninegridPlayground;
          rowsToPaste.forEach((r, i) => r.length && pg.host.setCells("Sheet1", `A${i + 1}`, [r]));
          await pg.host.run(async (context) => {
            context.workbook.worksheets.getItem("Sheet1").getRange("C9").select();
            await context.sync();
          });
          pg.refresh();
        }, cells);
        await session.screenshot("playground-crm-export-pasted");

        await pane.getByRole("button", { name: s.useRange, exact: true }).click();
        await pane.getByText(s.rangeAdded(RANGE, s.kinds.opportunities), { exact: true }).waitFor();
        const source = pane.getByRole("combobox", { name: s.sourceFor(s.kinds.opportunities), exact: true });
        expect(await source.inputValue()).toBe(RANGE);
        await session.screenshot("pane-data-range", pane);

        const build = async () => {
          await pane.getByRole("tab", { name: s.tabs.pipeline, exact: true }).click();
          const panel = pane.getByRole("tabpanel", { name: s.tabs.pipeline });
          // "Build" the first time, "Refresh" after.
          await panel.getByRole("button", { name: new RegExp(`^(${s.build}|${s.refresh})$`) }).click();
          await panel.getByRole("button", { name: s.goToSheet }).waitFor({ timeout: BUILD_TIMEOUT });
          return panel;
        };
        await build();
        const closed = async () => ({
          labels: await host.values("Pipeline", "B12:B14"),
          counts: await host.values("Pipeline", "D12:D13"),
          rate: (await host.values("Pipeline", "D14"))[0][0] as number,
        });
        const first = await closed();
        expect(first.labels).toEqual([["Won"], ["Lost"], ["Win rate"]]);
        expect(first.counts).toEqual([[won], [lost]]);
        expect(first.rate).toBeCloseTo(won / (won + lost), 12);
        expect(await host.values("Sheet1", "A1:A3")).toEqual(cells.slice(0, 3).map((r) => [r[0]]));

        // Convert to table: asked first, then only the header and data rows become the table.
        await pane.getByRole("tab", { name: s.tabs.data, exact: true }).click();
        await pane.getByRole("button", { name: s.convertToTable, exact: true }).click();
        await pane.getByText(s.convertConfirm(RANGE, "Opportunities"), { exact: true }).waitFor();
        expect(await host.tables()).toEqual([]);
        await pane.getByRole("button", { name: s.convertYes, exact: true }).click();
        await pane.getByText(s.converted("Opportunities"), { exact: true }).waitFor();
        expect(await host.tables()).toEqual([
          expect.objectContaining({ name: "Opportunities", address: RANGE, rows, showTotals: false }),
        ]);
        await eventually(
          () => source.inputValue(),
          (v) => expect(v).toBe("Opportunities"),
        );
        const panel = await build();
        // Rebuilt over the table: the live formulas now name its columns.
        await eventually(
          () => host.snapshot("Pipeline"),
          (snap) => expect(snap).toContain("Opportunities[Stage]"),
          BUILD_TIMEOUT,
        );
        await session.screenshot("pane-pipeline-crm-export", panel);
        const again = await closed();
        expect(again.counts).toEqual([[won], [lost]]);
        expect(again.rate).toBeCloseTo(won / (won + lost), 12);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );
});
