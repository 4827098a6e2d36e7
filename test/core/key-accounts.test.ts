/** DOMAIN.md §10: key accounts are tiers A and B after approved overrides, plus the top-X% flags of §3. */
import { AccountRecord, AssignmentRecord } from "../../src/core/dataset";
import { keyAccounts } from "../../src/core/key-accounts";
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { Tier } from "../../src/core/tiers";
import { smallDataset } from "./fixtures";

const account = (row: number, name: string, owner: string | null = null) =>
  ({ row, key: name, id: null, name, owner }) as AccountRecord;
const assignment = (row: number, accountIndex: number, rep: string, teamType: string, role = "Primary") =>
  ({ row, account: accountIndex, rep, team: null, teamType, role, credit: 1 }) as AssignmentRecord;

describe("key accounts", () => {
  it("takes approved overrides and the top-X% flag from the tiering of the small fixture", () => {
    // Worked by hand (DOMAIN.md §3–§4, default model): cuts P50/P80 give Alpha H/H = A; Beta M/L = D but
    // approved manual A; Gamma L/M = D with a pending manual B (not applied); Delta L/L = D. Scores:
    // Alpha 0.4×100 + 0.3×100 = 70, Beta 0.4×66.7 + 0.3×33.3 = 36.7; top 20% of 4 = 1 row: Alpha.
    const data = smallDataset();
    const tiering = tierAccounts(data.accounts, defaultModel());
    const keys = keyAccounts(data.accounts, tiering, data.assignments);
    expect(keys.map((k) => [k.name, k.tier, k.byTier, k.byTopPercent, k.owner])).toEqual([
      ["Alpha", "A", true, true, "Wang"],
      ["Beta", "A", true, false, "Wang"],
    ]);
    expect(keys[0].score).toBeCloseTo(70, 10);
  });

  it("adds top-X% accounts of lower or no tier after A and B, orders by score, and picks the owner", () => {
    const accounts = [
      account(2, "C top", "Own C"),
      account(3, "B low"),
      account(4, "A", "Account owner A"),
      account(5, "D plain"),
      account(6, "No tier top"),
      account(7, "B high", "Owner B"),
    ];
    const tiers: (Tier | null)[] = ["C", "B", "A", "D", null, "B"];
    const tiering = {
      tiers,
      keyAccount: Int8Array.from([1, 0, 0, 0, 1, 0]),
      score: Float64Array.from([90, 10, 50, 99, NaN, 40]),
    };
    const assignments = [
      assignment(9, 2, "Later KA rep", "KeyAccount"),
      assignment(8, 2, "First KA rep", "KeyAccount"),
      assignment(10, 1, "Territory rep", "Territory"),
      assignment(11, 5, "Overlay KA", "KeyAccount", "Overlay"),
    ];
    const keys = keyAccounts(accounts, tiering, assignments);
    expect(keys.map((k) => [k.name, k.tier, k.owner])).toEqual([
      ["A", "A", "First KA rep"],
      ["B high", "B", "Owner B"],
      ["B low", "B", null],
      ["C top", "C", "Own C"],
      ["No tier top", null, null],
    ]);
  });
});
