import { foldText } from "./cells";
import { Dataset, OpportunityRecord } from "./dataset";
import {
  PeriodBucket,
  periodBucket,
  PERIOD_BUCKETS,
  PeriodLength,
  PipelineColumns,
  PipelineStats,
  pipelineStatsByGroup,
  weightedAmount,
} from "./pipeline";
import { OPEN, StageDef } from "./stages";
import { Tier } from "./tiers";

export type SplitDimension = "none" | "region" | "tier" | "owner" | "projectClass";

export interface StalledOpportunity {
  opportunity: number;
  stage: string;
  ageDays: number;
  limitDays: number;
}

export interface PipelineReport {
  overall: PipelineStats;
  split: { dimension: SplitDimension; groups: { label: string; stats: PipelineStats }[] };
  buckets: Record<PeriodBucket, { count: number; amount: number; weighted: number }>;
  /** Open opportunities older than their stage's limit, oldest first. */
  stalled: StalledOpportunity[];
  asOf: number;
  /**
   * The probability the weighted amounts used (DOMAIN.md §6 "Row probability"): by stage, one weighted
   * amount is count × probability; by row, it is a sum over rows that only the core can give.
   */
  weightBy: WeightBy;
}

/** What the weighted amount uses: the stage's probability, or the row's own where it has one (DOMAIN.md §6). */
export type WeightBy = "stage" | "row";

/** The columns pipelineStatsByGroup reads, built once from the opportunity records. */
export function pipelineColumns(opps: readonly OpportunityRecord[], weightBy: WeightBy = "stage"): PipelineColumns {
  return {
    stage: Int32Array.from(opps, (o) => o.stage),
    status: Int8Array.from(opps, (o) => o.status),
    amount: Float64Array.from(opps, (o) => o.amount),
    since: Float64Array.from(opps, (o) => o.stageEntered ?? o.created ?? NaN),
    ...(weightBy === "row" ? { probability: Float64Array.from(opps, (o) => o.probability ?? NaN) } : {}),
  };
}

function splitKey(o: OpportunityRecord, dim: SplitDimension, data: Dataset, tiers: readonly (Tier | null)[]): string {
  switch (dim) {
    case "none":
      return "All";
    case "region":
      return o.region ?? (o.account >= 0 ? data.accounts[o.account].region : null) ?? "(none)";
    case "tier":
      return (o.account >= 0 ? tiers[o.account] : null) ?? "(none)";
    case "owner":
      return o.owner ?? "(none)";
    case "projectClass":
      return o.projectClass ?? "(none)";
  }
}

export interface PipelineOptions {
  asOf: number;
  period: PeriodLength;
  splitBy: SplitDimension;
  tiers?: readonly (Tier | null)[];
  weightBy?: WeightBy;
}

/**
 * The pipeline report of DOMAIN.md §6 as of a report date: stage statistics overall and split by one
 * dimension (region, tier, owner or project class), period buckets of open opportunities
 * (current / next / incubating), and the list of stalled opportunities.
 */
export function pipelineReport(data: Dataset, stages: readonly StageDef[], options: PipelineOptions): PipelineReport {
  const weightBy = options.weightBy ?? "stage";
  const cols = pipelineColumns(data.opportunities, weightBy);
  const overall = pipelineStatsByGroup(cols, stages, 1, undefined, options.asOf)[0];
  const split = { dimension: options.splitBy, groups: splitGroups(data, stages, cols, options) };
  const { buckets, stalled } = openRows(data, stages, cols, options);
  return { overall, split, buckets, stalled, asOf: options.asOf, weightBy };
}

/** Stage statistics per label of the split dimension (labels equal when folded are one group), by label. */
function splitGroups(
  data: Dataset,
  stages: readonly StageDef[],
  cols: PipelineColumns,
  options: PipelineOptions,
): PipelineReport["split"]["groups"] {
  const labels: string[] = [];
  const codeOf = new Map<string, number>();
  const groups = Int32Array.from(data.opportunities, (o) => {
    const label = splitKey(o, options.splitBy, data, options.tiers ?? []);
    const key = foldText(label);
    if (!codeOf.has(key)) {
      codeOf.set(key, labels.length);
      labels.push(label);
    }
    return codeOf.get(key) as number;
  });
  const byGroup = pipelineStatsByGroup(cols, stages, labels.length, groups, options.asOf);
  return labels.map((label, g) => ({ label, stats: byGroup[g] })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The period bucket of every open opportunity, and those older than their stage's limit, oldest first. */
function openRows(
  data: Dataset,
  stages: readonly StageDef[],
  cols: PipelineColumns,
  options: PipelineOptions,
): Pick<PipelineReport, "buckets" | "stalled"> {
  const buckets = Object.fromEntries(
    PERIOD_BUCKETS.map((b) => [b, { count: 0, amount: 0, weighted: 0 }]),
  ) as PipelineReport["buckets"];
  const stalled: StalledOpportunity[] = [];
  data.opportunities.forEach((o, i) => {
    if (o.status !== OPEN) return;
    const b = buckets[periodBucket(o.expectedClose ?? NaN, options.asOf, options.period)];
    b.count++;
    b.amount += o.amount;
    const rowP = options.weightBy === "row" ? (o.probability ?? null) : null;
    b.weighted += weightedAmount(o.amount, o.status, rowP ?? stages[o.stage].probability);
    const since = cols.since?.[i] ?? NaN;
    const age = options.asOf - since;
    if (!Number.isNaN(since) && age > stages[o.stage].stallDays)
      stalled.push({ opportunity: i, stage: stages[o.stage].name, ageDays: age, limitDays: stages[o.stage].stallDays });
  });
  stalled.sort((a, b) => b.ageDays - a.ageDays);
  return { buckets, stalled };
}
