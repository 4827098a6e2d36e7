import { SheetPlan } from "../../src/reports";

/** A hand-made sheet plan for adapter tests: a Nine-Grid sheet with nothing but what `parts` gives it. */
export function sheetPlan(parts: Partial<SheetPlan>): SheetPlan {
  return {
    kind: "nineGrid",
    sheetName: "Nine-Grid",
    blocks: [],
    formats: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: [],
    summary: "test",
    summaryData: { kind: "quotas", reps: 0, met: 0 },
    ...parts,
  };
}
