import { cellText, CellValue, foldText, isBlank } from "./cells";
import { Tier } from "./tiers";

export type TeamType = "Territory" | "KeyAccount" | "Solution" | "Partner";
export type Role = "Primary" | "Overlay";
export const TEAM_TYPES: readonly TeamType[] = ["Territory", "KeyAccount", "Solution", "Partner"];

// A Map, not an object literal: "constructor" or "__proto__" must never be a team type (DOMAIN.md §8).
const TEAM_WORDS: ReadonlyMap<string, TeamType> = new Map(Object.entries({
  territory: "Territory", region: "Territory", regional: "Territory", 地区销售: "Territory", 区域销售: "Territory",
  keyaccount: "KeyAccount", ka: "KeyAccount", namedaccount: "KeyAccount", 大客户销售: "KeyAccount", 大客户: "KeyAccount",
  solution: "Solution", 方案销售: "Solution", 解决方案: "Solution",
  partner: "Partner", channel: "Partner", 合作伙伴: "Partner", 渠道: "Partner",
} as Record<string, TeamType>)); // prettier-ignore

/** Reads a team type (DOMAIN.md §2 Assignments), English or Chinese; null when unknown. */
export function readTeamType(v: CellValue): TeamType | null {
  return TEAM_WORDS.get(foldText(cellText(v))) ?? null;
}

/** Reads a role; blank defaults by team type (Territory, KeyAccount → Primary; Solution, Partner → Overlay). */
export function readRole(v: CellValue, teamType: TeamType): Role | null {
  if (isBlank(v)) return teamType === "Territory" || teamType === "KeyAccount" ? "Primary" : "Overlay";
  const w = foldText(cellText(v));
  if (w === "primary" || w === "主" || w === "主责" || w === "主要") return "Primary";
  if (w === "overlay" || w === "辅" || w === "协同" || w === "支持") return "Overlay";
  return null;
}

export interface Assignment {
  /** Index of the account in the account list this assignment covers. */
  account: number;
  rep: string;
  teamType: TeamType;
  role: Role;
  team?: string | null;
  credit?: number;
}

export type CoverageStatus = "Covered" | "Uncovered" | "Conflict" | "Unnamed key account" | "Over-served";
/** Every status, most severe first: an account with several flags shows the first (DOMAIN.md §12). */
export const COVERAGE_STATUSES: readonly CoverageStatus[] = [
  "Uncovered",
  "Conflict",
  "Unnamed key account",
  "Over-served",
  "Covered",
];

export interface AccountCoverage {
  /** Distinct reps holding a primary assignment. */
  primaryReps: string[];
  /** Distinct reps holding a Key-Account primary assignment (the account's named rep(s)). */
  keyAccountReps: string[];
  uncovered: boolean;
  conflict: boolean;
  unnamedKeyAccount: boolean;
  overServed: boolean;
  /** One status per account, most severe flag first: Uncovered, Conflict, Unnamed key account, Over-served, Covered. */
  status: CoverageStatus;
}

/**
 * Coverage flags per account (DOMAIN.md §5, CCM): uncovered (no primary), conflict (two or more
 * primary reps), unnamed key account (tier A or B without a Key-Account primary) and over-served
 * (tier D with a Key-Account primary). Overlays never make an account covered on their own.
 */
export function coverageByAccount(
  accountCount: number,
  assignments: readonly Assignment[],
  tiers?: readonly (Tier | null)[],
): AccountCoverage[] {
  const primary: Set<string>[] = Array.from({ length: accountCount }, () => new Set());
  const keyAccount: Set<string>[] = Array.from({ length: accountCount }, () => new Set());
  for (const a of assignments) {
    if (a.role !== "Primary") continue;
    const rep = foldText(a.rep);
    primary[a.account].add(rep);
    if (a.teamType === "KeyAccount") keyAccount[a.account].add(rep);
  }
  const repLabel = new Map(assignments.map((a) => [foldText(a.rep), a.rep]));
  return primary.map((reps, i) => {
    const tier = tiers?.[i] ?? null;
    const ka = keyAccount[i];
    const uncovered = reps.size === 0;
    const conflict = reps.size >= 2;
    const unnamedKeyAccount = (tier === "A" || tier === "B") && ka.size === 0;
    const overServed = tier === "D" && ka.size > 0;
    const status: CoverageStatus = uncovered
      ? "Uncovered"
      : conflict
        ? "Conflict"
        : unnamedKeyAccount
          ? "Unnamed key account"
          : overServed
            ? "Over-served"
            : "Covered";
    const label = (set: Set<string>) => [...set].map((r) => repLabel.get(r) ?? r);
    return {
      primaryReps: label(reps),
      keyAccountReps: label(ka),
      uncovered,
      conflict,
      unnamedKeyAccount,
      overServed,
      status,
    };
  });
}

export interface RepLoadRules {
  minNamed: number;
  maxNamed: number;
  /** Whether a tier-A account needs a dedicated rep (default true). */
  dedicatedTierA?: boolean;
}
export const DEFAULT_REP_LOAD: RepLoadRules = { minNamed: 2, maxNamed: 10 };

export interface RepLoad {
  rep: string;
  named: number;
  tierA: number;
  violations: string[];
}

/**
 * Key-Account rep load (DOMAIN.md §5): each rep should own between minNamed and maxNamed named
 * accounts, and (unless `dedicatedTierA` is false) a tier-A account needs a dedicated rep who owns no
 * other tier-A account.
 */
export function repLoads(
  coverage: readonly AccountCoverage[],
  tiers: readonly (Tier | null)[] | undefined,
  rules: RepLoadRules = DEFAULT_REP_LOAD,
): RepLoad[] {
  const loads = new Map<string, RepLoad>();
  coverage.forEach((c, i) => {
    for (const rep of c.keyAccountReps) {
      const key = foldText(rep);
      let load = loads.get(key);
      if (!load) loads.set(key, (load = { rep, named: 0, tierA: 0, violations: [] }));
      load.named++;
      if (tiers?.[i] === "A") load.tierA++;
    }
  });
  for (const load of loads.values()) {
    if (load.named < rules.minNamed)
      load.violations.push(
        `owns ${load.named} named account${load.named === 1 ? "" : "s"}, fewer than ${rules.minNamed}`,
      );
    if (load.named > rules.maxNamed)
      load.violations.push(`owns ${load.named} named accounts, more than ${rules.maxNamed}`);
    if (load.tierA > 1 && rules.dedicatedTierA !== false)
      load.violations.push(`owns ${load.tierA} tier-A accounts; each needs a dedicated rep`);
  }
  return [...loads.values()].sort((a, b) => a.rep.localeCompare(b.rep));
}
