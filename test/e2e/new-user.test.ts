/**
 * A new user's first session in the playground, in Chromium: a blank workbook, "Insert sample workbook",
 * the detected column mapping checked and a broken one fixed, a weight and a cut changed and saved, then
 * all four reports built. Every report's cells are read from the page's in-memory host and compared with
 * the core's results for the same data and model, computed here in Node (expected.ts).
 */
import type { Locator } from "playwright-core";
import { isoFromSerial } from "../../src/core/dates";
import { FIELDS, TABLE_KINDS } from "../../src/core/fields";
import { TIERS } from "../../src/core/tiers";
import { MODEL_SETTING } from "../../src/excel/settings-store";
import { ReportKind } from "../../src/reports";
import type { SampleTable } from "../../src/sample";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { blockRange, expectedResults, modelWith } from "./expected";
import {
  BUILD_TIMEOUT,
  describeInBrowser,
  eventually,
  Session,
  startsWith,
  TEST_TIMEOUT,
  usePlayground,
} from "./harness";

const playground = usePlayground();

// What the user changes in the pane, and the same changes applied to the model in Node.
const CONTRIBUTION_WEIGHT = 10; // default 40
const CONTRIBUTION_CUT_2 = "P70"; // default P80
const PIPELINE_SPLIT = "tier" as const; // default region
const PIPELINE_PERIOD = "month" as const; // default quarter
const model = modelWith((m) => {
  m.weights.contribution = CONTRIBUTION_WEIGHT;
  m.cuts.contribution = ["P50", CONTRIBUTION_CUT_2];
  m.reports.splitBy = PIPELINE_SPLIT;
  m.reports.period = PIPELINE_PERIOD;
});
const expected = expectedResults(model);
const defaults = expectedResults(modelWith(() => undefined));
const SAMPLE_DATE = isoFromSerial(expected.wb.asOf);
/** The sample's tables: the four lists, its Contracts table (DOMAIN.md §11), its History and Leads (§9). */
const SAMPLE_KINDS = [...TABLE_KINDS, "contracts", "history", "leads"] as const;
const sampleTable = (k: (typeof SAMPLE_KINDS)[number]) => expected.wb[k] as SampleTable;
/** Each table's sheet: its name, except History's (Excel reserves the sheet name "History"). */
const sheetOf = (k: (typeof SAMPLE_KINDS)[number]) => (k === "history" ? "Opportunity History" : sampleTable(k).name);
const SOURCE_SHEETS = SAMPLE_KINDS.map(sheetOf);

const SHEET: Record<ReportKind, string> = {
  nineGrid: "Nine-Grid",
  coverage: "Coverage",
  pipeline: "Pipeline",
  quotas: "Quota Review",
  keyAccounts: "Key Accounts",
  keyProjects: "Key Projects",
  contractExecution: "Contract Execution",
  repPerformance: "Rep Performance",
  regionalComposition: "Regional Composition",
  customerPurchases: "Customer Purchases",
  movement: "Movement",
};
const SHOT: Record<ReportKind, string> = {
  nineGrid: "nine-grid",
  coverage: "coverage",
  pipeline: "pipeline",
  quotas: "quotas",
  keyAccounts: "key-accounts",
  keyProjects: "key-projects",
  contractExecution: "contract-execution",
  repPerformance: "rep-performance",
  regionalComposition: "regional-composition",
  customerPurchases: "customer-purchases",
  movement: "movement",
};

describeInBrowser("a new user in the playground", () => {
  let session: Session;
  const page = () => session.page;
  const pane = () => page().getByRole("complementary", { name: "Task pane" });
  const workbook = () => page().getByRole("main", { name: "Workbook" });
  const sheetTabs = () => workbook().getByRole("tablist", { name: "Sheets" });
  const panel = (name: string) => pane().getByRole("tabpanel", { name });
  const openPane = async (name: string) => {
    await pane().getByRole("tab", { name, exact: true }).click();
    const p = panel(name);
    await p.waitFor({ state: "visible" });
    return p;
  };
  const selected = (select: Locator) => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text);

  beforeAll(async () => {
    session = await playground.open("empty=1");
  });
  afterAll(async () => {
    await session?.context.close();
  });

  it(
    "starts from a blank workbook and inserts the sample workbook",
    async () => {
      await pane().waitFor({ state: "visible" });
      await workbook().waitFor({ state: "visible" });
      expect(await sheetTabs().getByRole("tab").allTextContents()).toEqual(["Sheet1"]);
      await pane().getByText(s.noTables).waitFor();
      await session.screenshot("pane-data-empty", pane());

      await pane().getByRole("button", { name: s.insertSample, exact: true }).click();
      await pane()
        .getByText(`${s.sampleInserted(SOURCE_SHEETS.join(", "))} ${s.sampleDateSet(SAMPLE_DATE)}`)
        .waitFor();

      // The four tables, with the sample's rows, each picked as its source.
      const tables = await session.host.tables();
      expect(tables.slice(0, SAMPLE_KINDS.length).map((t) => [t.name, t.sheet, t.rows])).toEqual(
        SAMPLE_KINDS.map((k) => [sampleTable(k).name, sheetOf(k), sampleTable(k).rows.length]),
      );
      // Then the sample's partly filled ESP plan tables (issue 13), which are not sources of the Data pane.
      expect(tables.slice(SAMPLE_KINDS.length).map((t) => t.name)).toEqual([
        "AccountPlans",
        "AccountStatus",
        "ActionPlan",
      ]);
      for (const kind of SAMPLE_KINDS)
        await eventually(
          () =>
            pane()
              .getByRole("combobox", { name: s.sourceFor(s.kinds[kind]), exact: true })
              .inputValue(),
          (v) => expect(v).toBe(sampleTable(kind).name),
        );
      // The cells written are the sample's (dates as serials, blanks empty).
      const accounts = expected.wb.accounts;
      expect(await session.host.values("Accounts", "A1:K3")).toEqual([
        accounts.headers,
        ...accounts.rows.slice(0, 2).map((r) => r.map((v) => v ?? "")),
      ]);
      // The workbook view shows the new sheets as tabs.
      await eventually(
        () => sheetTabs().getByRole("tab").allTextContents(),
        (tabs) => expect(tabs).toEqual(expect.arrayContaining(["Sheet1", ...SOURCE_SHEETS])),
      );
      await session.screenshot("workbook-sample-accounts");
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "shows the detected column mapping, and a missing required column is fixed from its dropdown",
    async () => {
      const data = panel(s.tabs.data);
      const group = data.getByRole("group", { name: s.columnMapping(s.kinds.accounts), exact: true });
      const parsed = expected.parsed.accounts;
      for (const f of FIELDS.accounts) {
        const col = parsed.mapping[f.key];
        const want = col === null || col === undefined ? s.notMapped : parsed.headers[col];
        expect([f.key, await selected(group.getByRole("combobox", { name: startsWith(s.fields[f.key]) }))]).toEqual([
          f.key,
          want,
        ]);
      }

      // The user unpicks Potential (as if it had not been found): the pane and Check data both say so.
      const potential = group.getByRole("combobox", { name: startsWith(s.fields.potential) });
      await potential.selectOption({ label: s.notMapped });
      const missing = s.missingRequired(s.fields.potential);
      await data.getByText(missing).first().waitFor();
      await data.getByRole("button", { name: s.checkData, exact: true }).click();
      const validation = data.getByRole("region", { name: s.validationTitle });
      await validation.getByText(missing).waitFor();
      const broken = expectedResults(defaults.model, { accounts: { potential: null } });
      const counts = broken.dataset.counts.accounts as { rowsRead: number; rowsSkipped: number };
      expect(counts.rowsSkipped).toBe(expected.wb.accounts.rows.length);
      await validation
        .getByText(s.rowsRead(s.kinds.accounts, counts.rowsRead, counts.rowsSkipped), { exact: true })
        .waitFor();
      const first = broken.dataset.errors[0];
      await validation
        .getByRole("button", { name: s.errorAt(first.sheet, first.row, first.column, first.reason) })
        .waitFor();
      await session.screenshot("pane-data-missing-column", pane());

      // Fixed: the Potential column picked again; Check data reads every row of every table.
      await potential.selectOption({ label: "Potential" });
      expect(await selected(potential)).toBe("Potential");
      // The mapping's warning goes at once; the validation result stays, marked out of date, until the next check.
      await eventually(
        () => data.getByText(missing).count(),
        (n) => expect(n).toBe(1),
      );
      expect(await validation.getByText(missing).count()).toBe(1);
      await validation.getByText(s.checkStale, { exact: true }).waitFor();
      await data.getByRole("button", { name: s.checkData, exact: true }).click();
      for (const kind of TABLE_KINDS) {
        const c = expected.dataset.counts[kind] as { rowsRead: number; rowsSkipped: number };
        await validation.getByText(s.rowsRead(s.kinds[kind], c.rowsRead, c.rowsSkipped), { exact: true }).waitFor();
      }
      expect(expected.dataset.errors).toHaveLength(0);
      await validation.getByText(s.allRowsGood).waitFor();
      await expect(data.getByText(missing).count()).resolves.toBe(0);
      await expect(validation.getByText(s.checkStale).count()).resolves.toBe(0);
      await session.screenshot("pane-data", pane());
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "changes a weight and a cut in the Model pane and saves them with the workbook",
    async () => {
      const m = await openPane(s.tabs.model);
      const weight = m.getByRole("spinbutton", { name: s.dims.contribution, exact: true });
      expect(await weight.inputValue()).toBe("40");
      await weight.fill(String(CONTRIBUTION_WEIGHT));
      await m.getByText(s.weightsSum(String(100 - 40 + CONTRIBUTION_WEIGHT)), { exact: true }).waitFor();
      const cut = m.getByRole("textbox", { name: s.cut(s.axis.contribution, 2), exact: true });
      expect(await cut.inputValue()).toBe("P80");
      await cut.fill(CONTRIBUTION_CUT_2);
      await m.getByText(s.unsaved, { exact: true }).waitFor();
      expect(await m.getByText(s.invalidTitle).count()).toBe(0);
      await session.screenshot("pane-model", pane());

      await m.getByRole("button", { name: s.save, exact: true }).click();
      await m.getByText(s.saved, { exact: true }).waitFor();
      const saved = JSON.parse(String((await session.host.settings())[MODEL_SETTING]));
      expect(saved.weights.contribution).toBe(CONTRIBUTION_WEIGHT);
      expect(saved.cuts.contribution).toEqual(["P50", CONTRIBUTION_CUT_2]);

      // The changes matter: the core gives other tiers and key accounts than with the defaults.
      expect(expected.counts).not.toEqual(defaults.counts);
      expect(expected.tierSummary.map((t) => t.keyAccounts)).not.toEqual(
        defaults.tierSummary.map((t) => t.keyAccounts),
      );
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  /** Builds one report from its pane and waits for the message bar; returns the pane. */
  async function build(kind: ReportKind, options?: (p: Locator) => Promise<void>) {
    const p = await openPane(s.tabs[kind]);
    expect(await p.getByLabel(s.reportDate).inputValue()).toBe(SAMPLE_DATE);
    await options?.(p);
    await p.getByRole("button", { name: s.build, exact: true }).click();
    await p.getByText(s.writtenTo(SHEET[kind], false)).waitFor({ timeout: BUILD_TIMEOUT });
    // The pane words the plan's summary (the Nine-Grid adds its scatter notes to the English line).
    await p.getByText(s.reportSummary(expected.plans[kind].summaryData), { exact: true }).waitFor();
    await p.getByRole("button", { name: s.refresh, exact: true }).waitFor();
    // The report sheet is active in the host and in the workbook view.
    expect(await session.host.activeSheet()).toBe(SHEET[kind]);
    const tab = sheetTabs().getByRole("tab", { name: SHEET[kind], exact: true });
    await eventually(
      () => tab.getAttribute("aria-selected"),
      (v) => expect(v).toBe("true"),
    );
    const grid = workbook().locator(`table.grid[data-sheet="${SHEET[kind]}"]`);
    await grid.waitFor({ state: "visible" });
    // No build sheet is left behind, and the sources are still the user's tables.
    const sheets = await session.host.sheets();
    expect(sheets.filter((x) => x.visibility !== "Visible")).toEqual([]);
    expect(sheets.map((x) => x.name)).toEqual(expect.arrayContaining([...SOURCE_SHEETS, SHEET[kind]]));
    await session.screenshot(`pane-${SHOT[kind]}`, pane());
    await session.screenshot(`report-${SHOT[kind]}`, workbook());
    await session.screenshot(`playground-${SHOT[kind]}`);
    return { pane: p, grid };
  }

  /** The rendered text of a cell of the workbook view equals the host's text for it. */
  async function expectShown(grid: Locator, sheet: string, address: string) {
    const [[text]] = await session.host.text(sheet, address);
    expect(text).not.toBe("");
    expect((await grid.locator(`td[data-address="${address}"]`).textContent())?.trim()).toBe(text);
  }

  it(
    "builds the Nine-Grid: counts, contribution, cuts and tiers equal the core's",
    async () => {
      const { grid } = await build("nineGrid");
      const plan = expected.plans.nineGrid;
      const sheet = SHEET.nineGrid;
      expect(await session.host.values(sheet, blockRange(plan, "counts", 1, 1, 3, 3))).toEqual(expected.counts);
      const sums = await session.host.values(sheet, blockRange(plan, "sums", 1, 1, 3, 3));
      sums.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(expected.sums[r][c], 4)));
      // Cut values of the one population: contribution cut 2 is now the 70th percentile.
      const cuts = (await session.host.values(sheet, blockRange(plan, "cuts", 1, 0, 1, 6)))[0];
      const t = expected.tiering.cuts;
      expect(cuts[0]).toBe("All");
      [t.contribution[0][0], t.contribution[0][1], t.potential[0][0], t.potential[0][1]].forEach((v, k) =>
        expect(cuts[1 + k]).toBeCloseTo(v, 4),
      );
      expect(cuts[5]).toContain(CONTRIBUTION_CUT_2);
      expect(t.contribution[0][1]).not.toBeCloseTo(defaults.tiering.cuts.contribution[0][1], 0);
      // Tier summary: grid counts, after approved overrides, key accounts (top 20% by the new weights).
      const summary = await session.host.values(sheet, blockRange(plan, "tierSummary", 1, 0, TIERS.length, 6));
      expect(summary.map((r) => [r[0], r[2], r[4], r[5]])).toEqual(
        expected.tierSummary.map((x) => [x.tier, x.grid, x.effective, x.keyAccounts]),
      );
      // The scatter chart is drawn from the host's chart object.
      const charts = await session.host.charts(sheet);
      expect(charts.length).toBeGreaterThan(0);
      await expect(workbook().locator("svg[data-chart]").count()).resolves.toBe(charts.length);
      await expectShown(grid, sheet, blockRange(plan, "counts", 1, 1, 1, 1).split(":")[0]);
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "builds the Coverage report: status counts and team coverage by tier equal the core's",
    async () => {
      const { grid } = await build("coverage");
      const plan = expected.plans.coverage;
      const sheet = SHEET.coverage;
      const flags = await session.host.values(sheet, blockRange(plan, "flags", 1, 0, 5, 2));
      const statuses = ["Uncovered", "Conflict", "Unnamed key account", "Over-served", "Covered"];
      expect(flags).toEqual(statuses.map((st) => [st, expected.coverage.statusCounts[st] ?? 0]));
      expect(flags.reduce((a, r) => a + Number(r[1]), 0)).toBe(expected.dataset.accounts.length);
      const byTier = await session.host.values(sheet, blockRange(plan, "tierByTeamType", 1, 0, TIERS.length, 6));
      expect(byTier).toEqual(
        TIERS.map((tier) => {
          const c = expected.coverage.tierByTeamType[tier];
          const accounts = expected.tiering.tiers.filter((x) => x === tier).length;
          return [tier, c.Territory, c.KeyAccount, c.Solution, c.Partner, accounts];
        }),
      );
      await expectShown(grid, sheet, blockRange(plan, "flags", 1, 1, 1, 1).split(":")[0]);
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "builds the Pipeline split by tier and by month: stages, won, lost, buckets and split equal the core's",
    async () => {
      const { grid } = await build("pipeline", async (p) => {
        await p
          .getByRole("combobox", { name: s.options.splitBy.label, exact: true })
          .selectOption({ label: s.options.splitBy.choices.tier });
        await p
          .getByRole("combobox", { name: s.options.period.label, exact: true })
          .selectOption({ label: s.options.period.choices.month });
      });
      const plan = expected.plans.pipeline;
      const sheet = SHEET.pipeline;
      const overall = expected.pipeline.overall;
      const k = model.stages.length;
      const rows = await session.host.values(sheet, blockRange(plan, "stages", 1, 0, k + 4, 10));
      overall.stages.forEach((st, i) => {
        expect([rows[i][0], rows[i][2], rows[i][5]]).toEqual([st.name, st.openCount, st.reached]);
        expect(rows[i][3]).toBeCloseTo(st.openAmount, 4);
        expect(rows[i][4]).toBeCloseTo(st.weighted, 4);
      });
      const byLabel = (label: string) => rows.find((r) => r[0] === label) ?? [];
      expect(byLabel("Total open").slice(2, 3)).toEqual([overall.openCount]);
      expect(byLabel("Won").slice(2, 4)).toEqual([overall.won.count, overall.won.amount]);
      expect(byLabel("Lost").slice(2, 4)).toEqual([overall.lost.count, overall.lost.amount]);
      expect(byLabel("Win rate")[2]).toBeCloseTo(overall.winRate as number, 10);

      const buckets = await session.host.values(sheet, blockRange(plan, "buckets", 1, 1, 3, 3));
      (["current", "next", "incubating"] as const).forEach((b, i) => {
        const want = expected.pipeline.buckets[b];
        expect(buckets[i][0]).toBe(want.count);
        expect(buckets[i][1]).toBeCloseTo(want.amount, 4);
        expect(buckets[i][2]).toBeCloseTo(want.weighted, 4);
      });
      // Month buckets differ from the default quarter ones, so the option reached the report.
      expect(expected.pipeline.buckets.current.count).not.toBe(defaults.pipeline.buckets.current.count);

      const split = await session.host.values(sheet, blockRange(plan, "split", 1, 0));
      const want = expected.pipeline.split.groups.flatMap((g) => [
        ...g.stats.stages.map((st) => [g.label, st.name, st.openCount]),
        [g.label, "Won", g.stats.won.count],
      ]);
      expect(expected.pipeline.split.groups.map((g) => g.label)).toEqual(expect.arrayContaining(["A", "B", "C", "D"]));
      expect(split.map((r) => [r[0], r[1], r[3]])).toEqual(want);
      await expectShown(grid, sheet, blockRange(plan, "stages", 1, 2, 1, 1).split(":")[0]);
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "builds the Key Accounts review over the sample's plan tables: every highlight occurs",
    async () => {
      const p = await openPane(s.tabs.keyAccounts);
      await p.getByRole("button", { name: s.build, exact: true }).click();
      await p.getByText(s.writtenTo(SHEET.keyAccounts, false)).waitFor({ timeout: BUILD_TIMEOUT });
      expect(await session.host.activeSheet()).toBe(SHEET.keyAccounts);
      // Needs attention: no plan, no assessment, stale, overdue (the sample's plans are partly filled).
      const counts = (await session.host.values(SHEET.keyAccounts, "C6:C9")).map((r) => r[0]);
      expect(counts.every((n) => typeof n === "number" && n > 0)).toBe(true);
      await session.screenshot(`pane-${SHOT.keyAccounts}`, pane());
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    "builds the Quotas report: quota, won, named won and open pipeline per rep equal the core's",
    async () => {
      const { grid } = await build("quotas");
      const plan = expected.plans.quotas;
      const sheet = SHEET.quotas;
      const n = expected.quotas.length;
      const rows = await session.host.values(sheet, blockRange(plan, "quotas", 1, 0, n, 11));
      const planned = plan.blocks.find((b) => b.id === "quotas")?.cells ?? [];
      expected.quotas.forEach((q, i) => {
        // Named won is blank, like named quota, for a rep with no named-account side (issue 15).
        const namedWon = planned[1 + i][3] === "" && !q.namedWon && !q.namedQuota ? "" : q.namedWon;
        expect([rows[i][0], rows[i][1], rows[i][2], rows[i][3]]).toEqual([q.rep, q.quota, q.won, namedWon]);
        if (q.attainment === null) expect(rows[i][4]).toBe("");
        else expect(rows[i][4]).toBeCloseTo(q.attainment, 10);
        expect(rows[i][9]).toBeCloseTo(q.openWeighted, 4);
      });
      await expectShown(grid, sheet, blockRange(plan, "quotas", 1, 1, 1, 1).split(":")[0]);

      // Five report sheets now, each once; the source sheets come first, as inserted.
      const names = await session.host.sheetNames();
      // (SHEET names every registered report; this test builds the first four and Key Accounts.)
      const built = (["nineGrid", "coverage", "pipeline", "quotas", "keyAccounts"] as const).map((k) => SHEET[k]);
      expect(names.filter((x) => Object.values(SHEET).includes(x)).sort()).toEqual(built.sort());
      expect(names.slice(0, 1 + SOURCE_SHEETS.length)).toEqual(["Sheet1", ...SOURCE_SHEETS]);
      expect(session.external).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it("made no request outside localhost and raised no error in the page", () => {
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
