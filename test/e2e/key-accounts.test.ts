/**
 * Key accounts in a real browser (issue 13): from a blank workbook, Insert sample workbook (which brings the
 * partly filled ESP plan tables), Create or update plan tables (nothing to add), build the Key Accounts
 * review, type a score in Account Status, rebuild, and see the review change. Saves the review's screenshot.
 */
import { copyFileSync, mkdirSync } from "fs";
import { join } from "path";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { KEY_ACCOUNTS_WORDS } from "../../src/reports/key-accounts-words";
import type { Host } from "../host";
import { BUILD_TIMEOUT, describeInBrowser, ROOT, TEST_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();
const W = KEY_ACCOUNTS_WORDS.en;
const SHEET = W.sheet;

describeInBrowser("key accounts", () => {
  it(
    "inserts the sample with plan tables, builds the review, and a typed score changes it",
    async () => {
      const session = await playground.open("empty=1");
      try {
        const { page, host } = session;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        const workbook = page.getByRole("main", { name: "Workbook" });
        await pane.getByRole("button", { name: s.insertSample, exact: true }).click();
        await pane.getByText(/^Sample workbook inserted on sheets/).waitFor({ timeout: BUILD_TIMEOUT });
        const sheets = await host.sheetNames();
        expect(sheets).toEqual(expect.arrayContaining(["Account Plans", "Account Status", "Action Plan"]));

        await pane.getByRole("tab", { name: s.tabs.keyAccounts, exact: true }).click();
        const panel = pane.getByRole("tabpanel", { name: s.tabs.keyAccounts });
        await panel.getByRole("button", { name: s.planTables.create, exact: true }).click();
        await panel.getByText(/^Plan tables ready for \d+ key accounts: 0 rows added\.$/).waitFor({ timeout: BUILD_TIMEOUT }); // prettier-ignore
        expect((await host.tables()).filter((t) => t.name === "AccountPlans")).toHaveLength(1);

        await panel.getByRole("button", { name: s.build, exact: true }).click();
        await panel.getByText(s.writtenTo(SHEET, false)).waitFor({ timeout: BUILD_TIMEOUT });
        expect(await host.activeSheet()).toBe(SHEET);
        const read = async () => {
          const values = await host.values(SHEET, "A1:X60");
          const top = values.findIndex((r) => r[1] === W.head.account);
          const row = values[top + 1];
          return { name: row[1] as string, score: row[values[top].indexOf(W.areas.relationship)], values, top };
        };
        const before = await read();
        // Every highlight shows: the counts under "Needs attention" are all above zero.
        const counts = before.values.slice(5, 9).map((r) => r[2]);
        expect(counts.every((n) => typeof n === "number" && n > 0)).toBe(true);
        await workbook.locator(`table.grid[data-sheet="${SHEET}"]`).waitFor({ state: "visible" });
        const shot = await session.screenshot("report-key-accounts", workbook);
        mkdirSync(join(ROOT, "docs", "screenshots"), { recursive: true });
        copyFileSync(shot, join(ROOT, "docs", "screenshots", "report-key-accounts.png"));
        await session.screenshot("pane-key-accounts", pane);

        // The user scores the first key account's relationship questions 0, assessed today.
        await page.evaluate(
          ([name]) => {
            const h = (window as unknown as { ninegridPlayground: { host: Host } }).ninegridPlayground.host;
            const rows = h.values("Account Status", "A1:H2000");
            rows.forEach((r, i) => {
              if (r[0] === name && r[2] === "Relationship") h.setCells("Account Status", `F${i + 1}`, [[0]]);
            });
          },
          [before.name] as const,
        );
        await panel.getByRole("button", { name: s.refresh, exact: true }).click();
        await panel.getByText(s.writtenTo(SHEET, true)).waitFor({ timeout: BUILD_TIMEOUT });
        const after = await read();
        expect(after.name).toBe(before.name);
        expect(after.score).toBe(0);
        expect(after.score).not.toEqual(before.score);
        expect(session.external).toEqual([]);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
