import { z } from "zod";
import { foldText } from "./cells";
import { Dataset, OpportunityRecord } from "./dataset";
import { weightedAmount } from "./pipeline";
import { OPEN, StageDef } from "./stages";
import { Tier } from "./tiers";

/** Options of the key-projects report (DOMAIN.md §11), stored with the workbook. */
export const keyProjectOptionsSchema = z.object({
  /** Account tiers (after approved overrides) whose open deals are key projects. */
  tiers: z.array(z.enum(["A", "B", "C", "D"])).default(["A", "B"]),
  /** Project classes that make a deal a key project, matched ignoring case and width. */
  classes: z.array(z.string()).default(["A", "B"]),
  /** An open deal with at least this amount is a key project; null turns the rule off. */
  minAmount: z.number().finite().min(0).nullable().default(null),
  /** Weighted amounts by the stage's probability or the row's own (DOMAIN.md §6). */
  weightBy: z.enum(["stage", "row"]).default("stage"),
});
export type KeyProjectOptions = z.infer<typeof keyProjectOptionsSchema>;

/** Why a deal is a key project (DOMAIN.md §11): its account's tier, its project class, or its amount. */
export type KeyProjectRule = "tier" | "projectClass" | "amount";

export interface KeyProject {
  /** Index into Dataset.opportunities, and its worksheet row. */
  opportunity: number;
  row: number;
  id: string | null;
  name: string | null;
  account: string;
  tier: Tier | null;
  /** The tier is an approved manual override (DOMAIN.md §4). */
  tierOverridden: boolean;
  owner: string | null;
  stage: string;
  amount: number;
  weighted: number;
  /** The probability the weighted amount used, and whether it was the row's own. */
  probability: number;
  probabilityFrom: "stage" | "row";
  expectedClose: number | null;
  /** Days since the deal entered its stage (or was created) as of the report date; null without a date. */
  daysInStage: number | null;
  ageFrom: "stageEntered" | "created" | null;
  stalled: boolean;
  stallDays: number;
  projectClass: string | null;
  nextStep: string | null;
  /** Every rule the deal meets, in the order tier, project class, amount. */
  reasons: KeyProjectRule[];
}

export interface KeyProjectsResult {
  projects: KeyProject[];
  totals: { count: number; amount: number; weighted: number; stalled: number };
  /** How many deals each rule takes in (a deal meeting two rules counts under both). */
  byRule: Record<KeyProjectRule, number>;
  options: KeyProjectOptions;
  asOf: number;
}

/** The tier in force and whether it is an override, per account (from tierAccounts). */
export interface TierLookup {
  tiers: readonly (Tier | null)[];
  overridden: readonly boolean[];
}

function rulesMet(o: OpportunityRecord, tier: Tier | null, opts: KeyProjectOptions, classes: Set<string>) {
  const reasons: KeyProjectRule[] = [];
  if (tier !== null && opts.tiers.includes(tier)) reasons.push("tier");
  if (o.projectClass !== null && classes.has(foldText(o.projectClass))) reasons.push("projectClass");
  if (opts.minAmount !== null && o.amount >= opts.minAmount) reasons.push("amount");
  return reasons;
}

function keyProjectOf(
  i: number,
  data: Dataset,
  stages: readonly StageDef[],
  tiering: TierLookup,
  opts: KeyProjectOptions,
  asOf: number,
): Omit<KeyProject, "reasons"> {
  const o = data.opportunities[i];
  const stage = stages[o.stage];
  const rowProbability = opts.weightBy === "row" && o.probability != null;
  const probability = rowProbability ? (o.probability as number) : stage.probability;
  const since = o.stageEntered ?? o.created;
  const daysInStage = since === null ? null : asOf - since;
  return {
    opportunity: i,
    row: o.row,
    id: o.id,
    name: o.name ?? null,
    account: o.account >= 0 ? data.accounts[o.account].name : o.accountText,
    tier: o.account >= 0 ? tiering.tiers[o.account] : null,
    tierOverridden: o.account >= 0 && tiering.overridden[o.account],
    owner: o.owner,
    stage: stage.name,
    amount: o.amount,
    weighted: weightedAmount(o.amount, OPEN, probability),
    probability,
    probabilityFrom: rowProbability ? "row" : "stage",
    expectedClose: o.expectedClose,
    daysInStage,
    ageFrom: o.stageEntered !== null ? "stageEntered" : o.created !== null ? "created" : null,
    stalled: daysInStage !== null && daysInStage > stage.stallDays,
    stallDays: stage.stallDays,
    projectClass: o.projectClass,
    nextStep: o.nextStep ?? null,
  };
}

/**
 * Key projects (DOMAIN.md §11, 重点跟踪项目): open opportunities on accounts of tier A or B after approved
 * overrides, of project class A or B, or of at least `minAmount`, each with the rules it meets, its
 * weighted amount (DOMAIN.md §6), days in stage and stalled flag as of `asOf`; sorted by weighted amount,
 * largest first (then amount, then worksheet row).
 */
export function keyProjects(
  data: Dataset,
  stages: readonly StageDef[],
  tiering: TierLookup,
  asOf: number,
  options: Partial<KeyProjectOptions> = {},
): KeyProjectsResult {
  const opts = keyProjectOptionsSchema.parse(options);
  const classes = new Set(opts.classes.map(foldText));
  const projects: KeyProject[] = [];
  const byRule: Record<KeyProjectRule, number> = { tier: 0, projectClass: 0, amount: 0 };
  data.opportunities.forEach((o, i) => {
    if (o.status !== OPEN || o.stage < 0) return;
    const tier = o.account >= 0 ? tiering.tiers[o.account] : null;
    const reasons = rulesMet(o, tier, opts, classes);
    if (!reasons.length) return;
    for (const r of reasons) byRule[r]++;
    projects.push({ ...keyProjectOf(i, data, stages, tiering, opts, asOf), reasons });
  });
  projects.sort((a, b) => b.weighted - a.weighted || b.amount - a.amount || a.row - b.row);
  const totals = { count: projects.length, amount: 0, weighted: 0, stalled: 0 };
  for (const p of projects) {
    totals.amount += p.amount;
    totals.weighted += p.weighted;
    if (p.stalled) totals.stalled++;
  }
  return { projects, totals, byRule, options: opts, asOf };
}
