/**
 * Weekly exports pasted under each other (DOMAIN.md §9 "stacked snapshots") picked as the Opportunities
 * table: the reports read the latest snapshot only. Before, every week's copy of a deal counted, so the
 * pipeline of a 3-week paste was about three times too big. Live formulas pick the latest snapshot by a
 * criterion on its date, so live and static agree and the earlier weeks are not "skipped rows".
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { WorkbookSpec } from "../host";
import { createHost } from "../host";
import { CRM_SELECTIONS, crmWorkbook } from "./crm-workbook";

type Cells = (string | number | boolean | null)[][];
const LATEST = 46304; // 2026-10-09
// The latest week first, so its rows keep the single export's row numbers (the pipeline lists them).
const WEEKS = [LATEST, LATEST - 7, LATEST - 14];

/** The CRM workbook's opportunities as three weekly snapshots: earlier weeks had other stages and amounts. */
function stacked(dates: "serial" | "mixed text" = "serial"): WorkbookSpec {
  const { spec } = crmWorkbook();
  const sheet = spec.sheets[1];
  const cells = sheet.cells as Cells;
  const header = [...cells[0], "Snapshot Date"];
  const rows = cells.slice(1, -1); // the total row stays last
  const out: Cells = [header];
  for (const week of WEEKS) {
    for (const [i, r] of rows.entries()) {
      const row = [...r];
      if (week !== LATEST && typeof row[5] === "number") row[5] = row[5] * 3 + 100; // last weeks' amounts
      if (week !== LATEST) row[3] = cells[1 + ((i + 5) % rows.length)][3]; // and stages
      const text = dates === "mixed text" && week === LATEST && i % 2 === 0;
      out.push([...row, text ? "2026-10-09" : week]);
    }
  }
  out.push([...cells[cells.length - 1], null]);
  const last = String.fromCharCode(65 + header.length - 1);
  sheet.cells = out;
  sheet.tables = [{ name: "Opportunities", range: `A1:${last}${out.length}`, showTotals: true }];
  sheet.numberFormats = out.map((r, i) =>
    r.map((_, c) => (i > 0 && (c >= 6 || c === header.length - 1) ? "yyyy-mm-dd" : null)),
  );
  return spec;
}

async function sheetOf(kind: ReportKind, workbook: WorkbookSpec, live: boolean) {
  const host = createHost({ workbook });
  const result = await buildReport(host.run, kind, {
    model: defaultModel(),
    selections: CRM_SELECTIONS,
    live,
    asOf: 46400,
  });
  const used = host.usedRange(result.sheetName) as string;
  const values = host.values(result.sheetName, used.slice(used.indexOf("!") + 1));
  values[1][0] = ""; // the subtitle says "live formulas" or "values"
  return { result, values, formulas: host.formulas(result.sheetName, used.slice(used.indexOf("!") + 1)).flat() };
}

describe("stacked weekly snapshots as the Opportunities table", () => {
  it.each(["pipeline", "quotas"] as ReportKind[])(
    "%s reads only the latest snapshot: the same sheet as the single export, live and static",
    async (kind) => {
      for (const live of [false, true]) {
        const single = await sheetOf(kind, crmWorkbook().spec, live);
        const weekly = await sheetOf(kind, stacked(), live);
        expect(weekly.values).toEqual(single.values);
        expect(weekly.result.dataset.opportunitySnapshot?.date).toBe(LATEST);
        expect(weekly.result.dataset.opportunitySnapshot?.setAside).toHaveLength(2 * 90); // 90 good deals a week
        // The earlier weeks are not warned of as rows the live formulas still count.
        expect(weekly.result.warnings.filter((w) => w.code === "liveSkippedRows")).toEqual(
          single.result.warnings.filter((w) => w.code === "liveSkippedRows"),
        );
        if (live && kind === "pipeline")
          expect(
            weekly.formulas.filter((f) => String(f).includes("Opportunities[Snapshot Date]")).length,
          ).toBeGreaterThan(5);
      }
    },
  );

  it("skips a row with no snapshot date, with its address, and keeps the rest", async () => {
    const spec = stacked();
    const cells = spec.sheets[1].cells as Cells;
    cells[1][cells[0].length - 1] = null; // the first deal of the latest week
    const { result } = await sheetOf("pipeline", spec, false);
    const missing = result.dataset.errors.filter((e) => e.code === "requiredBlank" && e.params.field === "snapshot");
    expect(missing.map((e) => `${e.sheet}!${e.address}`)).toEqual(["Opportunities!I2"]);
  });

  it("with text dates in the latest week, static is right and live warns of the earlier weeks it still counts", async () => {
    const live = await sheetOf("pipeline", stacked("mixed text"), true);
    const fixed = await sheetOf("pipeline", stacked("mixed text"), false);
    const single = await sheetOf("pipeline", crmWorkbook().spec, false);
    expect(fixed.values).toEqual(single.values);
    expect(live.result.dataset.opportunitySnapshot?.date).toBe(LATEST);
    // Without a date criterion the earlier weeks are skipped rows: more than the formulas can subtract one
    // by one, so the pane is told which rows the live figures still count.
    const warning = live.result.warnings.find((w) => w.code === "liveSkippedRows" && w.table === "opportunities");
    expect(warning).toMatchObject({ sheet: "Opportunities", excluded: false });
    // Nearly all 180 earlier-week deals (a few match no live criterion), and none of the latest week's.
    const rows = warning && "rows" in warning ? warning.rows : [];
    expect(rows.filter((r) => r >= 95 && r <= 280).length).toBeGreaterThan(150);
    expect(rows.filter((r) => r < 92)).toEqual([]);
  });
});
