// Names for the sheets, tables and columns Ninegrid creates: never one a user already has.
import { foldText } from "../../src/core/cells";
import { freeHeader, freeSheetName, freeTableName } from "../../src/excel/names";

describe("freeSheetName", () => {
  it("keeps a free name, else numbers it, ignoring case", () => {
    expect(freeSheetName("Nine-Grid", new Set(["accounts"]))).toBe("Nine-Grid");
    expect(freeSheetName("Nine-Grid", new Set(["nine-grid", "nine-grid (2)"]))).toBe("Nine-Grid (3)");
  });

  it("stays within Excel's 31 characters, cutting the name before the number", () => {
    const long = "Quota Review for the Western Region";
    expect(freeSheetName(long, new Set())).toBe("Quota Review for the Western Re");
    const numbered = freeSheetName(long, new Set(["quota review for the western re"]));
    expect(numbered).toBe("Quota Review for the Wester (2)");
    expect(numbered).toHaveLength(31);
  });
});

describe("freeTableName", () => {
  it("appends a number without space or brackets, as Excel's Table2 does", () => {
    expect(freeTableName("Accounts", new Set())).toBe("Accounts");
    expect(freeTableName("Accounts", new Set(["accounts"]))).toBe("Accounts2");
  });
});

describe("freeHeader", () => {
  it("numbers a header the table already has, however it is spelled", () => {
    const folded = (...h: string[]) => new Set(h.map(foldText));
    const taken = folded("Score", "Tier");
    expect(freeHeader("Key account", taken)).toBe("Key account");
    expect(freeHeader("Score", taken)).toBe("Score (2)");
    expect(freeHeader("SCORE", folded("score", "Ｓｃｏｒｅ  (2)"))).toBe("SCORE (3)");
  });
});
