import { makeStyles, tokens } from "@fluentui/react-components";

export const useModelPaneStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  grid2: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  row: { display: "flex", alignItems: "end", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  narrow: { width: "90px" },
  tierGrid: {
    display: "grid",
    gridTemplateColumns: "auto repeat(3, minmax(56px, 80px))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  stages: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: `2px ${tokens.spacingHorizontalXS}`, textAlign: "left", verticalAlign: "middle" },
  sum: { fontWeight: tokens.fontWeightSemibold },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
