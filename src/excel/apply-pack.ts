/**
 * The monthly pack (issue 14): a chosen set of reports and a contents sheet linking to them, read from the
 * sources once and written as ONE all-or-nothing write (applyPlans): one progress, one cancel, and a cancel
 * or a fault at any round trip leaves every earlier report where it was and no sheet of this pack behind.
 */
import { SOURCE_KINDS } from "../core/fields";
import { PresetPick } from "../core/stages";
import {
  BuildWarning,
  columnRefs,
  liveSummable,
  liveWarnings,
  planReport,
  reportOf,
  ReportKind,
  ReportSummary,
  SheetPlan,
  summaryText,
} from "../reports";
import {
  CONTENTS_KIND,
  ContentsEntry,
  contentsPlan,
  contentsSheetName,
  ContentsSource,
} from "../reports/contents-sheet";
import { withPrintSetup } from "../reports/print";
import { ReportLanguage } from "../reports/words";
import { applyPlans, ApplyOptions, LinkedPlan, SheetApplied } from "./apply-plan";
import { BuildOptions, loadPlansFor, loadSources, LoadedSources, sourceNames, todaySerial } from "./build-report";
import { ExcelRun } from "./run";
import { PackRefused } from "./pack-refused";

export { PackRefused };

export interface PackOptions extends ApplyOptions, Pick<BuildOptions, "model" | "selections" | "live" | "asOf"> {
  /** Office's display language, for day/month order (DOMAIN.md §2.1). */
  language?: string;
  /** The language the sheets are written in; English when absent. */
  reportLanguage?: ReportLanguage;
  /** Words a report's summary for the contents sheet, in `reportLanguage`; the English summary otherwise. */
  summaryText?: (summary: ReportSummary) => string;
}

/** One report of a built pack. */
export interface PackReport {
  kind: ReportKind;
  sheetName: string;
  replaced: boolean;
  /** The one-line summary in English (logs); the pane words `summaryData` in its language. */
  summary: string;
  summaryData: ReportSummary;
  warnings: BuildWarning[];
}

export interface PackResult {
  /** In the order asked for. */
  reports: PackReport[];
  contents: SheetApplied;
  /** Round trips of the one write, payload chunks included, and how many carried payload. */
  roundTrips: number;
  chunks: number;
  requestBytes: number;
  /** Round trips spent reading the sources, once for the whole pack. */
  read: { syncs: number; chunks: number };
  stagePick: PresetPick | null;
  /** Whether every sheet got its print setup (false where Excel lacks ExcelApi 1.9). */
  printSetup: boolean;
}

/** The title a report sheet shows (its title block's first cell, as print.ts reads it), else its sheet name. */
export function reportTitle(plan: SheetPlan): string {
  const first = plan.blocks.find((b) => b.id === "title")?.cells[0]?.[0];
  return typeof first === "string" && first !== "" ? first : plan.sheetName;
}

/** The sources the pack read, as the contents sheet lists them. */
function contentsSources(loaded: LoadedSources, options: PackOptions): ContentsSource[] {
  return SOURCE_KINDS.flatMap((kind) => {
    const location = loaded.locations[kind];
    const [name] = sourceNames({ [kind]: options.selections[kind] });
    return location && name ? [{ kind, name, rows: location.rowCount }] : [];
  });
}

/** Reads the sources once, plans each chosen report and the contents sheet, and writes them all at once. */
export async function buildPack(
  run: ExcelRun,
  kinds: readonly ReportKind[],
  options: PackOptions,
): Promise<PackResult> {
  if (kinds.length === 0) throw new PackRefused("empty");
  for (const kind of kinds)
    if (reportOf(kind).sources.required.some((k) => !options.selections[k]))
      throw new PackRefused("missingSources", kind);
  const loaded = await loadSources(run, options.selections, options.model, options.signal, {
    language: options.language,
  });
  const { dataset, locations, skipped, stages, stagePick } = loaded;
  const plansRead = await loadPlansFor(run, kinds, options, loaded.read);
  const asOf = options.asOf ?? options.model.reports.asOf ?? todaySerial();
  const model = stagePick
    ? { ...options.model, stages: stages.map((s) => ({ ...s, aliases: [...s.aliases] })) }
    : options.model;
  const refs = columnRefs(locations);
  const summable = liveSummable(locations);
  const names = sourceNames(options.selections);
  const plans = kinds.map((kind) =>
    withPrintSetup(
      planReport({
        kind,
        data: dataset,
        model,
        asOf,
        live: options.live,
        refs,
        skipped,
        summable,
        plans: plansRead,
        language: options.reportLanguage,
      }),
      asOf,
      names,
    ),
  );
  const word = options.summaryText ?? summaryText;
  const entries: ContentsEntry[] = plans.map((p) => ({
    kind: p.kind,
    title: reportTitle(p),
    summary: word(p.summaryData),
  }));
  const contents: LinkedPlan = {
    kind: CONTENTS_KIND,
    sheetName: contentsSheetName(options.reportLanguage),
    build: (finalNames) =>
      contentsPlan(
        { language: options.reportLanguage, asOf, reports: entries, sources: contentsSources(loaded, options) },
        finalNames,
      ),
  };
  const written = await applyPlans(run, [contents, ...plans], options);
  const [contentsSheet, ...sheets] = written.sheets;
  return {
    reports: plans.map((plan, i) => ({
      kind: plan.kind,
      sheetName: sheets[i].sheetName,
      replaced: sheets[i].replaced,
      summary: plan.summary,
      summaryData: plan.summaryData,
      warnings: liveWarnings(plan, locations),
    })),
    contents: contentsSheet,
    roundTrips: written.roundTrips,
    chunks: written.chunks,
    requestBytes: written.requestBytes,
    read: loaded.read,
    stagePick,
    printSetup: written.sheets.every((s) => s.printSetup),
  };
}
