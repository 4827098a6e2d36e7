import { cellText, CellValue, foldText, isBlank } from "./cells";
import { readNumber } from "./numbers";

/** Currency code (USD, CNY…) → rate to the base currency. */
export type CurrencyRates = ReadonlyMap<string, number>;

// Words a Rates table may use for a currency; anything else must be a three-letter code.
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["¥", "CNY"],
  ["rmb", "CNY"],
  ["人民币", "CNY"],
  ["美元", "USD"],
  ["欧元", "EUR"],
  ["英镑", "GBP"],
  ["€", "EUR"],
  ["£", "GBP"],
]);

/**
 * Reads a Rates table (DOMAIN.md §2.1 "Currencies"): rows of `currency | rate to the base currency`,
 * a header row allowed. Returns the rates, or the 1-based row and why it is unusable.
 */
export function readCurrencyRates(
  rows: readonly (readonly CellValue[])[],
): Map<string, number> & { problems?: { row: number; text: string }[] } {
  const rates: Map<string, number> & { problems?: { row: number; text: string }[] } = new Map();
  const problems: { row: number; text: string }[] = [];
  rows.forEach(([codeCell, rateCell], i) => {
    if (isBlank(codeCell) && isBlank(rateCell)) return;
    const raw = cellText(codeCell).normalize("NFKC").trim();
    const code = CURRENCY_NAMES.get(foldText(raw)) ?? CURRENCY_NAMES.get(raw) ?? raw.toUpperCase();
    const rate = readNumber(rateCell);
    if (i === 0 && rate.kind !== "number") return; // a header row: "Currency | Rate"
    if (!/^[A-Z]{3}$/.test(code) || rate.kind !== "number" || !(rate.value > 0))
      problems.push({ row: i + 1, text: `${raw} | ${cellText(rateCell)}` });
    else rates.set(code, rate.value);
  });
  if (problems.length) rates.problems = problems;
  return rates;
}

/** The rates of a parsed Rates table (DOMAIN.md §2.1): currency codes or names to a positive rate; other rows are left out. */
export function ratesOf(table: { rows: readonly Record<string, string | number | null>[] }): CurrencyRates {
  return readCurrencyRates(table.rows.map((r) => [r.currency, r.rate]));
}
