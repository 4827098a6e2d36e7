import { useTaskpane } from "../../context";
import { renderDataPane } from "./renderDataPane";
import { DataPaneProps, useDataPane } from "./useDataPane";
import { useDataPaneStyles } from "./useDataPaneStyles";

/** Source tables, their column mapping, and "Check data". */
export function DataPane(props: DataPaneProps) {
  const state = useDataPane(props);
  const { strings } = useTaskpane();
  return renderDataPane(state, strings, useDataPaneStyles());
}
