/**
 * Section "reports": each report built through the adapter into the in-memory Excel host
 * (test/host) on 100,000 accounts and 300,000 opportunities (10,000 / 30,000 with --quick):
 * build time, Office.js round trips (reads and writes, with how many carried payload chunks) and
 * request bytes per report. The host counts every context.sync() and the bytes of each request.
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { createHost } from "../../test/host";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "../../test/excel/sample-workbook";
import { round1 } from "../lib/timing";
import type { BenchSection, SectionOutput } from "../lib/types";

const KINDS: ReportKind[] = ["nineGrid", "coverage", "pipeline", "quotas"];

export interface ReportBenchRow {
  report: ReportKind;
  accounts: number;
  opportunities: number;
  ms: number;
  roundTrips: number;
  /** Round trips besides payload chunks: the fixed cost the adapter promises to keep ≤ 10. */
  fixedRoundTrips: number;
  payloadChunks: number;
  requestBytes: number;
  maxRequestBytes: number;
  responseBytes: number;
}

export const reportsSection: BenchSection = {
  name: "reports",
  description: "report builds into the in-memory Excel host: time, round trips, bytes",
  async run(opts): Promise<SectionOutput> {
    const accounts = opts.quick ? 10_000 : 100_000;
    const opportunities = opts.quick ? 30_000 : 300_000;
    const { spec, wb } = sampleWorkbookSpec({ accounts, opportunities, seed: opts.seed });
    const host = createHost({ workbook: spec });
    const rows: ReportBenchRow[] = [];
    for (const report of KINDS) {
      host.resetStats();
      const t0 = performance.now();
      const r = await buildReport(host.run, report, {
        model: defaultModel(),
        selections: SAMPLE_SELECTIONS,
        live: true,
        asOf: wb.asOf,
      });
      const ms = performance.now() - t0;
      const stats = host.stats;
      const row: ReportBenchRow = {
        report, accounts, opportunities, ms: round1(ms),
        roundTrips: stats.syncs,
        fixedRoundTrips: r.roundTrips - r.chunks + (r.read.syncs - r.read.chunks),
        payloadChunks: r.chunks + r.read.chunks,
        requestBytes: stats.totalRequestBytes,
        maxRequestBytes: stats.maxRequestBytes,
        responseBytes: stats.requests.reduce((a, q) => a + q.responseBytes, 0),
      }; // prettier-ignore
      rows.push(row);
      opts.log(
        `  ${report.padEnd(9)} ${row.ms.toFixed(0).padStart(7)} ms  ${row.roundTrips} round trips (${row.fixedRoundTrips} fixed + ${row.payloadChunks} chunks)  ${(row.requestBytes / 1e6).toFixed(1)} MB sent, max request ${(row.maxRequestBytes / 1e6).toFixed(2)} MB`,
      );
    }
    return {
      core: rows.map((r) => ({ task: `build ${r.report}`, rows: r.accounts, ms: r.ms, runs: 1 })),
      targets: rows.map((r) => ({
        name: `${r.report} fixed round trips`,
        value: r.fixedRoundTrips,
        target: 10,
        comparator: "<=" as const,
        pass: r.fixedRoundTrips <= 10,
        note: "besides payload chunks",
      })),
      extra: { rows },
    };
  },
};
