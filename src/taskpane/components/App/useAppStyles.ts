import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane is a size container: layouts follow its width (an Office task pane is 320–380 px by default). */
export const PANE_CONTAINER = "ninegrid-pane";
/** `@container` condition for a pane wide enough for one-line rows, e.g. the pipeline stages. */
export const WIDE_PANE = `${PANE_CONTAINER} (min-width: 520px)`;

export const useAppStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    containerType: "inline-size",
    containerName: PANE_CONTAINER,
    // A long name (a sheet, a table, a cell address list) wraps rather than widening the pane.
    overflowWrap: "break-word",
    // Fields, inputs and drop-downs shrink to their column: their natural width (an input's 20
    // characters, a drop-down's longest option) would otherwise push a grid column past the pane's edge.
    "& .fui-Field, & .fui-Input, & .fui-Select, & .fui-Input__input, & .fui-Select__select": { minWidth: 0 },
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  titleBlock: { display: "flex", flexDirection: "column", minWidth: 0 },
  headerActions: { display: "flex", alignItems: "end", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  tabs: { flexWrap: "wrap" },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    // author display:flex would beat the hidden attribute's display:none
    "&[hidden]": { display: "none" },
  },
});
