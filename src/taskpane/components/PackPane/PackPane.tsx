import { useTaskpane } from "../../context";
import { renderPackPane } from "./renderPackPane";
import { PackPaneProps, usePackPane } from "./usePackPane";
import { usePackPaneStyles } from "./usePackPaneStyles";

export type { PackPaneProps } from "./usePackPane";

/** The monthly pack: which reports, Build pack with one progress bar and one Cancel, then the summary. */
export function PackPane(props: PackPaneProps) {
  const state = usePackPane(props);
  const { strings } = useTaskpane();
  return renderPackPane(state, strings, usePackPaneStyles());
}
