/**
 * DOMAIN.md §6 "Live and static agree", on CRM-shaped tables (crm-workbook.ts: total rows, mixed-case,
 * padded, full-width and numeric stage spellings, blank contributions, a duplicate name, bad amounts, a
 * duplicate quota row): every report is built live in one host and static in another, and after
 * recalculation the two sheets hold the same values cell by cell. The numbers also match a count made
 * from the fixture's own truth, and the skipped rows the live criteria match are warned of per source.
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { createHost } from "../host";
import { CRM_SELECTIONS, crmWorkbook } from "./crm-workbook";

const { spec, truth } = crmWorkbook();
const model = defaultModel();
const ASOF = 46200;

async function build(kind: ReportKind, live: boolean, workbook = spec, m = model) {
  const host = createHost({ workbook });
  const result = await buildReport(host.run, kind, { model: m, selections: CRM_SELECTIONS, live, asOf: ASOF });
  return { host, result };
}

/** The report sheet's values after recalculation, the subtitle ("live formulas" or "values") left out. */
async function sheetValues(kind: ReportKind, live: boolean, m = model) {
  const { host, result } = await build(kind, live, spec, m);
  const used = host.usedRange(result.sheetName) as string;
  const values = host.values(result.sheetName, used.slice(used.indexOf("!") + 1));
  values[1][0] = "";
  const formulas = host.formulas(result.sheetName, used.slice(used.indexOf("!") + 1)).flat();
  return { used, values, formulas: formulas.filter((f): f is string => typeof f === "string" && f.startsWith("=")) };
}

/** Excel's PERCENTILE.INC, written out here so the expected cuts do not come from the code under test. */
function percentileInc(values: number[], p: number): number {
  const v = [...values].sort((a, b) => a - b);
  const h = (v.length - 1) * p;
  const lo = Math.floor(h);
  return v[lo] + (h - lo) * ((v[lo + 1] ?? v[lo]) - v[lo]);
}

describe("live and static reports agree on CRM-shaped tables", () => {
  it.each(["nineGrid", "pipeline", "quotas", "coverage"] as ReportKind[])(
    "%s: the live sheet's values equal the static sheet's, cell by cell",
    async (kind) => {
      const live = await build(kind, true);
      const fixed = await build(kind, false);
      const sheet = live.result.sheetName;
      const used = live.host.usedRange(sheet) as string;
      expect(fixed.host.usedRange(sheet)).toBe(used);
      const a = live.host.values(sheet, used.slice(used.indexOf("!") + 1));
      const b = fixed.host.values(sheet, used.slice(used.indexOf("!") + 1));
      let formulas = 0;
      const f = live.host.formulas(sheet, used.slice(used.indexOf("!") + 1));
      a.forEach((row, r) =>
        row.forEach((x, c) => {
          if (r === 1 && c === 0) return; // the subtitle says "live formulas" or "values"
          if (typeof f[r][c] === "string" && String(f[r][c]).startsWith("=")) formulas++;
          const y = b[r][c];
          if (typeof x === "number" && typeof y === "number") expect([r, c, x]).toEqual([r, c, expect.closeTo(y, 6)]);
          else expect([r, c, x]).toEqual([r, c, y]);
        }),
      );
      if (kind !== "coverage") expect(formulas).toBeGreaterThan(10); // the live sheet really is live
    },
  );

  it.each([
    ["a Status column", crmWorkbook()],
    ["outcome words in the Stage column and no Status column", crmWorkbook(7, { outcomeInStage: true })],
  ])(
    "Pipeline with %s: won, lost and win rate are the fixture's truth, live and static",
    async (_, { spec: workbook, truth }) => {
      const won = truth.opportunities.filter((o) => o.status === "Won");
      const lost = truth.opportunities.filter((o) => o.status === "Lost");
      const sheets: unknown[] = [];
      for (const live of [true, false]) {
        const { host } = await build("pipeline", live, workbook);
        sheets.push(host.values("Pipeline", "B4:K14"));
        expect(host.values("Pipeline", "B12:D13")).toEqual([
          ["Won", "", won.length],
          ["Lost", "", lost.length],
        ]);
        expect(host.values("Pipeline", "E12:E13")).toEqual(
          [won, lost].map((x) => [x.reduce((a, o) => a + o.amount, 0)]),
        );
        expect(host.values("Pipeline", "D14")[0][0]).toBeCloseTo(won.length / (won.length + lost.length), 12);
        const open = host.values("Pipeline", "D5:D10").map((r) => r[0]);
        expect(open).toEqual(
          [0, 1, 2, 3, 4, 5].map((s) => truth.opportunities.filter((o) => o.status === "Open" && o.stage === s).length),
        );
      }
      expect(sheets[0]).toEqual(sheets[1]); // the stage table, live and static, cell by cell
    },
  );

  it("Nine-Grid: cuts are PERCENTILE.INC of the kept accounts only (not the total row, not skipped rows)", async () => {
    const c = truth.accounts.map((a) => a.contribution);
    const p = truth.accounts.map((a) => a.potential);
    const expected = [percentileInc(c, 0.5), percentileInc(c, 0.8), percentileInc(p, 0.5), percentileInc(p, 0.8)];
    for (const live of [true, false]) {
      const { host, result } = await build("nineGrid", live);
      const cuts = host.values("Nine-Grid", "C5:F5")[0] as number[];
      cuts.forEach((x, i) => expect(x).toBeCloseTo(expected[i], 6));
      const column = host.values("Nine-Grid", "B1:D60");
      const total = column.find((r) => r[0] === "Total") as unknown[];
      expect(total[2]).toBe(truth.accounts.length); // the tier summary's total of accounts
      if (live)
        expect(host.formulas("Nine-Grid", "C5")[0][0]).toMatch(/^=PERCENTILE\.INC\(FILTER\(Accounts\[Revenue\]/);
      expect(result.dataset.accounts.some((a) => a.name === "Total")).toBe(false);
    }
  });

  it.each([
    ["cuts per industry", (m: typeof model) => (m.segmentBy = "industry")],
    ["one matrix per industry", (m: typeof model) => (m.reports.perSegmentMatrices = true)],
  ])("Nine-Grid with %s: industries spelled several ways count the same live and static", async (_, change) => {
    const m = structuredClone(model);
    change(m);
    const live = await sheetValues("nineGrid", true, m);
    const fixed = await sheetValues("nineGrid", false, m);
    expect(live.used).toBe(fixed.used);
    expect(live.values).toEqual(fixed.values);
    // Every segment matrix formula lists the spellings of its industry (" retail", "RETAIL "...).
    expect(live.formulas.some((f) => f.includes('"RETAIL "') && f.includes('" retail"'))).toBe(true);
    // One matrix per industry however it is spelled: three, not six.
    const titles = live.values
      .flat()
      .map((v) => String(v).normalize("NFKC").trim().toLowerCase())
      .filter((v) => / contribution$/.test(v) && !v.startsWith("top "));
    expect(titles.sort()).toEqual(["energy contribution", "finance contribution", "retail contribution"]);
  });

  it("warns per source of the skipped rows the live criteria match, and says they are left out", async () => {
    const grid = await build("nineGrid", true);
    expect(grid.result.warnings.filter((w) => w.code === "liveSkippedRows")).toEqual([
      expect.objectContaining({ table: "accounts", sheet: "Accounts", count: 3, rows: [7, 13, 21], excluded: true }),
    ]);
    const pipeline = await build("pipeline", true);
    expect(pipeline.result.warnings).toEqual([
      expect.objectContaining({
        code: "liveSkippedRows",
        table: "opportunities",
        count: 2,
        rows: [92, 93],
        excluded: true,
      }),
    ]);
    const quotas = await build("quotas", true);
    expect(quotas.result.warnings.map((w) => [w.table, "count" in w ? w.count : null])).toEqual([
      ["opportunities", 1],
      ["quotas", 1],
    ]);
    for (const kind of ["nineGrid", "pipeline", "quotas"] as ReportKind[])
      expect((await build(kind, false)).result.warnings).toEqual([]);
  });
});
