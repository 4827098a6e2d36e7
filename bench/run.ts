/**
 * Benchmark entry point: `npm run bench [-- options]`.
 *   --sizes 10000,100000   row counts (default 2000,5000,10000,100000,1048576)
 *   --quick                10k rows only, one HyperFormula run, fewer timed runs
 *   --only functions       run only the named sections (comma-separated)
 *   --runs N               timed runs per size (default 9 / 5 / 3 by size)
 *   --hf-timeout S         HyperFormula time limit per size in seconds (default 60)
 *   --no-hf, --no-arquero  skip a baseline
 *   --core bundle|source   time an esbuild bundle of the functions (default, like production) or the tsx-loaded sources
 *   --seed N               data seed (default 42)
 *   --out FILE             results file (default bench/results.json)
 * Results of the sections that ran replace their previous entries; other sections' entries stay.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { benchDir } from "./lib/child";
import { formatSummary, loadResults, mergeSection, saveResults } from "./lib/results";
import type { BenchOptions } from "./lib/types";
import { SECTIONS } from "./sections";

// 2k and 5k are where HyperFormula's O(n²) COUNTIF percent rank still finishes within a minute, so score+tier gets a real ratio.
const DEFAULT_SIZES = [2_000, 5_000, 10_000, 100_000, 1_048_576];

function parseArgs(argv: string[]): { opts: BenchOptions; only: string[] | null; out: string } {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a value`);
    return v;
  };
  const flag = (name: string): boolean => argv.includes(`--${name}`);
  const quick = flag("quick");
  const sizesArg = value("sizes");
  const sizes = sizesArg
    ? sizesArg.split(",").map((s) => Number(s.replace(/_/g, "")))
    : quick
      ? [10_000]
      : DEFAULT_SIZES;
  if (sizes.some((s) => !Number.isInteger(s) || s < 2)) throw new Error(`bad --sizes ${sizesArg}`);
  const runsArg = value("runs");
  const opts: BenchOptions = {
    sizes,
    quick,
    seed: Number(value("seed") ?? 42),
    runs: runsArg !== undefined ? Number(runsArg) : quick ? 3 : undefined,
    hfTimeoutMs: Number(value("hf-timeout") ?? 60) * 1000,
    core: value("core") === "source" ? "source" : "bundle",
    hyperformula: !flag("no-hf"),
    arquero: !flag("no-arquero"),
    log: (line) => console.log(line),
  };
  const onlyArg = value("only");
  return {
    opts,
    only: onlyArg ? onlyArg.split(",") : null,
    out: path.resolve(value("out") ?? path.join(benchDir(), "results.json")),
  };
}

/**
 * Re-runs this script under node with --expose-gc (a full GC before each timed run) and a larger
 * heap (million-row inputs plus baselines near the default limit make GC times noisy).
 * Returns true when this process was the launcher.
 */
function relaunchWithGc(): boolean {
  if (typeof (globalThis as { gc?: unknown }).gc === "function" || process.env.NINEGRID_BENCH_CHILD) return false;
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--expose-gc", "--max-old-space-size=12288", process.argv[1], ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, NINEGRID_BENCH_CHILD: "1" } },
  );
  process.exitCode = r.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  if (relaunchWithGc()) return;
  const { opts, only, out } = parseArgs(process.argv.slice(2));
  const sections = SECTIONS.filter((s) => only === null || only.includes(s.name));
  if (sections.length === 0)
    throw new Error(`no section matches --only ${only?.join(",")}; have ${SECTIONS.map((s) => s.name).join(", ")}`);
  let results = loadResults(out);
  for (const section of sections) {
    console.log(`== ${section.name}: ${section.description} (sizes ${opts.sizes.join(", ")})`);
    const output = await section.run(opts);
    results = mergeSection(results, section.name, output, { sizes: opts.sizes, quick: opts.quick });
    // Save after each section so a crash later keeps what finished.
    saveResults(out, results);
  }
  console.log("");
  console.log(
    formatSummary(
      results,
      sections.map((s) => s.name),
    ),
  );
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
});
