import { useCallback, useEffect, useRef, useState } from "react";
import { TableKind } from "../../../core/fields";
import { BuildCancelled } from "../../../excel/apply-plan";
import { BuildResult } from "../../../excel/build-report";
import { ReportKind } from "../../../reports/plan";
import { reportOf } from "../../../reports/registry";
import { errorText, useTaskpane } from "../../context";
import { ModelDraft } from "../../model-draft";
import { toSelections } from "../../sources";
import { AppState } from "../App/useApp";

export type BuildStatus =
  | { kind: "idle" }
  /** `progress` is null until the first chunk is written (reading has no measurable progress). */
  | { kind: "building"; progress: number | null }
  | { kind: "done"; result: BuildResult }
  | { kind: "cancelled" }
  | { kind: "error"; message: string };

export interface ReportPaneState {
  app: AppState;
  kind: ReportKind;
  reports: ModelDraft["reports"];
  segmentBy: ModelDraft["segmentBy"];
  setReports(change: Partial<ModelDraft["reports"]>): void;
  setSegmentBy(segmentBy: ModelDraft["segmentBy"]): void;
  /** Lists this report needs that are not picked yet. */
  missing: TableKind[];
  status: BuildStatus;
  /** The last result of this report (kept while a new build runs). */
  last: BuildResult | undefined;
  canBuild: boolean;
  build(): Promise<void>;
  cancel(): void;
  goToSheet(sheet: string): void;
}

export function useReportPane(app: AppState, kind: ReportKind): ReportPaneState {
  const { services, strings } = useTaskpane();
  const [status, setStatus] = useState<BuildStatus>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const sources = reportOf(kind).sources;
  const missing = sources.required.filter((k) => !app.picks[k].table);
  const building = status.kind === "building";

  const build = useCallback(async () => {
    if (!app.validation.ok || missing.length || building) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: "building", progress: null });
    try {
      const model = app.validation.model;
      const result = await services.buildReport(kind, {
        model,
        selections: toSelections(app.picks, [...sources.required, ...sources.optional]),
        live: model.reports.output === "live",
        language: app.env.language,
        signal: abort.signal,
        onProgress: (fraction) =>
          setStatus((s) => (s.kind === "building" ? { kind: "building", progress: fraction } : s)),
      });
      app.setResult(kind, result);
      setStatus({ kind: "done", result });
    } catch (e) {
      // Cancelling while the sources are read ends in a plain error; the signal tells it apart.
      if (e instanceof BuildCancelled || abort.signal.aborted) setStatus({ kind: "cancelled" });
      else setStatus({ kind: "error", message: errorText(e, strings) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, [app, missing.length, building, services, kind, sources, strings]);

  return {
    app,
    kind,
    reports: app.draft.reports,
    segmentBy: app.draft.segmentBy,
    setReports: (change) => app.updateDraft((d) => ({ ...d, reports: { ...d.reports, ...change } })),
    setSegmentBy: (segmentBy) => app.updateDraft((d) => ({ ...d, segmentBy })),
    missing,
    status,
    last: app.results[kind],
    canBuild: app.validation.ok && missing.length === 0 && !building && !app.supportError,
    build,
    cancel: () => controller.current?.abort(),
    goToSheet: (sheet) => {
      services.selectCell(sheet, "A1").catch((e) => setStatus({ kind: "error", message: errorText(e, strings) }));
    },
  };
}
