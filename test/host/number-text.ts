/**
 * How Excel turns a number into text in a formula ("<"&A1, criteria built by concatenation): at most 15
 * significant digits (Excel's number precision, README [number-text]), trailing zeros dropped, and
 * scientific notation ("1.23456789012346E+15", "1E-10") outside 1E-9 ≤ |x| < 1E15, as General does.
 * HyperFormula uses JavaScript's shortest round-trip text (up to 17 digits), so the host replaces it.
 */
import { CellError, EmptyValue, HyperFormula } from "hyperformula";

/** A number as Excel writes it into text. */
export function excelNumberText(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return n === 0 ? "0" : String(n);
  const [mantissa, exp] = Math.abs(n).toExponential(14).split("e");
  const e = Number(exp);
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  const sign = n < 0 ? "-" : "";
  if (e >= 15 || e < -9) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
  const whole = digits.slice(0, e + 1).padEnd(e + 1, "0");
  const frac = digits.slice(e + 1);
  return `${sign}${whole}${frac ? `.${frac}` : ""}`;
}

/** One operand of "&" as Excel makes it text. */
function operandText(v: unknown): unknown {
  if (v instanceof CellError || typeof v === "string") return v;
  if (v === EmptyValue) return "";
  if (typeof v === "number") return excelNumberText(v);
  if (typeof v === "object" && v !== null && "val" in v) return excelNumberText((v as { val: number }).val);
  return v ? "TRUE" : "FALSE";
}

interface InterpreterInternals {
  concatOp: (a: unknown, b: unknown) => unknown;
}

/**
 * Makes the "&" operator of one HyperFormula instance write numbers with 15 digits. (CONCATENATE,
 * TEXTJOIN and TEXT keep HyperFormula's text: a known difference in README.)
 */
export function useExcelNumberText(hf: HyperFormula): void {
  const interpreter = (hf as unknown as { evaluator?: { interpreter?: Partial<InterpreterInternals> } }).evaluator
    ?.interpreter;
  if (!interpreter || typeof interpreter.concatOp !== "function") return;
  interpreter.concatOp = (a, b) => {
    const x = operandText(a);
    const y = operandText(b);
    if (x instanceof CellError) return x;
    if (y instanceof CellError) return y;
    return (x as string) + (y as string);
  };
}
