import { Dispatch, SetStateAction, useCallback, useRef, useState } from "react";
import { TableKind } from "../../../core/fields";
import { TableInfo } from "../../../excel/read-source";
import { errorText } from "../../context";
import type { Strings } from "../../i18n";
import type { TaskpaneServices } from "../../services";
import { bestKindFor, emptyPicks, SourcePicks, suggestSources, tableNameFor } from "../../sources";
import type { Notice } from "./useApp";

/** The workbook's tables and added ranges, and the table the user picked for each list. */
export interface SourcesState {
  /** Tables, then the ranges added with "Use a range"; null while loading. */
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
  /** For Insert sample workbook: its tables replace the list and the picks. */
  setTables(tables: TableInfo[]): void;
  setPicks: Dispatch<SetStateAction<SourcePicks>>;
}

/** Keeps the picks of lists whose table is still suggested; other lists take the suggestion. */
function refreshPicks(old: SourcePicks, suggested: Partial<Record<TableKind, string>>): SourcePicks {
  const next = { ...old };
  for (const [kind, p] of Object.entries(old) as [TableKind, SourcePicks[TableKind]][]) {
    const table = suggested[kind];
    next[kind] = table === p.table ? p : { table, overrides: {} };
  }
  return next;
}

export function useSources(
  services: TaskpaneServices,
  strings: Strings,
  setNotice: (notice: Notice | null) => void,
): SourcesState {
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
  const picksRef = useRef(picks);
  picksRef.current = picks;

  const refreshTables = useCallback(async () => {
    setTablesFailure(null);
    try {
      const list = await services.listTables();
      setTables(list);
      const suggested = suggestSources([...list, ...rangesRef.current], picksRef.current);
      setPicks((old) => refreshPicks(old, suggested));
    } catch (e) {
      setTables([]);
      setTablesFailure({ error: e });
    }
  }, [services]);

  const pickTable = useCallback((kind: TableKind, table: string | undefined) => {
    setPicks((old) => ({ ...old, [kind]: { table, overrides: {} } }));
  }, []);
  const setOverride = useCallback((kind: TableKind, field: string, header: string | null) => {
    setPicks((old) => ({ ...old, [kind]: { ...old[kind], overrides: { ...old[kind].overrides, [field]: header } } }));
  }, []);

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
  }, [services, strings, setNotice]);

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
    [services, strings, setNotice],
  );

  return {
    tables: tables && [...tables, ...ranges],
    tablesError: tablesFailure && errorText(tablesFailure.error, strings),
    refreshTables,
    addRange,
    convertRange,
    picks,
    pickTable,
    setOverride,
    setTables,
    setPicks,
  };
}
