/**
 * Key accounts in a real browser (issue 13): from a blank workbook, Insert sample workbook (which brings the
 * partly filled ESP plan tables), Create or update plan tables (nothing to add), build the Key Accounts
 * review, type a score in Account Status, rebuild, and see the review change. Saves the review's screenshot.
 * The same path in Chinese: the pane in zh-CN, the Data pane listing the plan tables, the review on 重点客户.
 */
import { PLAN_TABLES } from "../../src/core/esp-tables";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { KEY_ACCOUNTS_WORDS } from "../../src/reports/key-accounts-words";
import type { Host } from "../host";
import { BUILD_TIMEOUT, describeInBrowser, TEST_TIMEOUT, usePlayground } from "./harness";

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
        // docs/screenshots/ gets it through `npm run screenshots`: a test never writes committed files.
        await session.screenshot("report-key-accounts", workbook);
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

  it(
    "in Chinese: Insert sample, the Data pane lists the plan tables, create them, build the review on 重点客户",
    async () => {
      const session = await playground.open("empty=1&lang=zh-CN", { locale: "zh-CN" });
      try {
        const { page, host } = session;
        const Z = KEY_ACCOUNTS_WORDS.zh;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        await pane.getByRole("button", { name: zhCN.insertSample, exact: true }).click();
        await pane.getByText(/^示例工作簿已插入到工作表/).waitFor({ timeout: BUILD_TIMEOUT });
        expect(await host.sheetNames()).toEqual(expect.arrayContaining(PLAN_TABLES.map((t) => t.sheet.zh)));
        // The Data pane lists the three plan tables it found (not picked), in Chinese.
        const plans = pane.getByRole("group", { name: zhCN.dataPlanTables.title, exact: true });
        await plans.getByText(/^客户状态评估：表格 AccountStatus，位于工作表 客户状态评估，共 [\d,]+ 行$/).waitFor();
        expect(await plans.getByRole("listitem").count()).toBe(3);

        await pane.getByRole("tab", { name: zhCN.tabs.keyAccounts, exact: true }).click();
        const panel = pane.getByRole("tabpanel", { name: zhCN.tabs.keyAccounts });
        await panel.getByRole("button", { name: zhCN.planTables.create, exact: true }).click();
        await panel.getByText(/^规划表已就绪，共 \d+ 个重点客户：新增 0 行。$/).waitFor({ timeout: BUILD_TIMEOUT });
        await panel.getByRole("button", { name: zhCN.build, exact: true }).click();
        await panel.getByText(zhCN.writtenTo(Z.sheet, false)).waitFor({ timeout: BUILD_TIMEOUT });
        expect(Z.sheet).toBe("重点客户");
        expect(await host.activeSheet()).toBe("重点客户");

        // A filled review: Chinese headers, one row per key account with scores, and every highlight counted.
        const values = await host.values(Z.sheet, "A1:X60");
        const top = values.findIndex((r) => r[1] === Z.head.account);
        expect(top).toBeGreaterThan(0);
        const overall = values[top].indexOf(Z.head.overall);
        const rows = values.slice(top + 1).filter((r) => typeof r[2] === "string" && r[1] !== "");
        expect(rows.length).toBeGreaterThan(5);
        expect(rows.filter((r) => typeof r[overall] === "number").length).toBeGreaterThan(0);
        const counts = values.slice(5, 9).map((r) => r[2]);
        expect(counts.every((n) => typeof n === "number" && n > 0)).toBe(true);
        expect(values[5][1]).toBe(Z.noPlan);
        await session.screenshot("report-key-accounts-zh-CN", page.getByRole("main", { name: "Workbook" }));
        expect(session.external).toEqual([]);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT * 2,
  );
});
