import { useTaskpane } from "../../context";
import { AppState } from "../App/useApp";
import { renderModelPane } from "./renderModelPane";
import { useModelPane } from "./useModelPane";
import { useModelPaneStyles } from "./useModelPaneStyles";

/** Weights, method, cuts, tier map, top X%, stages; Save; and the score/tier columns. */
export function ModelPane({ app }: { app: AppState }) {
  const state = useModelPane(app);
  const { strings } = useTaskpane();
  return renderModelPane(state, strings, useModelPaneStyles());
}
