import { readNumber } from "../../src/core/numbers";
import { band } from "../../src/functions/functions";

// DOMAIN.md §2.1 "Units" and "Currencies", §12 text numbers.
describe("readNumber on CRM-export cells", () => {
  it.each([
    ["50万", 500_000],
    ["3.5万", 35_000],
    ["1,200万元", 12_000_000],
    ["¥80万", 800_000],
    ["￥80万", 800_000],
    ["1.2亿", 120_000_000],
    ["0.35亿元", 35_000_000],
    ["-2万", -20_000],
    ["(1.5万)", -15_000],
  ])("reads %p as %p in any column", (text, value) => {
    expect(readNumber(text)).toMatchObject({ kind: "number", value });
  });

  it.each([
    ["USD 12,500.00", 12_500, "USD"],
    ["12,500.00 USD", 12_500, "USD"],
    ["EUR 9,000.00", 9_000, "EUR"],
    ["9,000.00 GBP", 9_000, "GBP"],
    ["¥1,200", 1_200, "CNY"],
    ["RMB 1,200", 1_200, "CNY"],
    ["1,200元", 1_200, "CNY"],
    ["US$ 3,000", 3_000, "USD"],
    ["-$5", -5, "USD"],
    ["$-5", -5, "USD"],
  ])("reads %p as %p %s", (text, value, currency) => {
    expect(readNumber(text)).toEqual({ kind: "number", value, currency });
  });

  it("keeps 3.5M ambiguous unless the header declares M, and never scales a cell's own multiplier twice", () => {
    expect(readNumber("3.5M").kind).toBe("bad");
    expect(readNumber("500K").kind).toBe("bad");
    expect(readNumber("3.5M", { exponent: 6, letter: "M" })).toMatchObject({ kind: "number", value: 3_500_000 });
    expect(readNumber(3.5, { exponent: 6, letter: "M" })).toMatchObject({ kind: "number", value: 3_500_000 });
    expect(readNumber("3.5K", { exponent: 6, letter: "M" }).kind).toBe("bad");
    expect(readNumber(50, { exponent: 4 })).toMatchObject({ kind: "number", value: 500_000 });
    expect(readNumber("50万", { exponent: 4 })).toMatchObject({ kind: "number", value: 500_000 });
    expect(readNumber("0.3", { exponent: 4 })).toMatchObject({ kind: "number", value: 3_000 });
    expect((readNumber(1e-7, { exponent: 3 }) as { value: number }).value).toBeCloseTo(1e-4, 18);
  });

  it("rejects text mixing two currencies, unknown codes and words around a number", () => {
    for (const t of ["USD 5 EUR", "XYZ 5", "USDX 5", "about 2000", "5万万", "万", "¥", "12.5 %万"])
      expect(readNumber(t).kind).toBe("bad");
  });

  it("reads a 32k-character cell in a few milliseconds (no quadratic scan)", () => {
    const long = `a${" ".repeat(32_765)}b`;
    const spaces = `1${" ".repeat(32_766)}`; // trailing spaces are trimmed: a number
    const digits = `${"1".repeat(32_760)}元`;
    const started = performance.now();
    for (let i = 0; i < 10; i++) {
      expect(readNumber(long).kind).toBe("bad");
      expect(readNumber(`$${" ".repeat(32_765)}x`).kind).toBe("bad");
      expect(readNumber(digits).kind).toBe("bad");
    }
    expect(readNumber(spaces)).toMatchObject({ kind: "number", value: 1 });
    expect((performance.now() - started) / 30).toBeLessThan(5);
  });

  it('KAM.BAND({"a"&REPT(" ",32765)&"b";1}) answers at once with a per-cell error', () => {
    const started = performance.now();
    const out = band([[`a${" ".repeat(32_765)}b`], [1]]);
    expect(performance.now() - started).toBeLessThan(200);
    expect(out[0][0]).toMatchObject({ code: "#VALUE!" });
  });
});
