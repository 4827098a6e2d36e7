import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { isoFromSerial } from "../../../core/dates";
import { TableKind } from "../../../core/fields";
import { defaultModel, Model } from "../../../core/schemas";
import { BuildResult } from "../../../excel/build-report";
import { TableInfo } from "../../../excel/read-source";
import { assertSupported } from "../../../excel/run";
import { LoadedModel } from "../../../excel/settings-store";
import { WriteCancelled } from "../../../excel/write-executor";
import { ReportKind } from "../../../reports/plan";
import { REPORT_KINDS } from "../../../reports/registry";
import { errorText, TaskpaneEnv } from "../../context";
import { Language, pickLanguage, stringsFor } from "../../i18n";
import { DraftResult, fromModel, ModelDraft, validateDraft } from "../../model-draft";
import { SampleVariant, TaskpaneServices } from "../../services";
import { bestKindFor, emptyPicks, SourcePicks, suggestSources, tableNameFor } from "../../sources";

export type PaneId = "data" | "model" | ReportKind;
export const PANES: readonly PaneId[] = ["data", "model", ...REPORT_KINDS];

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

/** State shared by the panes: the tables, the user's source picks, the model draft and report results. */
export interface AppState {
  env: TaskpaneEnv;
  dark: boolean;
  setLanguage(language: Language): void;
  pane: PaneId;
  setPane(pane: PaneId): void;
  /** Null while loading. */
  tables: TableInfo[] | null;
  tablesError: string | null;
  refreshTables(): Promise<void>;
  /** "Use a range": adds the selection (or the sheet's used range) as a source, picked for the list it suits. */
  addRange(): Promise<void>;
  /** "Convert to table" of the range picked for `kind`, after the user agreed; the new table is picked instead. */
  convertRange(kind: TableKind): Promise<void>;
  picks: SourcePicks;
  pickTable(kind: TableKind, table: string | undefined): void;
  setOverride(kind: TableKind, field: string, header: string | null): void;
  draft: ModelDraft;
  updateDraft(change: (d: ModelDraft) => ModelDraft): void;
  validation: DraftResult;
  /** The model last loaded or saved, to tell whether the draft has unsaved changes. */
  saved: Model;
  dirty: boolean;
  markSaved(model: Model): void;
  modelWarning: string | null;
  /** The host lacks the Excel API the reports need: said once, building is disabled. */
  supportError: string | null;
  results: Partial<Record<ReportKind, BuildResult>>;
  setResult(kind: ReportKind, result: BuildResult): void;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  insertingSample: boolean;
  cancelInsertSample(): void;
  /** Which sample Insert sample workbook inserts. */
  sampleVariant: SampleVariant;
  setSampleVariant(variant: SampleVariant): void;
  insertSample(): Promise<void>;
}

const comparable = (m: Model) => JSON.stringify(m);

export function useApp(props: AppProps): AppState {
  const { services } = props;
  const [language, setLanguage] = useState<Language>(() => pickLanguage(props.displayLanguage));
  const strings = stringsFor(language);
  const env = useMemo<TaskpaneEnv>(() => ({ services, strings, language }), [services, strings, language]);
  const [pane, setPane] = useState<PaneId>("data");
  const [tables, setTables] = useState<TableInfo[] | null>(null);
  // Plain ranges the user added with "Use a range", listed after the tables.
  const [ranges, setRanges] = useState<TableInfo[]>([]);
  const rangesRef = useRef(ranges);
  rangesRef.current = ranges;
  const tablesRef = useRef<TableInfo[]>([]);
  tablesRef.current = tables ?? [];
  // Failures are kept as they came and worded at render, so they follow a language switch.
  const [tablesFailure, setTablesFailure] = useState<{ error: unknown } | null>(null);
  const [picks, setPicks] = useState<SourcePicks>(emptyPicks);
  const [saved, setSaved] = useState<Model>(defaultModel);
  const [draft, setDraft] = useState<ModelDraft>(() => fromModel(defaultModel()));
  const [modelProblem, setModelProblem] = useState<
    Pick<LoadedModel, "warning" | "warningData"> | { error: unknown } | null
  >(null);
  const [results, setResults] = useState<Partial<Record<ReportKind, BuildResult>>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [insertingSample, setInsertingSample] = useState(false);
  const sampleController = useRef<AbortController | null>(null);
  const picksRef = useRef(picks);
  picksRef.current = picks;

  const supportError = useMemo(() => {
    try {
      assertSupported(props.isSetSupported);
      return null;
    } catch (e) {
      return errorText(e, strings);
    }
  }, [props.isSetSupported, strings]);

  const refreshTables = useCallback(async () => {
    setTablesFailure(null);
    try {
      const list = await services.listTables();
      setTables(list);
      const suggested = suggestSources([...list, ...rangesRef.current], picksRef.current);
      setPicks((old) => {
        const next = { ...old };
        for (const [kind, p] of Object.entries(old) as [TableKind, SourcePicks[TableKind]][]) {
          const table = suggested[kind];
          next[kind] = table === p.table ? p : { table, overrides: {} };
        }
        return next;
      });
    } catch (e) {
      setTables([]);
      setTablesFailure({ error: e });
    }
  }, [services]);

  useEffect(() => {
    let live = true;
    services
      .loadModel()
      .then(({ model, warning, warningData }) => {
        if (!live) return;
        setSaved(model);
        setDraft(fromModel(model));
        setModelProblem(warning || warningData ? { warning, warningData } : null);
      })
      .catch((error) => live && setModelProblem({ error }));
    void refreshTables();
    return () => {
      live = false;
    };
  }, [services, refreshTables]);

  const validation = useMemo(() => validateDraft(draft), [draft]);
  const dirty = !validation.ok || comparable(validation.model) !== comparable(saved);

  const pickTable = useCallback((kind: TableKind, table: string | undefined) => {
    setPicks((old) => ({ ...old, [kind]: { table, overrides: {} } }));
  }, []);
  const setOverride = useCallback((kind: TableKind, field: string, header: string | null) => {
    setPicks((old) => ({ ...old, [kind]: { ...old[kind], overrides: { ...old[kind].overrides, [field]: header } } }));
  }, []);
  const updateDraft = useCallback((change: (d: ModelDraft) => ModelDraft) => setDraft(change), []);
  const markSaved = useCallback((model: Model) => {
    setSaved(model);
    setModelProblem(null);
  }, []);
  const setResult = useCallback(
    (kind: ReportKind, result: BuildResult) => setResults((old) => ({ ...old, [kind]: result })),
    [],
  );

  const addRange = useCallback(async () => {
    setNotice(null);
    try {
      const range = await services.describeRange();
      setRanges((old) => [...old.filter((r) => r.name !== range.name), range]);
      const kind = bestKindFor(range);
      if (kind) setPicks((old) => ({ ...old, [kind]: { table: range.name, overrides: {} } }));
      setNotice({ intent: "info", text: strings.rangeAdded(range.name, kind && strings.kinds[kind]) });
    } catch (e) {
      setNotice({ intent: "error", text: errorText(e, strings) });
    }
  }, [services, strings]);

  const convertRange = useCallback(
    async (kind: TableKind) => {
      const range = rangesRef.current.find((r) => r.name === picksRef.current[kind].table);
      if (!range) return;
      setNotice(null);
      try {
        const name = await services.convertToTable(range.sheet, range.address, tableNameFor(kind, tablesRef.current));
        setRanges((old) => old.filter((r) => r.name !== range.name));
        setTables(await services.listTables());
        // The column choices carry over: the table has the same headers.
        setPicks((old) => ({ ...old, [kind]: { table: name, overrides: old[kind].overrides } }));
        setNotice({ intent: "success", text: strings.converted(name) });
      } catch (e) {
        setNotice({ intent: "error", text: errorText(e, strings) });
      }
    },
    [services, strings],
  );

  const [sampleVariant, setSampleVariant] = useState<SampleVariant>("standard");
  const insertSample = useCallback(async () => {
    setInsertingSample(true);
    setNotice(null);
    const abort = new AbortController();
    sampleController.current = abort;
    try {
      const result = await services.insertSample(language, sampleVariant, abort.signal);
      let text = strings.sampleInserted(strings.list(result.sheets));
      if (draft.reports.asOf === "") {
        const iso = isoFromSerial(result.asOf);
        // The sample's pipeline is dated; today's date would make every deal look stalled or early.
        setDraft((d) => ({ ...d, reports: { ...d.reports, asOf: iso } }));
        text += ` ${strings.sampleDateSet(iso)}`;
      }
      setPicks((old) => {
        const next = { ...old };
        (["accounts", "opportunities", "assignments", "quotas"] as const).forEach((kind, i) => {
          next[kind] = { table: result.tables[i], overrides: {} };
        });
        return next;
      });
      setNotice({ intent: "success", text });
      const list = await services.listTables();
      setTables(list);
    } catch (e) {
      if (e instanceof WriteCancelled || abort.signal.aborted)
        setNotice({ intent: "info", text: strings.writeCancelled });
      else setNotice({ intent: "error", text: errorText(e, strings) });
    } finally {
      sampleController.current = null;
      setInsertingSample(false);
    }
  }, [services, language, strings, draft.reports.asOf, sampleVariant]);

  return {
    env,
    dark: props.dark ?? false,
    setLanguage,
    pane,
    setPane,
    tables: tables && [...tables, ...ranges],
    tablesError: tablesFailure && errorText(tablesFailure.error, strings),
    refreshTables,
    addRange,
    convertRange,
    picks,
    pickTable,
    setOverride,
    draft,
    updateDraft,
    validation,
    saved,
    dirty,
    markSaved,
    modelWarning:
      modelProblem === null
        ? null
        : "error" in modelProblem
          ? errorText(modelProblem.error, strings)
          : modelProblem.warningData
            ? strings.settingsWarning(modelProblem.warningData)
            : (modelProblem.warning ?? null),
    supportError,
    results,
    setResult,
    notice,
    setNotice,
    insertingSample,
    cancelInsertSample: () => sampleController.current?.abort(),
    sampleVariant,
    setSampleVariant,
    insertSample,
  };
}
