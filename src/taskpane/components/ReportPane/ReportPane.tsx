import { useTaskpane } from "../../context";
import { renderReportPane } from "./renderReportPane";
import { ReportPaneProps, useReportPane } from "./useReportPane";
import { useReportPaneStyles } from "./useReportPaneStyles";

export type { ReportPaneProps } from "./useReportPane";

/** One report's options, Build / Refresh with progress and Cancel, and where the result went. */
export function ReportPane(props: ReportPaneProps) {
  const state = useReportPane(props);
  const { strings } = useTaskpane();
  return renderReportPane(state, strings, useReportPaneStyles());
}
