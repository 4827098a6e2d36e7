/** labelCriterion: plain labels through their cell, any other as "=text" with wildcards escaped, checked in the host. */
import { ambiguousLabels, labelCriterion } from "../../src/reports/label-criterion";
import { createHost } from "../host";

const NAMES = [
  '"quoted" <x>',
  "a<b",
  ">5",
  "🚀 Rocket *?~",
  "=cmd|' /C calc'!A0",
  "[#Totals]",
  "O'Brien",
  "华东大区 客户",
  "A*",
];

describe("labelCriterion", () => {
  it("plain labels use their cell; others are written out with a leading = and escaped wildcards", () => {
    expect(labelCriterion("O'Brien", "B9")).toBe("B9");
    expect(labelCriterion("华东大区 客户", "B9")).toBe("B9");
    expect(labelCriterion("a<b", "B9")).toBe('"=a<b"');
    expect(labelCriterion('"q"', "B9")).toBe('"=""q"""');
    expect(labelCriterion("A*", "B9")).toBe('"=A~*"');
    expect(labelCriterion("x".repeat(300), "B9")).toMatch(/^"x{254}\*"$/);
  });

  it("each label's SUMIFS sums exactly its own row in the host (no wildcard or operator reading)", () => {
    const cells = NAMES.map((n, i) => [`'${n}`, 10 ** i, `=SUMIFS(B1:B9,A1:A9,${labelCriterion(n, `A${i + 1}`)})`]);
    cells.push(["'AB", 0.5, ""]); // "A*" must not match it
    const host = createHost({ workbook: { sheets: [{ name: "S", cells }] } });
    expect(host.values("S", "C1:C9").map((r) => r[0])).toEqual(NAMES.map((_, i) => 10 ** i));
  });

  it("ambiguousLabels: equal ignoring case, or too long and alike, cannot be told apart by a criterion", () => {
    const long = "x".repeat(300);
    expect([...ambiguousLabels(["Wang", "WANG", "Lee", `${long}a`, `${long}b`, "x".repeat(250)])].sort()).toEqual(
      ["Wang", "WANG", `${long}a`, `${long}b`].sort(),
    );
    expect(ambiguousLabels(["East", "West"]).size).toBe(0);
  });
});
