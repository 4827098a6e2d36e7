/**
 * The sample part (src/taskpane/lazy-part.ts) in Chromium: the pane starts without it, and Insert sample
 * workbook downloads it. When that download fails (offline), the pane says so, the workbook is unchanged and
 * the pane still works: the next click downloads the part and inserts the sample.
 */
import type { Locator } from "playwright-core";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { BUILD_TIMEOUT, describeInBrowser, eventually, TEST_TIMEOUT, UI_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();
/** The part's file, as webpack.config.js names chunks: name and content hash. */
const SAMPLE_PART = /\/sample\.[0-9a-f]{8}\.js(\?.*)?$/;

describeInBrowser("the sample part, downloaded on Insert sample workbook", () => {
  it(
    "is not loaded at start; offline the pane says so and writes nothing; the next click inserts the sample",
    async () => {
      const session = await playground.open("empty=1");
      const { page, host } = session;
      const pane: Locator = page.getByRole("complementary", { name: "Task pane" });
      const loadedAtStart = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
      expect(loadedAtStart.filter((url) => SAMPLE_PART.test(url))).toEqual([]);

      const refused: string[] = [];
      await page.route(SAMPLE_PART, (route) => {
        refused.push(route.request().url());
        return route.abort("internetdisconnected");
      });
      await pane.getByRole("button", { name: s.insertSample }).click();
      await pane.getByText(s.partLoadFailed).waitFor({ state: "visible", timeout: UI_TIMEOUT });
      expect(refused).toHaveLength(1);
      expect(await host.sheetNames()).toEqual(["Sheet1"]);
      await session.screenshot("pane-sample-part-offline", pane);

      await page.unroute(SAMPLE_PART);
      await pane.getByRole("button", { name: s.insertSample }).click();
      await eventually(
        () => host.sheetNames(),
        (names) => expect(names).toEqual(expect.arrayContaining(["Accounts", "Opportunities"])),
        BUILD_TIMEOUT,
      );
      expect(await pane.getByText(s.partLoadFailed).count()).toBe(0);
      // Chromium logs the refused download itself; that, and nothing else, may be on the console.
      const logged = session.pageErrors.splice(0);
      expect(logged.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
      await session.close();
    },
    TEST_TIMEOUT,
  );
});
