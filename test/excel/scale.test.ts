/**
 * The workbook layer at scale (issue: 100,000 accounts and 300,000 opportunities): every report
 * builds in at most 10 round trips besides payload chunks, and no request exceeds the budget.
 */
import { defaultModel } from "../../src/core/schemas";
import { DEFAULT_BUDGET_BYTES } from "../../src/excel/chunks";
import { buildReport } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { createHost } from "../host";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "./sample-workbook";

const ACCOUNTS = Number(process.env.NINEGRID_SCALE_ACCOUNTS ?? 100_000);
const { spec, wb } = sampleWorkbookSpec({ accounts: ACCOUNTS, opportunities: 3 * ACCOUNTS });

describe("100,000 accounts and 300,000 opportunities", () => {
  const host = createHost({ workbook: spec });
  it.each(["nineGrid", "coverage", "pipeline", "quotas"] as ReportKind[])(
    "%s builds in ≤ 10 round trips besides chunks, each request under the budget",
    async (kind) => {
      host.resetStats();
      const r = await buildReport(host.run, kind, {
        model: defaultModel(),
        selections: SAMPLE_SELECTIONS,
        live: true,
        asOf: wb.asOf,
      });
      expect(host.stats.syncs).toBe(r.roundTrips + r.read.syncs);
      expect(r.roundTrips - r.chunks + (r.read.syncs - r.read.chunks)).toBeLessThanOrEqual(10);
      expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES * 1.05);
      expect(Math.max(...host.stats.requests.map((q) => q.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    },
  );
});
