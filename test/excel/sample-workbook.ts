import { columnLetter } from "../../src/core/a1";
import { generateSample, SampleOptions, SampleWorkbook } from "../../src/sample";
import { SeedCell, WorkbookSpec } from "../host";

const KINDS = ["accounts", "opportunities", "assignments", "quotas"] as const;

/** A user's text cell as typed in Excel: an apostrophe keeps "=…" and "+1" as text. */
const typed = (v: SeedCell): SeedCell => (typeof v === "string" && /^[=+\-@']/.test(v) ? `'${v}` : v);

/** The sample workbook as a host workbook: each table on its own sheet from A1, as an Excel table. */
export function sampleWorkbookSpec(options: SampleOptions = {}): { spec: WorkbookSpec; wb: SampleWorkbook } {
  const wb = generateSample(options);
  return { spec: workbookSpecOf(wb), wb };
}

/** A (possibly edited) sample workbook as a host workbook, laid out as sampleWorkbookSpec does. */
export function workbookSpecOf(wb: SampleWorkbook): WorkbookSpec {
  return {
    sheets: KINDS.map((kind) => {
      const t = wb[kind];
      const cells: SeedCell[][] = [t.headers, ...t.rows.map((r) => r.map(typed))];
      const formats = t.headers.map((h) => t.numberFormats?.[h] ?? null);
      return {
        name: t.name,
        cells,
        numberFormats: cells.map((_, i) => (i === 0 ? t.headers.map(() => null) : formats)),
        tables: [{ name: t.name, range: `A1:${columnLetter(t.headers.length - 1)}${t.rows.length + 1}` }],
      };
    }),
  };
}

/** The selections the Data pane would make for the sample workbook. */
export const SAMPLE_SELECTIONS = {
  accounts: { table: "Accounts" },
  opportunities: { table: "Opportunities" },
  assignments: { table: "Assignments" },
  quotas: { table: "Quotas" },
} as const;
