/**
 * Excel parses a string assigned to `range.values` as if it were typed: "=…" becomes a formula, "+1"
 * and "-1" numbers, "@x" an implicit-intersection formula, "1,234" or "2026-01-05" numbers or dates,
 * "TRUE" a boolean. A leading apostrophe (Excel's quote prefix) keeps the exact text, so every user
 * string that Excel could reinterpret gets one.
 */
const REINTERPRETED =
  /^[=+\-@']|^\s*[-+]?[\d.,]+%?\s*$|^\s*(true|false)\s*$|^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$|^\s*#/i;

/** The string to assign so that the cell holds exactly `text`. */
export function asLiteralText(text: string): string {
  return REINTERPRETED.test(text) ? `'${text}` : text;
}
