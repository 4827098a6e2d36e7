import { foldText } from "./cells";
import { ABSENT, HistoryModel } from "./history";
import { medianOf } from "./stats";
import { LOST, OPEN, WON } from "./stages";

/** One owner's figures from history over a window (DOMAIN.md §9, 人员绩效考核 by 升迁时间 and 成功率). */
export interface RepHistoryLine {
  /** The opportunities' latest owner; null for those without one. */
  owner: string | null;
  /** Stage steps moved up by open opportunities between snapshots in the window. */
  stagesAdvanced: number;
  /** Median days between entering stage k and entering stage k + 1, for entries of k + 1 in the window. */
  medianDaysToAdvance: number | null;
  won: number;
  wonAmount: number;
  lost: number;
  /** won / (won + lost) closed in the window; null when none closed. */
  successRate: number | null;
  /** Opportunities first seen in the window (not in an earlier snapshot). */
  newOpportunities: number;
  /** Open at the window's end longer than their stage's stall limit. */
  stalled: number;
}

export interface RepHistoryOptions {
  /** End of the window (the snapshot on or before it); default the last snapshot. */
  end?: number;
  /** Window length in weeks (default 13). */
  weeks?: number;
}

export interface RepHistory {
  /** The window is (start, end]: a change counts when the snapshot that first shows it is in it. */
  start: number;
  end: number;
  lines: RepHistoryLine[];
  total: RepHistoryLine;
}

interface Tally {
  owner: string | null;
  advanced: number;
  days: number[];
  won: number;
  wonAmount: number;
  lost: number;
  created: number;
  stalled: number;
}

const tally = (owner: string | null): Tally => ({ owner, advanced: 0, days: [], won: 0, wonAmount: 0, lost: 0, created: 0, stalled: 0 }); // prettier-ignore

function lineOf(t: Tally): RepHistoryLine {
  const closed = t.won + t.lost;
  return {
    owner: t.owner,
    stagesAdvanced: t.advanced,
    medianDaysToAdvance: medianOf(t.days),
    won: t.won,
    wonAmount: t.wonAmount,
    lost: t.lost,
    successRate: closed ? t.won / closed : null,
    newOpportunities: t.created,
    stalled: t.stalled,
  };
}

/** One opportunity's changes between consecutive snapshots inside the window (d in [first, last]). */
function tallySteps(model: HistoryModel, o: number, first: number, last: number, t: Tally): void {
  const D = model.dates.length;
  let firstSeen = 0;
  while (firstSeen < D && model.status[o * D + firstSeen] === ABSENT) firstSeen++;
  // Everything is "first seen" in the first snapshot; only later appearances are new.
  if (firstSeen >= Math.max(first, 1) && firstSeen <= last) t.created++;
  for (let d = Math.max(first, 1); d <= last; d++) {
    const [p, c] = [o * D + d - 1, o * D + d];
    const [sp, sc] = [model.status[p], model.status[c]];
    if (sp === OPEN && sc === OPEN && model.stage[c] > model.stage[p]) t.advanced += model.stage[c] - model.stage[p];
    if (sp === sc) continue;
    if (sc === WON) {
      t.won++;
      t.wonAmount += Number.isNaN(model.amount[c]) ? 0 : model.amount[c];
    } else if (sc === LOST) t.lost++;
  }
}

function merge(into: Tally, one: Tally): void {
  into.advanced += one.advanced;
  for (const x of one.days) into.days.push(x);
  into.won += one.won;
  into.wonAmount += one.wonAmount;
  into.lost += one.lost;
  into.created += one.created;
  into.stalled += one.stalled;
}

/**
 * Rep performance from history (DOMAIN.md §9) per owner over a window of `weeks` (default 13) ending at
 * the last snapshot: stages advanced, median days to advance one stage (entering k to entering k + 1, when
 * k + 1 was entered in the window), won and lost in the window and the success rate won / (won + lost), new
 * opportunities (first seen in the window) and won amount, and stalled (open at the end longer than their
 * stage's stall limit).
 */
export function repHistory(model: HistoryModel, options: RepHistoryOptions = {}): RepHistory {
  const D = model.dates.length;
  const K = model.stages.length;
  const lastD = options.end === undefined ? D - 1 : model.dates.filter((x) => x <= (options.end as number)).length - 1;
  const end = lastD >= 0 ? model.dates[lastD] : (options.end ?? 0);
  const start = end - 7 * (options.weeks ?? 13);
  let firstD = 0;
  while (firstD < D && model.dates[firstD] <= start) firstD++;
  const tallies = new Map<string, Tally>();
  const all = tally(null);
  for (let o = 0; o < model.opportunities.length; o++) {
    const owner = model.opportunities[o].owner;
    const k = owner === null ? "\u0000" : foldText(owner);
    let t = tallies.get(k);
    if (!t) tallies.set(k, (t = tally(owner)));
    const one = tally(owner);
    if (lastD >= 0) tallySteps(model, o, firstD, lastD, one);
    for (let s = 0; s + 1 < K; s++) {
      const [a, b] = [model.entered[o * K + s], model.entered[o * K + s + 1]];
      if (b > start && b <= end && b >= a) one.days.push(b - a); // NaN compares false: unknown entries are left out
    }
    const c = o * D + lastD;
    if (lastD >= 0 && model.status[c] === OPEN && end - model.since[c] > model.stages[model.stage[c]].stallDays)
      one.stalled++;
    merge(t, one);
    merge(all, one);
  }
  const lines = [...tallies.values()]
    .sort((a, b) => (a.owner === null ? 1 : b.owner === null ? -1 : a.owner.localeCompare(b.owner)))
    .map(lineOf);
  return { start, end, lines, total: lineOf(all) };
}
