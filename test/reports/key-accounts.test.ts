/**
 * The Key Accounts review sheet (DOMAIN.md §10, issue 13) built on the in-memory host from the sample and
 * its ESP plan tables: every figure where the header says, equal to the core's review; live formulas over
 * the plan tables equal the static build cell for cell; a score typed in Account Status moves the live
 * review; and the Chinese sheet has Chinese words.
 */
import { columnLetter } from "../../src/core/a1";
import { AREAS } from "../../src/core/esp-questions";
import { reviewKeyAccounts } from "../../src/core/esp-review";
import { keyAccounts } from "../../src/core/key-accounts";
import { tierAccounts } from "../../src/core/tiering";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { loadPlanSources } from "../../src/excel/plan-tables-read";
import { KEY_ACCOUNTS_WORDS } from "../../src/reports/key-accounts-words";
import { SampleTable } from "../../src/sample";
import { generateEspSample } from "../../src/sample/esp";
import { createHost, Host, WorkbookSpec } from "../host";
import { model, SAMPLE, SPEC } from "../excel/write-operations";
import { SAMPLE_SELECTIONS } from "../excel/sample-workbook";
import { planReport } from "../../src/reports/registry";

const ESP = generateEspSample(SAMPLE);
const W = KEY_ACCOUNTS_WORDS.en;

/** A sample table as a host sheet with an Excel table of the same name. */
const sheetOf = (name: string, t: SampleTable): WorkbookSpec["sheets"][number] => ({
  name,
  cells: [t.headers, ...t.rows],
  numberFormats: [t.headers.map(() => null), ...t.rows.map(() => t.headers.map((h) => t.numberFormats?.[h] ?? null))],
  tables: [{ name: t.name, range: `A1:${columnLetter(t.headers.length - 1)}${t.rows.length + 1}` }],
});

const withPlans = (): Host =>
  createHost({
    workbook: {
      sheets: [
        ...SPEC.sheets,
        sheetOf("Account Plans", ESP.accountPlans),
        sheetOf("Account Status", ESP.accountStatus),
        sheetOf("Action Plan", ESP.actionPlan),
      ],
    },
  });

const build = (host: Host, live: boolean) =>
  buildReport(host.run, "keyAccounts", { model, selections: SAMPLE_SELECTIONS, live, asOf: SAMPLE.asOf });

/** The per-account table: header row (found by its first header) and one row per key account. */
function accountTable(host: Host) {
  const used = host.usedRange("Key Accounts") as string;
  const values = host.values("Key Accounts", used);
  const top = values.findIndex((r) => r[1] === W.head.account);
  const header = values[top];
  const rows: (string | number | boolean)[][] = [];
  for (let r = top + 1; r < values.length && values[r][1] !== "" && typeof values[r][2] === "string"; r++)
    rows.push(values[r]);
  const at = (row: (string | number | boolean)[], h: string) => row[header.indexOf(h)];
  return { values, top, header, rows, at };
}

async function coreReview(host: Host) {
  const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
  const keys = keyAccounts(dataset.accounts, tierAccounts(dataset.accounts, model), dataset.assignments);
  const plans = await loadPlanSources(host.run, ["accountPlans", "accountStatus", "actionPlan"]);
  return reviewKeyAccounts({
    data: dataset,
    keyAccounts: keys,
    tables: plans?.tables ?? { plans: [], status: [], actions: [], errors: [], warnings: [], parsed: {} },
    stages: model.stages,
    asOf: SAMPLE.asOf,
    previousTier: (i) => dataset.accounts[i].previousTier ?? null,
  });
}

const blank = (v: unknown) => (v === "" ? null : v);

describe("Key Accounts review", () => {
  it("writes every §10 figure per key account, equal to the core's review (static)", async () => {
    const host = withPlans();
    const result = await build(host, false);
    const review = await coreReview(host);
    const { rows, at } = accountTable(host);
    expect(rows.length).toBe(review.accounts.length);
    expect(review.accounts.length).toBeGreaterThan(5);
    review.accounts.forEach((a, i) => {
      const row = rows[i];
      expect(at(row, W.head.account)).toBe(a.name);
      expect(blank(at(row, W.head.tier))).toBe(a.tier);
      expect(blank(at(row, W.head.owner))).toBe(a.owner);
      expect(blank(at(row, W.head.target))).toBe(a.annualTarget);
      expect(at(row, W.head.won)).toBeCloseTo(a.wonThisYear, 6);
      if (a.attainment === null) expect(at(row, W.head.attainment)).toBe("");
      else expect(at(row, W.head.attainment)).toBeCloseTo(a.attainment, 9);
      expect(at(row, W.head.pipeline)).toBeCloseTo(a.weightedPipeline, 6);
      expect(at(row, W.head.completeness)).toBeCloseTo(a.completeness, 9);
      expect(blank(at(row, W.head.planStatus))).toBe(a.planStatus && W.planStatus[a.planStatus]);
      for (const area of AREAS) {
        const s = a.areaScores[area];
        if (s === null) expect(at(row, W.areas[area])).toBe("");
        else expect(at(row, W.areas[area])).toBeCloseTo(s, 9);
      }
      expect(blank(at(row, W.head.weakest))).toBe(a.weakestArea && W.areas[a.weakestArea]);
      expect(at(row, W.head.answered)).toBe(a.answered);
      expect(blank(at(row, W.head.days))).toBe(a.daysSinceAssessment);
      expect([at(row, W.head.open), at(row, W.head.overdue)]).toEqual([a.openActions, a.overdueActions]);
      const flags = [
        a.highlights.noPlan && W.flags.noPlan,
        a.highlights.noAssessment && W.flags.noAssessment,
        a.highlights.staleAssessment && W.flags.stale,
        a.highlights.overdueActions && W.flags.overdue,
      ].filter(Boolean);
      expect(at(row, W.head.attention)).toBe(flags.join("; "));
    });
    // Every kind of highlight occurs in the sample, and the counts at the top match the rows.
    const s = result.summaryData;
    expect(s).toMatchObject({ kind: "keyAccounts", accounts: review.accounts.length });
    if (s.kind !== "keyAccounts") throw new Error("summary kind");
    expect([s.noPlan, s.noAssessment, s.stale, s.overdue].every((n) => n > 0)).toBe(true);
    const counts = host.values("Key Accounts", "C6:C9").map((r) => r[0]);
    expect(counts).toEqual([s.noPlan, s.noAssessment, s.stale, s.overdue]);
    expect(host.values("Key Accounts", "B4:C4")).toEqual([[W.reportDate, SAMPLE.asOf]]);
  });

  it("Step 8 per key-account rep equals the core's", async () => {
    const host = withPlans();
    await build(host, false);
    const review = await coreReview(host);
    const { values } = accountTable(host);
    const top = values.findIndex((r) => r[1] === W.reps.rep);
    review.reps.forEach((r, i) => {
      const row = values[top + 1 + i];
      expect(row[1]).toBe(r.rep ?? W.noOwner);
      expect(row.slice(2, 5)).toEqual([r.accounts, r.target, r.won]);
      expect(blank(row[5])).toBe(r.attainment);
      expect(row.slice(6, 9)).toEqual([r.agreedPlans, r.freshAssessments, r.agreedAndFresh]);
      expect(row[9]).toBeCloseTo(r.share, 12);
    });
  });

  it("live formulas over the plan tables equal the static build, cell for cell", async () => {
    const staticHost = withPlans();
    await build(staticHost, false);
    const liveHost = withPlans();
    await build(liveHost, true);
    const s = accountTable(staticHost);
    const l = accountTable(liveHost);
    expect(l.values.length).toBe(s.values.length);
    l.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r < 2) return; // title and subtitle say live or values
        const want = s.values[r][c];
        if (typeof want === "number" && typeof v === "number") expect(v).toBeCloseTo(want, 9);
        else expect([r, c, v]).toEqual([r, c, want]);
      }),
    );
    // The scores really are formulas over the Account Status table.
    const first = l.top + 2;
    const relationship = `${columnLetter(l.header.indexOf(W.areas.relationship))}${first}`;
    expect(liveHost.cell("Key Accounts", relationship).formula).toContain("AccountStatus[Score]");
    const overdue = `${columnLetter(l.header.indexOf(W.head.overdue))}${first}`;
    expect(liveHost.cell("Key Accounts", overdue).formula).toContain("ActionPlan[Due]");
  });

  it("a score typed in Account Status moves the live review, as a static rebuild shows it", async () => {
    const host = withPlans();
    await build(host, true);
    const before = accountTable(host);
    const name = before.rows[0][1] as string;
    // The first key account's first question: score it 0 (was 3–5 or blank).
    const statusRow = ESP.accountStatus.rows.findIndex((r) => r[0] === name) + 2;
    const scoreCol = columnLetter(ESP.accountStatus.headers.indexOf("Score"));
    const dateCol = columnLetter(ESP.accountStatus.headers.indexOf("Assessed on"));
    host.setCell("Account Status", `${scoreCol}${statusRow}`, 0);
    host.setCell("Account Status", `${dateCol}${statusRow}`, SAMPLE.asOf);
    const after = accountTable(host);
    expect(after.at(after.rows[0], W.areas.relationship)).not.toEqual(before.at(before.rows[0], W.areas.relationship));
    expect(after.at(after.rows[0], W.head.days)).toBe(0);
    const live = after.values;
    await build(host, false);
    const rebuilt = accountTable(host).values;
    rebuilt.slice(2).forEach((row, r) =>
      row.forEach((v, c) => {
        const got = live[r + 2][c];
        if (typeof v === "number" && typeof got === "number") expect(got).toBeCloseTo(v, 9);
        else expect(got).toEqual(v);
      }),
    );
  });

  it("colours the heat grid on a fixed 0–100% scale, not the data's lowest to highest", async () => {
    const host = withPlans();
    await build(host, true);
    const { top, header, rows } = accountTable(host);
    const first = columnLetter(header.indexOf(W.areas.relationship));
    const last = columnLetter(header.indexOf(W.head.overall));
    expect(header.indexOf(W.head.overall) - header.indexOf(W.areas.relationship)).toBe(4); // four areas, then overall
    const grid = `'Key Accounts'!${first}${top + 2}:${last}${top + 1 + rows.length}`;
    const scale = host.conditionalFormats("Key Accounts").find((c) => c.address === grid);
    expect(scale?.type).toBe("ColorScale");
    expect(scale?.colorScale).toEqual({
      minimum: { type: "Number", formula: "0", color: "#F8696B" },
      midpoint: { type: "Number", formula: "0.5", color: "#FFEB84" },
      maximum: { type: "Number", formula: "1", color: "#63BE7B" },
    });
  });

  it("without plan tables every key account needs attention: no plan, no assessment", async () => {
    const host = createHost({ workbook: SPEC });
    const result = await build(host, true);
    const s = result.summaryData;
    if (s.kind !== "keyAccounts") throw new Error("summary kind");
    expect(s.noPlan).toBe(s.accounts);
    expect(s.noAssessment).toBe(s.accounts);
    const { rows, at } = accountTable(host);
    expect(at(rows[0], W.head.attention)).toBe(`${W.flags.noPlan}; ${W.flags.noAssessment}`);
  });

  it("writes the Chinese sheet in Chinese", async () => {
    const host = withPlans();
    const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
    const plans = await loadPlanSources(host.run, ["accountPlans", "accountStatus", "actionPlan"]);
    const plan = planReport({ kind: "keyAccounts", data: dataset, model, asOf: SAMPLE.asOf, live: true, refs: () => null, plans, language: "zh" }); // prettier-ignore
    const zh = KEY_ACCOUNTS_WORDS.zh;
    expect(plan.sheetName).toBe("重点客户");
    const table = plan.blocks.find((b) => b.id === "keyAccounts");
    const header = table?.cells[0] as string[];
    expect(header.slice(4, 8)).toEqual(AREAS.map((a) => zh.areas[a]));
    expect(header.every((h) => /\p{Script=Han}/u.test(h))).toBe(true);
    expect(plan.blocks.find((b) => b.id === "reps")?.cells[0]).toEqual(Object.values(zh.reps));
    // Live formulas still point at the (English-named) tables; the flags are Chinese.
    expect(JSON.stringify(table?.cells[1])).toContain("AccountStatus[Score]");
    expect(JSON.stringify(table?.cells[1])).toContain(zh.flags.noPlan);
  });
});
