/**
 * Cancelling long writes: the playground slows every sync (`?slow=`), the test waits until the write is
 * half-done (a hidden build sheet, columns added to the table, hidden sample sheets), presses Cancel, and
 * checks that nothing of it remains: no new sheet, column, tag or setting; the sources unchanged.
 */
import type { Locator } from "playwright-core";
import { REPORT_TAG } from "../../src/excel/apply-plan";
import { SAMPLE_KINDS } from "../../src/excel/insert-sample";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { describeInBrowser, eventually, PageHost, Session, TEST_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();
const SLOW_MS = 2000;

/** One test on a slowed playground opened with `query`, with the task pane; the session is always closed. */
function cancelTest(name: string, query: string, body: (session: Session, pane: Locator) => Promise<void>): void {
  it(
    name,
    async () => {
      const session = await playground.open(query);
      try {
        await body(session, session.page.getByRole("complementary", { name: "Task pane" }));
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );
}

/** Waits until the sample workbook is loaded and the Data pane has picked `table` for `kind`. */
async function sourcePicked(pane: Locator, kind: keyof typeof s.kinds, table: string): Promise<void> {
  await eventually(
    () => pane.getByRole("combobox", { name: s.sourceFor(s.kinds[kind]), exact: true }).inputValue(),
    (v) => expect(v).toBe(table),
    60_000,
  );
}

/** Every sheet with its visibility, and each sheet's contents, to compare after the cancel. */
async function workbookState(host: PageHost) {
  const sheets = await host.sheets();
  return { sheets, snapshots: await Promise.all(sheets.map((x) => host.snapshot(x.name))) };
}

/** Gives a late write every chance to land, then checks the sheets and their contents are as `before`. */
async function expectUnchanged(session: Session, before: Awaited<ReturnType<typeof workbookState>>): Promise<void> {
  await session.page.waitForTimeout(3 * SLOW_MS);
  expect(await workbookState(session.host)).toEqual(before);
}

describeInBrowser("cancelling a long build", () => {
  cancelTest(
    "leaves no report sheet, no build sheet and the sources as they were",
    `slow=${SLOW_MS}`,
    async (session, pane) => {
      const { page, host } = session;
      await sourcePicked(pane, "opportunities", "Opportunities");
      const before = await workbookState(host);
      expect(before.sheets.length).toBeGreaterThan(0);
      expect(before.sheets.every((x) => x.visibility === "Visible")).toBe(true);

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

      await expectUnchanged(session, before);
      for (const x of before.sheets) expect(Object.keys(await host.customProperties(x.name))).not.toContain(REPORT_TAG);
      await expect(
        page
          .getByRole("main", { name: "Workbook" })
          .getByRole("tablist", { name: "Sheets" })
          .getByRole("tab")
          .allTextContents(),
      ).resolves.toEqual(before.sheets.map((x) => x.name));
    },
  );

  cancelTest(
    "Write score and tier columns: cancelled after its columns were added, the table is as it was",
    `slow=${SLOW_MS}`,
    async (session, pane) => {
      const { host } = session;
      await sourcePicked(pane, "accounts", "Accounts");
      const before = await workbookState(host);
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

      await expectUnchanged(session, before);
      expect(await host.settings()).toEqual(settings);
      expect((await host.tables()).find((t) => t.name === "Accounts")?.columns).toEqual(columns);
    },
  );

  cancelTest(
    "Insert sample workbook: cancelled while its sheets are hidden and half-written, no sheet is added",
    `empty=1&slow=${SLOW_MS}`,
    async (session, pane) => {
      const { host } = session;
      const insert = pane.getByRole("button", { name: s.insertSample, exact: true });
      await insert.waitFor({ timeout: 60_000 });
      const before = await workbookState(host);
      await insert.click();
      await eventually(
        () => host.sheets(),
        // The default sample has every table kind, each on its own hidden sheet until the last request.
        (sheets) => expect(sheets.filter((x) => x.visibility === "Hidden")).toHaveLength(SAMPLE_KINDS.length),
        90_000,
      );
      await pane.getByRole("button", { name: s.cancel, exact: true }).click();
      await pane.getByText(s.writeCancelled, { exact: true }).waitFor({ timeout: 60_000 });

      await expectUnchanged(session, before);
      expect(await host.tables()).toEqual([]);
    },
  );
});
