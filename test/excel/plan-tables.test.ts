/**
 * "Create or update plan tables" (DOMAIN.md §10, issue 13) on the in-memory host: three real tables on
 * their own sheets with validation and looks, one row per key account, and reruns that add new key
 * accounts, date the ones no longer key, and leave every cell the user typed as it was.
 */
import { ACCOUNT_PLANS, ACCOUNT_STATUS, ACTION_PLAN } from "../../src/core/esp-tables";
import { QUESTION_BANK } from "../../src/core/esp-questions";
import { keyAccounts } from "../../src/core/key-accounts";
import { tierAccounts } from "../../src/core/tiering";
import { loadSources } from "../../src/excel/build-report";
import { PLAN_TAG } from "../../src/excel/plan-tables-find";
import { INPUT_STYLE, LOCKED_STYLE } from "../../src/excel/plan-tables-layout";
import { PlanTablesRefused, writePlanTables } from "../../src/excel/plan-tables";
import { createHost, Host } from "../host";
import { model, SAMPLE, SPEC } from "./write-operations";

const SELECTIONS = { accounts: { table: "Accounts" }, assignments: { table: "Assignments" } };
const AS_OF = SAMPLE.asOf;
const run = (host: Host, extra: Partial<Parameters<typeof writePlanTables>[1]> = {}) =>
  writePlanTables(host.run, { model, selections: SELECTIONS, asOf: AS_OF, retry: { delayMs: 0 }, ...extra });

async function keysOf(host: Host) {
  const { dataset } = await loadSources(host.run, SELECTIONS, model);
  return keyAccounts(dataset.accounts, tierAccounts(dataset.accounts, model), dataset.assignments);
}

const table = (host: Host, name: string) => {
  const t = host.tables().find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
};
const body = (host: Host, name: string) => {
  const t = table(host, name);
  return host.values(t.sheet, t.dataAddress);
};

describe("create plan tables", () => {
  it("writes the three tables, one row per key account and per key account × question", async () => {
    const host = createHost({ workbook: SPEC });
    const keys = await keysOf(host);
    expect(keys.length).toBeGreaterThan(3);
    const result = await run(host);
    expect(result.keyAccounts).toBe(keys.length);
    expect(result.tables.accountPlans).toMatchObject({ sheet: "Account Plans", table: "AccountPlans", created: true });
    expect(host.sheetNames()).toEqual(expect.arrayContaining(["Account Plans", "Account Status", "Action Plan"]));

    const plans = body(host, "AccountPlans");
    expect(table(host, "AccountPlans").columns).toEqual(ACCOUNT_PLANS.columns.map((c) => c.header.en));
    expect(plans.map((r) => [r[0], r[1], r[2]])).toEqual(keys.map((k) => [k.name, k.tier ?? "", k.owner ?? ""]));
    expect(plans.every((r) => r.slice(3).every((v) => v === ""))).toBe(true);

    const status = body(host, "AccountStatus");
    expect(status).toHaveLength(keys.length * QUESTION_BANK.length);
    expect(status[0].slice(0, 5)).toEqual([
      keys[0].name,
      QUESTION_BANK[0].id,
      "Relationship",
      QUESTION_BANK[0].text.en,
      QUESTION_BANK[0].weight,
    ]);
    // Action Plan starts with one blank row (an Excel table has at least one).
    expect(body(host, "ActionPlan")).toEqual([ACTION_PLAN.columns.map(() => "")]);
    expect(JSON.parse(host.customProperties("Account Plans")[PLAN_TAG])).toEqual({
      kind: "accountPlans",
      state: "ready",
      table: "AccountPlans",
    });
  });

  it("validates tier, score, statuses and dates and styles input and locked cells", async () => {
    const host = createHost({ workbook: SPEC });
    await run(host);
    const n = body(host, "AccountStatus").length;
    const rules = (sheet: string) =>
      host.model.sheets.find((s) => s.name === sheet && !s.deleted)?.validations.map((v) => v.rule) ?? [];
    const statusSheet = host.model.sheets.find((s) => s.name === "Account Status" && !s.deleted);
    const score = statusSheet?.validations.find((v) => v.type === "WholeNumber");
    expect(score?.rule).toEqual({ wholeNumber: { operator: "Between", formula1: 0, formula2: 5 } });
    expect(score?.rect).toEqual({ row: 1, col: 5, rows: n, cols: 1 });
    expect(rules("Account Plans")).toEqual(
      expect.arrayContaining([
        { list: { inCellDropDown: true, source: "A,B,C,D" } },
        { list: { inCellDropDown: true, source: "Draft,Agreed" } },
        { date: { operator: "GreaterThanOrEqualTo", formula1: "=DATE(1900,1,1)" } },
      ]),
    );
    expect(rules("Action Plan")).toContainEqual({ list: { inCellDropDown: true, source: "Open,Done,Dropped" } });
    // Account (key) locked grey, Ultimate goal input, Not key since (computed) locked.
    expect(host.cell("Account Plans", "A2").fill).toBe(LOCKED_STYLE.fill);
    expect(host.cell("Account Plans", "D2").fill).toBe(INPUT_STYLE.fill);
    expect(host.cell("Account Plans", "L2").fill).toBe(LOCKED_STYLE.fill);
    expect(host.cell("Account Plans", "J2").numberFormat).toBe("yyyy-mm-dd");
    expect(host.frozen("Account Plans")).toEqual({ rows: 1, columns: 0 });
  });

  it("writes Chinese headers, sheet names, areas and questions in Chinese", async () => {
    const host = createHost({ workbook: SPEC });
    const result = await run(host, { language: "zh" });
    expect(result.tables.accountStatus.sheet).toBe("客户状态评估");
    expect(table(host, "AccountStatus").columns).toEqual(ACCOUNT_STATUS.columns.map((c) => c.header.zh));
    expect(body(host, "AccountStatus")[0].slice(2, 4)).toEqual(["关系", QUESTION_BANK[0].text.zh]);
  });

  it("never overwrites a sheet it did not create, and refuses without an accounts table", async () => {
    const host = createHost({
      workbook: { sheets: [...(SPEC.sheets ?? []), { name: "Account Plans", cells: [["my notes"]] }] },
    });
    const result = await run(host);
    expect(result.tables.accountPlans.sheet).toBe("Account Plans (2)");
    expect(host.values("Account Plans", "A1:B1")).toEqual([["my notes", ""]]);
    await expect(writePlanTables(host.run, { model, selections: {}, asOf: AS_OF })).rejects.toBeInstanceOf(
      PlanTablesRefused,
    );
  });
});

describe("rerun", () => {
  it("changes nothing when nothing changed", async () => {
    const host = createHost({ workbook: SPEC });
    await run(host);
    const before = host.workbookSnapshot();
    const again = await run(host);
    expect(host.workbookSnapshot()).toBe(before);
    expect(Object.values(again.tables).map((t) => [t.created, t.added, t.marked])).toEqual([
      [false, 0, 0],
      [false, 0, 0],
      [false, 0, 0],
    ]);
    expect(host.tables().filter((t) => /^(AccountPlans|AccountStatus|ActionPlan)/.test(t.name))).toHaveLength(3);
  });

  it("keeps user cells, adds new key accounts, dates the ones no longer key; then is idempotent", async () => {
    const host = createHost({ workbook: SPEC });
    await run(host);
    const keys1 = await keysOf(host);
    // The user fills in plans and scores.
    host.setCell("Account Plans", "D2", "'=be their first supplier");
    host.setCell("Account Plans", "I2", 1_000_000);
    host.setCell("Account Plans", "K3", "Agreed");
    host.setCell("Account Status", "F2", 4);
    host.setCell("Account Status", "G2", "CFO met twice");
    // Accounts change: an approved manual tier makes account row 40 key and drops the first key account.
    const accounts = SAMPLE.accounts.rows;
    // Key by tier only (a top-X% account stays key whatever its tier).
    const dropped = keys1.find((k) => k.byTier && !k.byTopPercent) as (typeof keys1)[number];
    const at = keys1.indexOf(dropped);
    const droppedRow = accounts.findIndex((r) => r[1] === dropped.name) + 2;
    const added = accounts.findIndex((r, i) => !keys1.some((k) => k.name === r[1]) && i > 5);
    host.setCells("Accounts", `I${droppedRow}`, [["D", "Director"]]);
    host.setCells("Accounts", `I${added + 2}`, [["A", "Director"]]);
    const keys2 = await keysOf(host);
    expect(keys2.map((k) => k.name)).toContain(accounts[added][1]);
    expect(keys2.map((k) => k.name)).not.toContain(dropped.name);

    const plansBefore = body(host, "AccountPlans");
    const statusBefore = body(host, "AccountStatus");
    const result = await run(host);
    expect(result.tables.accountPlans).toMatchObject({ created: false, added: 1, marked: 1, cleared: 0 });
    expect(result.tables.accountStatus.added).toBe(QUESTION_BANK.length);

    const plans = body(host, "AccountPlans");
    expect(plans).toHaveLength(plansBefore.length + 1);
    // Every cell the user typed is as it was; only the dropped account's Not key since is new.
    plansBefore.forEach((r, i) => {
      const expected = [...r];
      if (i === at) expected[11] = AS_OF;
      expect(plans[i]).toEqual(expected);
    });
    expect(plans[0][3]).toBe("=be their first supplier");
    expect(plans.at(-1)?.slice(0, 2)).toEqual([accounts[added][1], "A"]);
    expect(body(host, "AccountStatus").slice(0, statusBefore.length)).toEqual(statusBefore);
    expect(body(host, "AccountStatus")[0].slice(5, 7)).toEqual([4, "CFO met twice"]);
    // Added rows get the same validation and look.
    const lastRow = plans.length + 1;
    expect(host.cell("Account Plans", `D${lastRow}`).fill).toBe(INPUT_STYLE.fill);
    expect(host.cell("Account Plans", `L2`).numberFormat).toBe("yyyy-mm-dd");

    // The user edits again; a third run changes nothing.
    host.setCell("Account Status", "F3", 2);
    const snapshot = host.workbookSnapshot();
    const third = await run(host);
    expect(host.workbookSnapshot()).toBe(snapshot);
    expect(third.tables.accountPlans).toMatchObject({ added: 0, marked: 0 });

    // The account becomes key again: its date is cleared, nothing else changes.
    host.setCells("Accounts", `I${droppedRow}`, [["", ""]]);
    const fourth = await run(host);
    expect(fourth.tables.accountPlans).toMatchObject({ added: 0, marked: 0, cleared: 1 });
    expect(body(host, "AccountPlans")[at][11]).toBe("");
  });

  it("keeps text the user typed in Not key since", async () => {
    const host = createHost({ workbook: SPEC });
    await run(host);
    const keys = await keysOf(host);
    const at = keys.findIndex((k) => k.byTier && !k.byTopPercent);
    const row = SAMPLE.accounts.rows.findIndex((r) => r[1] === keys[at].name) + 2;
    host.setCell("Account Plans", `L${at + 2}`, "merged into group");
    host.setCells("Accounts", `I${row}`, [["D", "Director"]]);
    await run(host);
    expect(host.values("Account Plans", `L${at + 2}`)).toEqual([["merged into group"]]);
  });

  it("uses the user's own AccountPlans table (no tag): adds key accounts below, keeps their columns", async () => {
    const keys = await keysOf(createHost({ workbook: SPEC }));
    const host = createHost({
      workbook: {
        sheets: [
          ...SPEC.sheets,
          {
            name: "My plans",
            cells: [
              ["Customer", "My notes", "Plan status", "Not key since"],
              [keys[0].name, "call in May", "Agreed", null],
            ],
            tables: [{ name: "AccountPlans", range: "A1:D2" }],
          },
        ],
      },
    });
    const result = await run(host);
    expect(result.tables.accountPlans).toMatchObject({ created: false, sheet: "My plans", added: keys.length - 1 });
    const rows = host.values("My plans", `A1:D${keys.length + 1}`);
    expect(rows[1]).toEqual([keys[0].name, "call in May", "Agreed", ""]);
    // New rows fill the columns Ninegrid knows (Customer is the account) and leave the user's own blank.
    expect(rows[2]).toEqual([keys[1].name, "", "", ""]);
    expect(host.tables().filter((t) => t.name.startsWith("AccountPlans"))).toHaveLength(1);
  });

  it("leaves a plan table without its key column as it is, and says so", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          ...SPEC.sheets,
          {
            name: "Status",
            cells: [
              ["Account", "Score"],
              ["x", 3],
            ],
            tables: [{ name: "AccountStatus", range: "A1:B2" }],
          },
        ],
      },
    });
    const before = host.snapshot("Status");
    const result = await run(host);
    expect(result.tables.accountStatus.problems).toEqual([{ code: "missingColumn", params: { field: "questionId" } }]);
    expect(result.tables.accountStatus).toMatchObject({ created: false, added: 0 });
    expect(host.snapshot("Status")).toBe(before);
  });
});
