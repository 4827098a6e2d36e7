/**
 * A narrow task pane (Office opens one 320–380 px wide): every pane, message and report result fits in
 * it without scrolling sideways, in English and in Chinese. The playground's `?paneWidth=` sets the width.
 */
import type { Locator, Page } from "playwright-core";
import { PANES } from "../../src/taskpane/components/App/useApp";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import {
  BUILD_TIMEOUT,
  describeInBrowser,
  escapeRegExp,
  eventually,
  Session,
  startsWith,
  TEST_TIMEOUT,
  usePlayground,
} from "./harness";

const playground = usePlayground();

/**
 * What sticks out of the pane: its scroll container or a message bar scrolling sideways, or any shown
 * element (a clipped one too) reaching past the pane's left or right edge. Empty when everything fits.
 */
function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane") as HTMLElement;
    const out: string[] = [];
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()} class="${String(el.getAttribute("class") ?? "").split(" ")[0]}"> "${(el.textContent ?? "").trim().slice(0, 50)}"`;
    if (pane.scrollWidth > pane.clientWidth)
      out.push(`the pane scrolls sideways: scrollWidth ${pane.scrollWidth} > clientWidth ${pane.clientWidth}`);
    const box = pane.getBoundingClientRect();
    const left = box.left + pane.clientLeft;
    const right = left + pane.clientWidth;
    for (const el of pane.querySelectorAll("*")) {
      // Hidden panes, and Fluent's focus sentinels (1 px, fixed, off-screen on purpose).
      if (el.closest("[hidden]") || el.hasAttribute("data-tabster-dummy")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.classList.contains("fui-MessageBar") && el.scrollWidth > el.clientWidth)
        out.push(`message bar scrolls sideways (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
      if (r.right > right + 0.5 || r.left < left - 0.5)
        out.push(`${Math.round(r.left - left)}–${Math.round(r.right - left)} px of ${pane.clientWidth}: ${name(el)}`);
    }
    return out.slice(0, 20);
  });
}

const CASES = [
  { width: 320, language: "en-US", s: enUS },
  { width: 320, language: "zh-CN", s: zhCN },
  { width: 380, language: "en-US", s: enUS },
] as const;

describeInBrowser("a narrow task pane", () => {
  it.each(CASES)(
    "fits every pane into $width px ($language)",
    async ({ width, language, s }) => {
      const session: Session = await playground.open(`empty=1&lang=${language}&paneWidth=${width}`, {
        locale: language,
      });
      const shot = (name: string) =>
        session.screenshot(`pane-narrow-${width}-${language}-${name}`, session.page.locator("#taskpane"));
      const fits = async (where: string) => expect([where, ...(await overflows(session.page))]).toEqual([where]);
      try {
        const { page } = session;
        const pane = page.getByRole("complementary", { name: "Task pane" });
        expect(await page.locator("#taskpane").evaluate((el) => el.clientWidth)).toBeLessThanOrEqual(width);
        const open = async (id: (typeof PANES)[number]): Promise<Locator> => {
          await pane.getByRole("tab", { name: s.tabs[id], exact: true }).click();
          const panel = pane.getByRole("tabpanel", { name: s.tabs[id] });
          await panel.waitFor({ state: "visible" });
          return panel;
        };

        // The header's long success message wraps.
        await pane.getByRole("button", { name: s.insertSample, exact: true }).click();
        const inserted = new RegExp(`^${escapeRegExp(s.sampleInserted("@")).replace("@", ".+")}`);
        await pane.getByText(inserted).waitFor();
        await fits("after inserting the sample");

        // Data: a missing column, checked (errors with cell links), then out of date.
        const data = await open("data");
        const group = data.getByRole("group", { name: s.columnMapping(s.kinds.accounts), exact: true });
        const potential = group.getByRole("combobox", { name: startsWith(s.fields.potential) });
        const header = await eventually(
          () => potential.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? ""),
          (v) => expect(v).not.toBe(s.notMapped),
        );
        await potential.selectOption({ label: s.notMapped });
        await data.getByRole("button", { name: s.checkData, exact: true }).click();
        const validation = data.getByRole("region", { name: s.validationTitle });
        await validation.getByRole("listitem").first().waitFor(); // the first problems, each a link to its cell
        await potential.selectOption({ label: header });
        await validation.getByText(s.checkStale).waitFor();
        await fits("Data pane");
        await shot("data");

        // Model: every field, a per-segment cut row and a per-segment top X% row.
        const model = await open("model");
        await model.getByRole("button", { name: s.addOverride, exact: true }).click();
        await model.getByRole("button", { name: s.addTopSegment, exact: true }).click();
        await model.getByText(s.invalidTitle).waitFor(); // the new rows need a segment name
        await fits("Model pane");
        await shot("model");
        for (const name of [`${s.segmentOverrides} 1`, `${s.topForSegment} 1`])
          await model
            .getByRole("group", { name, exact: true })
            .getByRole("button", { name: s.remove, exact: true })
            .click();

        // A built report's summary, and the other report panes' options.
        const grid = await open("nineGrid");
        await grid.getByRole("button", { name: s.build, exact: true }).click();
        // The report language follows the pane (issue 15): a Chinese pane writes the sheet 九宫格.
        const sheet = language === "zh-CN" ? "九宫格" : "Nine-Grid";
        await grid.getByText(s.writtenTo(sheet, false)).waitFor({ timeout: BUILD_TIMEOUT });
        await fits("Nine-Grid pane with a result");
        await shot("nine-grid");
        for (const id of ["coverage", "pipeline", "quotas", "movement"] as const) {
          await open(id);
          await fits(`${id} pane`);
        }
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );
});
