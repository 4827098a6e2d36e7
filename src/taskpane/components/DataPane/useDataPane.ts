import { useCallback, useState } from "react";
import { SOURCE_KINDS, TableKind } from "../../../core/fields";
import { LocatedError } from "../../../core/parse-table";
import { Model } from "../../../core/schemas";
import { LoadedSources } from "../../../excel/build-report";
import { errorText, useTaskpane } from "../../context";
import { mappingFor, MappingView, toSelections } from "../../sources";
import { AppState } from "../App/useApp";

/** Problems listed after "Check data"; the rest are counted. */
export const ERRORS_SHOWN = 10;

export interface DataPaneState {
  app: AppState;
  /** Mapping in force per picked table. */
  mappings: Partial<Record<TableKind, MappingView & { headers: string[] }>>;
  checking: boolean;
  checked: LoadedSources | null;
  /** The tables, mapping or stages changed since `checked` was read: it may no longer be true. */
  stale: boolean;
  checkError: string | null;
  /** The list whose range the user asked to convert: the pane asks for consent first. */
  confirming: TableKind | null;
  askConvert(kind: TableKind | null): void;
  convert(): Promise<void>;
  check(): Promise<void>;
  select(error: LocatedError): void;
}

/**
 * What a check's result depends on: the table picked for each list, the columns in force for it, and the
 * stages (opportunities are parsed against them). Compared by value, so undoing a change undoes staleness.
 */
function checkInputs(app: AppState, mappings: DataPaneState["mappings"], model: Model): string {
  return JSON.stringify([
    SOURCE_KINDS.map((k) => [app.picks[k].table ?? null, mappings[k]?.mapping ?? null]),
    model.stages,
  ]);
}

export function useDataPane(app: AppState): DataPaneState {
  const { services, strings } = useTaskpane();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<{ result: LoadedSources; inputs: string } | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<TableKind | null>(null);
  const convert = useCallback(async () => {
    if (!confirming) return;
    setConfirming(null);
    await app.convertRange(confirming);
  }, [app, confirming]);

  const mappings: DataPaneState["mappings"] = {};
  for (const [kind, pick] of Object.entries(app.picks) as [TableKind, AppState["picks"][TableKind]][]) {
    const table = app.tables?.find((t) => t.name === pick.table);
    if (table) mappings[kind] = { ...mappingFor(kind, table.headers, pick.overrides), headers: table.headers };
  }
  const model = app.validation.ok ? app.validation.model : app.saved;
  const inputs = checkInputs(app, mappings, model);

  const check = useCallback(async () => {
    setChecking(true);
    setCheckError(null);
    try {
      setChecked({ result: await services.checkData(toSelections(app.picks), model), inputs });
    } catch (e) {
      setChecked(null);
      setCheckError(errorText(e, strings));
    } finally {
      setChecking(false);
    }
  }, [services, app.picks, model, inputs, strings]);

  const select = useCallback(
    (error: LocatedError) => {
      services.selectCell(error.sheet, error.address).catch((e) => setCheckError(errorText(e, strings)));
    },
    [services, strings],
  );

  return {
    app,
    mappings,
    checking,
    checked: checked?.result ?? null,
    stale: checked !== null && checked.inputs !== inputs,
    checkError,
    confirming,
    askConvert: setConfirming,
    convert,
    check,
    select,
  };
}
