import { useTaskpane } from "../../context";
import { renderModelPane } from "./renderModelPane";
import { ModelPaneProps, useModelPane } from "./useModelPane";
import { useModelPaneStyles } from "./useModelPaneStyles";

/** Weights, method, cuts, tier map, top X%, stages; Save; and the score/tier columns. */
export function ModelPane(props: ModelPaneProps) {
  const state = useModelPane(props);
  const { strings } = useTaskpane();
  return renderModelPane(state, strings, useModelPaneStyles());
}
