import { foldText } from "./cells";
import {
  AccountCoverage,
  coverageByAccount,
  CoverageStatus,
  DEFAULT_REP_LOAD,
  RepLoad,
  RepLoadRules,
  repLoads,
  TEAM_TYPES,
  TeamType,
} from "./coverage";
import { Dataset } from "./dataset";
import { Tier, TIERS } from "./tiers";

export interface CoverageMatrix {
  /** Per account: flags and status (DOMAIN.md §5). */
  accounts: AccountCoverage[];
  /** Per account and team type, the reps assigned (primaries and overlays), for the matrix cells. */
  repsByTeamType: Record<TeamType, string[]>[];
  /** Account indices in display order: by tier (A first, untiered last), then industry, then name. */
  order: number[];
  /** Count of accounts with at least one assignment of each team type, per tier. */
  tierByTeamType: Record<Tier | "none", Record<TeamType, number>>;
  repLoads: RepLoad[];
  /**
   * Accounts per status (one status each, DOMAIN.md §12), as the sheet's Status column counts them, and
   * the reps with at least one rep-load violation.
   */
  totals: {
    uncovered: number;
    conflict: number;
    unnamedKeyAccount: number;
    overServed: number;
    repLoadViolations: number;
  };
}

/**
 * The coverage model of DOMAIN.md §5 over a dataset and its tiers: flags per account, the reps per
 * team type, accounts grouped by tier then industry, a tier × team-type summary and rep loads.
 */
export function coverageMatrix(
  data: Dataset,
  tiers: readonly (Tier | null)[],
  rules: RepLoadRules = DEFAULT_REP_LOAD,
): CoverageMatrix {
  const n = data.accounts.length;
  const accounts = coverageByAccount(n, data.assignments, tiers);
  const repsByTeamType = Array.from(
    { length: n },
    () => Object.fromEntries(TEAM_TYPES.map((t) => [t, [] as string[]])) as Record<TeamType, string[]>,
  );
  for (const a of data.assignments) {
    const list = repsByTeamType[a.account][a.teamType];
    if (!list.some((r) => foldText(r) === foldText(a.rep))) list.push(a.rep);
  }
  const tierRank = (t: Tier | null) => (t ? TIERS.indexOf(t) : TIERS.length);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (x, y) =>
      tierRank(tiers[x]) - tierRank(tiers[y]) ||
      (data.accounts[x].industry ?? "").localeCompare(data.accounts[y].industry ?? "") ||
      data.accounts[x].name.localeCompare(data.accounts[y].name),
  );
  const tierByTeamType = Object.fromEntries(
    [...TIERS, "none"].map((t) => [t, Object.fromEntries(TEAM_TYPES.map((tt) => [tt, 0]))]),
  ) as CoverageMatrix["tierByTeamType"];
  repsByTeamType.forEach((byType, i) => {
    for (const tt of TEAM_TYPES) if (byType[tt].length) tierByTeamType[tiers[i] ?? "none"][tt]++;
  });
  const loads = repLoads(accounts, tiers, rules);
  // DOMAIN.md §12: every count uses the one status per account, so the pane, the sheet and KAM.COVERAGE agree.
  const count = (status: CoverageStatus) => accounts.filter((c) => c.status === status).length;
  return {
    accounts, repsByTeamType, order, tierByTeamType, repLoads: loads,
    totals: { uncovered: count("Uncovered"), conflict: count("Conflict"), unnamedKeyAccount: count("Unnamed key account"), overServed: count("Over-served"), repLoadViolations: loads.filter((l) => l.violations.length).length },
  }; // prettier-ignore
}
