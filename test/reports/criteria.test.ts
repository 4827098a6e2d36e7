// COUNTIFS/SUMIFS criteria for user text (rep names, segment labels) that match only that text in Excel.
import { exactCriterion, textCriterion } from "../../src/reports/sources";

describe("exactCriterion", () => {
  it("quotes plain text, doubling quotes and escaping wildcards", () => {
    expect(exactCriterion("Acme")).toBe('"Acme"');
    expect(exactCriterion('Say "hi"')).toBe('"Say ""hi"""');
    expect(exactCriterion("A*B?C~")).toBe('"A~*B~?C~~"');
    expect(exactCriterion("")).toBe('""');
  });

  it("puts = first when the text starts with an operator, so it is not read as one", () => {
    expect(exactCriterion('=HYPERLINK("x")')).toBe('"==HYPERLINK(""x"")"');
    expect(exactCriterion("<none>")).toBe('"=<none>"');
    expect(exactCriterion(">5")).toBe('"=>5"');
    expect(exactCriterion("+1")).toBe('"+1"');
  });

  it("cuts text longer than a criterion may be (255) to a prefix and *, never inside an escape or a pair", () => {
    const long = "x".repeat(5000);
    expect(exactCriterion(long)).toBe(`"${"x".repeat(254)}*"`);
    // The 254th character would be the ~ of an escaped *: the cut goes before it.
    const escaped = exactCriterion(`${"x".repeat(253)}*${"y".repeat(10)}`);
    expect(escaped).toBe(`"${"x".repeat(253)}*"`);
    const emoji = exactCriterion(`${"x".repeat(253)}🚀${"y".repeat(10)}`);
    expect(emoji).toBe(`"${"x".repeat(253)}*"`);
    expect(exactCriterion(`=${"x".repeat(300)}`)).toHaveLength(257); // quotes + 254 + *
  });
});

describe("textCriterion", () => {
  it("uses the cell holding the text when the text matches only itself, else the exact criterion", () => {
    expect(textCriterion("Mia Lewis", "B5")).toBe("B5");
    expect(textCriterion("王磊", "B6")).toBe("B6");
    expect(textCriterion("=x", "B7")).toBe('"==x"');
    expect(textCriterion("Li*", "B8")).toBe('"Li~*"');
    expect(textCriterion("", "B9")).toBe('""');
    expect(textCriterion("y".repeat(256), "B10")).toBe(`"${"y".repeat(254)}*"`);
  });
});
