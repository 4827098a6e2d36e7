/**
 * Why a cell, row or model value is unusable, as a stable code with its parameters, so the task pane
 * can say it in the user's language. `reasonText` is the English wording, kept on every error as
 * `reason` for the KAM.* functions (Excel shows their messages), logs and tests.
 */
export interface ReasonParams {
  /** A number cell holding NaN or ±Infinity. */
  notFinite: Record<string, never>;
  /** TRUE or FALSE where a number belongs. */
  booleanNotNumber: { value: "TRUE" | "FALSE" };
  /** An Excel error value such as #N/A. */
  excelError: { error: string };
  /** Text that is not a number; `text` is clipped. */
  notANumber: { text: string };
  /** A percentage outside 0–100%. */
  percentOutOfRange: { value: number };
  /** A serial outside Excel's date range. */
  serialNotADate: { value: number };
  /** A number formatted as a percentage or currency in a date column. */
  dateFormattedAs: { value: number; as: "percent" | "currency"; format: string };
  /** A number in a date column whose format is not a date and which is outside 1950–2100. */
  numberNotADate: { value: number; format: string };
  /** Date-shaped text naming no real day, e.g. "2026-02-30". */
  invalidDate: { text: string };
  /** "03/04/2026": day and month could be either way round. */
  ambiguousDate: { text: string };
  /** Text that is not a date. */
  textNotADate: { text: string };
  /** A required field left blank; `field` is the field key. */
  requiredBlank: { field: string };
  /** A blank where a value is needed (a fallback; blanks are usually `requiredBlank`). */
  blank: Record<string, never>;
  /** A negative amount. */
  negativeAmount: { field: string; value: number };
  notATier: { text: string };
  notAStatus: { text: string };
  unknownStage: { text: string };
  notATeamType: { text: string };
  notARole: { text: string };
  /** A required field with no column in the table. */
  missingColumn: { field: string };
  /** A mapping override naming no field of the table. */
  notAField: { field: string; table: string };
  /** A mapping override giving a column index outside the table (1-based `column`). */
  columnOutside: { field: string; column: number };
  /** A mapping override naming a header the table does not have. */
  noSuchColumn: { field: string; header: string };
  /** A later account with the key of an earlier one. */
  duplicateAccount: { key: string; firstRow: number };
  /** An opportunity or assignment whose account is not in the accounts table. */
  unknownAccount: { account: string };
  /** A second quota row for the same rep. */
  duplicateQuota: { rep: string; firstRow: number };
  /** Cut 1 above cut 2; the cuts as the user writes them ("P90", "1000"). */
  cutOrder: { cut1: string; cut2: string };
  /** An amount in another currency than its column's, with no Rates table (DOMAIN.md §2.1). */
  currencyMismatch: { currency: string; column: string };
  /** An amount in a currency the Rates table has no rate for. */
  noRate: { currency: string };
  /** A column's day/month order was not said by any cell, so the display language's was used. */
  dateOrderAssumed: { order: "dmy" | "mdy"; language: string };
  /** A blank opportunity amount, counted as 0 (DOMAIN.md §2). */
  blankAmountZero: { field: string };
  /** An outcome word in the stage column and a status column that says otherwise. */
  stageContradictsStatus: { stage: string; status: string };
  /** Two accounts whose names are equal ignoring case, width and spaces, with different IDs. */
  possibleDuplicate: { name: string; otherRow: number };
  /** A field read from a header that only suggests it (contribution from Annual Revenue). */
  suggestedColumn: { field: string; header: string };
  /** A status score that is not a whole number 0–5 (DOMAIN.md §10). */
  notAScore: { text: string };
  /** A plan status that is not Draft or Agreed. */
  notAPlanStatus: { text: string };
  /** An action status that is not Open, Done or Dropped. */
  notAnActionStatus: { text: string };
  /** An area that is not one of the four of DOMAIN.md §10. */
  notAnArea: { text: string };
  /** A question ID the bank does not have: the row counts as the user's own question. */
  unknownQuestion: { questionId: string };
  /** A second Account Plans row for one account (the first is used). */
  duplicatePlan: { account: string; firstRow: number };
  /** A second Account Status row for one account and question (the first is used). */
  duplicateAnswer: { account: string; questionId: string; firstRow: number };
  /** A lead status that is not New, Working, Promoted or Reclaimed (DOMAIN.md §9). */
  notALeadStatus: { text: string };
  /** A history table with neither a snapshot date column nor a date-entered column (DOMAIN.md §9). */
  historyNeedsDate: Record<string, never>;
  /** History without opportunity IDs: opportunities are told apart by account + name (DOMAIN.md §9). */
  historyKeyedByName: Record<string, never>;
  /** A history row with neither an opportunity ID nor an account and name to key it by. */
  historyNoKey: Record<string, never>;
  /** A second row of the same opportunity in one snapshot (or the same stage entry twice). */
  duplicateHistoryRow: { key: string; date: string; firstRow: number };
  /** A second lead with the same ID. */
  duplicateLead: { key: string; firstRow: number };
  /** Movement compares two snapshots; the history has fewer (DOMAIN.md §9). */
  needTwoSnapshots: { found: number };
  /** A chosen snapshot date (yyyy-mm-dd) before the first snapshot of the history. */
  noSnapshotBefore: { date: string };
  /** The first chosen snapshot is not before the second (the snapshots taken, yyyy-mm-dd). */
  snapshotsOutOfOrder: { t0: string; t1: string };
  /** A later contract with the ID of an earlier one (DOMAIN.md §11); the later row is skipped. */
  duplicateContract: { id: string; firstRow: number };
  /** Invoiced or received above the contract amount (DOMAIN.md §11); the row is kept as written. */
  aboveContractAmount: { field: string; value: number; amount: number };
  /** A contract's opportunity ID that no opportunity has (DOMAIN.md §11); the contract is kept. */
  unknownOpportunity: { id: string };
  /** A Movement date option (yyyy-mm-dd) before the history's first snapshot (`first`). */
  movementDateBeforeHistory: { option: "from" | "to"; date: string; first: string };
  /** Movement's From snapshot date is not before its To snapshot date (both as asked). */
  movementDatesReversed: { from: string; to: string };
  /** Movement's From snapshot date takes snapshot t0, which is not before the To snapshot t1. */
  movementFromNotBefore: { from: string; t0: string; t1: string };
}

export type ReasonCode = keyof ReasonParams;

/** A code with its parameters. */
export type Reason = { [K in ReasonCode]: { code: K; params: ReasonParams[K] } }[ReasonCode];

/** One function per code that words the reason. */
export type ReasonTemplates = { [K in ReasonCode]: (params: ReasonParams[K]) => string };

/** The English wording of every reason. */
export const REASON_TEXT: ReasonTemplates = {
  notFinite: () => "not a finite number",
  booleanNotNumber: (p) => `expected a number, got ${p.value}`,
  excelError: (p) => `Excel error ${p.error}`,
  notANumber: (p) => `"${p.text}" is not a number`,
  percentOutOfRange: (p) => `percentage ${p.value} is outside 0–100%`,
  serialNotADate: (p) => `${p.value} is not a date`,
  dateFormattedAs: (p) =>
    `${p.value} is formatted as ${p.as === "percent" ? "a percentage" : "currency"} (${p.format}), not a date`,
  numberNotADate: (p) => `${p.value} is not a date (its format is ${p.format}; format the cell as a date)`,
  invalidDate: (p) => `"${p.text}" is not a valid date`,
  ambiguousDate: (p) => `"${p.text}" is ambiguous (day/month); use yyyy-mm-dd`,
  textNotADate: (p) => `"${p.text}" is not a date`,
  requiredBlank: (p) => `${p.field} is blank`,
  blank: () => "blank",
  negativeAmount: (p) => `${p.field} ${p.value} is negative`,
  notATier: (p) => `"${p.text}" is not a tier A–D`,
  notAStatus: (p) => `"${p.text}" is not Open, Won or Lost`,
  unknownStage: (p) => `unknown stage "${p.text}"`,
  notATeamType: (p) => `"${p.text}" is not Territory, KeyAccount, Solution or Partner`,
  notARole: (p) => `"${p.text}" is not Primary or Overlay`,
  missingColumn: (p) => `no column for required field ${p.field}`,
  notAField: (p) => `"${p.field}" is not a field of the ${p.table} table`,
  columnOutside: (p) => `column ${p.column} for ${p.field} is outside the table`,
  noSuchColumn: (p) => `no column "${p.header}" for ${p.field}`,
  duplicateAccount: (p) => `duplicate account key "${p.key}" (first on row ${p.firstRow})`,
  unknownAccount: (p) => `account "${p.account}" is not in the accounts table`,
  duplicateQuota: (p) => `rep "${p.rep}" already has a quota on row ${p.firstRow}`,
  cutOrder: (p) => `cut1 (${p.cut1}) must not exceed cut2 (${p.cut2})`,
  currencyMismatch: (p) => `${p.currency} amount in a ${p.column} column`,
  noRate: (p) => `no rate for ${p.currency} in the Rates table`,
  dateOrderAssumed: (p) =>
    `dates like 03/04 read as ${p.order === "mdy" ? "month/day" : "day/month"} (Office display language ${p.language}); no date in the column says which`,
  blankAmountZero: (p) => `${p.field} is blank; counted as 0`,
  stageContradictsStatus: (p) => `stage "${p.stage}" contradicts status "${p.status}"`,
  possibleDuplicate: (p) => `possible duplicate of "${p.name}" on row ${p.otherRow} (same name, different ID)`,
  suggestedColumn: (p) => `${p.field} read from "${p.header}": check: a company's revenue is not what it buys from us`,
  notAScore: (p) => `"${p.text}" is not a score: use a whole number from 0 to 5, or leave it blank`,
  notAPlanStatus: (p) => `"${p.text}" is not a plan status (Draft or Agreed)`,
  notAnActionStatus: (p) => `"${p.text}" is not an action status (Open, Done or Dropped)`,
  notAnArea: (p) =>
    `"${p.text}" is not an area (Relationship, Needs and value, Competition, Decision process and budget)`,
  unknownQuestion: (p) =>
    `question ID "${p.questionId}" is not in Ninegrid's question bank; counted as your own question with its area and weight`,
  duplicatePlan: (p) => `"${p.account}" already has a plan on row ${p.firstRow}`,
  duplicateAnswer: (p) => `"${p.account}" already answers question ${p.questionId} on row ${p.firstRow}`,
  notALeadStatus: (p) => `"${p.text}" is not a lead status (New, Working, Promoted or Reclaimed)`,
  historyNeedsDate: () =>
    "a history table needs a snapshot date column (Snapshot Date, As Of) or a date entered column",
  historyKeyedByName: () =>
    "no opportunity ID column: opportunities are told apart by account and opportunity name; check that they are unique",
  historyNoKey: () => "no opportunity ID, and no account and opportunity name to tell this opportunity apart",
  duplicateHistoryRow: (p) => `opportunity "${p.key}" already has a row for ${p.date} (row ${p.firstRow})`,
  duplicateLead: (p) => `duplicate lead ID "${p.key}" (first on row ${p.firstRow})`,
  needTwoSnapshots: (p) => `movement needs two snapshot dates; the history has ${p.found}`,
  noSnapshotBefore: (p) => `no snapshot on or before ${p.date}`,
  snapshotsOutOfOrder: (p) => `the first snapshot (${p.t0}) must be before the second (${p.t1})`,
  duplicateContract: (p) => `duplicate contract ID "${p.id}" (first on row ${p.firstRow})`,
  aboveContractAmount: (p) => `${p.field} ${p.value} is above the contract amount ${p.amount}`,
  unknownOpportunity: (p) => `opportunity "${p.id}" is not in the opportunities table`,
  movementDateBeforeHistory: (p) =>
    `${p.option === "from" ? "From" : "To"} snapshot ${p.date}: the history has no snapshot on or before it; its first is ${p.first}`,
  movementDatesReversed: (p) => `From snapshot ${p.from} must be before To snapshot ${p.to}`,
  movementFromNotBefore: (p) =>
    `From snapshot ${p.from} takes the snapshot of ${p.t0}, which is not before the To snapshot (${p.t1}); pick an earlier date`,
};

/** Words a reason with `templates` (English by default). */
export function formatReason(r: Reason, templates: ReasonTemplates = REASON_TEXT): string {
  return (templates[r.code] as (params: unknown) => string)(r.params);
}

/** The English text of a reason. */
export const reasonText = (r: Reason): string => formatReason(r);

/** A reason with its English text attached as `reason`. */
export type Explained = Reason & { reason: string };

/** Attaches the English text to a reason (its code and params only, whatever else `r` holds). */
export function explain(r: Reason): Explained {
  return { code: r.code, params: r.params, reason: reasonText(r) } as Explained;
}
