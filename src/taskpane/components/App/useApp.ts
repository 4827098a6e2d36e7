import { useCallback, useEffect, useMemo, useState } from "react";
import { BuildResult } from "../../../excel/build-report";
import { assertSupported } from "../../../excel/run";
import { ReportKind } from "../../../reports/plan";
import { REPORT_KINDS } from "../../../reports/registry";
import { errorText, TaskpaneEnv } from "../../context";
import { Language, pickLanguage, stringsFor } from "../../i18n";
import { TaskpaneServices } from "../../services";
import type { DataPaneProps } from "../DataPane/useDataPane";
import type { ModelPaneProps } from "../ModelPane/useModelPane";
import type { PackPaneProps } from "../PackPane/usePackPane";
import type { ReportPaneProps } from "../ReportPane/useReportPane";
import { ModelState, useModelState } from "./useModelState";
import { SampleState, useSampleInsert } from "./useSampleInsert";
import { SourcesState, useSources } from "./useSources";

export type PaneId = "data" | "model" | ReportKind | "pack";
export const PANES: readonly PaneId[] = ["data", "model", ...REPORT_KINDS, "pack"];

export interface AppProps {
  services: TaskpaneServices;
  isSetSupported: (name: string, version: string) => boolean;
  /** Office.context.displayLanguage, e.g. "zh-CN". */
  displayLanguage?: string;
  /** Office's theme is dark. */
  dark?: boolean;
}

export interface Notice {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

/** What the shell around the panes shows: the header, the notices and the tabs. */
export interface AppShellState extends SampleState {
  env: TaskpaneEnv;
  dark: boolean;
  setLanguage(language: Language): void;
  pane: PaneId;
  setPane(pane: PaneId): void;
  /** The host lacks the Excel API the reports need: said once, building is disabled. */
  supportError: string | null;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
}

/** The shell's state, and each pane's props: every pane gets only what it uses. */
export interface AppState {
  shell: AppShellState;
  data: DataPaneProps;
  model: ModelPaneProps;
  reports: Record<ReportKind, ReportPaneProps>;
  pack: PackPaneProps;
}

type Results = Partial<Record<ReportKind, BuildResult>>;

/** The language, and the strings and services every pane reaches through the context. */
function useEnv(services: TaskpaneServices, displayLanguage: string | undefined) {
  const [language, setLanguage] = useState<Language>(() => pickLanguage(displayLanguage));
  const strings = stringsFor(language);
  const env = useMemo<TaskpaneEnv>(() => ({ services, strings, language }), [services, strings, language]);
  return { env, setLanguage };
}

/** Null when the host has the Excel API the reports need, else why not in the pane's language. */
function useSupportError(isSetSupported: AppProps["isSetSupported"], env: TaskpaneEnv): string | null {
  const { strings } = env;
  return useMemo(() => {
    try {
      assertSupported(isSetSupported);
      return null;
    } catch (e) {
      return errorText(e, strings);
    }
  }, [isSetSupported, strings]);
}

/** The Data pane's props: the sources, and the model its check parses against. */
const dataProps = (sources: SourcesState, model: ModelState): DataPaneProps => ({
  tables: sources.tables,
  tablesError: sources.tablesError,
  refreshTables: sources.refreshTables,
  addRange: sources.addRange,
  convertRange: sources.convertRange,
  picks: sources.picks,
  pickTable: sources.pickTable,
  setOverride: sources.setOverride,
  checkModel: model.validation.ok ? model.validation.model : model.saved,
});

const modelProps = (model: ModelState, sources: SourcesState, results: Results): ModelPaneProps => ({
  draft: model.draft,
  updateDraft: model.updateDraft,
  validation: model.validation,
  savedStages: model.saved.stages,
  dirty: model.dirty,
  markSaved: model.markSaved,
  modelWarning: model.modelWarning,
  results,
  accounts: sources.picks.accounts,
});

function reportProps(
  model: ModelState,
  sources: SourcesState,
  results: Results,
  supportError: string | null,
  setResult: ReportPaneProps["setResult"],
  pane: PaneId,
): Record<ReportKind, ReportPaneProps> {
  const options = { ...model.draft.reports, segmentBy: model.draft.segmentBy };
  const props = (kind: ReportKind): ReportPaneProps => ({
    kind,
    options,
    updateDraft: model.updateDraft,
    validation: model.validation,
    picks: sources.picks,
    supportError,
    last: results[kind],
    setResult,
    shown: pane === kind,
  });
  return Object.fromEntries(REPORT_KINDS.map((k) => [k, props(k)])) as Record<ReportKind, ReportPaneProps>;
}

/** The monthly pack pane's props: the report date and output it shares with the report panes, the picks. */
const packProps = (model: ModelState, sources: SourcesState, supportError: string | null): PackPaneProps => ({
  options: { asOf: model.draft.reports.asOf, output: model.draft.reports.output },
  updateDraft: model.updateDraft,
  validation: model.validation,
  picks: sources.picks,
  supportError,
});

export function useApp(props: AppProps): AppState {
  const { services } = props;
  const { env, setLanguage } = useEnv(services, props.displayLanguage);
  const [pane, setPane] = useState<PaneId>("data");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [results, setResults] = useState<Results>({});
  const supportError = useSupportError(props.isSetSupported, env);
  const model = useModelState(services, env.strings);
  const sources = useSources(services, env.strings, setNotice);
  const sample = useSampleInsert(env, model, sources, setNotice);
  const { refreshTables } = sources;
  useEffect(() => void refreshTables(), [refreshTables]);
  const setResult = useCallback(
    (kind: ReportKind, result: BuildResult) => setResults((old) => ({ ...old, [kind]: result })),
    [],
  );

  return {
    shell: { ...sample, env, dark: props.dark ?? false, setLanguage, pane, setPane, supportError, notice, setNotice },
    data: dataProps(sources, model),
    model: modelProps(model, sources, results),
    reports: reportProps(model, sources, results, supportError, setResult, pane),
    pack: packProps(model, sources, supportError),
  };
}
