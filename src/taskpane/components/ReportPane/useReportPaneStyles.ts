import { makeStyles, tokens } from "@fluentui/react-components";

export const useReportPaneStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  options: {
    display: "grid",
    // One column in a default-width pane (up to 380 px); side by side when the user widens it.
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 190px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
