/**
 * The nine-box on the Nine-Grid sheet (issue 15), through the in-memory host: each box filled in its tier's
 * colour, lettered and counted, its first names cut to fit the box, and every account in the full list below.
 */
import { cellAddress, parseCell } from "../../src/core/a1";
import { defaultModel, Model } from "../../src/core/schemas";
import { charsToPoints } from "../../src/excel/apply-plan";
import { buildReport } from "../../src/excel/build-report";
import {
  fitNames,
  fitText,
  textWidth,
  BOX_HEIGHTS,
  BOX_NAME_WIDTH,
  BOX_ROWS,
  BOX_WIDTH,
} from "../../src/reports/nine-grid-box";
import { TOP_NAMES_WIDTH } from "../../src/reports/nine-grid-tiers";
import { planReport } from "../../src/reports";
import { block } from "./plan-lookup";
import { refsOf, sampleSources } from "./sample-sources";
import { TIER_COLORS, TIER_FONT } from "../../src/reports/styles";
import { createHost, Host } from "../host";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "../excel/sample-workbook";

const ASOF = 46358;

async function built(language: "en" | "zh", tierMap?: Model["tierMap"]) {
  const { spec, wb } = sampleWorkbookSpec();
  const host = createHost({ workbook: spec });
  const base = defaultModel();
  const model = { ...base, ...(tierMap ? { tierMap } : {}), reports: { ...base.reports, language } };
  const result = await buildReport(host.run, "nineGrid", {
    model,
    selections: SAMPLE_SELECTIONS,
    live: true,
    asOf: ASOF,
  });
  return { host, wb, sheet: result.sheetName, model };
}

/** The top-left cell of the nine-box: the cell under its caption. */
function boxTop(host: Host, sheet: string, caption: RegExp): { row: number; col: number } {
  const used = host.usedRange(sheet, true) as string;
  const values = host.values(sheet, used);
  const r = values.findIndex((row) => typeof row[1] === "string" && caption.test(row[1] as string));
  expect(r).toBeGreaterThan(0);
  return { row: r + 1, col: 1 };
}

describe("nine-box", () => {
  it("fits text by display width: Chinese characters count twice, a cut ends in …", () => {
    expect(textWidth("Acme")).toBe(4);
    expect(textWidth("华为技术")).toBe(8);
    expect(fitText("Short name", 17)).toBe("Short name");
    expect(fitText("Proseware Industries Holdings", 17)).toBe("Proseware Indust…");
    expect(textWidth(fitText("Proseware Industries Holdings", 17))).toBeLessThanOrEqual(17);
    expect(fitText("中国石油天然气集团有限公司", 17)).toBe("中国石油天然气集…");
    expect(fitText("A 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", 8)).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it("draws one box per cell in its tier's colour, with its tier, count, first two names and the rest counted", async () => {
    const { host, sheet, model } = await built("en");
    const top = boxTop(host, sheet, /^Nine-box/);
    const header = host.values(sheet, `${cellAddress(top.row, 1)}:${cellAddress(top.row, 4)}`)[0];
    expect(header).toEqual(["", "Potential H", "Potential M", "Potential L"]);
    // The counts matrix, computed by the live formulas, is what the boxes must agree with.
    const counts = host.values(sheet, "C10:E12");
    let listed = 0;
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) {
        const row = top.row + 1 + r * (BOX_ROWS + 1);
        const at = (k: number) => cellAddress(row + k, 2 + c);
        const tier = model.tierMap[r][c] as "A" | "B" | "C" | "D";
        const n = counts[r][c] as number;
        const lines = host.values(sheet, `${at(0)}:${at(BOX_ROWS - 1)}`).map((x) => x[0] as string);
        expect(lines[0]).toBe(`${tier} · ${n} account${n === 1 ? "" : "s"}`);
        expect(lines[3]).toBe(n > 2 ? `+${n - 2} more` : "");
        for (const name of lines.slice(1, 3)) expect(textWidth(name)).toBeLessThanOrEqual(BOX_NAME_WIDTH);
        for (let k = 0; k < BOX_ROWS; k++)
          expect(host.cell(sheet, at(k))).toMatchObject({ fill: TIER_COLORS[tier], fontColor: TIER_FONT[tier] });
        expect(host.cell(sheet, at(0))).toMatchObject({ bold: true, fontSize: 12 });
        listed += n;
      }
    // Between band rows a white row sets the boxes apart.
    expect(host.cell(sheet, cellAddress(top.row + 1 + BOX_ROWS, 2)).fill).not.toBe(TIER_COLORS.A);
    for (const col of ["C", "D", "E"]) expect(host.sheetInfo(sheet).columnWidths[col]).toBe(charsToPoints(BOX_WIDTH));
    // Sized as tiles: a tall tier line, name lines, and a thin gap row between band rows (sheet rows are 1-based).
    const heights = host.sheetInfo(sheet).rowHeights;
    expect(heights[top.row + 1]).toBe(BOX_HEIGHTS.header);
    for (let r = 0; r < 3; r++) {
      const first = top.row + 2 + r * (BOX_ROWS + 1);
      expect(heights[first]).toBe(BOX_HEIGHTS.tierLine);
      for (let k = 1; k < BOX_ROWS; k++) expect(heights[first + k]).toBe(BOX_HEIGHTS.nameLine);
      if (r < 2) expect(heights[first + BOX_ROWS]).toBe(BOX_HEIGHTS.gap);
    }
    expect(listed).toBeGreaterThan(300);
  });

  it("shows the box's top names by contribution, and lists every account below, box by box", async () => {
    const { host, sheet } = await built("en");
    const list = boxTop(host, sheet, /^Accounts in each box/);
    const used = host.usedRange(sheet, true) as string;
    const last = parseCell(used.split(":")[1]).row;
    const rows = host.values(sheet, `${cellAddress(list.row, 1)}:${cellAddress(last, 6)}`);
    expect(rows[0]).toEqual(["Tier", "Contribution band", "Potential band", "Contribution", "Potential", "Account"]);
    const body = rows.slice(1).filter((x) => x[5] !== "");
    const counts = host.values(sheet, "C10:E12").flat() as number[];
    expect(body.length).toBe(counts.reduce((a, x) => a + x, 0)); // every account of the nine boxes, once
    expect(new Set(body.map((x) => x[5])).size).toBe(body.length);
    // Highest box first; within a box by contribution, highest first.
    expect(body[0].slice(0, 3)).toEqual(["A", "High", "High"]);
    for (let i = 1; i < body.length; i++)
      if (body[i][1] === body[i - 1][1] && body[i][2] === body[i - 1][2])
        expect(body[i][3] as number).toBeLessThanOrEqual(body[i - 1][3] as number);
    // The first box's first name is the list's first account, cut to fit.
    const top = boxTop(host, sheet, /^Nine-box/);
    expect(host.values(sheet, cellAddress(top.row + 2, 2))[0][0]).toBe(fitText(body[0][5] as string, BOX_NAME_WIDTH));
  });

  it("follows the model's tier map and speaks Chinese", async () => {
    const map: Model["tierMap"] = [
      ["A", "A", "B"],
      ["B", "C", "D"],
      ["C", "D", "D"],
    ];
    const { host, sheet } = await built("zh", map);
    const top = boxTop(host, sheet, /^九宫格视图/);
    const second = cellAddress(top.row + 1, 3); // contribution H, potential M
    expect(host.values(sheet, second)[0][0]).toMatch(/^A 级 · \d+ 个客户$/);
    expect(host.cell(sheet, second).fill).toBe(TIER_COLORS.A);
    expect(host.values(sheet, cellAddress(top.row + 4, 2))[0][0]).toMatch(/^(另有 \d+ 个)?$/);
  });
});

describe("Nine-Grid picture fixes (issue 15)", () => {
  const more = (n: number) => `+${n}`;
  it("fits top names in one line: whole names that fit, +n for the rest, the first cut when none fits", () => {
    expect(fitNames(["Ada Ltd", "Ben Co", "Cy Inc"], 19, more)).toBe("Ada Ltd, Ben Co +1");
    expect(fitNames(["Ada", "Ben", "Cy"], 19, more)).toBe("Ada, Ben, Cy");
    expect(fitNames(["Proseware Industries Holdings", "Ben"], 19, more)).toBe("Proseware Indus… +1");
    expect(textWidth(fitNames(["Proseware Industries Holdings", "Ben"], 19, more))).toBeLessThanOrEqual(19);
    expect(fitNames([], 19, more)).toBe("");
  });

  const s = sampleSources();
  const plan = (language: "en" | "zh") =>
    planReport({
      kind: "nineGrid",
      data: s.data,
      model: s.model,
      asOf: s.wb.asOf,
      live: false,
      refs: refsOf(s),
      language,
    });

  it("writes top names unwrapped within their column, cuts without decimals, tier meanings wrapped", () => {
    const p = plan("en");
    const top = block(p, "topAccounts");
    const names = top.cells.slice(1).flatMap((r) => r.slice(1)) as string[];
    expect(names.every((x) => textWidth(x) <= TOP_NAMES_WIDTH - 1)).toBe(true);
    expect(names.some((x) => /\+\d+$/.test(x))).toBe(true);
    expect(p.formats).toContainEqual({ range: "H15:J17", wrap: false });
    expect(block(p, "cuts").numberFormat).toEqual(["General", "#,##0", "#,##0", "#,##0", "#,##0", "General"]);
    expect(p.formats).toContainEqual({ range: "C21:C24", wrap: true });
  });

  it("says on the sheet, under the chart, that the axes are logarithmic and why, in both languages", () => {
    expect(block(plan("en"), "scaleNote").cells).toEqual([
      ["Log scale on contribution and potential: the data spans more than three orders of magnitude (over 1,000×)."],
    ]);
    expect(block(plan("zh"), "scaleNote").cells[0][0]).toBe(
      "贡献度和潜在价值使用对数刻度：数据跨度超过三个数量级（1,000 倍以上）。",
    );
    const en = plan("en");
    const chartEnd = Number(en.charts[0].to.slice(1));
    expect([block(en, "chartNote").at, block(en, "scaleNote").at]).toEqual([`B${chartEnd + 1}`, `B${chartEnd + 2}`]);
  });
});
