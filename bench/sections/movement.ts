/**
 * Section "movement" (DOMAIN.md §9): 52 weekly stacked snapshots of 20,000 opportunities (about 1M history rows,
 * 2,000 opportunities with --quick) read into the core's history model and classified between the last two
 * snapshots, against arquero filtering, joining and labelling the same rows. The core runs from source (tsx).
 * Then the Movement report built from those rows through the adapter into the in-memory host: round trips
 * (the fixed ones ≤ 10), payload chunks, request bytes and time (movement-build.ts).
 */
import { buildHistory, HistoryRow, Locator } from "../../src/core/history";
import { movement, MOVEMENT_LABELS } from "../../src/core/movement";
import { DEFAULT_STAGES, LOST, OPEN, WON } from "../../src/core/stages";
import { mulberry32 } from "../../src/sample";
import { movementArquero, StackedColumns } from "../baselines/arquero-movement";
import { measureMovementBuild } from "./movement-build";
import { round1, round2, runsFor, timeRuns } from "../lib/timing";
import type { BenchSection, SectionOutput } from "../lib/types";

const WEEKS = 52;
const FIRST = 46_000; // an Excel serial in 2025

/** Weekly random walks: deals advance, slip, win, lose and drop; most exist from the first week. */
function generate(opps: number, seed: number): { rows: HistoryRow[]; cols: StackedColumns } {
  const rng = mulberry32(seed);
  const K = DEFAULT_STAGES.length;
  const rows: HistoryRow[] = [];
  for (let o = 0; o < opps; o++) {
    const start = rng.chance(0.75) ? 0 : rng.int(WEEKS);
    let [stage, status] = [rng.int(3), OPEN];
    const id = `O${o}`;
    for (let w = start; w < WEEKS; w++) {
      if (status === OPEN) {
        const r = rng.next();
        if (r < 0.004) break; // dropped: gone from every later snapshot
        if (r < 0.1) stage = Math.min(K - 1, stage + 1);
        else if (r < 0.12) stage = Math.max(0, stage - 1);
        else if (r < 0.13) status = rng.chance(0.5) ? WON : LOST;
      } else if (rng.chance(0.01)) status = OPEN; // reopened
      rows.push({
        row: rows.length + 2, date: FIRST + 7 * w, id, account: "A", name: null, owner: null, region: null,
        projectClass: null, stage, status, amount: 1000, expectedClose: null, entered: null,
      }); // prettier-ignore
    }
  }
  const cols: StackedColumns = {
    id: rows.map((r) => r.id as string),
    date: Float64Array.from(rows, (r) => r.date),
    stage: Int16Array.from(rows, (r) => r.stage),
    status: Int8Array.from(rows, (r) => r.status),
  };
  return { rows, cols };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(2);

const nowhere: Locator = () => {
  throw new Error("the generated history has no bad rows");
};

export const movementSection: BenchSection = {
  name: "movement",
  description: "history model + movement labels over 52 weekly snapshots vs an arquero filter/join/derive",
  async run(opts): Promise<SectionOutput> {
    const opps = opts.quick ? 2_000 : 20_000;
    const { rows, cols } = generate(opps, opts.seed);
    const runs = opts.runs ?? runsFor(rows.length);
    const t0 = FIRST + 7 * (WEEKS - 2);
    const t1 = FIRST + 7 * (WEEKS - 1);
    const core = timeRuns(() => {
      const model = buildHistory(rows, "snapshots", {}, nowhere).model;
      const m = movement(model);
      if ("code" in m) throw new Error(m.code);
      return m;
    }, runs);
    const model = buildHistory(rows, "snapshots", {}, nowhere).model;
    const classifyOnly = timeRuns(() => movement(model), runs);
    const coreCounts = Object.fromEntries(
      MOVEMENT_LABELS.map((l) => ["code" in core.last ? 0 : core.last.totals[l].count, l]).map(([n, l]) => [l, n]),
    );
    opts.log(
      `  core: ${rows.length.toLocaleString("en-US")} rows, model + labels ${round1(core.ms)} ms, labels alone ${round1(classifyOnly.ms)} ms`,
    );
    const build = await measureMovementBuild(rows, t1);
    opts.log(
      `  report build: ${round1(build.ms)} ms, ${build.roundTrips} round trips (${build.fixedRoundTrips} fixed + ${build.payloadChunks} chunks), ${mb(build.requestBytes)} MB sent (max request ${mb(build.maxRequestBytes)} MB), ${mb(build.responseBytes)} MB read (max response ${mb(build.maxResponseBytes)} MB)`,
    );
    const out: SectionOutput = {
      core: [
        { task: "movement: history model + labels", rows: rows.length, ms: round1(core.ms), runs },
        { task: "movement: labels and flow on a built model", rows: rows.length, ms: round1(classifyOnly.ms), runs },
        { task: "movement: report build into the host (live)", rows: rows.length, ms: build.ms, runs: 1 },
      ],
      targets: [
        {
          name: "movement report fixed round trips",
          value: build.fixedRoundTrips,
          target: 10,
          comparator: "<=",
          pass: build.fixedRoundTrips <= 10,
          note: `besides payload chunks; ${rows.length.toLocaleString("en-US")} history rows`,
        },
      ],
      extra: { opportunities: opps, weeks: WEEKS, historyRows: rows.length, labels: coreCounts, build },
    };
    if (!opts.arquero) return out;
    const aq = timeRuns(() => movementArquero(cols, t0, t1), runs);
    const agree = MOVEMENT_LABELS.every((l) => (aq.last[l] ?? 0) === coreCounts[l]);
    if (!agree)
      throw new Error(`arquero and the core disagree: ${JSON.stringify(aq.last)} vs ${JSON.stringify(coreCounts)}`);
    opts.log(`  arquero: ${round1(aq.ms)} ms (labels agree), ratio ${round2(aq.ms / core.ms)}×`);
    return {
      ...out,
      arquero: [{ task: "movement: history model + labels", rows: rows.length, ms: round1(aq.ms), runs }],
      ratios: [
        {
          task: "movement: history model + labels",
          rows: rows.length,
          vsHyperFormula: null,
          vsArquero: round2(aq.ms / core.ms),
        },
      ],
    };
  },
};
