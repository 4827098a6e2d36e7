/**
 * Placeholder task pane: proves the React + Fluent UI v9 stack builds and renders. A later issue replaces it
 * with the report panes.
 */
import { Body1, FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

export function App() {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: "16px", minHeight: "100vh" }}>
      <Title2 as="h1">Ninegrid</Title2>
      <Body1 as="p">Account scoring and tiering functions are available as KAM.* in any cell.</Body1>
      <Body1 as="p">Reports arrive in a later version.</Body1>
    </FluentProvider>
  );
}

function mount(): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
}

// Office is undefined when the page is opened outside Office and Office.js could not load.
if (typeof Office !== "undefined") {
  Office.onReady(() => mount());
} else {
  mount();
}
