/**
 * KAM.* cell messages follow Office's display language (issue 15): Chinese for zh-*, English otherwise and
 * where Office is absent. The messages are read through the functions as Excel calls them.
 */
import { coverage, score, tier, weighted } from "../../src/functions/functions";
import {
  functionMessagesEnUS,
  functionMessagesFor,
  functionMessagesZhCN,
  officeDisplayLanguage,
} from "../../src/functions/messages";

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const messageOf = (cell: unknown) => (cell as { message: string }).message;
const setLanguage = (displayLanguage: string | undefined) => {
  (globalThis as { Office?: unknown }).Office =
    displayLanguage === undefined ? undefined : { context: { displayLanguage } };
};

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe.each([
  [
    "zh-CN",
    /未知阶段“Nope”/,
    /状态“Maybe”不是/,
    /级别“Z”不是 A、B、C 或 D/,
    /第 2 条分配的团队类型“Sales”未知/,
    /KAM\.SCORE：dimensions 必须是矩形区域/,
  ],
  ["zh-TW", /未知阶段“Nope”/, /状态“Maybe”不是/, /级别“Z”不是/, /团队类型“Sales”未知/, /矩形区域/],
  [
    "en-US",
    /unknown stage "Nope"/,
    /status "Maybe" is not Open, Won or Lost/,
    /tier "Z" is not A, B, C or D/,
    /assignment 2 has an unknown team type "Sales"/,
    /KAM\.SCORE: dimensions must be a rectangular range/,
  ],
  [
    "fr-FR",
    /unknown stage "Nope"/,
    /status "Maybe" is not/,
    /tier "Z" is not/,
    /unknown team type "Sales"/,
    /rectangular range/,
  ],
])("Office in %s", (language, stage, status, tierText, teamType, argument) => {
  beforeEach(() => setLanguage(language));

  it("words per-cell errors and argument errors in that language", () => {
    const w = weighted(col(100, 100), col("Nope", "Bid"), col("Open", "Maybe"));
    expect(messageOf(w[0][0])).toMatch(stage);
    expect(messageOf(w[1][0])).toMatch(status);
    const c = coverage(
      [["Acme"], ["Beta"], ["Gamma"]],
      col("Acme", "Beta"),
      col("Territory", "Sales"),
      null as never,
      col("", "", "Z"),
    );
    expect(messageOf(c[1][0])).toMatch(teamType);
    expect(messageOf(c[2][0])).toMatch(tierText);
    expect(messageOf(score([[1, 2], [3]] as never)[0][0])).toMatch(argument);
  });
});

describe("without Office", () => {
  it("is English, and English when Office.context throws before Office is ready", () => {
    expect(officeDisplayLanguage()).toBeUndefined();
    expect(messageOf(tier(col(1), col(1), [["x", 2]])[0][0])).toMatch(/^KAM\.TIER: /);
    (globalThis as { Office?: unknown }).Office = {
      get context(): never {
        throw new Error("Office.context is not ready");
      },
    };
    expect(officeDisplayLanguage()).toBeUndefined();
    expect(functionMessagesFor(officeDisplayLanguage())).toBe(functionMessagesEnUS);
  });
});

describe("the Chinese table", () => {
  it("words every message in Chinese, keeping the numbers, names and quoted cells it is given", () => {
    const args: Record<string, unknown[]> = {
      refused: ["SCORE", "原因", "提示"],
      argument: ["SCORE", "问题"],
      spillLimit: [250_000, 200_000],
      argsTooLarge: [false, "4.20", "4.00"],
      resultTooLarge: [true, "16.00", "4.00"],
      mustBeRange: ["weights"],
      notRectangular: ["dimensions", 3],
      notVector: ["values", 2, 3],
      lengthMismatch: ["segments", 4, "values", 5],
      mustBeOneOf: ["method", ["minmax", "zscore"]],
      percentNotNumber: ["amount", "12%"],
      negative: ["amount", -5],
      statusUnknown: ["Maybe"],
      stageContradicts: ["Won", "Lost"],
      stageUnknown: ["Nope"],
      tierInvalid: ["Z"],
      assignmentTeamType: [2, "Sales"],
      assignmentRole: [3, "Boss"],
    };
    for (const [key, en] of Object.entries(functionMessagesEnUS)) {
      const zh = functionMessagesZhCN[key as keyof typeof functionMessagesZhCN];
      const [enText, zhText] =
        typeof en === "function"
          ? [(en as (...a: unknown[]) => string)(...args[key]), (zh as (...a: unknown[]) => string)(...args[key])]
          : [en, zh as string];
      expect([key, /[\u4e00-\u9fff]/.test(zhText)]).toEqual([key, true]);
      expect([key, zhText]).not.toEqual([key, enText]);
      for (const a of args[key] ?? [])
        if (typeof a === "string" && !/[\u4e00-\u9fff]/.test(a)) expect(zhText).toContain(a);
    }
    expect(functionMessagesZhCN.spillLimit(250_000, 200_000)).toContain("250,000");
  });
});

describe("the hint names the pane's button as the pane words it", () => {
  it.each([
    [functionMessagesEnUS, "en-US"],
    [functionMessagesZhCN, "zh-CN"],
  ] as const)("%#: %s", async (table, lang) => {
    const strings =
      lang === "en-US"
        ? (await import("../../src/taskpane/i18n/en-US")).enUS
        : (await import("../../src/taskpane/i18n/zh-CN")).zhCN;
    expect(table.hintColumns).toContain(strings.writeColumns);
  });
});
