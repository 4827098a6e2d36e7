// Names for the sheets, tables and columns Ninegrid creates: never one a user already has.
import { foldText } from "../../src/core/cells";
import { freeHeader, freeSheetName, freeTableName } from "../../src/excel/names";
import { createHost } from "../host";

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

  it("never cuts an emoji in half, and never gives Excel's reserved name History", async () => {
    const rocket = "Pipeline review 2026 Q4 go go🚀"; // the rocket is units 30 and 31
    expect(freeSheetName(rocket, new Set())).toBe(rocket);
    const longer = "Pipeline review 2026 Q4 go go 🚀🚀";
    expect(freeSheetName(longer, new Set())).toBe("Pipeline review 2026 Q4 go go ");
    expect(freeSheetName(rocket, new Set([rocket.toLowerCase()]))).toBe("Pipeline review 2026 Q4 go (2)");
    expect(freeSheetName("Pipeline review 2026 Q4 🚀🚀🚀", new Set(["pipeline review 2026 q4 🚀🚀🚀"]))).toBe(
      "Pipeline review 2026 Q4 🚀 (2)",
    );
    expect(freeSheetName("History", new Set())).toBe("History (2)");
    expect(freeSheetName("HISTORY", new Set(["history (2)"]))).toBe("HISTORY (3)");
    // The host refuses what Excel refuses, so a cut emoji cannot pass a test through it.
    const host = createHost();
    const add = (name: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(add("Pipeline review 🚀".slice(0, 17))).rejects.toThrow(/incorrect format/);
    await expect(add("History")).rejects.toThrow(/incorrect format/);
    await add(freeSheetName(longer, new Set()));
    expect(host.sheetNames()).toContain("Pipeline review 2026 Q4 go go ");
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
