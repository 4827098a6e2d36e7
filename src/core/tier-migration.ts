import { AccountRecord } from "./dataset";
import { Tier, TIERS } from "./tiers";

export interface TierMove {
  /** Index into the accounts. */
  account: number;
  name: string;
  from: Tier;
  to: Tier;
}

export interface TierMigration {
  /** matrix[from][to]: accounts by previous tier (rows A–D) and current tier (columns A–D). */
  matrix: number[][];
  /** Per current tier, accounts with no previous tier (new), and per previous tier, those now off the grid (removed). */
  added: number[];
  removed: number[];
  /** Accounts moving to a better tier (D → C …), then to a worse one, largest moves first. */
  upgrades: TierMove[];
  downgrades: TierMove[];
  /** Accounts with neither tier. */
  untiered: number;
}

/**
 * Tier migration (DOMAIN.md §9, ESP step 7): from the previous-tier column and the tiers in force now, a
 * from × to matrix A–D, the accounts new to a tier (no previous tier) and removed from one (no tier now),
 * and the lists of upgrades (towards A) and downgrades.
 */
export function tierMigration(accounts: readonly AccountRecord[], tiers: readonly (Tier | null)[]): TierMigration {
  const matrix = TIERS.map(() => TIERS.map(() => 0));
  const added = TIERS.map(() => 0);
  const removed = TIERS.map(() => 0);
  const upgrades: TierMove[] = [];
  const downgrades: TierMove[] = [];
  let untiered = 0;
  accounts.forEach((a, i) => {
    const from = a.previousTier ? TIERS.indexOf(a.previousTier) : -1;
    const to = tiers[i] ? TIERS.indexOf(tiers[i] as Tier) : -1;
    if (from < 0 && to < 0) untiered++;
    else if (from < 0) added[to]++;
    else if (to < 0) removed[from]++;
    else {
      matrix[from][to]++;
      const move = { account: i, name: a.name, from: TIERS[from], to: TIERS[to] };
      if (to < from) upgrades.push(move);
      if (to > from) downgrades.push(move);
    }
  });
  const size = (m: TierMove) => Math.abs(TIERS.indexOf(m.to) - TIERS.indexOf(m.from));
  const order = (a: TierMove, b: TierMove) => size(b) - size(a) || a.account - b.account;
  return { matrix, added, removed, upgrades: upgrades.sort(order), downgrades: downgrades.sort(order), untiered };
}
