/**
 * DOMAIN.md §6 "Live and static agree" on 8a's CRM-export fixtures (test/fixtures/exports/) and on a
 * 万元 or converted column: the Pipeline and Nine-Grid built live and static hold the same values cell by
 * cell after recalculation. A column the core reads unlike Excel (`USD 82,500.00`, `50万`, a unit header,
 * a converted currency) has its sums written as values, says so once, and keeps its counts live.
 */
import { columnLetter } from "../../src/core/a1";
import { defaultModel } from "../../src/core/schemas";
import { buildReport, Selections } from "../../src/excel/build-report";
import { BuildWarning, ReportKind } from "../../src/reports";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { createHost, SeedCell, WorkbookSpec } from "../host";
import { fixtureLines, fixtureTruth } from "../fixtures/exports/csv";
import { CRM_SELECTIONS, crmWorkbook } from "./crm-workbook";

const truth = fixtureTruth();
const AS_OF = 46357;

function pasted(name: string, table: string): WorkbookSpec {
  const lines = fixtureLines(name);
  const t = truth[name];
  const range = `A${t.headerLine + 1}:${columnLetter(lines[t.headerLine].length - 1)}${t.headerLine + 1 + t.bodyRows}`;
  return { sheets: [{ name: "Export", cells: lines, tables: [{ name: table, range }] }] };
}

async function both(workbook: WorkbookSpec, kind: ReportKind, selections: Selections) {
  const out = [];
  for (const live of [true, false]) {
    const host = createHost({ workbook });
    const r = await buildReport(host.run, kind, {
      model: defaultModel(),
      selections,
      live,
      asOf: AS_OF,
      language: "en-US",
    });
    const used = host.usedRange(r.sheetName) as string;
    const values = host.values(r.sheetName, used.slice(used.indexOf("!") + 1));
    values[1][0] = ""; // the subtitle says "live formulas" or "values"
    const formulas = host.formulas(r.sheetName, used.slice(used.indexOf("!") + 1)).flat();
    out.push({ values, formulas: formulas.filter((f): f is string => typeof f === "string" && f.startsWith("=")), r });
  }
  return { live: out[0], fixed: out[1] };
}

/** Every cell equal; numbers to 1e-6 relative (a live weighted amount multiplies a sum, the core sums products). */
const sameCells = (a: unknown[][], b: unknown[][]) => {
  expect(a.length).toBe(b.length);
  a.forEach((row, r) =>
    row.forEach((x, c) => {
      const y = b[r][c];
      if (typeof x === "number" && typeof y === "number")
        expect([r, c, Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(y))]).toEqual([r, c, true]);
      else expect([r, c, x]).toEqual([r, c, y]);
    }),
  );
};

/** The Pipeline's Won / Lost / Win rate rows: [count, amount] beside the label in column B. */
const outcome = (values: unknown[][], label: string) => {
  const row = values.find((r) => r[1] === label);
  if (!row) throw new Error(`no ${label} row`);
  return [row[3], row[4]];
};

const staticWarnings = (ws: BuildWarning[]) => ws.filter((w) => w.code === "liveStaticColumn");

describe("live equals static on the four CRM-export fixtures", () => {
  it.each([
    ["salesforce-opportunities", "Amount", "text"],
    ["hubspot-deals", null, null],
    ["chinese-crm-opportunities", "金额(万元)", "text"],
  ] as const)(
    "%s: the Pipeline sheet, cell by cell, with the truth's won, lost and win rate",
    async (name, column, reason) => {
      const { live, fixed } = await both(pasted(name, "Opportunities"), "pipeline", {
        opportunities: { table: "Opportunities" },
      });
      sameCells(live.values, fixed.values);
      const t = truth[name];
      expect(outcome(fixed.values, "Won")).toEqual([t.won, t.wonAmount]);
      expect(outcome(fixed.values, "Lost")[0]).toBe(t.lost);
      expect(outcome(fixed.values, "Win rate")[0]).toBeCloseTo(t.winRate, 12);
      // Counts stay live formulas whichever way the amounts are written.
      expect(live.formulas.filter((f) => f.includes("COUNTIFS(Opportunities[")).length).toBeGreaterThan(5);
      const amountSums = live.formulas.filter((f) => f.includes("SUMIFS("));
      if (column === null) {
        expect(amountSums.length).toBeGreaterThan(5);
        expect(live.r.warnings).toEqual([]);
        return;
      }
      expect(amountSums).toEqual([]);
      expect(live.r.warnings).toEqual([
        expect.objectContaining({ code: "liveStaticColumn", table: "opportunities", column, reason }),
      ]);
      expect(live.r.warnings[0].message).toContain(`Column "${column}" holds numbers stored as text (first at Export!`);
      expect(live.r.warnings[0].message).toContain("counts that do not depend on it stay live formulas");
      expect(fixed.r.warnings).toEqual([]);
    },
  );

  it("salesforce-accounts: the Nine-Grid, cell by cell, with every account and the Annual Revenue total", async () => {
    const { live, fixed } = await both(pasted("salesforce-accounts", "Accounts"), "nineGrid", {
      accounts: { table: "Accounts" },
    });
    sameCells(live.values, fixed.values);
    // The truth, read here from the CSV: "USD 20,423,800.00" is 20423800 (DOMAIN.md §2.1 currencies).
    const lines = fixtureLines("salesforce-accounts");
    const col = lines[0].indexOf("Annual Revenue");
    const revenue = lines
      .slice(1, 1 + truth["salesforce-accounts"].bodyRows)
      .reduce((s: number, l) => s + Number(String(l[col] ?? 0).replace(/^USD |,/g, "")), 0);
    const tierHeader = fixed.values.findIndex((r) => r[1] === "Tier" && r[3] === "Accounts (nine-grid)");
    const total = fixed.values[tierHeader + 5];
    expect([total[1], total[3], total[4]]).toEqual(["Total", truth["salesforce-accounts"].bodyRows, revenue]);
    // The cuts and band counts compare the text amounts themselves, so none is a live formula.
    expect(live.formulas.some((f) => f.includes("PERCENTILE") || f.includes("COUNTIFS("))).toBe(false);
    expect(staticWarnings(live.r.warnings).map((w) => [w.column, w.code === "liveStaticColumn" && w.reason])).toEqual([
      ["Annual Revenue", "text"],
      ["Potential Value", "text"],
    ]);
  });
});

describe("columns scaled or converted by the core are values in a live build", () => {
  it("Nine-Grid over a Revenue (万元) column of plain numbers: values, said once, equal to static", async () => {
    const { spec } = crmWorkbook();
    const accounts = spec.sheets[0];
    const cells = (accounts.cells as SeedCell[][]).map((r) => [...r]);
    cells[0][3] = "Revenue (万元)";
    cells[cells.length - 1][3] = null; // the total row's SUBTOTAL named the old header
    const workbook = { sheets: [{ ...accounts, cells }, ...spec.sheets.slice(1)] };
    const { live, fixed } = await both(workbook, "nineGrid", { accounts: CRM_SELECTIONS.accounts });
    sameCells(live.values, fixed.values);
    expect(live.formulas.some((f) => f.startsWith("=PERCENTILE.INC("))).toBe(false);
    const warned = staticWarnings(live.r.warnings);
    expect(warned).toEqual([expect.objectContaining({ column: "Revenue (万元)", reason: "unit" })]);
    expect(warned[0].message).toBe(
      'Column "Revenue (万元)" is in the unit its header names, which Excel\'s formulas cannot read as Ninegrid ' +
        "does, so its amounts, sums and cuts are written as values as of this build; counts that do not depend on " +
        "it stay live formulas.",
    );
  });

  it("Pipeline over an Amount (EUR) column converted with a Rates table: values, counts live, equal to static", async () => {
    const workbook: WorkbookSpec = {
      sheets: [
        {
          name: "Deals",
          cells: [
            ["Account", "Stage", "Amount (EUR)"],
            ["A", "Closed Won", 1000],
            ["B", "Closed Lost", 300],
            ["C", "Bid", 2000],
            ["D", "Bid", 700],
          ],
          tables: [{ name: "Deals", range: "A1:C5" }],
        },
        {
          name: "FX",
          cells: [
            ["Currency", "Rate"],
            ["EUR", 1.1],
          ],
          tables: [{ name: "Rates", range: "A1:B2" }],
        },
      ],
    };
    const { live, fixed } = await both(workbook, "pipeline", {
      opportunities: { table: "Deals" },
      rates: { table: "Rates" },
    });
    sameCells(live.values, fixed.values);
    expect(outcome(fixed.values, "Won")).toEqual([1, 1000 * 1.1]);
    expect(live.formulas.some((f) => f.includes("SUMIFS("))).toBe(false);
    expect(live.formulas.some((f) => f.includes("COUNTIFS(Deals["))).toBe(true);
    expect(live.r.warnings).toEqual([
      expect.objectContaining({
        code: "liveStaticColumn",
        column: "Amount (EUR)",
        reason: "currency",
        first: "Deals!C2",
      }),
    ]);
  });

  it("words the note in both languages, naming the column, the reason and that counts stay live", () => {
    expect(enUS.liveStaticColumn("Amount", "text", "Export!F6")).toBe(
      'Column "Amount" holds numbers stored as text (first at Export!F6), which Excel\'s formulas cannot read as ' +
        "Ninegrid does, so its amounts, sums and cuts are written as values as of this build; counts that do not " +
        "depend on it stay live formulas.",
    );
    expect(zhCN.liveStaticColumn("金额(万元)", "unit", "Export!G3")).toBe(
      "“金额(万元)”列使用表头注明的单位，Excel 公式无法像 Ninegrid 那样读取，因此该列的金额、合计和分界值按本次生成时的数值写入；" +
        "不依赖该列的计数仍为实时公式。",
    );
    expect(zhCN.liveStaticColumn("Amount (EUR)", "currency", "Deals!C2")).toContain(
      "按汇率表换算的金额（第一个在 Deals!C2）",
    );
  });
});
