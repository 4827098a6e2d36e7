/** DOMAIN.md §10: the question bank, the three plan tables' columns, and reading them back with located reasons. */
import fc from "fast-check";
import { AREA_NAMES, AREAS, bankQuestion, QUESTION_BANK } from "../../src/core/esp-questions";
import { ACCOUNT_PLANS, ACCOUNT_STATUS, ACTION_PLAN, PLAN_TABLES, planHeaders } from "../../src/core/esp-tables";
import { readActionStatus, readArea, readPlanStatus, readScore } from "../../src/core/esp-values";
import { parsePlanTables } from "../../src/core/esp-parse";
import { serialFromYmd } from "../../src/core/dates";
import { detectMapping } from "../../src/core/headers";
import { PLAN_KINDS, SOURCE_KINDS } from "../../src/core/fields";
import { REASON_TEXT } from "../../src/core/reasons";
import { bestKindFor } from "../../src/taskpane/sources";
import { stringsFor } from "../../src/taskpane/i18n";

describe("question bank", () => {
  it("has about twelve questions, three in each of the four areas, with unique stable IDs and positive weights", () => {
    expect(QUESTION_BANK).toHaveLength(12);
    for (const area of AREAS) expect(QUESTION_BANK.filter((q) => q.area === area)).toHaveLength(3);
    expect(new Set(QUESTION_BANK.map((q) => q.id)).size).toBe(12);
    expect(QUESTION_BANK.map((q) => q.id)).toEqual([
      "REL-1", "REL-2", "REL-3", "NEED-1", "NEED-2", "NEED-3", "COMP-1", "COMP-2", "COMP-3", "DEC-1", "DEC-2", "DEC-3",
    ]); // prettier-ignore
    expect(QUESTION_BANK.map((q) => q.weight)).toEqual([3, 2, 2, 3, 2, 2, 2, 3, 1, 3, 2, 2]);
  });

  it("words every question in English and Chinese, and Excel would keep each ID as text", () => {
    for (const q of QUESTION_BANK) {
      expect(q.text.en).toMatch(/^[A-Z].{20,}\.$/);
      expect(q.text.zh).toMatch(/[\u4e00-\u9fff]{8,}.*。$/);
      // Not a number, date or formula when typed into a cell: letters, a hyphen and a digit.
      expect(q.id).toMatch(/^[A-Z]{3,4}-\d$/);
    }
    expect(AREA_NAMES.decision).toEqual({ en: "Decision process and budget", zh: "决策与预算" });
    expect(AREA_NAMES.needsValue.zh).toBe("需求与价值");
  });

  it("finds a question by ID ignoring case, width and spaces, and nothing else", () => {
    expect(bankQuestion(" rel-1 ")?.id).toBe("REL-1");
    expect(bankQuestion("ＤＥＣ－２")?.id).toBe("DEC-2");
    expect(bankQuestion("REL-9")).toBeUndefined();
    expect(bankQuestion("constructor")).toBeUndefined();
  });
});

describe("plan table values", () => {
  it("reads a score as a whole number 0–5 only", () => {
    expect([0, 5, "3", "３", " 4 ", "2.0"].map(readScore)).toEqual([0, 5, 3, 3, 4, 2]);
    for (const bad of [7, -1, 2.5, "four", "500%", "5万", true, "#N/A", "", null, "1e0"])
      expect(readScore(bad)).toBeNull();
  });

  it("reads statuses and areas in either language, and no Object.prototype name", () => {
    expect(["Draft", "草稿", "AGREED", "已确认"].map(readPlanStatus)).toEqual(["Draft", "Draft", "Agreed", "Agreed"]);
    expect(["open", "进行中", "Done", "已完成", "Dropped", "已放弃"].map(readActionStatus)).toEqual([
      "Open", "Open", "Done", "Done", "Dropped", "Dropped",
    ]); // prettier-ignore
    expect(["关系", "Needs and value", "competition", "决策与预算"].map(readArea)).toEqual(AREAS);
    for (const bad of ["constructor", "toString", "__proto__", "Maybe", 1])
      expect([readPlanStatus(bad), readActionStatus(bad), readArea(bad)]).toEqual([null, null, null]);
  });
});

describe("plan table columns", () => {
  it("lays out the three tables of §10 with their roles and validation", () => {
    expect(planHeaders(ACCOUNT_PLANS, "en")).toEqual([
      "Account", "Tier", "Owner", "Ultimate goal", "Short-term goals", "Strategy", "Resources", "Measures",
      "Annual target", "Review date", "Plan status", "Not key since",
    ]); // prettier-ignore
    expect(planHeaders(ACCOUNT_PLANS, "zh")).toEqual([
      "客户", "分级", "负责人", "终极目标", "短期目标", "客户策略", "资源", "衡量", "全年目标", "复查日期", "规划状态",
      "移出重点客户日期",
    ]); // prettier-ignore
    expect(planHeaders(ACCOUNT_STATUS, "en")).toEqual([
      "Account", "Question ID", "Area", "Question", "Weight", "Score", "Evidence", "Assessed on",
    ]); // prettier-ignore
    expect(planHeaders(ACTION_PLAN, "zh")).toEqual(["客户", "行动", "领域", "负责人", "完成期限", "状态", "结果"]);
    const byKey = (def: typeof ACCOUNT_PLANS) => Object.fromEntries(def.columns.map((c) => [c.key, c]));
    const plans = byKey(ACCOUNT_PLANS);
    expect(plans.tier.validation).toEqual({
      kind: "list",
      values: { en: ["A", "B", "C", "D"], zh: ["A", "B", "C", "D"] },
    });
    expect(plans.planStatus.validation).toEqual({
      kind: "list",
      values: { en: ["Draft", "Agreed"], zh: ["草稿", "已确认"] },
    });
    expect(plans.notKeySince.role).toBe("computed");
    expect(plans.reviewDate).toMatchObject({ role: "input", validation: { kind: "date" }, numberFormat: "yyyy-mm-dd" });
    expect(ACCOUNT_PLANS.columns.filter((c) => c.role === "computed").map((c) => c.key)).toEqual(["notKeySince"]);
    expect(byKey(ACCOUNT_STATUS).score.validation).toEqual({ kind: "wholeNumber", min: 0, max: 5 });
    expect(byKey(ACTION_PLAN).status.validation).toEqual({
      kind: "list",
      values: { en: ["Open", "Done", "Dropped"], zh: ["进行中", "已完成", "已放弃"] },
    });
    expect(PLAN_TABLES.map((t) => t.tableName)).toEqual(["AccountPlans", "AccountStatus", "ActionPlan"]);
  });

  it("detects every column from its own headers in both languages, and in shuffled order", () => {
    for (const def of PLAN_TABLES)
      for (const lang of ["en", "zh"] as const) {
        const headers = planHeaders(def, lang).reverse();
        const mapping = detectMapping(def.kind, headers);
        def.columns.forEach((c) => expect(headers[mapping[c.key] as number]).toBe(c.header[lang]));
      }
  });

  it("are not offered as Data pane sources, and no plan table looks like a source list", () => {
    for (const kind of PLAN_KINDS) expect(SOURCE_KINDS).not.toContain(kind);
    for (const def of PLAN_TABLES)
      for (const lang of ["en", "zh"] as const)
        expect(
          bestKindFor({
            name: def.tableName,
            sheet: def.sheet[lang],
            address: "A1:L4",
            headers: planHeaders(def, lang),
            rows: 3,
          }),
        ).toBeNull();
  });

  it("words every new reason in English and Chinese", () => {
    const zh = stringsFor("zh-CN");
    const codes = [
      "notAScore",
      "notAPlanStatus",
      "notAnActionStatus",
      "notAnArea",
      "unknownQuestion",
      "duplicatePlan",
      "duplicateAnswer",
    ];
    for (const code of codes) {
      expect(Object.keys(REASON_TEXT)).toContain(code);
      const worded = zh.reason({
        code,
        params: { text: "x", questionId: "Q9", account: "Acme", firstRow: 2 },
        reason: "EN",
      });
      expect(worded).not.toBe("EN");
      expect(worded).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("reading the plan tables back", () => {
  const d = serialFromYmd;
  const parsed = () =>
    parsePlanTables({
      accountPlans: {
        sheet: "Account Plans",
        values: [
          planHeaders(ACCOUNT_PLANS, "en"),
          ["Acme", "A", "Wang", "Be their sole supplier", "", "", "", "", 1_000_000, d(2026, 12, 1), "Agreed", ""],
          ["", "B", "Li", "x", "", "", "", "", "", "", "", ""],
          [" ACME ", "A", "Wang", "", "", "", "", "", "", "", "Draft", ""],
          ["Beta", "E", "", "", "", "", "", "", "lots", "soon", "maybe", ""],
        ],
      },
      accountStatus: {
        sheet: "Account Status",
        headerRow: 3,
        firstColumn: 1,
        values: [
          planHeaders(ACCOUNT_STATUS, "zh"),
          ["Acme", "REL-1", "关系", "q", 3, 7, "", d(2026, 11, 1)],
          ["Acme", "REL-2", "关系", "q", 2, "four", "", ""],
          ["Acme", "REL-3", "关系", "q", 2, 4, "", ""],
          ["Acme", "MY-1", "竞争", "Our own question", 1, 2, "", ""],
          ["Acme", "REL-3", "关系", "again", 2, 1, "", ""],
          ["Acme", "NEED-1", "Money", "q", 3, 2, "", ""],
          ["Acme", "NEED-2", "", "q", 2, 2, "", ""],
          ["Acme", "NEED-3", "需求与价值", "q", -1, 2, "", ""],
        ],
      },
      actionPlan: {
        sheet: "Action Plan",
        values: [
          planHeaders(ACTION_PLAN, "en"),
          ["Acme", "Meet the CIO", "Relationship", "Wang", d(2026, 10, 1), "", ""],
          ["Acme", "x", "", "", "", "Later", ""],
        ],
      },
    });

  it("keeps good rows with typed values, counts filled plan fields as written, and blank action status as Open", () => {
    const t = parsed();
    expect(t.plans).toEqual([
      { row: 2, account: "Acme", tier: "A", owner: "Wang", annualTarget: 1_000_000, reviewDate: d(2026, 12, 1), status: "Agreed", notKeySince: null, filled: 3, fields: 7 },
      // "lots", "soon" and "maybe" are blanked with warnings but were typed: 2 of 7 fields filled.
      { row: 5, account: "Beta", tier: null, owner: null, annualTarget: null, reviewDate: null, status: null, notKeySince: null, filled: 2, fields: 7 },
    ]); // prettier-ignore
    expect(t.status.map((r) => [r.row, r.questionId, r.area, r.weight, r.score])).toEqual([
      [6, "REL-3", "relationship", 2, 4],
      [7, "MY-1", "competition", 1, 2],
    ]);
    expect(t.actions).toEqual([
      {
        row: 2,
        account: "Acme",
        action: "Meet the CIO",
        area: "relationship",
        owner: "Wang",
        due: d(2026, 10, 1),
        status: "Open",
      },
    ]);
  });

  it("gives each bad row a located reason: blank account, duplicate plan, score 7, text four, duplicate answer, unknown area, blank or negative weight, bad status", () => {
    const t = parsed();
    const at = (e: { sheet: string; address: string; code: string }) => `${e.sheet}!${e.address} ${e.code}`;
    expect(t.errors.map(at)).toEqual([
      "Account Plans!A3 requiredBlank",
      "Account Plans!A4 duplicatePlan",
      "Account Status!G4 notAScore",
      "Account Status!G5 notAScore",
      "Account Status!D9 notAnArea",
      "Account Status!D10 requiredBlank",
      "Account Status!F11 negativeAmount",
      "Account Status!C8 duplicateAnswer",
      "Action Plan!F3 notAnActionStatus",
    ]);
    expect(t.errors.find((e) => e.code === "notAScore")?.reason).toBe(
      '"7" is not a score: use a whole number from 0 to 5, or leave it blank',
    );
    expect(t.errors.find((e) => e.code === "duplicatePlan")?.reason).toBe('"ACME" already has a plan on row 2');
    expect(t.warnings.map(at)).toEqual([
      "Account Plans!B5 notATier",
      "Account Plans!I5 notANumber",
      "Account Plans!J5 textNotADate",
      "Account Plans!K5 notAPlanStatus",
      "Account Status!C7 unknownQuestion",
    ]);
    expect(t.parsed.accountStatus?.rowsSkipped).toBe(6);
    expect(t.parsed.accountPlans?.rowsSkipped).toBe(2);
  });
});

describe("garbage in the plan tables", () => {
  it("never throws, never keeps a bad score, and accounts for every non-blank row as kept or skipped", () => {
    const cell = fc.oneof(
      fc.constantFrom(
        null,
        "",
        " ",
        "=cmd|' /C calc'!A0",
        "1E5",
        "TRUE",
        true,
        false,
        "#N/A",
        "x".repeat(5000),
        "constructor",
      ),
      fc.constantFrom("Acme", "REL-1", "关系", "Competition", "Agreed", "已放弃", "2026-03-31", "3", "４"),
      fc.integer({ min: -3, max: 9 }),
      fc.double({ noNaN: false }),
      fc.string({ maxLength: 6 }),
    );
    const rows = (width: number) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 15 });
    fc.assert(
      fc.property(rows(12), rows(8), rows(7), (plans, status, actions) => {
        const values = (def: typeof ACCOUNT_PLANS, data: unknown[][]) => ({
          sheet: def.sheet.en,
          values: [planHeaders(def, "en"), ...data] as never,
        });
        const t = parsePlanTables({
          accountPlans: values(ACCOUNT_PLANS, plans),
          accountStatus: values(ACCOUNT_STATUS, status),
          actionPlan: values(ACTION_PLAN, actions),
        });
        for (const r of t.status) expect(r.score === null || [0, 1, 2, 3, 4, 5].includes(r.score)).toBe(true);
        for (const r of t.status) expect(r.weight).toBeGreaterThanOrEqual(0);
        for (const kind of ["accountPlans", "accountStatus", "actionPlan"] as const) {
          const p = t.parsed[kind];
          const kept = { accountPlans: t.plans, accountStatus: t.status, actionPlan: t.actions }[kind].length;
          expect(p?.rowsRead).toBe(kept + (p?.rowsSkipped ?? 0));
        }
        expect(t.errors.every((e) => e.address && e.reason)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
