import { usePaneTheme } from "../../theme";
import { renderApp } from "./renderApp";
import { AppProps, useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles";

export type { AppProps } from "./useApp";

/** The whole task pane. Office is reached only through `props.services`. */
export function App(props: AppProps) {
  const state = useApp(props);
  const theme = usePaneTheme(state.shell.dark);
  const classes = useAppStyles();
  return renderApp(state, theme, classes);
}
