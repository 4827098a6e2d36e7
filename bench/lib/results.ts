/** Reading, merging and printing bench/results.json. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { BenchResults, Machine, RatioRow, SectionOutput, TargetRow, TimingRow } from "./types";

export function machineInfo(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}

export function emptyResults(): BenchResults {
  return {
    machine: machineInfo(),
    core: [],
    hyperformula: [],
    arquero: [],
    ratios: [],
    targets: [],
    sections: {},
    extra: {},
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Loads an existing results file; anything unreadable starts fresh (the file is regenerated, never hand-edited). */
export function loadResults(file: string): BenchResults {
  if (!existsSync(file)) return emptyResults();
  try {
    const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!isRecord(raw)) return emptyResults();
    const base = emptyResults();
    const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
    return {
      machine: base.machine,
      core: arr<TimingRow>(raw.core),
      hyperformula: arr<TimingRow>(raw.hyperformula),
      arquero: arr<TimingRow>(raw.arquero),
      ratios: arr<RatioRow>(raw.ratios),
      targets: arr<TargetRow>(raw.targets),
      sections: isRecord(raw.sections) ? (raw.sections as BenchResults["sections"]) : {},
      extra: isRecord(raw.extra) ? raw.extra : {},
    };
  } catch {
    return emptyResults();
  }
}

/** Replaces everything the given section produced before with its new output; other sections' entries stay. */
export function mergeSection(
  results: BenchResults,
  section: string,
  out: SectionOutput,
  meta: { sizes: number[]; quick: boolean },
): BenchResults {
  const keep = <T extends { section: string }>(rows: T[]): T[] => rows.filter((r) => r.section !== section);
  const tag = <T>(rows: T[] | undefined): (T & { section: string })[] => (rows ?? []).map((r) => ({ section, ...r }));
  return {
    machine: machineInfo(),
    core: [...keep(results.core), ...tag(out.core)],
    hyperformula: [...keep(results.hyperformula), ...tag(out.hyperformula)],
    arquero: [...keep(results.arquero), ...tag(out.arquero)],
    ratios: [...keep(results.ratios), ...tag(out.ratios)],
    targets: [...keep(results.targets), ...tag(out.targets)],
    sections: {
      ...results.sections,
      [section]: { date: new Date().toISOString(), sizes: meta.sizes, quick: meta.quick },
    },
    extra: out.extra === undefined ? results.extra : { ...results.extra, [section]: out.extra },
  };
}

export function saveResults(file: string, results: BenchResults): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

const fmt = (v: number | "timeout" | null | undefined, unit = ""): string =>
  v === null || v === undefined
    ? "—"
    : v === "timeout"
      ? "timeout"
      : `${v.toLocaleString("en-US", { maximumFractionDigits: 2 })}${unit}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A readable summary of the given sections' rows. */
export function formatSummary(results: BenchResults, sections: string[]): string {
  const mine = <T extends { section: string }>(rows: T[]): T[] => rows.filter((r) => sections.includes(r.section));
  const rows = mine(results.core).map((c) => {
    const hf = results.hyperformula.find((h) => h.section === c.section && h.task === c.task && h.rows === c.rows);
    const aq = results.arquero.find((h) => h.section === c.section && h.task === c.task && h.rows === c.rows);
    const ratio = results.ratios.find((h) => h.section === c.section && h.task === c.task && h.rows === c.rows);
    return [
      c.task,
      c.rows.toLocaleString("en-US"),
      fmt(c.ms, " ms"),
      fmt(hf?.ms, hf?.ms === "timeout" ? "" : " ms"),
      fmt(aq?.ms, " ms"),
      fmt(ratio?.vsHyperFormula, "×"),
      fmt(ratio?.vsArquero, "×"),
      c.note ?? "",
    ];
  });
  const m = results.machine;
  const out = [
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, node ${m.node}, ${m.date}`,
    "",
    table(["task", "rows", "core", "HyperFormula", "arquero", "vs HF", "vs arquero", "note"], rows),
    "",
    table(
      ["target", "value", "goal", "result"],
      mine(results.targets).map((t) => [
        t.name,
        fmt(t.value),
        `${t.comparator} ${t.target}`,
        (t.pass === null ? "n/a" : t.pass ? "PASS" : "FAIL") + (t.note ? ` (${t.note})` : ""),
      ]),
    ),
  ];
  return out.join("\n");
}
