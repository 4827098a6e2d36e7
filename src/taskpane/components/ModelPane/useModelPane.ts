import { useCallback, useMemo, useRef, useState } from "react";
import { isDefaultStageTable, PresetPick, stagePreset, StagePresetName } from "../../../core/stages";
import { ColumnsMode, WriteColumnsResult } from "../../../excel/write-columns";
import { WriteCancelled } from "../../../excel/write-executor";
import { errorText, useTaskpane } from "../../context";
import {
  Axis,
  describeIssue,
  Dim,
  DIMS,
  ModelDraft,
  newId,
  numberOf,
  stageDrafts,
  StageDraft,
  TierLetter,
  validateDraft,
} from "../../model-draft";
import { AppState } from "../App/useApp";

export interface ModelPaneState {
  app: AppState;
  draft: ModelDraft;
  /** Sum of the weights as typed (unreadable ones count 0). */
  weightSum: number;
  /** Readable validation messages, empty when the draft is valid. */
  issues: string[];
  /** First message per schema path, for the field it belongs to. */
  fieldError(path: string): string | undefined;
  setWeight(dim: Dim, text: string): void;
  setMethod(method: ModelDraft["method"]): void;
  setSegmentBy(segmentBy: ModelDraft["segmentBy"]): void;
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
  /** The preset the last build picked from the stage column, while the saved stages are still the default. */
  pickedPreset: PresetPick | null;
  /** Takes the picked preset's stages into the model and saves it. */
  usePickedPreset(): Promise<void>;
  saving: boolean;
  saveMessage: { intent: "success" | "error"; text: string } | null;
  save(): Promise<void>;
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

export function useModelPane(app: AppState): ModelPaneState {
  const { services, strings } = useTaskpane();
  const { draft, updateDraft, validation } = app;
  const [saving, setSaving] = useState(false);
  const [saveMessage, setSaveMessage] = useState<ModelPaneState["saveMessage"]>(null);
  const [columnsMode, setColumnsMode] = useState<ColumnsMode>("live");
  const [writing, setWriting] = useState(false);
  const [written, setWritten] = useState<WriteColumnsResult | null>(null);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [writeCancelled, setWriteCancelled] = useState(false);
  const writeController = useRef<AbortController | null>(null);

  const raw = validation.ok ? [] : validation.issues;
  const issues = useMemo(() => raw.map((i) => describeIssue(i, draft, strings)), [raw, draft, strings]);
  const byPath = useMemo(() => {
    const m = new Map<string, string>();
    raw.forEach((issue, i) => {
      if (!m.has(issue.path)) m.set(issue.path, issues[i].slice(issues[i].indexOf(": ") + 2));
    });
    return m;
  }, [raw, issues]);

  const edit = (change: (d: ModelDraft) => ModelDraft) => {
    setSaveMessage(null);
    updateDraft(change);
  };
  const stages = (change: (list: StageDraft[]) => StageDraft[]) => edit((d) => ({ ...d, stages: change(d.stages) }));

  const saveModel = useCallback(
    async (model: Extract<typeof validation, { ok: true }>["model"]) => {
      setSaving(true);
      setSaveMessage(null);
      try {
        await services.saveModel(model);
        app.markSaved(model);
        setSaveMessage({ intent: "success", text: strings.saved });
      } catch (e) {
        setSaveMessage({ intent: "error", text: errorText(e, strings) });
      } finally {
        setSaving(false);
      }
    },
    [services, app, strings],
  );

  const pickedPreset = useMemo(() => {
    if (!isDefaultStageTable(app.saved.stages)) return null;
    return Object.values(app.results).find((r) => r?.stagePick)?.stagePick ?? null;
  }, [app.results, app.saved.stages]);

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

  const writeColumns = useCallback(async () => {
    setWriteError(null);
    setWritten(null);
    setWriteCancelled(false);
    const accounts = app.picks.accounts;
    if (!accounts.table) {
      setWriteError(strings.pickAccountsFirst);
      return;
    }
    if (!validation.ok) {
      setWriteError(strings.modelInvalid);
      return;
    }
    setWriting(true);
    const abort = new AbortController();
    writeController.current = abort;
    try {
      setWritten(
        await services.writeColumns({
          table: accounts.table,
          model: validation.model,
          mode: columnsMode,
          mapping: accounts.overrides,
          signal: abort.signal,
        }),
      );
    } catch (e) {
      // Cancelling while the accounts are read ends in a plain error; the signal tells it apart.
      if (e instanceof WriteCancelled || abort.signal.aborted) setWriteCancelled(true);
      else setWriteError(errorText(e, strings));
    } finally {
      writeController.current = null;
      setWriting(false);
    }
  }, [app.picks.accounts, validation, services, columnsMode, strings]);

  return {
    app,
    draft,
    weightSum: DIMS.reduce(
      (a, d) => a + (Number.isFinite(numberOf(draft.weights[d])) ? numberOf(draft.weights[d]) : 0),
      0,
    ),
    issues,
    fieldError: (path) => byPath.get(path),
    setWeight: (dim, text) => edit((d) => ({ ...d, weights: { ...d.weights, [dim]: text } })),
    setMethod: (method) => edit((d) => ({ ...d, method })),
    setSegmentBy: (segmentBy) => edit((d) => ({ ...d, segmentBy })),
    setCut: (axis, k, text) =>
      edit((d) => {
        const pair: [string, string] = [...d.cuts[axis]];
        pair[k] = text;
        return { ...d, cuts: { ...d.cuts, [axis]: pair } };
      }),
    addOverride: () =>
      edit((d) => ({
        ...d,
        cutOverrides: [...d.cutOverrides, { id: newId(), segment: "", contribution: ["", ""], potential: ["", ""] }],
      })),
    setOverride: (id, change) =>
      edit((d) => ({ ...d, cutOverrides: d.cutOverrides.map((o) => (o.id === id ? change(o) : o)) })),
    removeOverride: (id) => edit((d) => ({ ...d, cutOverrides: d.cutOverrides.filter((o) => o.id !== id) })),
    setTier: (row, col, tier) =>
      edit((d) => ({
        ...d,
        tierMap: d.tierMap.map((r, i) => (i === row ? r.map((t, j) => (j === col ? tier : t)) : r)),
      })),
    setTopDefault: (text) => edit((d) => ({ ...d, topDefault: text })),
    addTopSegment: () =>
      edit((d) => ({ ...d, topBySegment: [...d.topBySegment, { id: newId(), segment: "", percent: "20" }] })),
    setTopSegment: (id, segment, percent) =>
      edit((d) => ({ ...d, topBySegment: d.topBySegment.map((t) => (t.id === id ? { ...t, segment, percent } : t)) })),
    removeTopSegment: (id) => edit((d) => ({ ...d, topBySegment: d.topBySegment.filter((t) => t.id !== id) })),
    setStage: (id, change) => stages((list) => list.map((st) => (st.id === id ? { ...st, ...change } : st))),
    moveStage: (id, delta) =>
      stages((list) => {
        const i = list.findIndex((st) => st.id === id);
        const j = i + delta;
        if (i < 0 || j < 0 || j >= list.length) return list;
        const next = [...list];
        [next[i], next[j]] = [next[j], next[i]];
        return next;
      }),
    removeStage: (id) => stages((list) => list.filter((st) => st.id !== id)),
    addStage: () =>
      stages((list) => [
        ...list,
        {
          id: newId(),
          name: `${strings.newStage} ${list.length + 1}`,
          probability: "50",
          stallDays: "30",
          aliases: [],
        },
      ]),
    setStageAliases: (id, text) =>
      stages((list) => list.map((st) => (st.id === id ? { ...st, aliases: text.split(/\s*[,，、;；]\s*/) } : st))),
    applyPreset: (preset) => stages(() => stageDrafts(stagePreset(preset) ?? [])),
    pickedPreset,
    usePickedPreset,
    saving,
    saveMessage,
    save,
    columnsMode,
    setColumnsMode,
    writing,
    written,
    writeError,
    writeCancelled,
    cancelWrite: () => writeController.current?.abort(),
    writeColumns,
  };
}
