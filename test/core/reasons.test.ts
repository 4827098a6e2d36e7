/** Every core reason carries a stable code and params (for the task pane's languages) and its English text. */
import { checkCutOrder, cutOrderProblem } from "../../src/core/bands";
import { readDate } from "../../src/core/dates";
import { readFraction, readNumber } from "../../src/core/numbers";
import { parseTable } from "../../src/core/parse-table";
import { REASON_TEXT, reasonText } from "../../src/core/reasons";
import { parseModel } from "../../src/core/schemas";
import { smallDataset } from "./fixtures";

const coded = ({ code, params, reason }: { code: string; params: unknown; reason: string }) => ({
  code,
  params,
  reason,
});

describe("reason codes", () => {
  it("reads of bad numbers and dates carry a code, params and the unchanged English reason", () => {
    expect(readNumber("about 7")).toEqual({
      kind: "bad",
      code: "notANumber",
      params: { text: "about 7" },
      reason: '"about 7" is not a number',
    });
    expect(readNumber(true)).toMatchObject({ code: "booleanNotNumber", params: { value: "TRUE" } });
    expect(readNumber("#N/A")).toMatchObject({
      code: "excelError",
      params: { error: "#N/A" },
      reason: "Excel error #N/A",
    });
    expect(readNumber(NaN)).toMatchObject({ code: "notFinite", params: {}, reason: "not a finite number" });
    expect(readFraction(-5)).toMatchObject({
      code: "percentOutOfRange",
      params: { value: -5 },
      reason: "percentage -5 is outside 0–100%",
    });
    expect(readDate("2026-02-30")).toMatchObject({
      code: "invalidDate",
      params: { text: "2026-02-30" },
      reason: '"2026-02-30" is not a valid date',
    });
    expect(readDate("03/04/2026")).toMatchObject({
      code: "ambiguousDate",
      params: { text: "03/04/2026" },
      reason: '"03/04/2026" is ambiguous (day/month); use yyyy-mm-dd',
    });
    expect(readDate("soon")).toMatchObject({ code: "textNotADate", params: { text: "soon" } });
    // User text in params is clipped as in the English reason.
    const long = "x".repeat(60);
    expect(readNumber(long)).toMatchObject({ params: { text: `${"x".repeat(39)}…` } });
  });

  it("parse errors carry the code of each bad cell", () => {
    const t = parseTable("opportunities", {
      sheet: "Opps",
      values: [
        ["Opportunity ID", "Account", "Owner", "Stage", "Status", "Amount"],
        ["O1", "A1", "Wang", "Pitch", "Open", 10],
        ["O2", "A1", "Wang", "Bid", "Maybe", -3],
        ["O3", "", "Wang", "Bid", "Open", 5],
      ],
    });
    expect(t.errors.map(coded)).toEqual([
      { code: "unknownStage", params: { text: "Pitch" }, reason: 'unknown stage "Pitch"' },
      { code: "notAStatus", params: { text: "Maybe" }, reason: '"Maybe" is not Open, Won or Lost' },
      { code: "negativeAmount", params: { field: "amount", value: -3 }, reason: "amount -3 is negative" },
      { code: "requiredBlank", params: { field: "account" }, reason: "account is blank" },
    ]);
    const a = parseTable("assignments", {
      sheet: "Cover",
      values: [
        ["Account", "Rep", "Team Type", "Role"],
        ["A1", "Wang", "Squad", "Lead"],
      ],
    });
    expect(a.errors.map((e) => e.code)).toEqual(["notATeamType"]);
    expect(a.warnings.map((e) => e.code)).toEqual(["notARole"]); // an optional field is blanked, not fatal
    const m = parseTable(
      "accounts",
      {
        sheet: "Acc",
        values: [
          ["Account Name", "Contribution", "Potential", "Manual Tier"],
          ["Acme", 1, 2, "Z"],
        ],
      },
      { mapping: { colour: 0, industry: 9, region: "Area" } },
    );
    expect(m.errors.map(coded)).toEqual([
      {
        code: "notAField",
        params: { field: "colour", table: "accounts" },
        reason: '"colour" is not a field of the accounts table',
      },
      {
        code: "columnOutside",
        params: { field: "industry", column: 10 },
        reason: "column 10 for industry is outside the table",
      },
      { code: "noSuchColumn", params: { field: "region", header: "Area" }, reason: 'no column "Area" for region' },
    ]);
    expect(m.warnings.map(coded)).toEqual([
      { code: "notATier", params: { text: "Z" }, reason: '"Z" is not a tier A–D' },
    ]);
  });

  it("linking errors carry codes too: duplicate keys, unknown accounts, a second quota", () => {
    const d = smallDataset();
    expect(d.errors.map(coded)).toEqual([
      {
        code: "duplicateAccount",
        params: { key: "A1", firstRow: 2 },
        reason: 'duplicate account key "A1" (first on row 2)',
      },
      {
        code: "unknownAccount",
        params: { account: "Nobody" },
        reason: 'account "Nobody" is not in the accounts table',
      },
      {
        code: "duplicateQuota",
        params: { rep: "wang", firstRow: 2 },
        reason: 'rep "wang" already has a quota on row 2',
      },
    ]);
    expect(d.warnings.map((w) => [w.code, w.params])).toEqual([["unknownAccount", { account: "Zeta" }]]);
  });

  it("the cut order check gives a code, and the same English line as before", () => {
    const p90 = { kind: "pct", p: 0.9 } as const;
    const p80 = { kind: "pct", p: 0.8 } as const;
    expect(cutOrderProblem([p90, p80])).toEqual({ code: "cutOrder", params: { cut1: "P90", cut2: "P80" } });
    expect(checkCutOrder([p90, p80])).toBe("cut1 (P90) must not exceed cut2 (P80)");
    expect(
      checkCutOrder([
        { kind: "abs", value: 5 },
        { kind: "abs", value: 2 },
      ]),
    ).toBe("cut1 (5) must not exceed cut2 (2)");
    expect(cutOrderProblem([p80, p90])).toBeNull();
    expect(reasonText({ code: "cutOrder", params: { cut1: "5", cut2: "2" } })).toBe(
      "cut1 (5) must not exceed cut2 (2)",
    );
    expect(Object.keys(REASON_TEXT)).toContain("cutOrder");
  });

  it("model validation issues carry codes beside the English lines", () => {
    const r = parseModel({
      weights: { contribution: -1, potential: NaN, reference: 1, winnability: 1 },
      method: "magic",
      cuts: { contribution: ["X50", "P80"] },
      reports: { topNames: 50 },
    });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues.map(({ path, code, params }) => [path, code, params])).toEqual([
      ["weights.contribution", "nonNegative", {}],
      ["weights.potential", "expectedNumber", {}],
      ["method", "invalidOption", { options: "rank, minmax, none" }],
      ["cuts.contribution.0", "percentileFormat", {}],
      ["cuts.contribution.0", "percentileMax", {}],
      ["reports.topNames", "tooBig", { limit: 20 }],
    ]);
    expect(r.ok ? [] : r.errors).toEqual(issues.map((i) => `${i.path}: ${i.message}`));
    expect(issues[0].message).toBe("must be 0 or more");
  });
});
