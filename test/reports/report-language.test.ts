/**
 * Report language (issue 15): the setting saved with the model, how a build resolves it, and the words of
 * every registered report in Chinese.
 */
import { defaultModel, parseModel } from "../../src/core/schemas";
import { CHINESE_PRINT_WORDS, ENGLISH_PRINT_WORDS, withPrintSetup } from "../../src/reports/print";
import { resolveReportLanguage } from "../../src/reports/words";
import { samplePlan, sampleSources } from "./sample-sources";

describe("report language setting", () => {
  it("defaults to following the pane, and a model saved before the setting existed still loads", () => {
    expect(defaultModel().reports.language).toBe("pane");
    const old = parseModel({
      version: 1,
      reports: { output: "static", period: "month", splitBy: "owner", logScale: true, topNames: 5 },
    });
    expect(old.ok && old.model.reports).toMatchObject({ language: "pane", output: "static", topNames: 5 });
    const zh = parseModel({ reports: { language: "zh" } });
    expect(zh.ok && zh.model.reports.language).toBe("zh");
    const bad = parseModel({ reports: { language: "fr" } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => [i.path, i.code])).toEqual([["reports.language", "invalidOption"]]);
  });

  it("resolves to en or zh: the setting, else the pane's language", () => {
    expect(resolveReportLanguage("pane", "zh-CN")).toBe("zh");
    expect(resolveReportLanguage("pane", "zh-TW")).toBe("zh");
    expect(resolveReportLanguage("pane", "en-US")).toBe("en");
    expect(resolveReportLanguage("pane", undefined)).toBe("en");
    expect(resolveReportLanguage("en", "zh-CN")).toBe("en");
    expect(resolveReportLanguage("zh", "en-US")).toBe("zh");
    expect(resolveReportLanguage(undefined, "de-DE")).toBe("en");
  });

  it("words the print footer in the report's language; English when none is given", () => {
    const s = sampleSources({ accounts: 40, opportunities: 80 });
    const plan = samplePlan(s, "nineGrid", false);
    const asOf = 46358; // 2026-12-02
    expect(withPrintSetup(plan, asOf, ["Accounts"]).print?.footer).toEqual({
      left: ENGLISH_PRINT_WORDS.reportDate("2026-12-02"),
      center: "Sources: Accounts",
      right: "Page &P of &N",
    });
    expect(withPrintSetup(plan, asOf, ["Accounts", "Quotas"], "zh").print?.footer).toEqual({
      left: "报告日期 2026-12-02",
      center: "数据来源：Accounts, Quotas",
      right: CHINESE_PRINT_WORDS.page,
    });
  });
});
