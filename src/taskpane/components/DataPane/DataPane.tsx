import { useTaskpane } from "../../context";
import { AppState } from "../App/useApp";
import { renderDataPane } from "./renderDataPane";
import { useDataPane } from "./useDataPane";
import { useDataPaneStyles } from "./useDataPaneStyles";

/** Source tables, their column mapping, and "Check data". */
export function DataPane({ app }: { app: AppState }) {
  const state = useDataPane(app);
  const { strings } = useTaskpane();
  return renderDataPane(state, strings, useDataPaneStyles());
}
