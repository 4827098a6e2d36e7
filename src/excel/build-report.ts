import { CellValue } from "../core/cells";
import { serialFromYmd } from "../core/dates";
import { buildDataset, Dataset } from "../core/dataset";
import { SOURCE_KINDS, TableKind } from "../core/fields";
import { formatColumns, parseTable, ParsedTable, TableSource } from "../core/parse-table";
import { Model } from "../core/schemas";
import { isDefaultStageTable, PresetPick, StageDef } from "../core/stages";
import { CurrencyRates, ratesOf } from "../core/currency-rates";
import { historyRequire } from "../core/history";
import {
  BuildWarning,
  columnRefs,
  liveSummable,
  liveWarnings,
  planReport,
  ReportKind,
  ReportSummary,
  SkippedRows,
  skippedRowsOf,
  snapshotByCriterion,
  SourceLocation,
} from "../reports";
import { PlanSources } from "../reports/definition";
import { withPrintSetup } from "../reports/print";
import { reportOf } from "../reports/registry";
import { loadPlanSources } from "./plan-tables-read";
import { resolveReportLanguage } from "../reports/words";
import { applyPlan, ApplyOptions, ApplyResult } from "./apply-plan";
import { readRange, readTable } from "./read-source";
import { ExcelRun } from "./run";

/** Where the user said a table's data is: an Excel table by name, or a range on a sheet. */
export interface SourceSelection {
  table?: string;
  sheet?: string;
  /** A1 address on `sheet`; the used range when absent. */
  address?: string;
  /** Column mapping overrides from the Data pane. */
  mapping?: Record<string, number | string | null>;
}

export type Selections = Partial<Record<TableKind, SourceSelection>>;

export interface LoadedSources {
  /** Round trips spent reading, and how many of them carried cell data. */
  read: { syncs: number; chunks: number };
  dataset: Dataset;
  parsed: Partial<Record<TableKind, ParsedTable>>;
  locations: Partial<Record<TableKind, SourceLocation>>;
  /** Per source, the rows the core skipped, for live formulas to leave out. */
  skipped: SkippedRows;
  /** The stage table the opportunities were read with: the model's, or a preset picked for them. */
  stages: readonly StageDef[];
  /** The preset picked from the stage column (DOMAIN.md §6), when the model has no stage table of its own. */
  stagePick: PresetPick | null;
}

/** How to read the sources beyond the model: Office's display language decides 03/04/2026 (DOMAIN.md §2.1). */
export interface ReadOptions {
  language?: string;
}

/** Reads and parses the selected sources (never writing to them) and links them into a dataset. */
export async function loadSources(
  run: ExcelRun,
  selections: Selections,
  model: Model,
  signal?: AbortSignal,
  readOptions: ReadOptions = {},
): Promise<LoadedSources> {
  const parsed: Partial<Record<TableKind, ParsedTable>> = {};
  const locations: Partial<Record<TableKind, SourceLocation>> = {};
  const read = { syncs: 0, chunks: 0 };
  const sources: Partial<Record<TableKind, TableSource>> = {};
  let rates: CurrencyRates | undefined;
  // The Rates table first: the other tables' amounts are converted with it (DOMAIN.md §2.1).
  const ordered = (Object.entries(selections) as [TableKind, SourceSelection][]).sort(
    ([a], [b]) => Number(b === "rates") - Number(a === "rates"),
  );
  for (const [kind, sel] of ordered) {
    let source: TableSource;
    // Number formats travel only for the date columns: the parser uses them to tell dates from numbers.
    const options = {
      signal,
      stats: read,
      formatColumns: (h: readonly CellValue[]) => formatColumns(kind, h, sel.mapping),
    };
    if (sel.table) source = await readTable(run, sel.table, options);
    else if (sel.sheet) source = await readRange(run, sel.sheet, sel.address, { ...options, kind });
    else continue;
    const table = parseTable(kind, source, {
      mapping: sel.mapping,
      stages: model.stages,
      autoStagePreset: isDefaultStageTable(model.stages),
      language: readOptions.language,
      rates,
      // A history table needs its snapshot date (or date entered) on every row (DOMAIN.md §9).
      require: kind === "history" ? historyRequire(source.values[0] ?? [], sel.mapping) : undefined,
    });
    if (kind === "rates") rates = ratesOf(table);
    parsed[kind] = table;
    sources[kind] = source;
    locations[kind] = {
      table: sel.table,
      parsed: table,
      headerRow: source.headerRow ?? 1,
      rowCount: source.values.length - 1,
    };
  }
  const dataset = buildDataset(parsed);
  const kept: Partial<Record<TableKind, { row: number }[]>> = {
    accounts: dataset.accounts,
    // Earlier snapshots are left out by the live snapshot criterion, not subtracted row by row as skipped.
    opportunities: snapshotByCriterion(dataset)
      ? [...dataset.opportunities, ...(dataset.opportunitySnapshot?.setAside ?? []).map((row) => ({ row }))]
      : dataset.opportunities,
    assignments: dataset.assignments,
    quotas: dataset.quotas,
  };
  const skipped: SkippedRows = {};
  for (const [kind, location] of Object.entries(locations) as [TableKind, SourceLocation][]) {
    const rows = kept[kind];
    if (!rows) continue; // the Rates table feeds no live formula
    skipped[kind] = skippedRowsOf(location, (sources[kind] as TableSource).values, new Set(rows.map((r) => r.row)));
  }
  const opportunities = parsed.opportunities;
  return {
    read,
    dataset,
    parsed,
    locations,
    skipped,
    stages: opportunities?.stages ?? model.stages,
    stagePick: opportunities?.stagePick ?? null,
  };
}

/** Today as an Excel date serial (local calendar date). */
export function todaySerial(now = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export interface BuildOptions extends ApplyOptions {
  model: Model;
  selections: Selections;
  live: boolean;
  asOf?: number;
  /**
   * Office's display language, for day/month order (DOMAIN.md §2.1); the pane passes its own language, which the
   * report language follows when the model says so (`model.reports.language` "pane").
   */
  language?: string;
}

export interface BuildResult extends ApplyResult {
  /** The report's one-line summary in English (logs); the pane words `summaryData` in its language. */
  summary: string;
  summaryData: ReportSummary;
  dataset: Dataset;
  /** Round trips spent reading the sources (ApplyResult's roundTrips count only the writing). */
  read: { syncs: number; chunks: number };
  /** What the user should know about the numbers written, e.g. text numbers that live formulas skip. */
  warnings: BuildWarning[];
  /** The stage preset used for this build instead of the default, when the stage column called for it. */
  stagePick: PresetPick | null;
}

/**
 * The ESP plan tables (DOMAIN.md §10) the reports `kinds` read, or undefined when none reads them: they are
 * found in the workbook, not picked. Their round trips count in `read`.
 */
export async function loadPlansFor(
  run: ExcelRun,
  kinds: readonly ReportKind[],
  options: Pick<BuildOptions, "signal" | "language">,
  read: { syncs: number; chunks: number },
): Promise<PlanSources | undefined> {
  const planKinds = [...new Set(kinds.flatMap((kind) => reportOf(kind).sources.plans ?? []))];
  if (planKinds.length === 0) return undefined;
  return loadPlanSources(run, planKinds, { signal: options.signal, language: options.language, stats: read });
}

/** Reads the sources, computes one report and writes it: the task pane's Build / Refresh. */
export async function buildReport(run: ExcelRun, kind: ReportKind, options: BuildOptions): Promise<BuildResult> {
  const { dataset, locations, read, skipped, stages, stagePick } = await loadSources(
    run,
    options.selections,
    options.model,
    options.signal,
    { language: options.language },
  );
  const asOf = options.asOf ?? options.model.reports.asOf ?? todaySerial();
  const plans = await loadPlansFor(run, [kind], options, read);
  const model = stagePick
    ? { ...options.model, stages: stages.map((s) => ({ ...s, aliases: [...s.aliases] })) }
    : options.model;
  const language = resolveReportLanguage(options.model.reports.language, options.language);
  const planned = planReport({
    kind,
    data: dataset,
    model,
    asOf,
    live: options.live,
    refs: columnRefs(locations),
    skipped,
    summable: liveSummable(locations),
    plans,
    language,
  });
  const plan = withPrintSetup(planned, asOf, sourceNames(options.selections), language);
  const result = await applyPlan(run, plan, options);
  return {
    ...result,
    summary: stagePick ? `${plan.summary} ${stagePickText(stagePick)}` : plan.summary,
    summaryData: plan.summaryData,
    dataset,
    read,
    warnings: liveWarnings(plan, locations),
    stagePick,
  };
}

/** The sources a build read, as the user picked them: a table's name, or "Sheet!A1:K400" for a range. */
export function sourceNames(selections: Selections): string[] {
  return SOURCE_KINDS.flatMap((kind) => {
    const sel = selections[kind];
    if (sel?.table) return [sel.table];
    if (sel?.sheet) return [sel.address ? `${sel.sheet}!${sel.address}` : sel.sheet];
    return [];
  });
}

/** The English sentence saying a preset was used (DOMAIN.md §6); the pane words it in the user's language. */
export function stagePickText(p: PresetPick): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    `Stages read with the ${p.preset} preset: the default stages recognise ${pct(p.defaultShare)} of the stage ` +
    `cells, ${p.preset} ${pct(p.presetShare)}. Save it in the Model pane to keep it.`
  );
}
