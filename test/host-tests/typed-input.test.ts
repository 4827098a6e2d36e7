/**
 * The host parses strings written to `range.values` as Excel parses typed input (test/host/README.md,
 * "Typed input"), driven by the documented table in host/typed-input-cases.ts.
 */
import { createHost } from "../host";
import { CASES_YEAR, KEPT_AS_TEXT, TYPED_INPUT_CASES } from "../host/typed-input-cases";
import type { InputLocale } from "../host/typed-input";

async function written(text: string, locale: InputLocale = "en-US", numberFormat?: string) {
  const host = createHost({ locale, year: CASES_YEAR });
  return host.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (numberFormat) r.numberFormat = [[numberFormat]];
    r.values = [[text]];
    r.load("values,valueTypes");
    await context.sync();
    return { value: r.values[0][0] as unknown, type: r.valueTypes[0][0] as string };
  });
}

describe("typed input: strings written to range.values", () => {
  it.each(TYPED_INPUT_CASES.map((c) => [c.text, c.locale ?? "en-US", c.value, c.source] as const))(
    "%s (%s) becomes %p (%s)",
    async (text, locale, value) => {
      const r = await written(text, locale);
      if (typeof value === "number") expect(r.value).toBeCloseTo(value, 12);
      else expect(r.value).toBe(value);
      expect(r.type).not.toBe("String");
    },
  );

  it.each(KEPT_AS_TEXT.map((c) => [c.text, c.locale ?? "en-US"] as const))(
    "%s (%s) stays text",
    async (text, locale) => {
      expect(await written(text, locale)).toEqual({ value: text, type: "String" });
    },
  );

  it("keeps every one as text when the cell is formatted as Text (@) or the string has a quote prefix", async () => {
    for (const c of TYPED_INPUT_CASES) {
      expect(await written(c.text, c.locale, "@")).toEqual({ value: c.text, type: "String" });
      expect(await written(`'${c.text}`, c.locale)).toEqual({ value: c.text, type: "String" });
    }
  });

  it("makes a formula of text that starts with + or - and is not a number (Range.values docs)", async () => {
    const host = createHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["-Acme", "+1+1"]];
      await context.sync();
    });
    expect(host.cell("Sheet1", "A1").formula).toBe("=-Acme");
    expect(host.cell("Sheet1", "B1")).toMatchObject({ formula: "=+1+1", value: 2 });
  });
});
