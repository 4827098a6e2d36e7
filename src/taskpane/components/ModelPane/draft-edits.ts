/** The Model pane's edits of the draft, one per control; each goes through `edit`, which clears the save message. */
import { stagePreset } from "../../../core/stages";
import type { Strings } from "../../i18n";
import { ModelDraft, newId, stageDrafts, StageDraft } from "../../model-draft";
import type { DraftEdits } from "./useModelPane";

type Edit = (change: (d: ModelDraft) => ModelDraft) => void;

/** Edits of the weights, method, segmentation, cuts, tier map and top X%. */
export function draftEdits(
  edit: Edit,
): Omit<DraftEdits, "setStage" | "moveStage" | "removeStage" | "addStage" | "setStageAliases" | "applyPreset"> {
  return {
    setWeight: (dim, text) => edit((d) => ({ ...d, weights: { ...d.weights, [dim]: text } })),
    setMethod: (method) => edit((d) => ({ ...d, method })),
    setSegmentBy: (segmentBy) => edit((d) => ({ ...d, segmentBy })),
    setReportLanguage: (language) => edit((d) => ({ ...d, reports: { ...d.reports, language } })),
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
  };
}

/** The stage at `id` swapped with its neighbour `delta` away; the list unchanged at either end. */
function moved(list: StageDraft[], id: number, delta: -1 | 1): StageDraft[] {
  const i = list.findIndex((st) => st.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= list.length) return list;
  const next = [...list];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** Edits of the pipeline stages. */
export function stageEdits(
  edit: Edit,
  strings: Strings,
): Pick<DraftEdits, "setStage" | "moveStage" | "removeStage" | "addStage" | "setStageAliases" | "applyPreset"> {
  const stages = (change: (list: StageDraft[]) => StageDraft[]) => edit((d) => ({ ...d, stages: change(d.stages) }));
  return {
    setStage: (id, change) => stages((list) => list.map((st) => (st.id === id ? { ...st, ...change } : st))),
    moveStage: (id, delta) => stages((list) => moved(list, id, delta)),
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
  };
}
