/**
 * The Key Accounts review of one hand-computed key account (DOMAIN.md §10), live and static: status scores
 * Σ weight × score / (5 × Σ weight) per area and overall, weakest area, answered, days since, open and
 * overdue actions, plan completeness, target, plan status, the attention flags and Step 8.
 */
import { buildReport } from "../../src/excel/build-report";
import { defaultModel } from "../../src/core/schemas";
import { MAX_CORRECTIONS } from "../../src/reports/key-accounts-live";
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

/**
 * Rows the core skips (a score of 7, a second answer to one question, a second plan, an action with an
 * unknown status) must not move the live figures either: the same hand-computed figures as above, live and
 * static, and the rows named in the sheet and in the build's warnings (issue 13, live and static agree).
 */
const withBadRows = (statusExtra: (string | number | null)[][]) =>
  createHost({
    workbook: {
      sheets: [
        sheet("Accounts", "Accounts", ACCOUNTS),
        sheet("Account Plans", "AccountPlans", [...PLANS, ["ACME", "A", "Kim", "x", "y", "z", "r", "m", 5_000_000, AS_OF, "Draft", null]]), // prettier-ignore
        sheet("Account Status", "AccountStatus", [...STATUS, ...statusExtra]),
        sheet("Action Plan", "ActionPlan", [...ACTIONS, ["Acme", "e", "Competition", "Lee", AS_OF - 2, "Pending", null]]), // prettier-ignore
      ],
    },
  });

const BAD_STATUS = [
  ["Acme", "R3", "Relationship", "q", 3, 7, null, AS_OF - 200], // row 8: score outside 0–5
  ["acme", "R1", "Relationship", "q", 3, 0, null, AS_OF - 60], // row 9: a second answer to R1
]; // prettier-ignore

/** Every formula on the review sheet. */
const formulasOf = (host: ReturnType<typeof createHost>) =>
  host
    .formulas(W.sheet, "A1:X40")
    .flat()
    .filter((f): f is string => typeof f === "string" && f.startsWith("="));

async function buildBad(host: ReturnType<typeof createHost>, live: boolean) {
  const result = await buildReport(host.run, "keyAccounts", { model: defaultModel(), selections: { accounts: { table: "Accounts" } }, live, asOf: AS_OF }); // prettier-ignore
  const values = host.values(W.sheet, "A1:X40");
  const top = values.findIndex((r) => r[1] === W.head.account);
  const header = values[top];
  const row = values.slice(top + 1).find((r) => r[1] === "Acme") as (string | number)[];
  const notes = values.map((r) => r[1]).filter((v) => typeof v === "string" && v.startsWith("Left out"));
  return { result: { ...result, host }, at: (h: string) => row[header.indexOf(h)], notes };
}

describe.each([true, false])("skipped plan-table rows (live %s)", (live) => {
  it("leave every figure as without them, and are named in the sheet and the warnings", async () => {
    const { result, at, notes } = await buildBad(withBadRows(BAD_STATUS), live);
    expect(at(W.areas.relationship)).toBeCloseTo(16 / 25, 12);
    expect(at(W.head.overall)).toBeCloseTo(34 / 55, 12);
    expect([at(W.head.answered), at(W.head.days)]).toEqual([4, 30]);
    expect([at(W.head.open), at(W.head.overdue)]).toEqual([2, 1]);
    expect(at(W.head.completeness)).toBeCloseTo(2 / 7, 12);
    expect([at(W.head.target), at(W.head.planStatus)]).toEqual([1_000_000, "Agreed"]);
    expect(notes).toEqual([
      "Left out of this review (see Check data): sheet Account Plans, row 3. Fix and build again.",
      "Left out of this review (see Check data): sheet Account Status, row 8, 9. Fix and build again.",
      "Left out of this review (see Check data): sheet Action Plan, row 6. Fix and build again.",
    ]);
    const warned = result.warnings.map((w) => (w.code === "liveSkippedRows" ? [w.table, w.sheet, w.rows, w.excluded] : w.code)); // prettier-ignore
    expect(warned).toEqual(
      live
        ? [
            ["accountPlans", "Account Plans", [3], true],
            ["accountStatus", "Account Status", [8, 9], true],
            ["actionPlan", "Action Plan", [6], true],
          ]
        : [],
    );
  });
});

it("a skipped answer dated after the last assessment stays in MAXIFS: the warning and the sheet say so", async () => {
  const late = [["ACME", "R2", "Relationship", "q", 2, 5, null, AS_OF - 1]]; // row 8: a second answer to R2, newest date
  const { result, at, notes } = await buildBad(withBadRows(late), true);
  expect(at(W.areas.relationship)).toBeCloseTo(16 / 25, 12); // the scores leave it out…
  expect(at(W.head.answered)).toBe(4);
  expect(at(W.head.days)).toBe(1); // …the last assessment cannot
  const status = result.warnings.find((w) => w.code === "liveSkippedRows" && w.table === "accountStatus");
  expect(status).toMatchObject({ sheet: "Account Status", rows: [8], excluded: false });
  expect(notes[1]).toBe(
    "Left out of this review (see Check data): sheet Account Status, row 8. Fix and build again. " +
      "Live formulas still count row 8 (last assessment or plan status).",
  );
});

it("a score of 7 typed after a live build is left out at once, as a static rebuild leaves it out", async () => {
  const host = workbook();
  const model = defaultModel();
  const options = { model, selections: { accounts: { table: "Accounts" } }, asOf: AS_OF };
  await buildReport(host.run, "keyAccounts", { ...options, live: true });
  host.setCell("Account Status", "F2", 7); // Acme R1 (weight 3, was 4)
  const read = () => {
    const values = host.values(W.sheet, "A1:X40");
    const top = values.findIndex((r) => r[1] === W.head.account);
    const row = values.slice(top + 1).find((r) => r[1] === "Acme") as (string | number)[];
    const at = (h: string) => row[values[top].indexOf(h)];
    return [at(W.areas.relationship), at(W.head.overall), at(W.head.answered), at(W.head.days)];
  };
  const live = read();
  expect(live[0]).toBeCloseTo(4 / 10, 12); // R2 alone: 2×2 / (5×2)
  expect(live[1]).toBeCloseTo(22 / 40, 12); // (4 + 15 + 3) / (5 × 8)
  expect(live.slice(2)).toEqual([3, 30]);
  await buildReport(host.run, "keyAccounts", { ...options, live: false });
  const rebuilt = read();
  rebuilt.forEach((v, i) =>
    typeof v === "number" ? expect(v).toBeCloseTo(live[i] as number, 12) : expect(v).toBe(live[i]),
  );
});

it("subtracts at most MAX_CORRECTIONS skipped rows of one account (Excel's formula length), then warns they count", async () => {
  const many = Array.from({ length: MAX_CORRECTIONS + 1 }, (_, i) => ["Acme", `X${i}`, "Relationship", "q", 1, 9, null, null]); // prettier-ignore
  const { result, at } = await buildBad(withBadRows(many), true);
  const status = result.warnings.find((w) => w.code === "liveSkippedRows" && w.table === "accountStatus");
  expect(status).toMatchObject({ count: MAX_CORRECTIONS + 1, excluded: false });
  // A score of 9 is outside 0–5, so the criteria leave these rows out anyway: the figures stay right.
  expect(at(W.areas.relationship)).toBeCloseTo(16 / 25, 12);
});

it("with MAX_CORRECTIONS second answers subtracted, every formula stays within Excel's 8,192 characters", async () => {
  const many = Array.from({ length: MAX_CORRECTIONS }, () => ["Acme", "D1", "Decision process and budget", "q", 3, 5, null, null]); // prettier-ignore
  const { result, at } = await buildBad(withBadRows(many), true);
  expect(at(W.areas.decision)).toBeCloseTo(3 / 15, 12); // the first D1 answer only
  expect(result.warnings.find((w) => w.code === "liveSkippedRows" && w.table === "accountStatus")).toMatchObject({ count: MAX_CORRECTIONS, excluded: true }); // prettier-ignore
  const longest = Math.max(...formulasOf(result.host).map((f) => f.length));
  expect(longest).toBeGreaterThan(2_000); // the subtractions are there…
  expect(longest).toBeLessThanOrEqual(8_192); // …and Excel takes them
});
