import { useCallback, useEffect, useRef, useState } from "react";
import { TableKind } from "../../../core/fields";
import { BuildCancelled } from "../../../excel/apply-plan";
import { BuildResult } from "../../../excel/build-report";
import type { ReportOptionKey } from "../../../reports/definition";
import { ReportKind } from "../../../reports/plan";
import { reportOf } from "../../../reports/registry";
import { errorText, useTaskpane } from "../../context";
import { DraftResult, ModelDraft } from "../../model-draft";
import { SourcePicks, toSelections } from "../../sources";
import { useSnapshotDates } from "./useSnapshotDates";

export type BuildStatus =
  | { kind: "idle" }
  /** `progress` is null until the first chunk is written (reading has no measurable progress). */
  | { kind: "building"; progress: number | null }
  | { kind: "done"; result: BuildResult }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

/** The draft's options a report pane shows: the report options and the segmentation. */
export type ReportOptionValues = ModelDraft["reports"] & Pick<ModelDraft, "segmentBy">;

/** What a report pane takes from the app: the draft's options, the picks, and where its results go. */
export interface ReportPaneProps {
  kind: ReportKind;
  options: ReportOptionValues;
  updateDraft(change: (d: ModelDraft) => ModelDraft): void;
  validation: DraftResult;
  picks: SourcePicks;
  /** The host lacks the Excel API the reports need: building is disabled. */
  supportError: string | null;
  /** The last result of this report (kept while a new build runs, and across tab switches). */
  last: BuildResult | undefined;
  setResult(kind: ReportKind, result: BuildResult): void;
  /**
   * The pane's tab is open (every pane stays mounted). Reads a pane makes for itself wait until it is opened:
   * the Movement pane's snapshot dates read the whole history table. Absent = shown (a pane rendered alone).
   */
  shown?: boolean;
}

export interface ReportPaneState {
  kind: ReportKind;
  values: ReportOptionValues;
  setReports(change: Partial<ModelDraft["reports"]>): void;
  /** Sets the option a control of the report's definition names. */
  setOption(option: ReportOptionKey, value: string | boolean): void;
  /** Lists this report needs that are not picked yet. */
  missing: TableKind[];
  /** The model draft has errors: building waits for them to be fixed. */
  modelInvalid: boolean;
  status: BuildStatus;
  last: BuildResult | undefined;
  canBuild: boolean;
  build(): Promise<void>;
  cancel(): void;
  goToSheet(sheet: string): void;
  /** The picked history's snapshot dates (ISO, ascending) for date options; null when not read (yet). */
  snapshotDates?: string[] | null;
}

/** Build with progress and Cancel: the status of this pane's build, and the operation itself. */
function useBuild(props: ReportPaneProps, missing: readonly TableKind[]) {
  const { services, strings, language } = useTaskpane();
  const { kind, validation, picks, setResult } = props;
  const [status, setStatus] = useState<BuildStatus>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const building = status.kind === "building";

  const build = useCallback(async () => {
    if (!validation.ok || missing.length || building) return;
    const sources = reportOf(kind).sources;
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: "building", progress: null });
    try {
      const model = validation.model;
      const result = await services.buildReport(kind, {
        model,
        selections: toSelections(picks, [...sources.required, ...sources.optional]),
        live: model.reports.output === "live",
        language,
        signal: abort.signal,
        onProgress: (fraction) =>
          setStatus((s) => (s.kind === "building" ? { kind: "building", progress: fraction } : s)),
      });
      setResult(kind, result);
      setStatus({ kind: "done", result });
    } catch (e) {
      // Cancelling while the sources are read ends in a plain error; the signal tells it apart.
      if (e instanceof BuildCancelled || abort.signal.aborted) setStatus({ kind: "cancelled" });
      else setStatus({ kind: "error", message: errorText(e, strings) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, [validation, missing.length, building, services, kind, picks, language, setResult, strings]);

  const goToSheet = (sheet: string) => {
    services.selectCell(sheet, "A1").catch((e) => setStatus({ kind: "error", message: errorText(e, strings) }));
  };
  return { status, building, build, goToSheet, cancel: () => controller.current?.abort() };
}

export function useReportPane(props: ReportPaneProps): ReportPaneState {
  const { kind, updateDraft, validation } = props;
  const missing = reportOf(kind).sources.required.filter((k) => !props.picks[k].table);
  const { status, building, build, goToSheet, cancel } = useBuild(props, missing);
  const snapshotDates = useSnapshotDates(props);
  const setReports = (change: Partial<ModelDraft["reports"]>) =>
    updateDraft((d) => ({ ...d, reports: { ...d.reports, ...change } }));
  return {
    kind,
    values: props.options,
    setReports,
    setOption: (option, value) =>
      option === "segmentBy"
        ? updateDraft((d) => ({ ...d, segmentBy: value as ModelDraft["segmentBy"] }))
        : setReports({ [option]: value }),
    missing,
    modelInvalid: !validation.ok,
    status,
    last: props.last,
    canBuild: validation.ok && missing.length === 0 && !building && !props.supportError,
    build,
    cancel,
    goToSheet,
    snapshotDates,
  };
}
