import { makeStyles, tokens } from "@fluentui/react-components";
import { WIDE_PANE } from "../App/useAppStyles";

export const useModelPaneStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Number inputs: two columns from a 320 px pane up.
  grid2: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 120px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  // Drop-downs with longer choices ("Percent rank (default)"): one column until they fit side by side.
  gridWide: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 200px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    flexWrap: "wrap",
  },
  narrow: { width: "90px" },
  tierGrid: {
    display: "grid",
    gridTemplateColumns: "auto repeat(3, minmax(56px, 80px))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  // One stage per item: name and buttons on the first line, its two numbers under the name; one line
  // in a wide pane.
  stages: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  stage: {
    display: "grid",
    gridTemplateColumns: "1.5em minmax(0, 1fr) minmax(0, 1fr) auto",
    gridTemplateAreas: `"index name name actions" ". probability stall ." ". aliases aliases ."`,
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "end",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    [`@container ${WIDE_PANE}`]: {
      gridTemplateColumns: "1.5em minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr) auto",
      gridTemplateAreas: `"index name probability stall actions" ". aliases aliases aliases ."`,
    },
  },
  // On the name's line, level with its text (a small input is 24 px high).
  stageIndex: { gridArea: "index", alignSelf: "end", lineHeight: "24px" },
  stageName: { gridArea: "name" },
  // Labels at the top, inputs at the bottom, when one label wraps and the other does not.
  stageProbability: {
    gridArea: "probability",
    alignSelf: "stretch",
    display: "flex",
    flexDirection: "column",
    justifyContent: "space-between",
    minWidth: 0,
  },
  stageStall: {
    gridArea: "stall",
    alignSelf: "stretch",
    display: "flex",
    flexDirection: "column",
    justifyContent: "space-between",
    minWidth: 0,
  },
  stageActions: { gridArea: "actions", display: "flex", columnGap: "2px" },
  // The stage's other spellings (DOMAIN.md §6 aliases) on their own line under the numbers.
  stageAliases: { gridArea: "aliases", display: "flex", flexDirection: "column", minWidth: 0 },
  sum: { fontWeight: tokens.fontWeightSemibold },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
