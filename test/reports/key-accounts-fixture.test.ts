/**
 * The Key Accounts review of one hand-computed key account (DOMAIN.md §10), live and static: status scores
 * Σ weight × score / (5 × Σ weight) per area and overall, weakest area, answered, days since, open and
 * overdue actions, plan completeness, target, plan status, the attention flags and Step 8.
 */
import { buildReport } from "../../src/excel/build-report";
import { defaultModel } from "../../src/core/schemas";
import { KEY_ACCOUNTS_WORDS } from "../../src/reports/key-accounts-words";
import { createHost } from "../host";

const AS_OF = 46349; // 2026-11-23
const W = KEY_ACCOUNTS_WORDS.en;
const ACCOUNTS = [
  ["Account ID", "Account Name", "Industry", "Region", "Contribution", "Potential", "Reference Value", "Winnability", "Manual Tier", "Approver"],
  ["C1", "Acme", "Energy", "North", 100, 100, 1, 1, "A", "Director"],
  ["C2", "Beta", "Energy", "North", 200, 200, 2, 2, "D", "Director"],
  ["C3", "Gamma", "Energy", "North", 300, 300, 3, 3, "D", "Director"],
]; // prettier-ignore
const PLANS = [
  ["Account", "Tier", "Owner", "Ultimate goal", "Short-term goals", "Strategy", "Resources", "Measures", "Annual target", "Review date", "Plan status", "Not key since"],
  ["Acme", "A", "Lee", "Sole supplier", null, null, null, null, 1_000_000, null, "Agreed", null],
]; // prettier-ignore
const STATUS = [
  ["Account", "Question ID", "Area", "Question", "Weight", "Score", "Evidence", "Assessed on"],
  ["Acme", "R1", "Relationship", "q", 3, 4, null, AS_OF - 100],
  ["Acme", "R2", "Relationship", "q", 2, 2, null, AS_OF - 30],
  ["Acme", "N1", "Needs and value", "q", 3, 5, null, null],
  ["Acme", "C1", "Competition", "q", 2, null, null, null],
  ["Acme", "D1", "Decision process and budget", "q", 3, 1, null, AS_OF - 40],
  ["Beta", "R1", "Relationship", "q", 3, 0, null, AS_OF],
]; // prettier-ignore
const ACTIONS = [
  ["Account", "Action", "Area", "Owner", "Due", "Status", "Result"],
  ["Acme", "a", "Competition", "Lee", AS_OF - 1, "Open", null],
  ["Acme", "b", "Relationship", "Lee", AS_OF - 10, "Done", null],
  ["Acme", "c", "Relationship", "Lee", AS_OF + 5, null, null],
  ["Acme", "d", "Relationship", "Lee", AS_OF - 3, "Dropped", null],
]; // prettier-ignore

const sheet = (name: string, table: string, cells: (string | number | null)[][]) => ({
  name,
  cells,
  tables: [{ name: table, range: `A1:${String.fromCharCode(64 + cells[0].length)}${cells.length}` }],
});

const workbook = () =>
  createHost({
    workbook: {
      sheets: [
        sheet("Accounts", "Accounts", ACCOUNTS),
        sheet("Account Plans", "AccountPlans", PLANS),
        sheet("Account Status", "AccountStatus", STATUS),
        sheet("Action Plan", "ActionPlan", ACTIONS),
      ],
    },
  });

describe.each([true, false])("one key account by hand (live %s)", (live) => {
  it("has the hand-computed figures", async () => {
    const host = workbook();
    const model = defaultModel();
    await buildReport(host.run, "keyAccounts", { model, selections: { accounts: { table: "Accounts" } }, live, asOf: AS_OF }); // prettier-ignore
    const values = host.values(W.sheet, "A1:X40");
    const top = values.findIndex((r) => r[1] === W.head.account);
    const header = values[top];
    const row = values.slice(top + 1).find((r) => r[1] === "Acme") as (string | number)[];
    const at = (h: string) => row[header.indexOf(h)];
    expect(at(W.areas.relationship)).toBeCloseTo(16 / 25, 12); // (3×4 + 2×2) / (5 × 5)
    expect(at(W.areas.needsValue)).toBeCloseTo(1, 12); // 3×5 / (5 × 3)
    expect(at(W.areas.competition)).toBe(""); // not assessed
    expect(at(W.areas.decision)).toBeCloseTo(3 / 15, 12);
    expect(at(W.head.overall)).toBeCloseTo(34 / 55, 12); // (12 + 4 + 15 + 3) / (5 × 11)
    expect(at(W.head.weakest)).toBe(W.areas.decision);
    expect(at(W.head.answered)).toBe(4);
    expect(at(W.head.days)).toBe(30); // last dated answer 30 days ago
    expect([at(W.head.open), at(W.head.overdue)]).toEqual([2, 1]); // a (overdue) and c (blank = Open)
    expect(at(W.head.completeness)).toBeCloseTo(2 / 7, 12); // ultimate goal, target
    expect([at(W.head.target), at(W.head.won), at(W.head.planStatus)]).toEqual([1_000_000, 0, "Agreed"]);
    expect(at(W.head.attainment)).toBe(0);
    expect(at(W.head.attention)).toBe(W.flags.overdue);
    const reps = values.findIndex((r) => r[1] === W.reps.rep);
    expect(values[reps + 1].slice(1, 10)).toEqual(["Lee", 1, 1_000_000, 0, 0, 1, 1, 1, 1]);
  });
});
