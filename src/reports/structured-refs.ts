/**
 * Structured references to Excel table columns (`Accounts[Contribution]`), for live formulas.
 * Excel's rule (support.microsoft.com, "Using structured references with Excel tables", section
 * "Use the escape character for some special characters in column headers"): `[`, `]`, `#` and `'`
 * in a column header take a leading `'`.
 */

/** Escapes a column header inside a structured reference: ' # [ ] take a leading apostrophe. */
export const escapeColumn = (header: string): string => header.replace(/(['#[\]])/g, "'$1");

/** One column of a table: `Table[Header]`. */
export const columnRef = (table: string, header: string): string => `${table}[${escapeColumn(header)}]`;

/** The columns from `first` to `last` of a table, side by side: `Table[[First]:[Last]]`. */
export const columnSpanRef = (table: string, first: string, last: string): string =>
  `${table}[[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
