import { ymdFromSerial } from "./dates";
import { LOST, StageDef, WON } from "./stages";

/** Opportunities as columns, one entry per row; rows with include[i] = 0 are skipped (bad or filtered out). */
export interface PipelineColumns {
  /** 0-based stage index; may be -1 only on Won rows (a won opportunity has reached every stage). */
  stage: Int32Array;
  status: Int8Array;
  amount: Float64Array;
  /** Date serial the age counts from (stageEntered, else created); NaN when unknown. */
  since?: Float64Array;
  include?: Uint8Array;
  /** The row's own probability 0–1 (DOMAIN.md §6 "Row probability"); NaN means the stage's. */
  probability?: Float64Array;
}

export interface StageStats {
  name: string;
  probability: number;
  openCount: number;
  openAmount: number;
  weighted: number;
  reached: number;
  /** reached(next) / reached(this); for the last stage, won / reached(this). Null when nothing reached this stage. */
  conversion: number | null;
  /** Mean age in days of open opportunities in the stage; null without dates or report date. */
  avgAge: number | null;
  stalled: number;
  /** Lost opportunities whose furthest stage is this one ("Lost here"). */
  lost: number;
}

export interface PipelineStats {
  stages: StageStats[];
  won: { count: number; amount: number };
  lost: { count: number; amount: number };
  /** won / (won + lost); null when nothing is closed. */
  winRate: number | null;
  openCount: number;
  openAmount: number;
  weighted: number;
}

/** Per group and stage (index g × stages + s) sums, and per group won and lost, gathered in one pass. */
interface PipelineSums {
  openCount: Float64Array;
  openAmount: Float64Array;
  weighted: Float64Array;
  /** Histogram of each row's furthest stage (open or lost); reached is its suffix sum plus won. */
  furthest: Float64Array;
  lostAt: Float64Array;
  ageSum: Float64Array;
  ageCount: Float64Array;
  stalled: Float64Array;
  wonCount: Float64Array;
  wonAmount: Float64Array;
  lostCount: Float64Array;
  lostAmount: Float64Array;
}

function emptySums(groupCount: number, k: number): PipelineSums {
  const cell = () => new Float64Array(groupCount * k);
  const group = () => new Float64Array(groupCount);
  return {
    openCount: cell(), openAmount: cell(), weighted: cell(), furthest: cell(), lostAt: cell(), ageSum: cell(),
    ageCount: cell(), stalled: cell(), wonCount: group(), wonAmount: group(), lostCount: group(), lostAmount: group(),
  }; // prettier-ignore
}

/** One pass over the included rows: each row counts in its group, at its stage, by its status. */
function sumRows(
  cols: PipelineColumns,
  stages: readonly StageDef[],
  groupCount: number,
  groups?: Int32Array,
  asOf?: number,
): PipelineSums {
  const k = stages.length;
  const t = emptySums(groupCount, k);
  const { stage, status, amount, since, include, probability } = cols;
  const hasAge = since !== undefined && asOf !== undefined;
  const prob = stages.map((s) => s.probability);
  const stall = stages.map((s) => s.stallDays);
  for (let i = 0; i < amount.length; i++) {
    if (include && !include[i]) continue;
    const g = groups ? groups[i] : 0;
    const st = status[i];
    if (st === WON) {
      t.wonCount[g]++;
      t.wonAmount[g] += amount[i];
      continue;
    }
    const at = g * k + stage[i];
    t.furthest[at]++;
    if (st === LOST) {
      t.lostAt[at]++;
      t.lostCount[g]++;
      t.lostAmount[g] += amount[i];
      continue;
    }
    t.openCount[at]++;
    t.openAmount[at] += amount[i];
    const p = probability && !Number.isNaN(probability[i]) ? probability[i] : prob[stage[i]];
    t.weighted[at] += amount[i] * p;
    if (hasAge && !Number.isNaN(since[i])) {
      const age = (asOf as number) - since[i];
      t.ageSum[at] += age;
      t.ageCount[at]++;
      if (age > stall[stage[i]]) t.stalled[at]++;
    }
  }
  return t;
}

/** The statistics of group `g` from the sums: reached, conversion, average age and win rate derived. */
function groupStats(t: PipelineSums, stages: readonly StageDef[], g: number): PipelineStats {
  const k = stages.length;
  const reached = new Array<number>(k);
  let running = t.wonCount[g];
  for (let s = k - 1; s >= 0; s--) reached[s] = running += t.furthest[g * k + s];
  const rows: StageStats[] = stages.map((def, s) => {
    const at = g * k + s;
    const next = s + 1 < k ? reached[s + 1] : t.wonCount[g];
    return {
      name: def.name,
      probability: def.probability,
      openCount: t.openCount[at],
      openAmount: t.openAmount[at],
      weighted: t.weighted[at],
      reached: reached[s],
      conversion: reached[s] > 0 ? next / reached[s] : null,
      avgAge: t.ageCount[at] > 0 ? t.ageSum[at] / t.ageCount[at] : null,
      stalled: t.stalled[at],
      lost: t.lostAt[at],
    };
  });
  const closed = t.wonCount[g] + t.lostCount[g];
  return {
    stages: rows,
    won: { count: t.wonCount[g], amount: t.wonAmount[g] },
    lost: { count: t.lostCount[g], amount: t.lostAmount[g] },
    winRate: closed > 0 ? t.wonCount[g] / closed : null,
    openCount: rows.reduce((a, r) => a + r.openCount, 0),
    openAmount: rows.reduce((a, r) => a + r.openAmount, 0),
    weighted: rows.reduce((a, r) => a + r.weighted, 0),
  };
}

/**
 * Pipeline stage statistics of DOMAIN.md §6 for each group in one pass over the rows: open count and
 * amount, weighted amount, reached (furthest stage ≥ this one: open at or past it, lost at or past
 * it, every won one), conversion to next, average age and stalled as of `asOf`, lost at each stage,
 * won, lost and win rate. `groups[i]` is the group of row i (all 0 when omitted).
 */
export function pipelineStatsByGroup(
  cols: PipelineColumns,
  stages: readonly StageDef[],
  groupCount = 1,
  groups?: Int32Array,
  asOf?: number,
): PipelineStats[] {
  const sums = sumRows(cols, stages, groupCount, groups, asOf);
  return Array.from({ length: groupCount }, (_, g) => groupStats(sums, stages, g));
}

/** Pipeline statistics over all included rows (DOMAIN.md §6). */
export function pipelineStats(cols: PipelineColumns, stages: readonly StageDef[], asOf?: number): PipelineStats {
  return pipelineStatsByGroup(cols, stages, 1, undefined, asOf)[0];
}

/** Weighted amount of one opportunity (DOMAIN.md §6): amount × stage probability; Won 100%, Lost 0%. */
export function weightedAmount(amount: number, status: number, probability: number): number {
  return status === WON ? amount : status === LOST ? 0 : amount * probability;
}

export type PeriodLength = "month" | "quarter" | "half" | "year";
export type PeriodBucket = "current" | "next" | "incubating";
export const PERIOD_BUCKETS: readonly PeriodBucket[] = ["current", "next", "incubating"];

const MONTHS_PER_PERIOD: Record<PeriodLength, number> = { month: 1, quarter: 3, half: 6, year: 12 };

function periodIndex(serial: number, length: PeriodLength): number {
  const { y, m } = ymdFromSerial(serial);
  return (y * 12 + (m - 1) - ((m - 1) % MONTHS_PER_PERIOD[length])) / MONTHS_PER_PERIOD[length];
}

/**
 * Period bucket of an open opportunity (DOMAIN.md §6, 当期 / 下期 / 培育): expected close in the
 * report date's period is current, in the following period next, otherwise (or no date) incubating.
 */
export function periodBucket(expectedClose: number, asOf: number, length: PeriodLength = "quarter"): PeriodBucket {
  if (Number.isNaN(expectedClose)) return "incubating";
  const d = periodIndex(expectedClose, length) - periodIndex(asOf, length);
  return d === 0 ? "current" : d === 1 ? "next" : "incubating";
}
