import { reportOf } from "../../../reports/registry";
import { useTaskpane } from "../../context";
import { PlanTablesSection } from "../PlanTables/PlanTablesSection";
import { renderReportPane } from "./renderReportPane";
import { ReportPaneProps, useReportPane } from "./useReportPane";
import { useReportPaneStyles } from "./useReportPaneStyles";

export type { ReportPaneProps } from "./useReportPane";

/** One report's options, Build / Refresh with progress and Cancel, and where the result went. */
export function ReportPane(props: ReportPaneProps) {
  const state = useReportPane(props);
  const { strings } = useTaskpane();
  // A report that reads plan tables (its sources name them) offers to create them, whatever its kind.
  const plans = reportOf(props.kind).sources.plans?.length ? (
    <PlanTablesSection picks={props.picks} validation={props.validation} supportError={props.supportError} />
  ) : null;
  return renderReportPane(state, strings, useReportPaneStyles(), plans);
}
