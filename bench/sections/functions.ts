/**
 * Section "functions": the KAM.* custom functions on generated data, against
 * HyperFormula native formulas (in a child process with a time limit) and arquero.
 *   score+tier: KAM.SCORE on 4 dimension columns + KAM.TIER on contribution/potential
 *   pipeline:   KAM.PIPELINE(stages, amounts, statuses)
 * Inputs are built as 2-D arrays before timing (that is what Excel passes). Every
 * engine's output is checked against bench/lib/reference.ts; a fast wrong answer fails.
 */
import { runPipelineArquero, runScoreTierArquero } from "../baselines/arquero";
import { pipelineInput, scoreTierInput } from "../data";
import { runHfChild, type HfTask } from "../lib/child";
import { loadCore, type KamFunctions } from "../lib/load-core";
import {
  comparePipeline,
  compareScoreTier,
  pipelineDigestFromSpill,
  referencePipeline,
  referenceScoreTier,
  scoreTierDigest,
  type PipelineDigest,
  type ScoreTierDigest,
} from "../lib/reference";
import { median, round1, round2, runsFor, timeRuns } from "../lib/timing";
import type { BenchOptions, BenchSection, Ms, SectionOutput, TimingRow } from "../lib/types";

const TASKS: HfTask[] = ["score+tier", "pipeline"];

interface Agreement {
  task: string;
  rows: number;
  engine: "core" | "hyperformula" | "arquero";
  ok: boolean;
  /** First few differences from the plain-JS reference. */
  diffs: string[];
}

/** A spill that is a single error cell (how an entry point refuses an oversized range). */
function refused(out: unknown): boolean {
  const spills = typeof out === "object" && out !== null && "s" in out ? Object.values(out) : [out];
  return spills.some((sp) => {
    if (!Array.isArray(sp) || sp.length !== 1 || !Array.isArray(sp[0]) || sp[0].length !== 1) return false;
    const cell: unknown = sp[0][0];
    return typeof cell === "object" && cell !== null && "code" in cell;
  });
}

const firstCol = (spill: unknown[][]): unknown[] => spill.map((r) => (Array.isArray(r) ? r[0] : undefined));

function isScoreTierDigest(d: unknown): d is ScoreTierDigest {
  return typeof d === "object" && d !== null && "scoreSum" in d && "tierCounts" in d;
}
function isPipelineDigest(d: unknown): d is PipelineDigest {
  return typeof d === "object" && d !== null && "stages" in d && "won" in d;
}

export const functionsSection: BenchSection = {
  name: "functions",
  description: "KAM.SCORE+KAM.TIER and KAM.PIPELINE vs HyperFormula formulas and arquero",
  async run(opts: BenchOptions): Promise<SectionOutput> {
    const loaded = await loadCore(opts.core);
    // Above the spill limit an entry point may refuse (one #VALUE! cell); then time its body: same code minus the guard.
    const spillNote = `above the ${loaded.maxSpillRows.toLocaleString("en-US")}-row spill limit: timed the spills.ts body`;
    const choose = (run: (f: KamFunctions) => unknown): { run: () => unknown; note?: string } => {
      const probe = run(loaded.fns);
      if (loaded.bodies && refused(probe)) {
        const bodies = loaded.bodies;
        return { run: () => run(bodies), note: spillNote };
      }
      return { run: () => run(loaded.fns) };
    };
    opts.log(
      `core: ${loaded.mode === "bundle" ? "esbuild bundle of src/functions" : "tsx-loaded sources"}${loaded.note ? ` — ${loaded.note}` : ""}`,
    );
    const core: Omit<TimingRow, "section">[] = [];
    const hyperformula: Omit<TimingRow, "section">[] = [];
    const arquero: Omit<TimingRow, "section">[] = [];
    const agreement: Agreement[] = [];
    const hfGaveUp = new Set<string>();
    const agree = (task: string, rows: number, engine: Agreement["engine"], diffs: string[]): void => {
      agreement.push({ task, rows, engine, ok: diffs.length === 0, diffs: diffs.slice(0, 5) });
      if (diffs.length)
        opts.log(`  ! ${engine} ${task} @${rows} disagrees with reference: ${diffs.slice(0, 3).join("; ")}`);
    };

    for (const rows of opts.sizes) {
      const runs = runsFor(rows, opts.runs);
      for (const task of TASKS) {
        opts.log(`${task} @${rows}: building inputs`);
        let refDigest: ScoreTierDigest | PipelineDigest;
        let coreRun: (f: KamFunctions) => unknown;
        let coreCheck: (out: unknown) => string[];
        let aqRun: () => unknown;
        let aqCheck: (out: unknown) => string[];
        if (task === "score+tier") {
          const input = scoreTierInput(rows, opts.seed);
          const ref = referenceScoreTier(input.cols);
          const rd = scoreTierDigest(ref.score, ref.tier);
          refDigest = rd;
          coreRun = (f) => ({ s: f.score(input.dims), t: f.tier(input.contribution, input.potential) });
          coreCheck = (out) => {
            const { s, t } = out as { s: unknown[][]; t: unknown[][] };
            return compareScoreTier(rd, scoreTierDigest(firstCol(s), firstCol(t)));
          };
          aqRun = () => runScoreTierArquero(input.cols);
          aqCheck = (out) => {
            const { score, tier } = out as { score: unknown[]; tier: unknown[] };
            return compareScoreTier(rd, scoreTierDigest(score, tier));
          };
        } else {
          const input = pipelineInput(rows, opts.seed);
          const rd = referencePipeline(input.cols);
          refDigest = rd;
          coreRun = (f) => f.pipeline(input.stages, input.amounts, input.statuses);
          coreCheck = (out) => {
            const d = pipelineDigestFromSpill(out as unknown[][]);
            return d
              ? comparePipeline(rd, d)
              : [`spill shape ${(out as unknown[][]).length} rows is not header + 6 stages + Won, Lost, Win rate`];
          };
          aqRun = () => runPipelineArquero(input.cols);
          aqCheck = (out) => comparePipeline(rd, out as PipelineDigest);
        }

        // Core: the real custom functions.
        const { run: timedCore, note: coreNote } = choose(coreRun);
        const c = timeRuns(timedCore, runs);
        const coreDiffs = coreCheck(c.last);
        agree(task, rows, "core", coreDiffs);
        core.push({
          task,
          rows,
          ms: round1(c.ms),
          runs: c.runs,
          ...(coreDiffs.length || coreNote
            ? {
                note: [coreDiffs.length ? "output disagrees with reference" : "", coreNote ?? ""]
                  .filter(Boolean)
                  .join("; "),
              }
            : {}),
        });
        opts.log(`  core      ${fmtMs(c.ms)}${coreNote ? ` (${coreNote})` : ""}`);

        // arquero, same process.
        if (opts.arquero) {
          const a = timeRuns(aqRun, runs);
          agree(task, rows, "arquero", aqCheck(a.last));
          arquero.push({ task, rows, ms: round1(a.ms), runs: a.runs });
          opts.log(`  arquero   ${fmtMs(a.ms)}`);
        }

        // HyperFormula, child process with a time limit; skip sizes above one that timed out.
        if (opts.hyperformula) {
          if (hfGaveUp.has(task)) {
            hyperformula.push({
              task,
              rows,
              ms: "timeout",
              runs: 0,
              note: "not run: a smaller size already timed out",
            });
            opts.log(`  HF        timeout (skipped)`);
          } else {
            const maxRuns = opts.quick ? 1 : rows >= 1_000_000 ? 1 : 3;
            const r = await runHfChild(task, rows, opts.seed, opts.hfTimeoutMs, maxRuns);
            if (r.runs.length > 0) {
              hyperformula.push({ task, rows, ms: round1(median(r.runs)), runs: r.runs.length });
              const d = r.digest;
              if (task === "score+tier" && isScoreTierDigest(d))
                agree(task, rows, "hyperformula", compareScoreTier(refDigest as ScoreTierDigest, d));
              else if (task === "pipeline" && isPipelineDigest(d))
                agree(task, rows, "hyperformula", comparePipeline(refDigest as PipelineDigest, d));
              opts.log(`  HF        ${fmtMs(median(r.runs))} (${r.runs.length} run${r.runs.length > 1 ? "s" : ""})`);
            } else {
              hfGaveUp.add(task);
              const note = r.timedOut
                ? `did not finish within ${opts.hfTimeoutMs / 1000} s`
                : `failed: ${r.error ?? "unknown error"}`;
              hyperformula.push({ task, rows, ms: "timeout", runs: 0, note });
              opts.log(`  HF        ${note}`);
            }
          }
        }
      }
    }

    const ratios = [];
    for (const row of core) {
      const hf = hyperformula.find((h) => h.task === row.task && h.rows === row.rows);
      const aq = arquero.find((h) => h.task === row.task && h.rows === row.rows);
      ratios.push({
        task: row.task,
        rows: row.rows,
        vsHyperFormula: hf && typeof hf.ms === "number" && typeof row.ms === "number" ? round1(hf.ms / row.ms) : null,
        vsArquero: aq && typeof aq.ms === "number" && typeof row.ms === "number" ? round2(aq.ms / row.ms) : null,
      });
    }

    const coreWrong = (task: string, rows: number): boolean =>
      agreement.some((a) => a.engine === "core" && a.task === task && a.rows === rows && !a.ok);
    const targets: SectionOutput["targets"] = [];
    for (const task of TASKS) {
      // ≥ 20× faster than HyperFormula at every size HF finished.
      const finished = ratios.filter((r) => r.task === task && r.vsHyperFormula !== null);
      for (const r of finished) {
        const wrong = coreWrong(task, r.rows);
        targets.push({
          name: `${task} vs HyperFormula @${r.rows}`,
          value: r.vsHyperFormula,
          target: 20,
          comparator: ">=",
          pass: !wrong && (r.vsHyperFormula ?? 0) >= 20,
          ...(wrong ? { note: "core output disagrees with reference" } : {}),
        });
      }
      if (opts.hyperformula && finished.length === 0) {
        const first = core.find((c) => c.task === task);
        const lower = first && typeof first.ms === "number" ? round1(opts.hfTimeoutMs / first.ms) : null;
        const wrong = first ? coreWrong(task, first.rows) : false;
        targets.push({
          name: `${task} vs HyperFormula`,
          value: lower,
          target: 20,
          comparator: ">=",
          pass: lower === null || wrong ? (wrong ? false : null) : lower >= 20,
          note: `HyperFormula timed out at every measured size; value is a lower bound (timeout / core ms at ${first?.rows ?? "?"} rows)`,
        });
      }
      // No slower than arquero at 100k.
      const at100k = ratios.find((r) => r.task === task && r.rows === 100_000);
      const wrong100k = coreWrong(task, 100_000);
      targets.push({
        name: `${task} vs arquero @100000`,
        value: at100k?.vsArquero ?? null,
        target: 1,
        comparator: ">=",
        pass: at100k?.vsArquero == null ? null : !wrong100k && at100k.vsArquero >= 1,
        ...(at100k?.vsArquero == null
          ? { note: "not measured in this run" }
          : wrong100k
            ? { note: "core output disagrees with reference" }
            : {}),
      });
    }
    const big = core.find((c) => c.task === "score+tier" && c.rows === 1_048_576);
    const bigWrong = coreWrong("score+tier", 1_048_576);
    targets.push({
      name: "score+tier @1048576 ms",
      value: big && typeof big.ms === "number" ? big.ms : null,
      target: 1000,
      comparator: "<",
      pass: big && typeof big.ms === "number" ? !bigWrong && big.ms < 1000 : null,
      ...(!big
        ? { note: "not measured in this run" }
        : bigWrong
          ? { note: "core output disagrees with reference" }
          : {}),
    });

    return {
      core,
      hyperformula,
      arquero,
      ratios,
      targets,
      extra: {
        coreMode: loaded.mode,
        gcBetweenRuns: typeof (globalThis as { gc?: unknown }).gc === "function",
        maxSpillRows: Number.isFinite(loaded.maxSpillRows) ? loaded.maxSpillRows : null,
        coreNote: loaded.note ?? null,
        hfTimeoutMs: opts.hfTimeoutMs,
        seed: opts.seed,
        agreement,
      },
    };
  },
};

function fmtMs(ms: Ms): string {
  return typeof ms === "number" ? `${ms.toFixed(1)} ms` : ms;
}
