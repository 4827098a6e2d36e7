/**
 * The Monthly pack in the playground, in Chromium (issue 14): from the sample, every report and a contents
 * sheet whose links open each report sheet by its final name; and a pack cancelled while its hidden build
 * sheets are half-written leaves the workbook as it was.
 */
import type { Locator } from "playwright-core";
import { isoFromSerial } from "../../src/core/dates";
import { unquote } from "../../src/core/a1";
import { REPORT_TAG } from "../../src/excel/apply-plan";
import { REPORT_KINDS } from "../../src/reports/registry";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { expectedResults, modelWith } from "./expected";
import {
  BUILD_TIMEOUT,
  describeInBrowser,
  eventually,
  PageHost,
  Session,
  TEST_TIMEOUT,
  usePlayground,
} from "./harness";

const playground = usePlayground();
const SLOW_MS = 2000;
const SAMPLE_DATE = isoFromSerial(expectedResults(modelWith(() => undefined)).wb.asOf);

/** One test on the playground opened with `query`, with the task pane; the session is always closed. */
function packTest(name: string, query: string, body: (session: Session, pane: Locator) => Promise<void>): void {
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

/** Waits for the sample's lists to be picked, then opens the Monthly pack tab. */
async function openPack(pane: Locator): Promise<Locator> {
  await eventually(
    () => pane.getByRole("combobox", { name: s.sourceFor(s.kinds.quotas), exact: true }).inputValue(),
    (v) => expect(v).toBe("Quotas"),
    60_000,
  );
  await pane.getByRole("tab", { name: s.tabs.pack, exact: true }).click();
  return pane.getByRole("tabpanel", { name: s.tabs.pack });
}

/** The formulas of a range, read from the page's host. */
function formulas(session: Session, sheet: string, address: string): Promise<(string | number | boolean)[][]> {
  return session.page.evaluate(
    ([sh, a]) =>
      (
        window as unknown as { ninegridPlayground: { host: { formulas(s: string, a: string): unknown } } }
      ).ninegridPlayground.host.formulas(sh, a) as (string | number | boolean)[][],
    [sheet, address] as const,
  );
}

/** The sheet and label of `=HYPERLINK("#'Sheet'!A1","label")`. */
function linkOf(formula: string): { sheet: string; label: string } {
  const m = /^=HYPERLINK\("#((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(formula);
  if (!m) throw new Error(`not a sheet link: ${formula}`);
  return { sheet: unquote(m[1].replace(/""/g, '"')), label: m[2].replace(/""/g, '"') };
}

async function workbookState(host: PageHost) {
  const sheets = await host.sheets();
  return { sheets, snapshots: await Promise.all(sheets.map((x) => host.snapshot(x.name))) };
}

describeInBrowser("the monthly pack", () => {
  packTest("builds every report and a contents sheet linking to each, from the sample", "", async (session, pane) => {
    const { host, page } = session;
    const panel = await openPack(pane);
    for (const kind of REPORT_KINDS)
      expect(await panel.getByRole("checkbox", { name: s.reports[kind].title, exact: true }).isChecked()).toBe(true);
    const before = await host.sheetNames();
    // The sample's own report date, set in the pack pane (empty would be today).
    await panel.getByLabel(s.reportDate).fill(SAMPLE_DATE);
    await panel.getByRole("button", { name: s.pack.build, exact: true }).click();
    await panel.getByText(s.pack.readyTitle, { exact: true }).waitFor({ timeout: BUILD_TIMEOUT * 2 });
    await session.screenshot("pane-pack", pane);

    const names = await host.sheetNames();
    expect(names.slice(0, before.length)).toEqual(before);
    const added = names.slice(before.length);
    expect(added).toHaveLength(REPORT_KINDS.length + 1);
    expect(added[0]).toBe("Contents");
    expect(await host.activeSheet()).toBe("Contents");
    for (const x of await host.sheets()) expect(x.visibility).toBe("Visible");
    for (const [i, kind] of REPORT_KINDS.entries())
      expect(JSON.parse((await host.customProperties(added[i + 1]))[REPORT_TAG])).toEqual({ kind, state: "ready" });

    expect(await host.values("Contents", "B2:B3")).toEqual([
      ["Monthly pack"],
      [`Report date ${SAMPLE_DATE} · ${REPORT_KINDS.length} reports`],
    ]);
    const rows = await formulas(session, "Contents", `C7:C${6 + REPORT_KINDS.length}`);
    const links = rows.map(([f]) => linkOf(String(f)));
    expect(links.map((l) => l.sheet)).toEqual(added.slice(1));
    for (const l of links) expect(l.label).toBe((await host.values(l.sheet, "A1"))[0][0]);
    // The pane lists each report with the sheet it went to.
    for (const [i, kind] of REPORT_KINDS.entries())
      await panel.getByRole("button", { name: s.pack.reportOn(s.reports[kind].title, added[i + 1]) }).waitFor();

    const workbook = page.getByRole("main", { name: "Workbook" });
    await workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Contents" }).click();
    await session.screenshot("report-contents", workbook);
  });

  packTest(
    "cancelled while its build sheets are half-written, leaves the workbook as it was",
    `slow=${SLOW_MS}`,
    async (session, pane) => {
      const { host } = session;
      const panel = await openPack(pane);
      const before = await workbookState(host);
      await panel.getByRole("button", { name: s.pack.build, exact: true }).click();
      expect(await panel.getByRole("progressbar").count()).toBe(1);
      // Every report's hidden build sheet and the contents sheet's exist: the write is under way.
      await eventually(
        () => host.sheets(),
        (sheets) => expect(sheets.filter((x) => x.visibility === "Hidden")).toHaveLength(REPORT_KINDS.length + 1),
        120_000,
      );
      await panel.getByRole("button", { name: s.cancel, exact: true }).click();
      await panel.getByText(s.pack.cancelled, { exact: true }).waitFor({ timeout: 60_000 });
      await session.screenshot("pane-pack-cancelled", pane);
      await session.page.waitForTimeout(3 * SLOW_MS);
      expect(await workbookState(host)).toEqual(before);
    },
  );
});
