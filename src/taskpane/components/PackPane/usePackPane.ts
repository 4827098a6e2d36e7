import { useCallback, useEffect, useRef, useState } from "react";
import { TableKind } from "../../../core/fields";
import { BuildCancelled } from "../../../excel/apply-plan";
import type { PackResult } from "../../../excel/apply-pack";
import { PackRefused } from "../../../excel/pack-refused";
import { ReportKind, ReportSummary } from "../../../reports/plan";
import { REPORT_KINDS, reportOf } from "../../../reports/registry";
import { resolveReportLanguage } from "../../../reports/words";
import { errorText, useTaskpane } from "../../context";
import { stringsFor, Strings } from "../../i18n";
import { DraftResult, ModelDraft } from "../../model-draft";
import { SourcePicks, toSelections } from "../../sources";

export type PackStatus =
  | { kind: "idle" }
  /** `progress` is null while the sources are read (no measurable progress yet). */
  | { kind: "building"; progress: number | null; reports: number }
  | { kind: "done"; result: PackResult }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

/** What the pack pane takes from the app: the report options (date, live), the model and the picks. */
export interface PackPaneProps {
  options: Pick<ModelDraft["reports"], "asOf" | "output">;
  updateDraft(change: (d: ModelDraft) => ModelDraft): void;
  validation: DraftResult;
  picks: SourcePicks;
  supportError: string | null;
}

export interface PackPaneState {
  values: PackPaneProps["options"];
  setReports(change: Partial<ModelDraft["reports"]>): void;
  /** Reports whose required lists are picked, in registry order: the ones offered. */
  available: ReportKind[];
  /** Reports not offered, and the lists they wait for. */
  unavailable: { kind: ReportKind; missing: TableKind[] }[];
  chosen: ReportKind[];
  toggle(kind: ReportKind, on: boolean): void;
  modelInvalid: boolean;
  canBuild: boolean;
  status: PackStatus;
  build(): Promise<void>;
  cancel(): void;
  goToSheet(sheet: string): void;
}

/** The sheets' language follows the pane's until the report language has a setting of its own. */

/** The pack's error in the pane's words: its own refusals, else the adapter's and Office's. */
function packError(e: unknown, s: Strings): string {
  if (e instanceof PackRefused) return s.pack.refused(e.reason, e.kind && s.reports[e.kind].title);
  return errorText(e, s);
}

/** Build with one progress and one Cancel for the whole pack. */
function usePackBuild(props: PackPaneProps, chosen: readonly ReportKind[]) {
  const { services, strings, language } = useTaskpane();
  const { validation, picks } = props;
  const [status, setStatus] = useState<PackStatus>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const building = status.kind === "building";

  const build = useCallback(async () => {
    if (!validation.ok || chosen.length === 0 || building) return;
    const abort = new AbortController();
    controller.current = abort;
    const reports = chosen.length;
    setStatus({ kind: "building", progress: null, reports });
    const tables = chosen.flatMap((k) => [...reportOf(k).sources.required, ...reportOf(k).sources.optional]);
    const model = validation.model;
    // The model's report language (follow the pane, English or 中文), as a single report's build resolves it.
    const sheetLanguage = resolveReportLanguage(model.reports.language, language);
    try {
      const result = await services.buildPack(chosen, {
        model,
        selections: toSelections(picks, [...new Set(tables)]),
        live: model.reports.output === "live",
        language,
        reportLanguage: sheetLanguage,
        summaryText: contentsSummary(stringsFor(sheetLanguage === "zh" ? "zh-CN" : "en-US").reportSummary),
        signal: abort.signal,
        onProgress: (progress) => setStatus((s) => (s.kind === "building" ? { ...s, progress } : s)),
      });
      setStatus({ kind: "done", result });
    } catch (e) {
      // Cancelling while the sources are read ends in a plain error; the signal tells it apart.
      if (e instanceof BuildCancelled || abort.signal.aborted) setStatus({ kind: "cancelled" });
      else setStatus({ kind: "error", message: packError(e, strings) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, [validation, chosen, building, services, picks, language, strings]);

  const goToSheet = (sheet: string) => {
    services.selectCell(sheet, "A1").catch((e) => setStatus({ kind: "error", message: errorText(e, strings) }));
  };
  return { status, building, build, goToSheet, cancel: () => controller.current?.abort() };
}

export function usePackPane(props: PackPaneProps): PackPaneState {
  const { picks, validation, updateDraft } = props;
  // Unticked reports are remembered, so a report that becomes available later starts ticked.
  const [unticked, setUnticked] = useState<ReadonlySet<ReportKind>>(new Set());
  const missingOf = (kind: ReportKind) => reportOf(kind).sources.required.filter((k) => !picks[k].table);
  const available = REPORT_KINDS.filter((k) => missingOf(k).length === 0);
  const chosen = available.filter((k) => !unticked.has(k));
  const { status, building, build, goToSheet, cancel } = usePackBuild(props, chosen);
  return {
    values: props.options,
    setReports: (change) => updateDraft((d) => ({ ...d, reports: { ...d.reports, ...change } })),
    available,
    unavailable: REPORT_KINDS.filter((k) => !available.includes(k)).map((kind) => ({ kind, missing: missingOf(kind) })),
    chosen,
    toggle: (kind, on) =>
      setUnticked((old) => {
        const next = new Set(old);
        if (on) next.delete(kind);
        else next.add(kind);
        return next;
      }),
    modelInvalid: !validation.ok,
    canBuild: validation.ok && chosen.length > 0 && !building && !props.supportError,
    status,
    build,
    cancel,
    goToSheet,
  };
}

/**
 * A report's line on the contents sheet: its summary without the Nine-Grid's chart notes, which explain the chart
 * on its own sheet and made the deck's first page overflow its row.
 */
export const contentsSummary =
  (word: (summary: ReportSummary) => string) =>
  (summary: ReportSummary): string =>
    word(summary.kind === "nineGrid" ? { ...summary, chartNotes: [] } : summary);
