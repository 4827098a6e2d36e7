/**
 * The Data pane's part for the ESP plan tables (DOMAIN.md §10): they are found by Ninegrid, not picked, so
 * the pane lists each with its table, sheet and rows, and a check reports their rows like a picked list's.
 */
import { Body1, Subtitle2, Text } from "@fluentui/react-components";
import { PLAN_KINDS } from "../../../core/fields";
import { LocatedError } from "../../../core/parse-table";
import { CheckedData } from "../../services";
import { Strings } from "../../i18n";
import { DataPaneState } from "./useDataPane";

/**
 * Each plan table: found (table, sheet, rows) or not yet in the workbook. Nothing while the tables load or
 * when the workbook has none (the pane then says so, and offers the sample).
 */
export function renderPlanTables(state: DataPaneState, s: Strings, className: string) {
  const { tables } = state;
  if (tables === null || tables.length === 0) return null;
  const w = s.dataPlanTables;
  return (
    <div className={className} role="group" aria-labelledby="ninegrid-data-plans-title">
      <Subtitle2 as="h3" id="ninegrid-data-plans-title">
        {w.title}
      </Subtitle2>
      <Body1>{w.intro}</Body1>
      <ul>
        {PLAN_KINDS.map((kind) => {
          const table = tables.find((t) => t.plan === kind);
          return (
            <li key={kind}>
              <Text>
                {table ? w.found(w.kinds[kind], table.name, table.sheet, table.rows) : w.missing(w.kinds[kind])}
              </Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Rows read and skipped per plan table a check read. */
export function renderPlanCounts(checked: CheckedData, s: Strings) {
  const parsed = checked.plans?.tables.parsed ?? {};
  return PLAN_KINDS.flatMap((kind) => {
    const t = parsed[kind];
    if (!t) return [];
    return [
      <div key={kind}>
        <Text>{s.rowsRead(s.dataPlanTables.kinds[kind], t.rowsRead, t.rowsSkipped)}</Text>
      </div>,
    ];
  });
}

/** A check's problems: the picked lists' first, then the plan tables'. */
export const checkErrors = (checked: CheckedData): LocatedError[] => [
  ...checked.dataset.errors,
  ...(checked.plans?.tables.errors ?? []),
];

export const checkWarnings = (checked: CheckedData): number =>
  checked.dataset.warnings.length + (checked.plans?.tables.warnings.length ?? 0);
