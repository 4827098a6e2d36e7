import { Dispatch, SetStateAction, useCallback, useEffect, useMemo, useState } from "react";
import { defaultModel, Model } from "../../../core/schemas";
import { LoadedModel } from "../../../excel/settings-store";
import { errorText } from "../../context";
import type { Strings } from "../../i18n";
import { DraftResult, fromModel, ModelDraft, validateDraft } from "../../model-draft";
import type { TaskpaneServices } from "../../services";

/** The model as saved with the workbook, the draft the user edits, and its validation. */
export interface ModelState {
  draft: ModelDraft;
  updateDraft(change: (d: ModelDraft) => ModelDraft): void;
  setDraft: Dispatch<SetStateAction<ModelDraft>>;
  validation: DraftResult;
  /** The model last loaded or saved, to tell whether the draft has unsaved changes. */
  saved: Model;
  dirty: boolean;
  markSaved(model: Model): void;
  /** Why the saved settings are not in use, in the pane's language; null when they are. */
  modelWarning: string | null;
}

type ModelProblem = Pick<LoadedModel, "warning" | "warningData"> | { error: unknown } | null;

const comparable = (m: Model) => JSON.stringify(m);

/** A load failure or a settings warning, worded at render so it follows a language switch. */
function problemText(problem: ModelProblem, strings: Strings): string | null {
  if (problem === null) return null;
  if ("error" in problem) return errorText(problem.error, strings);
  return problem.warningData ? strings.settingsWarning(problem.warningData) : (problem.warning ?? null);
}

/** Loads the saved model on start; the draft starts from it. */
export function useModelState(services: TaskpaneServices, strings: Strings): ModelState {
  const [saved, setSaved] = useState<Model>(defaultModel);
  const [draft, setDraft] = useState<ModelDraft>(() => fromModel(defaultModel()));
  const [problem, setProblem] = useState<ModelProblem>(null);

  useEffect(() => {
    let live = true;
    services
      .loadModel()
      .then(({ model, warning, warningData }) => {
        if (!live) return;
        setSaved(model);
        setDraft(fromModel(model));
        setProblem(warning || warningData ? { warning, warningData } : null);
      })
      .catch((error) => live && setProblem({ error }));
    return () => {
      live = false;
    };
  }, [services]);

  const validation = useMemo(() => validateDraft(draft), [draft]);
  const updateDraft = useCallback((change: (d: ModelDraft) => ModelDraft) => setDraft(change), []);
  const markSaved = useCallback((model: Model) => {
    setSaved(model);
    setProblem(null);
  }, []);
  return {
    draft,
    updateDraft,
    setDraft,
    validation,
    saved,
    dirty: !validation.ok || comparable(validation.model) !== comparable(saved),
    markSaved,
    modelWarning: problemText(problem, strings),
  };
}
