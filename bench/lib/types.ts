/**
 * Shapes of bench/results.json. Each section (bench/sections/*.ts) returns a
 * SectionOutput; bench/run.ts merges it into the file, replacing only the entries
 * tagged with the sections that ran, so sections can be rerun independently.
 */

export type Ms = number | "timeout";

export interface TimingRow {
  section: string;
  task: string;
  rows: number;
  /** Median wall-clock milliseconds, or "timeout" when the baseline did not finish in time. */
  ms: Ms;
  /** How many timed runs the median is over. */
  runs?: number;
  note?: string;
}

export interface RatioRow {
  section: string;
  task: string;
  rows: number;
  /** HyperFormula ms / core ms (how many times faster the core is); null when HF timed out or did not run. */
  vsHyperFormula: number | null;
  /** arquero ms / core ms; null when arquero did not run. */
  vsArquero: number | null;
}

export interface TargetRow {
  section: string;
  name: string;
  /** Measured value; null when not measured in this run. */
  value: number | null;
  target: number;
  comparator: ">=" | "<" | "<=";
  /** null when not measured (e.g. the size was not in --sizes). */
  pass: boolean | null;
  note?: string;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
}

export interface BenchResults {
  machine: Machine;
  core: TimingRow[];
  hyperformula: TimingRow[];
  arquero: TimingRow[];
  ratios: RatioRow[];
  targets: TargetRow[];
  /** When and how each section last ran. */
  sections: Record<string, { date: string; sizes: number[]; quick: boolean }>;
  /** Section-specific extras (e.g. agreement checks, report round trips), keyed by section name. */
  extra: Record<string, unknown>;
}

export interface SectionOutput {
  core?: Omit<TimingRow, "section">[];
  hyperformula?: Omit<TimingRow, "section">[];
  arquero?: Omit<TimingRow, "section">[];
  ratios?: Omit<RatioRow, "section">[];
  targets?: Omit<TargetRow, "section">[];
  /** Stored under results.extra[section name]. */
  extra?: unknown;
}

export interface BenchOptions {
  sizes: number[];
  quick: boolean;
  seed: number;
  /** Override the number of timed runs per size (else by size). */
  runs?: number;
  hfTimeoutMs: number;
  /** How the KAM.* functions are loaded: "bundle" (esbuild, like production; default) or "source" (tsx). */
  core: "bundle" | "source";
  hyperformula: boolean;
  arquero: boolean;
  log: (line: string) => void;
}

export interface BenchSection {
  name: string;
  description: string;
  run(opts: BenchOptions): Promise<SectionOutput>;
}
