/** The Nine-Grid scatter's notes and the skipped print setup are worded in both languages, with their numbers. */
import type { ScatterNote } from "../../src/reports/nine-grid-chart";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { FOUR_ACCOUNT_GRID } from "./nine-grid-summary";

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

  it("adds the scatter's notes to the Nine-Grid summary, and nothing when it has none", () => {
    const notes: ScatterNote[] = [
      { code: "scatterAutoLog", axes: ["contribution"] },
      { code: "scatterNotPlotted", count: 3 },
    ];
    const base = FOUR_ACCOUNT_GRID;
    const plain = s.reports.nineGrid.summary({ ...base, chartNotes: [] });
    const noted = s.reports.nineGrid.summary({ ...base, chartNotes: notes });
    expect(noted.startsWith(plain)).toBe(true);
    for (const note of notes) expect(noted).toContain(s.scatterNote(note));
  });
});
