/** DOMAIN.md §9 tier migration: from × to matrix A–D, new and removed, upgrades and downgrades, by hand. */
import { buildDataset } from "../../src/core/dataset";
import { parseTable } from "../../src/core/parse-table";
import { Tier } from "../../src/core/tiers";
import { tierMigration } from "../../src/core/tier-migration";

describe("tier migration (DOMAIN.md §9)", () => {
  it("reads a Previous Tier column (上期分级) and tabulates the moves against the tiers now", () => {
    const accounts = parseTable("accounts", {
      sheet: "Accounts",
      values: [
        ["客户名称", "贡献度", "潜在价值", "上期分级"],
        ["Acme", 10, 10, "A"],
        ["Bolt", 10, 10, "C"],
        ["Core", 10, 10, "b"],
        ["Delta", 10, 10, ""],
        ["Echo", 10, 10, "D"],
        ["Fox", 10, 10, "B"],
        ["Golf", 10, 10, "Z"], // not a tier: blanked with a warning, the account is kept
      ],
    });
    expect(accounts.warnings.map((w) => [w.address, w.code])).toEqual([["D8", "notATier"]]);
    const ds = buildDataset({ accounts });
    expect(ds.accounts.map((a) => a.previousTier ?? null)).toEqual(["A", "C", "B", null, "D", "B", null]);
    const now: (Tier | null)[] = ["A", "A", "D", "B", "B", null, null];
    const m = tierMigration(ds.accounts, now);
    expect(m.matrix).toEqual([
      [1, 0, 0, 0], // A → A (Acme)
      [0, 0, 0, 1], // B → D (Core)
      [1, 0, 0, 0], // C → A (Bolt)
      [0, 1, 0, 0], // D → B (Echo)
    ]);
    expect(m.added).toEqual([0, 1, 0, 0]); // Delta is new in B
    expect(m.removed).toEqual([0, 1, 0, 0]); // Fox had B and has no tier now
    expect(m.untiered).toBe(1); // Golf
    expect(m.upgrades.map((u) => [u.name, u.from, u.to])).toEqual([
      ["Bolt", "C", "A"],
      ["Echo", "D", "B"],
    ]);
    expect(m.downgrades.map((u) => [u.name, u.from, u.to])).toEqual([["Core", "B", "D"]]);
  });
});
