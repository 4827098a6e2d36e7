/**
 * Cancelling long writes: the playground slows every sync (`?slow=`), the test waits until the write is
 * half-done (a hidden build sheet, columns added to the table, hidden sample sheets), presses Cancel, and
 * checks that nothing of it remains: no new sheet, column, tag or setting; the sources unchanged.
 */
import { REPORT_TAG } from "../../src/excel/apply-plan";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { describeInBrowser, eventually, TEST_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();
const SLOW_MS = 2000;

describeInBrowser("cancelling a long build", () => {
  it(
    "leaves no report sheet, no build sheet and the sources as they were",
    async () => {
      const session = await playground.open(`slow=${SLOW_MS}`);
      try {
        const { page, host } = session;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        // The sample workbook is loaded and its tables picked.
        await eventually(
          () => pane.getByRole("combobox", { name: s.sourceFor(s.kinds.opportunities), exact: true }).inputValue(),
          (v) => expect(v).toBe("Opportunities"),
          60_000,
        );
        const before = await host.sheets();
        expect(before.length).toBeGreaterThan(0);
        expect(before.every((x) => x.visibility === "Visible")).toBe(true);
        const snapshots = await Promise.all(before.map((x) => host.snapshot(x.name)));

        await pane.getByRole("tab", { name: s.tabs.pipeline, exact: true }).click();
        const panel = pane.getByRole("tabpanel", { name: s.tabs.pipeline });
        await panel.getByRole("button", { name: s.build, exact: true }).click();
        await panel.getByRole("progressbar").first().waitFor();
        expect(await panel.getByRole("button", { name: s.build, exact: true }).isDisabled()).toBe(true);

        // Wait until the report is being written into its hidden build sheet, then cancel.
        const building = await eventually(
          () => host.sheets(),
          (sheets) => expect(sheets.filter((x) => x.visibility === "Hidden")).toHaveLength(1),
          90_000,
        );
        const buildSheet = building.find((x) => x.visibility === "Hidden")?.name as string;
        expect(JSON.parse((await host.customProperties(buildSheet))[REPORT_TAG])).toMatchObject({
          kind: "pipeline",
          state: "building",
        });
        await session.screenshot("pane-pipeline-building", pane);
        await panel.getByRole("button", { name: s.cancel, exact: true }).click();

        await panel.getByText(s.cancelled, { exact: true }).waitFor({ timeout: 60_000 });
        expect(await panel.getByRole("progressbar").count()).toBe(0);
        expect(await panel.getByRole("button", { name: s.build, exact: true }).isEnabled()).toBe(true);
        await session.screenshot("pane-pipeline-cancelled", pane);

        // Give a late write every chance to land before looking.
        await page.waitForTimeout(3 * SLOW_MS);
        const after = await host.sheets();
        expect(after).toEqual(before);
        expect(await Promise.all(after.map((x) => host.snapshot(x.name)))).toEqual(snapshots);
        for (const x of after) expect(Object.keys(await host.customProperties(x.name))).not.toContain(REPORT_TAG);
        await expect(
          page
            .getByRole("main", { name: "Workbook" })
            .getByRole("tablist", { name: "Sheets" })
            .getByRole("tab")
            .allTextContents(),
        ).resolves.toEqual(before.map((x) => x.name));
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "Write score and tier columns: cancelled after its columns were added, the table is as it was",
    async () => {
      const session = await playground.open(`slow=${SLOW_MS}`);
      try {
        const { page, host } = session;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        await eventually(
          () => pane.getByRole("combobox", { name: s.sourceFor(s.kinds.accounts), exact: true }).inputValue(),
          (v) => expect(v).toBe("Accounts"),
          60_000,
        );
        const before = await host.sheets();
        const snapshots = await Promise.all(before.map((x) => host.snapshot(x.name)));
        const settings = await host.settings();
        const columns = (await host.tables()).find((t) => t.name === "Accounts")?.columns;

        await pane.getByRole("tab", { name: s.tabs.model, exact: true }).click();
        const panel = pane.getByRole("tabpanel", { name: s.tabs.model });
        await panel.getByRole("radio", { name: s.modeValues, exact: true }).check();
        await panel.getByRole("button", { name: s.writeColumns, exact: true }).click();
        // Wait until the new columns are in the user's table (Excel cannot undo that), then cancel.
        await eventually(
          () => host.tables(),
          (tables) =>
            expect(tables.find((t) => t.name === "Accounts")?.columns.some((c) => c.endsWith("(writing)"))).toBe(true),
          90_000,
        );
        await panel.getByRole("button", { name: s.cancel, exact: true }).click();
        await panel.getByText(s.writeCancelled, { exact: true }).waitFor({ timeout: 60_000 });
        await session.screenshot("pane-columns-cancelled", pane);

        await page.waitForTimeout(3 * SLOW_MS);
        expect(await host.sheets()).toEqual(before);
        expect(await Promise.all(before.map((x) => host.snapshot(x.name)))).toEqual(snapshots);
        expect(await host.settings()).toEqual(settings);
        expect((await host.tables()).find((t) => t.name === "Accounts")?.columns).toEqual(columns);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "Insert sample workbook: cancelled while its sheets are hidden and half-written, no sheet is added",
    async () => {
      const session = await playground.open(`empty=1&slow=${SLOW_MS}`);
      try {
        const { page, host } = session;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        const insert = pane.getByRole("button", { name: s.insertSample, exact: true });
        await insert.waitFor({ timeout: 60_000 });
        const before = await host.sheets();
        const snapshots = await Promise.all(before.map((x) => host.snapshot(x.name)));
        await insert.click();
        await eventually(
          () => host.sheets(),
          (sheets) => expect(sheets.filter((x) => x.visibility === "Hidden")).toHaveLength(4),
          90_000,
        );
        await pane.getByRole("button", { name: s.cancel, exact: true }).click();
        await pane.getByText(s.writeCancelled, { exact: true }).waitFor({ timeout: 60_000 });

        await page.waitForTimeout(3 * SLOW_MS);
        expect(await host.sheets()).toEqual(before);
        expect(await Promise.all(before.map((x) => host.snapshot(x.name)))).toEqual(snapshots);
        expect(await host.tables()).toEqual([]);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );
});
