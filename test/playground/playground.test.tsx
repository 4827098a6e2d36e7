/**
 * The playground page as a user meets it: the real task pane beside the rendered in-memory workbook, the
 * query parameters, and the workbook view following every pane operation.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseOptions } from "./options";
import { Playground, startPlayground } from "./start";

let current: Playground | undefined;

beforeAll(() => {
  // The page renders on React's own schedule, as in a browser (no act): the tests wait for what they expect.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  configure({ eventWrapper: (dispatch) => dispatch() });
});

afterEach(() => {
  current?.unmount();
  current = undefined;
  document.body.innerHTML = "";
});

async function start(search = ""): Promise<Playground> {
  current = startPlayground({ search, sample: { accounts: 40, opportunities: 80 } });
  await current.ready;
  return current;
}

const pane = () => screen.getByRole("complementary", { name: "Task pane" });
const workbook = () => screen.getByRole("main", { name: "Workbook" });
const sheetTabs = () => within(screen.getByRole("tablist", { name: "Sheets" })).getAllByRole("tab");
const shownSheet = () => workbook().querySelector("table.grid")?.getAttribute("data-sheet");

async function paneLoaded() {
  await waitFor(
    () => expect(within(pane()).getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
    { timeout: 10_000 },
  );
}

test("query parameters", () => {
  expect(parseOptions("")).toEqual({
    displayLanguage: "en-US",
    empty: false,
    slowMs: 0,
    dark: false,
    paneWidth: null,
  });
  expect(parseOptions("?lang=zh-CN&empty=1&slow=250&dark=1&paneWidth=320")).toEqual({
    displayLanguage: "zh-CN",
    empty: true,
    slowMs: 250,
    dark: true,
    paneWidth: 320,
  });
  expect(parseOptions("?empty=0&slow=abc").empty).toBe(false);
  expect(parseOptions("?slow=-5").slowMs).toBe(0);
  for (const bad of ["abc", "50", "5000", ""]) expect(parseOptions(`?paneWidth=${bad}`).paneWidth).toBeNull();
});

test("starts with the sample workbook: the task pane beside the workbook, one tab per sheet", async () => {
  const { host } = await start();
  expect(host.sheetNames()).toEqual([
    "Accounts", "Opportunities", "Assignments", "Quotas", "Contracts", "Opportunity History", "Leads",
  ]); // prettier-ignore
  expect(sheetTabs().map((t) => t.textContent)).toEqual(host.sheetNames());
  expect(within(workbook()).getByRole("tab", { name: "Accounts" }).getAttribute("aria-selected")).toBe("true");
  expect(shownSheet()).toBe("Accounts");
  expect(workbook().querySelector('td[data-address="A1"]')?.textContent).toBe("Account ID");
  const c2 = workbook().querySelector('td[data-address="E2"]');
  expect(c2?.textContent).toBe(host.text("Accounts", "E2")[0][0]);
  expect(within(pane()).getByRole("heading", { name: "Ninegrid" })).toBeTruthy();
  await paneLoaded();
  // Loading the sample is not counted: a test's round trips start at zero.
  // The pane's start: list tables, read the saved model and settings, look for the ESP plan tables (issue 13).
  expect(host.stats.syncs).toBeLessThanOrEqual(12);
});

test("?empty=1: a blank Sheet1; Insert sample workbook: the new sheets are shown when the pane reports it", async () => {
  const { host } = await start("?empty=1");
  expect(host.sheetNames()).toEqual(["Sheet1"]);
  expect(sheetTabs().map((t) => t.textContent)).toEqual(["Sheet1"]);
  expect(workbook().querySelector('td[data-address="A1"]')?.textContent).toBe("");

  // Record what the workbook shows at the moment the pane's message appears.
  let tabsWhenReported: string[] | null = null;
  const observer = new MutationObserver(() => {
    if (tabsWhenReported === null && /Sample workbook inserted/.test(pane().textContent ?? ""))
      tabsWhenReported = sheetTabs().map((t) => t.textContent ?? "");
  });
  observer.observe(pane(), { childList: true, subtree: true, characterData: true });
  const user = userEvent.setup();
  await user.click(within(pane()).getByRole("button", { name: "Insert sample workbook" }));
  await within(pane()).findByText(/Sample workbook inserted/, undefined, { timeout: 20_000 });
  observer.disconnect();
  expect(tabsWhenReported).toEqual([
    "Sheet1", "Accounts", "Opportunities", "Assignments", "Quotas", "Contracts", "Opportunity History", "Leads",
    "Account Plans", "Account Status", "Action Plan",
  ]); // prettier-ignore
  expect(shownSheet()).toBe("Accounts");
});

test("?lang=zh-CN: the pane starts in Chinese", async () => {
  await start("?lang=zh-CN");
  expect(within(pane()).getByRole("button", { name: "插入示例工作簿" })).toBeTruthy();
});

test("?paneWidth=<px>: the task pane is that wide; without it, the page's width stays", async () => {
  await start("?paneWidth=320");
  expect(pane().style.flexBasis).toBe("320px");
  current?.unmount();
  document.body.innerHTML = "";
  await start();
  expect(pane().style.flexBasis).toBe("");
});

test("a report built from the pane appears with its chart, and Go to sheet shows it again", async () => {
  const { host } = await start();
  await paneLoaded();
  const user = userEvent.setup();
  await user.click(within(pane()).getByRole("tab", { name: "Pipeline" }));
  const panel = within(pane()).getByRole("tabpanel", { name: "Pipeline" });
  await user.click(within(panel).getByRole("button", { name: "Build" }));
  await within(panel).findByText("Report ready", undefined, { timeout: 30_000 });

  expect(host.activeSheet()).toBe("Pipeline");
  expect(shownSheet()).toBe("Pipeline");
  expect(within(workbook()).getByRole("tab", { name: "Pipeline" }).getAttribute("aria-selected")).toBe("true");
  const chart = workbook().querySelector('svg[data-chart="PipelineFunnel"]');
  expect(chart?.getAttribute("aria-label")).toBe("Opportunities reaching each stage");
  const [series] = host.charts("Pipeline")[0].series;
  expect(chart?.querySelectorAll("g[data-series] rect[data-point]")).toHaveLength(
    (series.values ?? []).filter((v) => typeof v === "number").length,
  );
  expect(workbook().querySelector('td[data-address="A1"]')?.textContent).toBe(host.text("Pipeline", "A1")[0][0]);

  await user.click(within(workbook()).getByRole("tab", { name: "Accounts" }));
  expect(shownSheet()).toBe("Accounts");
  await user.click(within(panel).getByRole("button", { name: "Go to sheet" }));
  await waitFor(() => expect(shownSheet()).toBe("Pipeline"));
});

test("?slow=<ms>: every sync of a pane operation waits that long; the view is redrawn before the batch resolves", async () => {
  const pg = await start("?slow=60");
  await paneLoaded();
  const started = Date.now();
  await pg.run(async (context) => {
    context.workbook.worksheets.getItem("Accounts").getRange("A2").values = [["Edited"]];
    await context.sync();
    context.workbook.worksheets.getItem("Accounts").getRange("A3").values = [["Again"]];
    // The last sync is Excel.run's own, when the batch returns.
  });
  expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 60 - 5);
  expect(workbook().querySelector('td[data-address="A2"]')?.textContent).toBe("Edited");
  expect(workbook().querySelector('td[data-address="A3"]')?.textContent).toBe("Again");
});
