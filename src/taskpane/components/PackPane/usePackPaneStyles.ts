import { makeStyles, tokens } from "@fluentui/react-components";

export const usePackPaneStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  options: {
    display: "grid",
    // One column in a default-width pane (up to 380 px); side by side when the user widens it.
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 190px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
  choices: {
    display: "flex",
    flexDirection: "column",
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    paddingTop: 0,
    paddingRight: 0,
    paddingBottom: 0,
    paddingLeft: 0,
    marginLeft: 0,
    marginRight: 0,
    minWidth: 0,
  },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
