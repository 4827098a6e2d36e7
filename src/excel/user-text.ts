/**
 * Excel parses a string assigned to `range.values` as if it were typed in the user's locale: "=…", "+…",
 * "-…" and "@…" become formulas, and "1E5", "$1,200", "(100)", "12:30", "Mar 2024", "TRUE", "#N/A" or, in
 * a Chinese locale, "2024年1月5日" become numbers, dates, booleans or errors. Excel's documented way to
 * keep typed text as text without changing the cell's format is a leading apostrophe (the quote prefix),
 * which Excel does not store as part of the value. A Text ("@") number format would also work, but it
 * stays on the cell and turns a formula later written there into text, so it is not used.
 */

/**
 * Every string Excel could read as something else in any locale: a formula or quote lead character, an
 * error literal, a boolean, or any decimal digit (numbers, dates, times, currency, percentages,
 * fractions, full-width digits). Quoting a harmless string is free; missing one changes user data.
 */
const REINTERPRETED = /^[=+\-@'#]|\p{Nd}|^\s*(true|false)\s*$/iu;

/** The string to assign so that the cell holds exactly `text`. */
export function asLiteralText(text: string): string {
  return REINTERPRETED.test(text) ? `'${text}` : text;
}
