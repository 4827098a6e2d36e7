import { useCallback, useState } from "react";
import { SOURCE_KINDS, TableKind } from "../../../core/fields";
import { LocatedError } from "../../../core/parse-table";
import { Model } from "../../../core/schemas";
import { TableInfo } from "../../../excel/read-source";
import { errorText, useTaskpane } from "../../context";
import { CheckedData } from "../../services";
import { SourcesState } from "../App/useSources";
import { mappingFor, MappingView, SourcePicks, toSelections } from "../../sources";

/** Problems listed after "Check data"; the rest are counted. */
export const ERRORS_SHOWN = 10;

/** What the Data pane takes from the app: the tables, the picks, and the model a check parses against. */
export interface DataPaneProps extends Pick<
  SourcesState,
  "tables" | "tablesError" | "refreshTables" | "addRange" | "convertRange" | "picks" | "pickTable" | "setOverride"
> {
  /** The draft when it is valid, else the saved model (the stages opportunities are parsed against). */
  checkModel: Model;
}

export interface DataPaneState extends Omit<DataPaneProps, "convertRange" | "checkModel"> {
  /** Mapping in force per picked table. */
  mappings: Partial<Record<TableKind, MappingView & { headers: string[] }>>;
  checking: boolean;
  checked: CheckedData | null;
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
function checkInputs(picks: SourcePicks, mappings: DataPaneState["mappings"], model: Model): string {
  return JSON.stringify([
    SOURCE_KINDS.map((k) => [picks[k].table ?? null, mappings[k]?.mapping ?? null]),
    model.stages,
  ]);
}

/** The mapping in force for each picked table. */
function mappingsOf(picks: SourcePicks, tables: TableInfo[] | null): DataPaneState["mappings"] {
  const mappings: DataPaneState["mappings"] = {};
  for (const [kind, pick] of Object.entries(picks) as [TableKind, SourcePicks[TableKind]][]) {
    const table = tables?.find((t) => t.name === pick.table);
    if (table) mappings[kind] = { ...mappingFor(kind, table.headers, pick.overrides), headers: table.headers };
  }
  return mappings;
}

export function useDataPane(props: DataPaneProps): DataPaneState {
  const { picks, convertRange, checkModel: model } = props;
  const { services, strings } = useTaskpane();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<{ result: CheckedData; inputs: string } | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<TableKind | null>(null);
  const convert = useCallback(async () => {
    if (!confirming) return;
    setConfirming(null);
    await convertRange(confirming);
  }, [convertRange, confirming]);

  const mappings = mappingsOf(picks, props.tables);
  const inputs = checkInputs(picks, mappings, model);

  const check = useCallback(async () => {
    setChecking(true);
    setCheckError(null);
    try {
      setChecked({ result: await services.checkData(toSelections(picks), model), inputs });
    } catch (e) {
      setChecked(null);
      setCheckError(errorText(e, strings));
    } finally {
      setChecking(false);
    }
  }, [services, picks, model, inputs, strings]);

  const select = useCallback(
    (error: LocatedError) => {
      services.selectCell(error.sheet, error.address).catch((e) => setCheckError(errorText(e, strings)));
    },
    [services, strings],
  );

  return {
    tables: props.tables,
    tablesError: props.tablesError,
    refreshTables: props.refreshTables,
    addRange: props.addRange,
    picks,
    pickTable: props.pickTable,
    setOverride: props.setOverride,
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
