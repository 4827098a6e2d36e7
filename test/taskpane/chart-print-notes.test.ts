/** The Nine-Grid scatter's notes and the skipped print setup are worded in both languages, with their numbers. */
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";

describe.each([
  ["en-US", enUS],
  ["zh-CN", zhCN],
])("%s", (lang, s) => {
  it("words the automatic log scale per axis and the accounts left off the chart", () => {
    const both = s.scatterNote({ code: "scatterAutoLog", axes: ["contribution", "potential"] });
    const one = s.scatterNote({ code: "scatterAutoLog", axes: ["potential"] });
    expect(both).not.toBe(one);
    expect(lang === "en-US" ? both : one).toMatch(
      lang === "en-US" ? /contribution and potential axes/ : /潜在价值坐标轴/,
    );
    expect(s.scatterNote({ code: "scatterNotPlotted", count: 1234 })).toContain(lang === "en-US" ? "1,234" : "1,234");
    expect(s.printSetupSkipped).toMatch(/ExcelApi 1\.9/);
  });
});
