/**
 * Structured references to Excel table columns (`Accounts[Contribution]`), for live formulas.
 * Excel's rule (support.microsoft.com, "Using structured references with Excel tables", section
 * "Use the escape character for some special characters in column headers"): `[`, `]`, `#` and `'`
 * in a column header take a leading `'`.
 */

/** Escapes a column header inside a structured reference: ' # [ ] take a leading apostrophe. */
export const escapeColumn = (header: string): string => header.replace(/(['#[\]])/g, "'$1");

/**
 * Characters that make Excel require the header in inner brackets (same article, "special characters"):
 * `Accounts[[Rev. 2025]]`, `Accounts[[Total $]]`. A space alone does not (`Accounts[Sales Amount]`).
 */
const NEEDS_INNER_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

/** One column of a table: `Table[Header]`, or `Table[[Header]]` when the header has special characters. */
export const columnRef = (table: string, header: string): string =>
  NEEDS_INNER_BRACKETS.test(header) ? `${table}[[${escapeColumn(header)}]]` : `${table}[${escapeColumn(header)}]`;

/** The columns from `first` to `last` of a table, side by side: `Table[[First]:[Last]]`. */
export const columnSpanRef = (table: string, first: string, last: string): string =>
  `${table}[[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
