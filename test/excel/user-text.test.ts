/**
 * User text written by the product stays text exactly as typed, for every string of the documented
 * typed-input table (test/host/typed-input-cases.ts), in en-US and zh-CN; plan cells that are numbers or
 * booleans stay numbers and booleans.
 */
import { applyPlan } from "../../src/excel/apply-plan";
import { SheetPlan } from "../../src/reports";
import { createHost } from "../host";
import { sheetPlan } from "./sheet-plan";
import type { InputLocale } from "../host/typed-input";
import { CASES_YEAR, KEPT_AS_TEXT, TYPED_INPUT_CASES } from "../host/typed-input-cases";

const HOSTILE = ['=HYPERLINK("http://x","y")', "-Acme", "+1", "@foo", "'quoted", "  TRUE  ", "#REF!"];

function plan(texts: readonly string[]): SheetPlan {
  return sheetPlan({
    sheetName: "Report",
    blocks: [
      {
        id: "names",
        at: "B2",
        // Each row: the user's text, then product numbers that must stay numbers (a date serial, a score, a flag).
        cells: texts.map((t, i) => [t, 45356 + i, i / 7, i % 2 === 0]),
        numberFormat: ["General", "yyyy-mm-dd", "0.0", "General"],
      },
    ],
  });
}

describe.each(["en-US", "zh-CN"] as InputLocale[])("text written in a %s Excel", (locale) => {
  const texts = [
    ...TYPED_INPUT_CASES.filter((c) => (c.locale ?? "en-US") === "en-US" || c.locale === locale).map((c) => c.text),
    ...KEPT_AS_TEXT.map((c) => c.text),
    ...HOSTILE,
  ];

  it("holds exactly the text as typed, as text, and never a formula", async () => {
    const host = createHost({ locale, year: CASES_YEAR });
    await applyPlan(host.run, plan(texts));
    const n = texts.length;
    const names = host.values("Report", `B2:B${n + 1}`).map((r) => r[0]);
    expect(names).toEqual(texts);
    texts.forEach((_, i) => expect(host.cell("Report", `B${i + 2}`).formula).toBeNull());
  });

  it("keeps the plan's numbers and booleans as numbers and booleans", async () => {
    const host = createHost({ locale, year: CASES_YEAR });
    await applyPlan(host.run, plan(texts));
    const rows = host.values("Report", `C2:E${texts.length + 1}`);
    rows.forEach((r, i) => expect(r).toEqual([45356 + i, i / 7, i % 2 === 0]));
    expect(host.text("Report", "C2:C2")).toEqual([["2024-03-05"]]);
  });
});
