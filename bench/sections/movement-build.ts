/**
 * The Movement report (DOMAIN.md §9) built through the adapter into the in-memory Excel host from the movement
 * section's generated history (52 weekly snapshots): the round trips (all, and the fixed ones besides payload
 * chunks, which the adapter keeps ≤ 10), payload chunks, request bytes and wall time of a live build.
 */
import { columnLetter } from "../../src/core/a1";
import { HistoryRow } from "../../src/core/history";
import { defaultModel } from "../../src/core/schemas";
import { DEFAULT_STAGES, LOST, WON } from "../../src/core/stages";
import { buildReport } from "../../src/excel/build-report";
import { createHost, SeedCell } from "../../test/host";
import { BuildCost, costOf } from "./pack";

const HEADERS = ["Snapshot Date", "Opportunity ID", "Account", "Owner", "Stage", "Status", "Amount"];
const OWNERS = Array.from({ length: 40 }, (_, i) => `Rep ${i + 1}`);

/** The generated rows as a History sheet: the snapshot date a date serial formatted as a date, as Excel holds it. */
function historySheet(rows: readonly HistoryRow[]) {
  const status = (s: number) => (s === WON ? "Won" : s === LOST ? "Lost" : "Open");
  const cells: SeedCell[][] = [HEADERS];
  for (const r of rows) {
    const o = Number((r.id as string).slice(1));
    // Amounts vary by opportunity and grow a little each week, so revisions show.
    const amount = 10_000 + (o % 97) * 1_000 + ((r.date / 7) % 5) * 100;
    cells.push([r.date, r.id, r.account, OWNERS[o % OWNERS.length], DEFAULT_STAGES[r.stage].name, status(r.status), amount]); // prettier-ignore
  }
  const dateRow = HEADERS.map((_, c) => (c === 0 ? "yyyy-mm-dd" : null));
  return {
    name: "Opp History",
    cells,
    numberFormats: cells.map((_, i) => (i === 0 ? HEADERS.map(() => null) : dateRow)),
    tables: [{ name: "History", range: `A1:${columnLetter(HEADERS.length - 1)}${cells.length}` }],
  };
}

export interface MovementBuildCost extends BuildCost {
  /** The history read back is the big payload here: response bytes in all and of the largest response. */
  responseBytes: number;
  maxResponseBytes: number;
  historyRows: number;
  sheetName: string;
  summary: string;
}

/** Builds the Movement sheet once, live, as of the last snapshot, from `rows` in a fresh host. */
export async function measureMovementBuild(rows: readonly HistoryRow[], asOf: number): Promise<MovementBuildCost> {
  const host = createHost({ workbook: { sheets: [historySheet(rows)] } });
  host.resetStats();
  const start = performance.now();
  const r = await buildReport(host.run, "movement", {
    model: defaultModel(),
    selections: { history: { table: "History" } },
    live: true,
    asOf,
  });
  const cost = costOf(host, performance.now() - start, r, r.read);
  const responseBytes = host.stats.requests.reduce((sum, q) => sum + q.responseBytes, 0);
  return {
    ...cost,
    responseBytes,
    maxResponseBytes: host.stats.maxResponseBytes,
    historyRows: rows.length,
    sheetName: r.sheetName,
    summary: r.summary,
  };
}
