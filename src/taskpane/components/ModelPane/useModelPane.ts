import { useCallback, useMemo, useRef, useState } from "react";
import { Model } from "../../../core/schemas";
import { isDefaultStageTable, PresetPick, stagePreset, StagePresetName } from "../../../core/stages";
import { BuildResult } from "../../../excel/build-report";
import type { ColumnsMode, WriteColumnsResult } from "../../../excel/write-columns";
import { WriteCancelled } from "../../../excel/write-executor";
import type { ReportKind } from "../../../reports/plan";
import { errorText, useTaskpane } from "../../context";
import type { Strings } from "../../i18n";
import {
  Axis,
  describeIssue,
  Dim,
  DIMS,
  DraftResult,
  FieldIssue,
  ModelDraft,
  numberOf,
  stageDrafts,
  StageDraft,
  TierLetter,
  validateDraft,
} from "../../model-draft";
import { SourcePick } from "../../sources";
import { draftEdits, stageEdits } from "./draft-edits";

/** What the Model pane takes from the app: the draft, the saved model, the last builds and the accounts pick. */
export interface ModelPaneProps {
  draft: ModelDraft;
  updateDraft(change: (d: ModelDraft) => ModelDraft): void;
  validation: DraftResult;
  /** The stages of the model last loaded or saved (a preset is offered while they are the default). */
  savedStages: Model["stages"];
  dirty: boolean;
  markSaved(model: Model): void;
  modelWarning: string | null;
  /** The reports built so far, for the stage preset a build picked. */
  results: Partial<Record<ReportKind, BuildResult>>;
  /** The accounts list's pick, where the score and tier columns go. */
  accounts: SourcePick;
}

/** The draft's edits, one per control (see draft-edits.ts). */
export interface DraftEdits {
  setWeight(dim: Dim, text: string): void;
  setMethod(method: ModelDraft["method"]): void;
  setSegmentBy(segmentBy: ModelDraft["segmentBy"]): void;
  /** The language report sheets are written in (issue 15). */
  setReportLanguage(language: ModelDraft["reports"]["language"]): void;
  setCut(axis: Axis, k: 0 | 1, text: string): void;
  addOverride(): void;
  setOverride(id: number, change: (o: ModelDraft["cutOverrides"][number]) => ModelDraft["cutOverrides"][number]): void;
  removeOverride(id: number): void;
  setTier(row: number, col: number, tier: TierLetter): void;
  setTopDefault(text: string): void;
  addTopSegment(): void;
  setTopSegment(id: number, segment: string, percent: string): void;
  removeTopSegment(id: number): void;
  setStage(id: number, change: Partial<Pick<StageDraft, "name" | "probability" | "stallDays">>): void;
  moveStage(id: number, delta: -1 | 1): void;
  removeStage(id: number): void;
  addStage(): void;
  /** Sets a stage's other names from comma-separated text (DOMAIN.md §6 aliases). */
  setStageAliases(id: number, text: string): void;
  /** Replaces the stage list with a preset's (DOMAIN.md §6). */
  applyPreset(preset: StagePresetName): void;
}

/** Save, and the stage preset the last build picked. */
interface SaveState {
  /** The preset the last build picked from the stage column, while the saved stages are still the default. */
  pickedPreset: PresetPick | null;
  /** Takes the picked preset's stages into the model and saves it. */
  usePickedPreset(): Promise<void>;
  saving: boolean;
  saveMessage: { intent: "success" | "error"; text: string } | null;
  save(): Promise<void>;
}

/** Write score and tier columns, with Cancel. */
interface ColumnsState {
  columnsMode: ColumnsMode;
  setColumnsMode(mode: ColumnsMode): void;
  writing: boolean;
  written: WriteColumnsResult | null;
  writeError: string | null;
  /** The last write was stopped by Cancel (nothing was written). */
  writeCancelled: boolean;
  writeColumns(): Promise<void>;
  cancelWrite(): void;
}

export interface ModelPaneState extends DraftEdits, SaveState, ColumnsState {
  draft: ModelDraft;
  modelWarning: string | null;
  dirty: boolean;
  /** Sum of the weights as typed (unreadable ones count 0). */
  weightSum: number;
  /** Validation problems with their fields' labels, empty when the draft is valid. */
  issues: FieldIssue[];
  /** The message of the first problem of a schema path, for the field it belongs to. */
  fieldError(path: string): string | undefined;
}

/** The draft's problems worded for the pane, and the first message per field. */
function useIssues(validation: DraftResult, draft: ModelDraft, strings: Strings) {
  const issues = useMemo(
    () => (validation.ok ? [] : validation.issues.map((i) => describeIssue(i, draft, strings))),
    [validation, draft, strings],
  );
  const byPath = useMemo(() => {
    const m = new Map<string, string>();
    for (const issue of issues) if (!m.has(issue.path)) m.set(issue.path, issue.message);
    return m;
  }, [issues]);
  return { issues, fieldError: (path: string) => byPath.get(path) };
}

function useSave(props: ModelPaneProps, setSaveMessage: (m: SaveState["saveMessage"]) => void) {
  const { services, strings } = useTaskpane();
  const { draft, updateDraft, validation, markSaved, results, savedStages } = props;
  const [saving, setSaving] = useState(false);
  const saveModel = useCallback(
    async (model: Model) => {
      setSaving(true);
      setSaveMessage(null);
      try {
        await services.saveModel(model);
        markSaved(model);
        setSaveMessage({ intent: "success", text: strings.saved });
      } catch (e) {
        setSaveMessage({ intent: "error", text: errorText(e, strings) });
      } finally {
        setSaving(false);
      }
    },
    [services, markSaved, strings, setSaveMessage],
  );
  const pickedPreset = useMemo(() => {
    if (!isDefaultStageTable(savedStages)) return null;
    return Object.values(results).find((r) => r?.stagePick)?.stagePick ?? null;
  }, [results, savedStages]);
  const usePickedPreset = useCallback(async () => {
    if (!pickedPreset) return;
    const next = { ...draft, stages: stageDrafts(stagePreset(pickedPreset.preset) ?? []) };
    updateDraft(() => next);
    const checked = validateDraft(next);
    if (checked.ok) await saveModel(checked.model);
  }, [pickedPreset, draft, updateDraft, saveModel]);
  const save = useCallback(async () => {
    if (validation.ok) await saveModel(validation.model);
  }, [validation, saveModel]);
  return { saving, pickedPreset, usePickedPreset, save };
}

function useWriteColumns({ accounts, validation }: ModelPaneProps): ColumnsState {
  const { services, strings } = useTaskpane();
  const [columnsMode, setColumnsMode] = useState<ColumnsMode>("live");
  const [writing, setWriting] = useState(false);
  const [written, setWritten] = useState<WriteColumnsResult | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [writeCancelled, setWriteCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const writeColumns = useCallback(async () => {
    setWriteError(null);
    setWritten(null);
    setWriteCancelled(false);
    if (!accounts.table) return setWriteError(strings.pickAccountsFirst);
    if (!validation.ok) return setWriteError(strings.modelInvalid);
    setWriting(true);
    const abort = new AbortController();
    controller.current = abort;
    try {
      const options = {
        table: accounts.table,
        model: validation.model,
        mode: columnsMode,
        mapping: accounts.overrides,
      };
      setWritten(await services.writeColumns({ ...options, signal: abort.signal }));
    } catch (e) {
      // Cancelling while the accounts are read ends in a plain error; the signal tells it apart.
      if (e instanceof WriteCancelled || abort.signal.aborted) setWriteCancelled(true);
      else setWriteError(errorText(e, strings));
    } finally {
      controller.current = null;
      setWriting(false);
    }
  }, [accounts, validation, services, columnsMode, strings]);

  const cancelWrite = () => controller.current?.abort();
  return { columnsMode, setColumnsMode, writing, written, writeError, writeCancelled, writeColumns, cancelWrite };
}

const weightSum = (draft: ModelDraft) =>
  DIMS.reduce((a, d) => a + (Number.isFinite(numberOf(draft.weights[d])) ? numberOf(draft.weights[d]) : 0), 0);

export function useModelPane(props: ModelPaneProps): ModelPaneState {
  const { strings } = useTaskpane();
  const { draft, updateDraft } = props;
  const [saveMessage, setSaveMessage] = useState<SaveState["saveMessage"]>(null);
  const edit = (change: (d: ModelDraft) => ModelDraft) => {
    setSaveMessage(null);
    updateDraft(change);
  };
  return {
    draft,
    modelWarning: props.modelWarning,
    dirty: props.dirty,
    weightSum: weightSum(draft),
    ...useIssues(props.validation, draft, strings),
    ...draftEdits(edit),
    ...stageEdits(edit, strings),
    ...useSave(props, setSaveMessage),
    saveMessage,
    ...useWriteColumns(props),
  };
}
