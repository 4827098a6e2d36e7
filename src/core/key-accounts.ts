import { AccountRecord, AssignmentRecord } from "./dataset";
import { TieringResult } from "./tiering";
import { Tier } from "./tiers";

/** One key account of DOMAIN.md §10, with what the plan tables are prefilled with. */
export interface KeyAccount {
  /** Index into the dataset's accounts. */
  account: number;
  name: string;
  /** Tier in force (approved overrides applied), or null when the account has no tier. */
  tier: Tier | null;
  /** Key because its tier is A or B. */
  byTier: boolean;
  /** Key because it is in its segment's top X% by score (DOMAIN.md §3). */
  byTopPercent: boolean;
  /** The Key-Account primary rep (DOMAIN.md §5), else the account owner (§2.1), else null. */
  owner: string | null;
  score: number;
}

const TIER_ORDER: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };

/** The first Key-Account primary rep of each account, by assignment row. */
function keyAccountReps(assignments: readonly AssignmentRecord[]): Map<number, string> {
  const reps = new Map<number, string>();
  const sorted = [...assignments].sort((a, b) => a.row - b.row);
  for (const a of sorted)
    if (a.teamType === "KeyAccount" && a.role === "Primary" && !reps.has(a.account)) reps.set(a.account, a.rep);
  return reps;
}

/**
 * The key accounts of DOMAIN.md §10: tiers A and B after approved overrides, plus the top-X% flags of
 * §3, each once, ordered by tier (A, B, then top-X% accounts of lower or no tier), then by score
 * (highest first), then by account row. The owner is the Key-Account primary rep when there is one (a
 * conflict's first by row), else the account's own owner.
 */
export function keyAccounts(
  accounts: readonly AccountRecord[],
  tiering: Pick<TieringResult, "tiers" | "keyAccount" | "score">,
  assignments: readonly AssignmentRecord[] = [],
): KeyAccount[] {
  const reps = keyAccountReps(assignments);
  const out: KeyAccount[] = [];
  accounts.forEach((a, i) => {
    const tier = tiering.tiers[i] ?? null;
    const byTier = tier === "A" || tier === "B";
    const byTopPercent = tiering.keyAccount[i] === 1;
    if (!byTier && !byTopPercent) return;
    const score = tiering.score[i];
    out.push({ account: i, name: a.name, tier, byTier, byTopPercent, owner: reps.get(i) ?? a.owner ?? null, score });
  });
  const rank = (k: KeyAccount) => (k.tier === null ? 4 : TIER_ORDER[k.tier]);
  const scoreOf = (k: KeyAccount) => (Number.isFinite(k.score) ? k.score : -Infinity);
  return out.sort(
    (x, y) => rank(x) - rank(y) || scoreOf(y) - scoreOf(x) || accounts[x.account].row - accounts[y.account].row,
  );
}
