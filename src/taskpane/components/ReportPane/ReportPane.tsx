import { ReportKind } from "../../../reports/plan";
import { useTaskpane } from "../../context";
import { AppState } from "../App/useApp";
import { renderReportPane } from "./renderReportPane";
import { useReportPane } from "./useReportPane";
import { useReportPaneStyles } from "./useReportPaneStyles";

/** One report's options, Build / Refresh with progress and Cancel, and where the result went. */
export function ReportPane({ app, kind }: { app: AppState; kind: ReportKind }) {
  const state = useReportPane(app, kind);
  const { strings } = useTaskpane();
  return renderReportPane(state, strings, useReportPaneStyles());
}
