/**
 * zh-CN: the pane starts in Chinese for a Chinese Office (`?lang=zh-CN`) and builds a report there whose
 * numbers equal the core's; the header's language switch turns an English pane Chinese and back.
 */
import { TABLE_KINDS } from "../../src/core/fields";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import type { Locator } from "playwright-core";
import { PaneId, PANES } from "../../src/taskpane/components/App/useApp";
import { blockRange, expectedResults, modelWith } from "./expected";
import { BUILD_TIMEOUT, describeInBrowser, eventually, Session, TEST_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();

/** The pane's tabs are named in one language, in order (Fluent renders a tab's text twice, so names are read). */
async function expectTabs(within: Locator, names: Record<PaneId, string>) {
  const tabs = within.getByRole("tab");
  expect(await tabs.count()).toBe(PANES.length);
  for (const [i, p] of PANES.entries())
    await tabs
      .nth(i)
      .and(within.getByRole("tab", { name: names[p], exact: true }))
      .waitFor();
}
const expected = expectedResults(modelWith(() => undefined));

/** The Chinese sheet of each report and the file name of its screenshot (docs/screenshots, README). */
const ZH_REPORTS = [
  ["nineGrid", "九宫格", "nine-grid"],
  ["coverage", "客户覆盖模型", "coverage"],
  ["pipeline", "商机阶段", "pipeline"],
  ["quotas", "指标回顾", "quotas"],
] as const;

/**
 * Builds the other reports in the Chinese pane (the Nine-Grid is built already) and saves each Chinese sheet as
 * the workbook view shows it, report-<name>-zh-CN.png, to look at and to keep in docs/screenshots.
 */
async function chineseReports(session: Session, pane: Locator, tabs: Locator): Promise<void> {
  const workbook = session.page.getByRole("main", { name: "Workbook" });
  for (const [kind, sheet, shot] of ZH_REPORTS) {
    if (kind !== "nineGrid") {
      await tabs.getByRole("tab", { name: zhCN.tabs[kind], exact: true }).click();
      const panel = pane.getByRole("tabpanel", { name: zhCN.tabs[kind] });
      await panel.getByRole("button", { name: zhCN.build, exact: true }).click();
      await panel.getByText(zhCN.writtenTo(sheet, false)).waitFor({ timeout: BUILD_TIMEOUT });
    }
    await workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: sheet, exact: true }).click();
    await workbook.locator(`table.grid[data-sheet="${sheet}"]`).waitFor({ state: "visible" });
    await session.screenshot(`report-${shot}-zh-CN`, workbook);
    if (kind === "nineGrid")
      await session.screenshot("report-nine-grid-chart-zh-CN", workbook.locator('[data-chart="NineGridScatter"]'));
  }
}

describeInBrowser("zh-CN", () => {
  it(
    "starts in Chinese for a Chinese Office and builds the Nine-Grid with the core's numbers",
    async () => {
      const session = await playground.open("lang=zh-CN", { locale: "zh-CN" });
      try {
        const { page, host } = session;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        const tabs = pane.getByRole("tablist", { name: zhCN.panesLabel });
        await expectTabs(tabs, zhCN.tabs);
        await pane.getByRole("button", { name: zhCN.insertSample, exact: true }).waitFor();
        expect(await pane.getByRole("button", { name: enUS.insertSample }).count()).toBe(0);
        // The sample workbook the playground starts with is the seeded sample the core computes from.
        expect((await host.tables()).map((t) => [t.name, t.rows])).toEqual(
          [...TABLE_KINDS, "contracts" as const, "history" as const, "leads" as const].map((k) => [
            expected.wb[k]?.name,
            expected.wb[k]?.rows.length,
          ]),
        );
        for (const kind of TABLE_KINDS)
          await eventually(
            () => pane.getByRole("combobox", { name: zhCN.sourceFor(zhCN.kinds[kind]), exact: true }).inputValue(),
            (v) => expect(v).toBe(expected.wb[kind].name),
          );
        await session.screenshot("pane-data-zh-CN", pane);

        await tabs.getByRole("tab", { name: zhCN.tabs.model, exact: true }).click();
        const model = pane.getByRole("tabpanel", { name: zhCN.tabs.model });
        await model.getByText(zhCN.weightsSum("100"), { exact: true }).waitFor();
        await session.screenshot("pane-model-zh-CN", pane);

        await tabs.getByRole("tab", { name: zhCN.tabs.nineGrid, exact: true }).click();
        const panel = pane.getByRole("tabpanel", { name: zhCN.tabs.nineGrid });
        await panel.getByRole("button", { name: zhCN.build, exact: true }).click();
        // The report language follows the pane (issue 15): the sheet is written in Chinese.
        const sheet = "九宫格";
        await panel.getByText(zhCN.writtenTo(sheet, false)).waitFor({ timeout: BUILD_TIMEOUT });
        await panel.getByText(zhCN.builtTitle, { exact: true }).waitFor();
        const plan = expected.plans.nineGrid;
        // The summary in Chinese, with the core's numbers (the plan's English line is not shown).
        await panel.getByText(zhCN.reportSummary(plan.summaryData), { exact: true }).waitFor();
        expect(await panel.getByText(plan.summary).count()).toBe(0);
        expect(await host.values(sheet, blockRange(plan, "counts", 1, 1, 3, 3))).toEqual(expected.counts);
        const summary = await host.values(sheet, blockRange(plan, "tierSummary", 1, 0, 4, 6));
        expect(summary.map((r) => [r[0], r[2], r[5]])).toEqual(
          expected.tierSummary.map((x) => [x.tier, x.grid, x.keyAccounts]),
        );
        await session.screenshot("pane-nine-grid-zh-CN", pane);
        await session.screenshot("playground-nine-grid-zh-CN");
        await chineseReports(session, pane, tabs);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "switches an English pane to Chinese from the header, and back",
    async () => {
      const session = await playground.open();
      try {
        const pane = session.page.getByRole("complementary", { name: "Task pane" });
        await pane.getByRole("button", { name: enUS.checkData, exact: true }).waitFor();
        await pane
          .getByRole("combobox", { name: enUS.language, exact: true })
          .selectOption({ label: zhCN.languageName });

        await pane.getByRole("button", { name: zhCN.checkData, exact: true }).waitFor();
        expect(await pane.getByRole("button", { name: enUS.checkData, exact: true }).count()).toBe(0);
        await expectTabs(pane, zhCN.tabs);
        await eventually(
          () => pane.getByRole("combobox", { name: zhCN.sourceFor(zhCN.kinds.accounts), exact: true }).inputValue(),
          (v) => expect(v).toBe("Accounts"),
        );
        await pane
          .getByRole("group", { name: zhCN.columnMapping(zhCN.kinds.accounts), exact: true })
          .waitFor({ state: "visible" });
        await session.screenshot("pane-data-switched-zh-CN", pane);

        await pane
          .getByRole("combobox", { name: zhCN.language, exact: true })
          .selectOption({ label: enUS.languageName });
        await pane.getByRole("button", { name: enUS.checkData, exact: true }).waitFor();
        await expectTabs(pane, enUS.tabs);
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );
});
