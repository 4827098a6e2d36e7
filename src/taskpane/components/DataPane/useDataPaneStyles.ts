import { makeStyles, tokens } from "@fluentui/react-components";

export const useDataPaneStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  source: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mapping: {
    display: "grid",
    // Two columns from a 320 px pane up; one when even that does not fit.
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 128px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  errors: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  // A link is a button, laid out as one block: the bullet goes by its first line, not its last.
  errorLink: { verticalAlign: "top", textAlign: "start" },
  // Still readable (about 5:1 on the pane's background), visibly not the current state.
  stale: { opacity: 0.7 },
});
