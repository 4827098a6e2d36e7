/**
 * Section "pack": the monthly pack (issue 14) built through the adapter into the in-memory Excel host on
 * 100,000 accounts, 300,000 opportunities and 100,000 contracts (10,000 / 30,000 / 10,000 with --quick):
 * each registered report alone (its round trips, the ≤ 10 fixed ones the adapter promises), then every
 * report as one pack with its contents sheet (round trips, the fixed ones, payload chunks, request bytes).
 */
import { columnLetter } from "../../src/core/a1";
import { defaultModel } from "../../src/core/schemas";
import { buildPack } from "../../src/excel/apply-pack";
import { buildReport, Selections } from "../../src/excel/build-report";
import { REPORT_KINDS, reportOf, ReportKind } from "../../src/reports";
import { SampleTable } from "../../src/sample";
import { createHost, Host } from "../../test/host";
import { sampleWorkbookSpec } from "../../test/excel/sample-workbook";
import { round1 } from "../lib/timing";
import type { BenchSection, SectionOutput } from "../lib/types";

export interface PackSizes {
  accounts: number;
  opportunities: number;
  contracts: number;
}

/** One build's cost: round trips (all, fixed besides payload chunks), chunks and bytes, reads included. */
export interface BuildCost {
  ms: number;
  roundTrips: number;
  fixedRoundTrips: number;
  /** Of the fixed round trips, those of the write (the rest read the sources). */
  fixedWriteRoundTrips: number;
  payloadChunks: number;
  requestBytes: number;
  maxRequestBytes: number;
}

export interface PackBench extends PackSizes {
  reports: (BuildCost & { report: ReportKind })[];
  pack: BuildCost & { reports: ReportKind[]; tables: number };
}

/** `count` contracts cycling over the sample's own (which follow its won deals), each with its own ID. */
function contractsOf(base: SampleTable, count: number): SampleTable {
  const id = base.headers.indexOf("Contract ID");
  const rows = Array.from({ length: count }, (_, i) => {
    const row = [...base.rows[i % base.rows.length]];
    row[id] = `HT-${i + 1}`;
    return row;
  });
  return { ...base, rows };
}

/** The sample workbook at `sizes` in a host, the Contracts table beside the four lists. */
function packWorkbook(sizes: PackSizes, seed: number): { host: Host; asOf: number } {
  const { spec, wb } = sampleWorkbookSpec({ accounts: sizes.accounts, opportunities: sizes.opportunities, seed });
  const contracts = contractsOf(wb.contracts as SampleTable, sizes.contracts);
  const last = columnLetter(contracts.headers.length - 1);
  spec.sheets.push({
    name: contracts.name,
    cells: [contracts.headers, ...contracts.rows],
    tables: [{ name: contracts.name, range: `A1:${last}${contracts.rows.length + 1}` }],
  });
  return { host: createHost({ workbook: spec }), asOf: wb.asOf };
}

const ALL: Selections = {
  accounts: { table: "Accounts" },
  opportunities: { table: "Opportunities" },
  assignments: { table: "Assignments" },
  quotas: { table: "Quotas" },
  contracts: { table: "Contracts" },
};

/** The tables `kinds` read, as the pane picks them: each report's required and optional lists. */
function selectionsFor(kinds: readonly ReportKind[]): Selections {
  const tables = new Set(kinds.flatMap((k) => [...reportOf(k).sources.required, ...reportOf(k).sources.optional]));
  return Object.fromEntries(Object.entries(ALL).filter(([k]) => tables.has(k as never)));
}

/** What a build cost, from the host's counters and the adapter's result. */
export function costOf(
  host: Host,
  ms: number,
  write: { roundTrips: number; chunks: number },
  read: { syncs: number; chunks: number },
): BuildCost {
  return {
    ms: round1(ms),
    roundTrips: host.stats.syncs,
    fixedRoundTrips: write.roundTrips - write.chunks + (read.syncs - read.chunks),
    fixedWriteRoundTrips: write.roundTrips - write.chunks,
    payloadChunks: write.chunks + read.chunks,
    requestBytes: host.stats.totalRequestBytes,
    maxRequestBytes: host.stats.maxRequestBytes,
  };
}

/**
 * The reports whose required tables this workbook has: all but Movement, whose 13 weekly snapshots of 300,000
 * opportunities (3.9M rows) the movement section measures on its own.
 */
export const PACK_BENCH_KINDS: ReportKind[] = REPORT_KINDS.filter((k) =>
  reportOf(k).sources.required.every((table) => table in ALL),
);

/** Builds each report alone, then all of them as one pack, on one workbook of `sizes`. */
export async function measurePack(sizes: PackSizes, seed = 42, budgetBytes?: number): Promise<PackBench> {
  const { host, asOf } = packWorkbook(sizes, seed);
  const model = defaultModel();
  const reports: PackBench["reports"] = [];
  for (const report of PACK_BENCH_KINDS) {
    host.resetStats();
    const t0 = performance.now();
    const r = await buildReport(host.run, report, {
      model,
      selections: selectionsFor([report]),
      live: true,
      asOf,
      budgetBytes,
    });
    reports.push({ report, ...costOf(host, performance.now() - t0, r, r.read) });
  }
  host.resetStats();
  const t0 = performance.now();
  const selections = selectionsFor(PACK_BENCH_KINDS);
  const p = await buildPack(host.run, PACK_BENCH_KINDS, { model, selections, live: true, asOf, budgetBytes });
  const pack = {
    reports: [...PACK_BENCH_KINDS],
    tables: Object.keys(selections).length,
    ...costOf(host, performance.now() - t0, p, p.read),
  };
  return { ...sizes, reports, pack };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The section's results for results.json: a timing row and a round-trip target per build, the rows as extra. */
export function packOutput(bench: PackBench, log: (line: string) => void): SectionOutput {
  for (const r of [...bench.reports.map((x) => ({ ...x, name: x.report })), { ...bench.pack, name: "pack" }])
    log(
      `  ${r.name.padEnd(9)} ${r.ms.toFixed(0).padStart(7)} ms  ${r.roundTrips} round trips (${r.fixedRoundTrips} fixed + ${r.payloadChunks} chunks)  ${mb(r.requestBytes)} MB sent, max request ${mb(r.maxRequestBytes)} MB`,
    );
  const rows = bench.accounts;
  return {
    core: [
      ...bench.reports.map((r) => ({ task: `build ${r.report} (pack sizes)`, rows, ms: r.ms, runs: 1 })),
      { task: `build pack of ${bench.pack.reports.length}`, rows, ms: bench.pack.ms, runs: 1 },
    ],
    targets: [
      ...bench.reports.map((r) => ({
        name: `${r.report} fixed round trips (pack sizes)`,
        value: r.fixedRoundTrips,
        target: 10,
        comparator: "<=" as const,
        pass: r.fixedRoundTrips <= 10,
        note: "besides payload chunks",
      })),
      {
        name: "pack fixed write round trips",
        value: bench.pack.fixedWriteRoundTrips,
        target: 4,
        comparator: "<=" as const,
        pass: bench.pack.fixedWriteRoundTrips <= 4,
        note: "list sheets, read tags, create build sheets, commit: the same for any number of reports",
      },
    ],
    extra: bench,
  };
}

export const packSection: BenchSection = {
  name: "pack",
  description: "monthly pack into the in-memory Excel host: round trips and bytes, per report and for the pack",
  async run(opts): Promise<SectionOutput> {
    const sizes: PackSizes = opts.quick
      ? { accounts: 10_000, opportunities: 30_000, contracts: 10_000 }
      : { accounts: 100_000, opportunities: 300_000, contracts: 100_000 };
    return packOutput(await measurePack(sizes, opts.seed), opts.log);
  },
};
