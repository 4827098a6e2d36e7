/**
 * DOMAIN.md §6 "Live and static agree" on 8a's CRM-export fixtures (test/fixtures/exports/) and on a
 * 万元 accounts column: the Pipeline and Nine-Grid built live and static hold the same values cell by cell
 * after recalculation, including amounts in a `金额(万元)` column (live sums scaled as the core scales).
 */
import { columnLetter } from "../../src/core/headers";
import { defaultModel } from "../../src/core/schemas";
import { buildReport, Selections } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { createHost, SeedCell, WorkbookSpec } from "../host";
import { fixtureLines, fixtureTruth } from "../fixtures/exports/csv";
import { CRM_SELECTIONS, crmWorkbook } from "./crm-workbook";

const truth = fixtureTruth();
const AS_OF = 46357;

function pasted(name: string): WorkbookSpec {
  const lines = fixtureLines(name);
  const t = truth[name];
  const range = `A${t.headerLine + 1}:${columnLetter(lines[t.headerLine].length - 1)}${t.headerLine + 1 + t.bodyRows}`;
  return { sheets: [{ name: "Export", cells: lines, tables: [{ name: "Opportunities", range }] }] };
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

const close = (a: unknown[][], b: unknown[][]) =>
  a.forEach((row, r) =>
    row.forEach((x, c) =>
      typeof x === "number" && typeof b[r][c] === "number"
        ? expect([r, c, x]).toEqual([r, c, expect.closeTo(b[r][c] as number, 6)])
        : expect([r, c, x]).toEqual([r, c, b[r][c]]),
    ),
  );

describe("live equals static on the CRM-export fixtures", () => {
  it.each(["hubspot-deals"])("%s: the Pipeline sheet, cell by cell", async (name) => {
    const { live, fixed } = await both(pasted(name), "pipeline", { opportunities: { table: "Opportunities" } });
    expect(live.formulas.length).toBeGreaterThan(20);
    close(live.values, fixed.values);
    expect(live.r.warnings).toEqual([]);
  });

  it("chinese-crm-opportunities: live sums over 金额(万元) are scaled to yuan", async () => {
    const { live } = await both(pasted("chinese-crm-opportunities"), "pipeline", {
      opportunities: { table: "Opportunities" },
    });
    expect(live.formulas.some((f) => f.endsWith(")*10000") && f.includes("SUMIFS(Opportunities[金额(万元)]"))).toBe(
      true,
    );
  });

  it.each(["salesforce-opportunities", "chinese-crm-opportunities"])(
    "%s: counts agree; text amounts (USD 82,500.00, 50万) are warned of",
    async (name) => {
      const { live, fixed } = await both(pasted(name), "pipeline", {
        opportunities: { table: "Opportunities" },
      });
      const counts = (v: unknown[][]) => v.slice(3, 16).map((r) => [r[1], r[3]]);
      expect(counts(live.values)).toEqual(counts(fixed.values));
      expect(live.r.warnings.map((w) => w.code)).toEqual(["liveTextNumbers"]);
    },
  );

  it("Nine-Grid over a Revenue (万元) column: live cuts, counts and sums equal static", async () => {
    const { spec } = crmWorkbook();
    const accounts = spec.sheets[0];
    const cells = (accounts.cells as SeedCell[][]).map((r) => [...r]);
    cells[0][3] = "Revenue (万元)";
    cells[cells.length - 1][3] = null; // the total row's SUBTOTAL named the old header
    const workbook = { sheets: [{ ...accounts, cells }, ...spec.sheets.slice(1)] };
    const { live, fixed } = await both(workbook, "nineGrid", { accounts: CRM_SELECTIONS.accounts });
    expect(live.formulas.some((f) => f.startsWith("=PERCENTILE.INC(") && f.endsWith("*10000"))).toBe(true);
    close(live.values, fixed.values);
  });
});
