/**
 * Strings that Excel changes when they are written to `range.values` (or typed), with the value Excel
 * stores. Sources are listed in test/host/README.md under "Typed input" by the key in `source`. Expected
 * values are worked out by hand from those documents (serials: days since 1899-12-30; times: fraction of
 * 24 h), not from the parser. host-tests/typed-input.test.ts checks the host against this table and
 * excel/user-text.test.ts checks that the product writes every one of them so it stays text.
 */
import type { InputLocale } from "./typed-input";

export interface TypedInputCase {
  text: string;
  /** What the cell holds after the write. */
  value: number | boolean | string;
  locale?: InputLocale;
  /** README key of the document that describes this conversion. */
  source: "range-values" | "scientific" | "currency" | "negative" | "time" | "dates" | "two-digit-years" | "percent" | "fractions" | "booleans" | "errors" | "stricter";
} // prettier-ignore

/** The year the host is told it is, for dates typed without a year. */
export const CASES_YEAR = 2026;

export const TYPED_INPUT_CASES: readonly TypedInputCase[] = [
  { text: "1E5", value: 100000, source: "scientific" },
  { text: "1.5e-3", value: 0.0015, source: "scientific" },
  { text: "$1,200", value: 1200, source: "currency" },
  { text: "-$3,500.50", value: -3500.5, source: "currency" },
  { text: "(100)", value: -100, source: "negative" },
  { text: "($1,200)", value: -1200, source: "negative" },
  { text: "12:30", value: 12.5 / 24, source: "time" },
  { text: "9:05 PM", value: (21 * 60 + 5) / 1440, source: "time" },
  { text: "Mar 2024", value: 45352, source: "dates" }, // 2024-03-01
  { text: "March 5, 2024", value: 45356, source: "dates" },
  { text: "5-Mar-2024", value: 45356, source: "dates" },
  { text: "3/5/2024", value: 45356, source: "dates" },
  { text: "2024-03-05", value: 45356, source: "dates" },
  { text: "2024/3/5", value: 45356, source: "dates" },
  { text: "1/2", value: 46024, source: "dates" }, // 2 January of CASES_YEAR (2026-01-02)
  { text: "12-03", value: 46359, source: "dates" }, // 3 December 2026
  { text: "1/5/29", value: 47123, source: "two-digit-years" }, // 2029-01-05
  { text: "1/5/30", value: 10963, source: "two-digit-years" }, // 1930-01-05
  { text: "2024-03-05 12:30", value: 45356 + 12.5 / 24, source: "dates" },
  { text: "TRUE", value: true, source: "booleans" },
  { text: "false", value: false, source: "booleans" },
  { text: "50%", value: 0.5, source: "percent" },
  { text: "1 1/2", value: 1.5, source: "fractions" },
  { text: "00123", value: 123, source: "range-values" },
  { text: "1,234", value: 1234, source: "range-values" },
  { text: "+5", value: 5, source: "range-values" },
  { text: "-7", value: -7, source: "range-values" },
  { text: "#N/A", value: "#N/A", source: "errors" },
  { text: "2024年1月5日", value: 45296, locale: "zh-CN", source: "dates" },
  { text: "2024年3月", value: 45352, locale: "zh-CN", source: "dates" },
  { text: "1月5日", value: 46027, locale: "zh-CN", source: "dates" }, // 2026-01-05
  { text: "￥1,200", value: 1200, locale: "zh-CN", source: "currency" },
  { text: "１２３", value: 123, locale: "zh-CN", source: "stricter" },
];

/** Text that Excel keeps as text when typed (so the host must too). */
export const KEPT_AS_TEXT: readonly { text: string; locale?: InputLocale }[] = [
  { text: "Acme Co" },
  { text: "3.5M" },
  { text: "about 2000" },
  { text: "1,2345" },
  { text: "Mar" },
  { text: "2024年1月5日" }, // en-US: Chinese date forms are not read
  { text: "Q1 2024" },
];
