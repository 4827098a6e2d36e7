import { useCallback, useState } from "react";
import { TableKind } from "../../../core/fields";
import { LocatedError } from "../../../core/parse-table";
import { LoadedSources } from "../../../excel/build-report";
import { messageOf, useTaskpane } from "../../context";
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
  checkError: string | null;
  check(): Promise<void>;
  select(error: LocatedError): void;
}

export function useDataPane(app: AppState): DataPaneState {
  const { services } = useTaskpane();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<LoadedSources | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);

  const mappings: DataPaneState["mappings"] = {};
  for (const [kind, pick] of Object.entries(app.picks) as [TableKind, AppState["picks"][TableKind]][]) {
    const table = app.tables?.find((t) => t.name === pick.table);
    if (table) mappings[kind] = { ...mappingFor(kind, table.headers, pick.overrides), headers: table.headers };
  }

  const check = useCallback(async () => {
    setChecking(true);
    setCheckError(null);
    try {
      const model = app.validation.ok ? app.validation.model : app.saved;
      setChecked(await services.checkData(toSelections(app.picks), model));
    } catch (e) {
      setChecked(null);
      setCheckError(messageOf(e));
    } finally {
      setChecking(false);
    }
  }, [services, app.picks, app.validation, app.saved]);

  const select = useCallback(
    (error: LocatedError) => {
      services.selectCell(error.sheet, error.address).catch((e) => setCheckError(messageOf(e)));
    },
    [services],
  );

  return { app, mappings, checking, checked, checkError, check, select };
}
