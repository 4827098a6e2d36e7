/**
 * The `KAM.*` functions' own cell messages in English. Reasons that come from the core (a cell that is not a
 * number, a cut or stage table that cannot be read) arrive already worded and are quoted as they are.
 */
export const functionMessagesEnUS = {
  /** A call refused as a whole: the function, why, and where to go instead. */
  refused: (fn: string, why: string, hint: string) => `KAM.${fn}: ${why}; ${hint}`,
  /** An argument problem: the function and the problem. */
  argument: (fn: string, problem: string) => `KAM.${fn}: ${problem}`,
  hintColumns: `use the task pane's "Write score and tier columns"`,
  hintReport: "build the report from the task pane",
  spillLimit: (rows: number, limit: number) =>
    `${rows.toLocaleString("en-US")} rows is above the ${limit.toLocaleString("en-US")}-row spill limit`,
  /** `size` is e.g. "about 4.20 MB" or "over 16.00 MB"; `budget` the megabytes a function can pass. */
  argsTooLarge: (over: boolean, mb: string, budget: string) =>
    `its ranges are ${over ? "over" : "about"} ${mb} MB, more than the ${budget} MB a custom function can safely pass on Excel on the web (limit 5 MB)`,
  resultTooLarge: (over: boolean, mb: string, budget: string) =>
    `its result is ${over ? "over" : "about"} ${mb} MB, more than the ${budget} MB a custom function can safely pass on Excel on the web (limit 5 MB)`,
  mustBeRange: (name: string) => `${name} must be a range`,
  notRectangular: (name: string, row: number) => `${name} must be a rectangular range (row ${row} differs from row 1)`,
  notVector: (name: string, rows: number, cols: number) =>
    `${name} must be a single column or row, not ${rows}×${cols}`,
  lengthMismatch: (other: string, n: number, main: string, m: number) =>
    `${other} has ${n} cells but ${main} has ${m}; they must match row for row`,
  mustBeOneOf: (name: string, allowed: readonly string[]) =>
    `${name} must be ${allowed.map((a) => `"${a}"`).join(", ")}`,
  percentNotNumber: (label: string, text: string) => `${label}: "${text}" is a percentage, not a number here`,
  negative: (label: string, value: number) => `${label}: ${value} is negative`,
  amountBlank: "amount is blank",
  statusUnknown: (status: string) => `status "${status}" is not Open, Won or Lost`,
  stageContradicts: (stage: string, status: string) => `stage "${stage}" contradicts status "${status}"`,
  stageUnknown: (stage: string) => `unknown stage "${stage}"`,
  tierInvalid: (tier: string) => `tier "${tier}" is not A, B, C or D`,
  assignmentTeamType: (row: number, teamType: string) => `assignment ${row} has an unknown team type "${teamType}"`,
  assignmentRole: (row: number, role: string) => `assignment ${row} has an unknown role "${role}"`,
};

export type FunctionMessages = typeof functionMessagesEnUS;
