/** DOMAIN.md §10: rerunning "Create or update plan tables" adds, marks, and never deletes, changes or duplicates. */
import fc from "fast-check";
import { CellValue, foldText, isBlank } from "../../src/core/cells";
import { serialFromYmd } from "../../src/core/dates";
import { QUESTION_BANK } from "../../src/core/esp-questions";
import { applyPlanMerge, MergeInput, PlanMerge, planTablesMerge, PlanTableState } from "../../src/core/esp-merge";
import { ACCOUNT_PLANS, ACCOUNT_STATUS, planHeaders } from "../../src/core/esp-tables";
import { PlanKind } from "../../src/core/fields";
import { Tier } from "../../src/core/tiers";

const AS_OF = serialFromYmd(2026, 11, 23);
const HOSTILE = "=cmd|' /C calc'!A0";
const key = (name: string, tier: Tier | null = "A", owner: string | null = "Wang") => ({ name, tier, owner });
type Tables = Partial<Record<PlanKind, PlanTableState | null>>;
const run = (keyAccounts: MergeInput["keyAccounts"], tables: Tables, asOf = AS_OF, language: "en" | "zh" = "en") => {
  const merge = planTablesMerge({ keyAccounts, tables, asOf, language });
  return { merge, after: applyPlanMerge(tables, merge) };
};
const nothingToDo = (m: PlanMerge) =>
  Object.values(m).every((t) => t.append.length === 0 && t.updates.length === 0 && !t.create);

describe("creating the plan tables", () => {
  it("creates the three tables in Chinese: a plan row per key account, twelve status rows each, no actions", () => {
    const { merge } = run([key("华东电网", "A", "王伟"), key(HOSTILE, "B", null)], {}, AS_OF, "zh");
    expect(merge.accountPlans.create).toBe(true);
    expect(merge.accountPlans.headers).toEqual(planHeaders(ACCOUNT_PLANS, "zh"));
    expect(merge.accountPlans.append).toEqual([
      ["华东电网", "A", "王伟", null, null, null, null, null, null, null, null, null],
      [HOSTILE, "B", null, null, null, null, null, null, null, null, null, null],
    ]);
    expect(merge.accountStatus.append).toHaveLength(24);
    expect(merge.accountStatus.append[0]).toEqual([
      "华东电网", "REL-1", "关系", "客户决策层中有支持我们的人（高层倡导者），且每季度至少与我们会面一次。", 3, null, null, null,
    ]); // prettier-ignore
    expect(merge.accountStatus.append[23].slice(0, 3)).toEqual([HOSTILE, "DEC-3", "决策与预算"]);
    expect(merge.actionPlan).toMatchObject({ create: true, append: [], updates: [], problems: [] });
  });

  it("adds to an existing English table in English, in the user's column order, leaving the user's own column blank", () => {
    const status: PlanTableState = {
      headers: ["Score", "My notes", "Account", "Question ID", "Area", "Weight", "Question", "Assessed on", "Evidence"],
      rows: [[4, "good", "Old", "REL-1", "Relationship", 3, "q", "", ""]],
    };
    const { merge } = run([key("Old"), key("New")], { accountStatus: status }, AS_OF, "zh");
    expect(merge.accountStatus.create).toBe(false);
    expect(merge.accountStatus.append).toHaveLength(12);
    expect(merge.accountStatus.append[3]).toEqual([
      null, null, "New", "NEED-1", "Needs and value", 3, QUESTION_BANK[3].text.en, null, null,
    ]); // prettier-ignore
  });
});

describe("rerunning", () => {
  const plans = (rows: CellValue[][]): PlanTableState => ({ headers: planHeaders(ACCOUNT_PLANS, "en"), rows });
  const row = (account: string, mark: CellValue = null, goal: CellValue = null): CellValue[] => [
    account, "A", "Wang", goal, null, null, null, null, null, null, null, mark,
  ]; // prettier-ignore

  it("marks accounts no longer key, clears the date of one key again, leaves text there, and matches names loosely", () => {
    const earlier = serialFromYmd(2026, 6, 30);
    const before = plans([
      row("Gone"),
      row("Back", earlier),
      row("Kept by user", "keep anyway"),
      row("ＡＣＭＥ  corp", null, "Grow"),
      row(""),
      row("Gone earlier", earlier),
    ]);
    const { merge } = run([key("Back"), key("acme corp"), key("Kept by user")], { accountPlans: before });
    expect(merge.accountPlans.append).toEqual([]);
    expect(merge.accountPlans.updates).toEqual([
      { row: 0, column: 11, value: AS_OF },
      { row: 1, column: 11, value: null },
    ]);
  });

  it("refuses to add rows to a table without its Account column, and notes a missing Not key since column", () => {
    const noAccount: PlanTableState = { headers: ["Tier", "Owner", "Plan status"], rows: [["A", "Wang", "Draft"]] };
    const noMark: PlanTableState = { headers: ["Account", "Tier"], rows: [["Old", "A"]] };
    const a = run([key("New")], { accountPlans: noAccount }).merge.accountPlans;
    expect(a).toMatchObject({
      append: [],
      updates: [],
      problems: [{ code: "missingColumn", params: { field: "account" } }],
    });
    const b = run([key("New")], { accountPlans: noMark }).merge.accountPlans;
    expect(b.append).toEqual([["New", "A"]]);
    expect(b.problems).toEqual([{ code: "missingColumn", params: { field: "notKeySince" } }]);
    const status = run([key("New")], { accountStatus: { headers: ["Account", "Area"], rows: [] } }).merge.accountStatus;
    expect(status.problems).toEqual([{ code: "missingColumn", params: { field: "questionId" } }]);
    expect(status.append).toEqual([]);
  });

  it("does not bring back questions the user deleted from an account, and adds one row per account however often it is listed", () => {
    const status: PlanTableState = {
      headers: planHeaders(ACCOUNT_STATUS, "en"),
      rows: [["Acme", "REL-1", "Relationship", "q", 3, 5, "", ""]],
    };
    const { merge } = run([key("Acme"), key("New"), key("new ")], { accountStatus: status });
    expect(merge.accountStatus.append.map((r) => r[0])).toEqual(Array(12).fill("New"));
  });
});

// ---- property: random key-account lists and random user edits between runs ----------------------------------

const NAMES = ["Acme", "acme", "ＡＣＭＥ", "Beta Ltd", HOSTILE, "1E5", "TRUE", "华东电网", "x".repeat(300), "Gamma"];
const MARK = ACCOUNT_PLANS.columns.findIndex((c) => c.key === "notKeySince");
const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 50_000 }),
);
type Edit =
  | { kind: "set"; table: PlanKind; row: number; col: number; value: CellValue }
  | { kind: "delete"; table: PlanKind; row: number }
  | { kind: "add"; table: PlanKind; account: string };
const tableArb = fc.constantFrom<PlanKind>("accountPlans", "accountStatus", "actionPlan");
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), table: tableArb, row: fc.nat(40), col: fc.nat(12), value: cellArb }),
  fc.record({ kind: fc.constant("delete" as const), table: tableArb, row: fc.nat(40) }),
  fc.record({ kind: fc.constant("add" as const), table: tableArb, account: fc.constantFrom(...NAMES) }),
);
const keysArb = fc
  .uniqueArray(fc.constantFrom(...NAMES), { maxLength: 6 })
  .map((names) => names.map((n, i) => key(n, (["A", "B", "C", null] as const)[i % 4], i % 3 ? "Wang" : null)));

function applyEdits(
  tables: Record<PlanKind, PlanTableState>,
  edits: readonly Edit[],
): Record<PlanKind, PlanTableState> {
  const out = Object.fromEntries(
    Object.entries(tables).map(([k, t]) => [k, { headers: t.headers, rows: t.rows.map((r) => [...r]) }]),
  ) as Record<PlanKind, { headers: readonly CellValue[]; rows: CellValue[][] }>;
  for (const e of edits) {
    const t = out[e.table];
    if (e.kind === "add") t.rows.push(t.headers.map((_, i) => (i === 0 ? e.account : null)));
    else if (!t.rows.length) continue;
    else if (e.kind === "delete") t.rows.splice(e.row % t.rows.length, 1);
    else t.rows[e.row % t.rows.length][e.col % t.headers.length] = e.value;
  }
  return out;
}

const accountsOf = (t: PlanTableState) => t.rows.map((r) => (isBlank(r[0]) ? null : foldText(String(r[0]))));
const count = (t: PlanTableState, name: string) => accountsOf(t).filter((a) => a === foldText(name)).length;

/** What Ninegrid may write in the Not key since cell of a row it finds there (see planTablesMerge). */
function expectedMark(account: CellValue, mark: CellValue, isKey: boolean, asOf: number): CellValue {
  if (isBlank(account) || (typeof mark === "string" && !isBlank(mark))) return mark;
  if (isKey) return typeof mark === "number" ? null : mark;
  return isBlank(mark) ? asOf : mark;
}

/** Cells of `before` that `after` changed other than as Ninegrid may; rows are only ever appended. */
function changedCells(kind: PlanKind, b: PlanTableState, a: PlanTableState, keys: Set<string>, asOf: number): string[] {
  const out: string[] = [];
  b.rows.forEach((r, ri) =>
    r.forEach((v, ci) => {
      const marked = kind === "accountPlans" && ci === MARK;
      const expected = marked ? expectedMark(r[0], v, keys.has(foldText(String(r[0]))), asOf) : v;
      if (a.rows[ri][ci] !== expected)
        out.push(`${kind} row ${ri} col ${ci}: ${String(v)} → ${String(a.rows[ri][ci])}`);
    }),
  );
  return out;
}

describe("rerun property", () => {
  it("never changes a user cell, never duplicates, and running twice equals running once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keysArb, fc.array(editArb, { maxLength: 12 })), { minLength: 1, maxLength: 5 }),
        (runs) => {
          let tables: Record<PlanKind, PlanTableState> = run([], {}).after;
          runs.forEach(([keys, edits], i) => {
            const before = applyEdits(tables, edits);
            const asOf = AS_OF + i;
            const { merge, after } = run(keys, before, asOf);
            const keySet = new Set(keys.map((k) => foldText(k.name)));
            for (const kind of Object.keys(before) as PlanKind[]) {
              expect(after[kind].headers).toEqual(before[kind].headers);
              expect(changedCells(kind, before[kind], after[kind], keySet, asOf)).toEqual([]);
            }
            for (const k of keys) {
              expect(count(after.accountPlans, k.name)).toBe(Math.max(1, count(before.accountPlans, k.name)));
              const had = count(before.accountStatus, k.name);
              expect(count(after.accountStatus, k.name)).toBe(had || QUESTION_BANK.length);
            }
            expect(after.actionPlan.rows).toEqual(before.actionPlan.rows);
            expect(Object.values(merge).every((t) => !t.create)).toBe(true);
            expect(nothingToDo(run(keys, after, asOf).merge)).toBe(true);
            tables = after;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
