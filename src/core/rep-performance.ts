import { foldText } from "./cells";
import { Dataset } from "./dataset";
import { quotaReviews } from "./quota-review";
import { QuotaReview } from "./quotas";
import { StageDef } from "./stages";
import { accountKey, WonDeal, wonDeals } from "./won-deals";

/**
 * Whether a won deal counts extra (DOMAIN.md §11): true, false, or null when dates do not tell (an undated
 * deal beside other wins of the same account, or rep and industry; or no industry for new-industry).
 */
export type Newness = boolean | null;

export interface WinNewness {
  /** Index into Dataset.opportunities. */
  opportunity: number;
  newCustomer: Newness;
  newIndustry: Newness;
}

/** A count and an amount of won deals. */
export interface WinTally {
  count: number;
  amount: number;
}

export interface RepPerformanceRow<H> {
  rep: string;
  /** The §7 review when the rep is in the quota table, else null. */
  quota: QuotaReview | null;
  /** Won deals the rep owns in the window (all of them without a window). */
  won: WinTally;
  newCustomer: WinTally;
  newIndustry: WinTally;
  /** Won deals whose newness the dates cannot tell, per kind. */
  unknownNewCustomer: number;
  unknownNewIndustry: number;
  /** §9 history figures for the rep, from the `history` hook; null without one. */
  history: H | null;
}

export interface RepPerformanceResult<H> {
  /** Reps of the quota table in its order, then other owners of won or open deals in row order. */
  reps: RepPerformanceRow<H>[];
  /** Won deals with no owner: they count in the total but in no rep's row. */
  unowned: WinTally;
  total: WinTally;
  /** Newness of every won deal, for a per-deal list. */
  deals: WinNewness[];
  window: { from: number | null; to: number | null };
}

export interface RepPerformanceOptions<H> {
  /** Count only wins dated in [from, to] (Excel serials, inclusive); newness still looks at every earlier win. */
  from?: number | null;
  to?: number | null;
  /**
   * Extension point for DOMAIN.md §9's history figures (stages advanced, days to advance, success rate…):
   * given a rep's name, returns that rep's figures, which land in the row's `history`.
   */
  history?: (rep: string) => H | null;
}

/**
 * Labels each won deal new or not by DOMAIN.md §11: a new customer when no other won deal of its account
 * is dated strictly earlier; a new industry when no other won deal of the same owner in the account's
 * industry is. Keys group deals (by account, or by owner and industry); an undated deal is decided only
 * when it is alone in its group, and makes the others' answer unknown.
 */
export function newness(deals: readonly WonDeal[], keyOf: (d: WonDeal) => string | null): Newness[] {
  const first = new Map<string, { date: number; undated: number; total: number }>();
  for (const d of deals) {
    const k = keyOf(d);
    if (k === null) continue;
    const g = first.get(k) ?? { date: Infinity, undated: 0, total: 0 };
    g.total++;
    if (d.date === null) g.undated++;
    else g.date = Math.min(g.date, d.date);
    first.set(k, g);
  }
  return deals.map((d) => {
    const k = keyOf(d);
    if (k === null) return null;
    const g = first.get(k) as { date: number; undated: number; total: number };
    if (g.total === 1) return true;
    if (d.date !== null && d.date > g.date) return false; // a dated earlier win exists
    return g.undated > 0 ? null : true; // earliest dated: new, unless an undated win might be earlier
  });
}

const tally = (): WinTally => ({ count: 0, amount: 0 });
const bump = (t: WinTally, amount: number) => {
  t.count++;
  t.amount += amount;
};

/**
 * Rep performance (DOMAIN.md §11, 人员绩效考核): per rep the §7 quota, won and attainment (quotaReviews),
 * won deals in the window, new-customer and new-industry wins (see `newness`), and the §9 history figures
 * through the `history` hook. Reps are the quota table's, then other owners.
 */
export function repPerformance<H = never>(
  data: Dataset,
  stages: readonly StageDef[],
  options: RepPerformanceOptions<H> = {},
): RepPerformanceResult<H> {
  const from = options.from ?? null;
  const to = options.to ?? null;
  const deals = wonDeals(data);
  const opp = (d: WonDeal) => data.opportunities[d.opportunity];
  const isNewCustomer = newness(deals, (d) => accountKey(opp(d)));
  const isNewIndustry = newness(deals, (d) => {
    const o = opp(d);
    const industry = o.account >= 0 ? data.accounts[o.account].industry : null;
    return o.owner === null || industry === null ? null : `${foldText(o.owner)}\u0000${foldText(industry)}`;
  });
  const rows = new Map<string, RepPerformanceRow<H>>();
  const rowOf = (rep: string, quota: QuotaReview | null) => {
    const key = foldText(rep);
    let row = rows.get(key);
    if (!row) {
      row = { rep, quota, won: tally(), newCustomer: tally(), newIndustry: tally(), unknownNewCustomer: 0,
        unknownNewIndustry: 0, history: options.history?.(rep) ?? null }; // prettier-ignore
      rows.set(key, row);
    }
    return row;
  };
  for (const q of quotaReviews(data, stages)) rowOf(q.rep, q);
  for (const o of data.opportunities) if (o.owner !== null) rowOf(o.owner, null);
  const unowned = tally();
  const total = tally();
  deals.forEach((d, i) => {
    const inWindow =
      (from === null || (d.date !== null && d.date >= from)) && (to === null || (d.date !== null && d.date <= to));
    if (!inWindow) return;
    bump(total, d.amount);
    const owner = opp(d).owner;
    if (owner === null) return bump(unowned, d.amount);
    const row = rowOf(owner, null);
    bump(row.won, d.amount);
    if (isNewCustomer[i] === true) bump(row.newCustomer, d.amount);
    else if (isNewCustomer[i] === null) row.unknownNewCustomer++;
    if (isNewIndustry[i] === true) bump(row.newIndustry, d.amount);
    else if (isNewIndustry[i] === null) row.unknownNewIndustry++;
  });
  return {
    reps: [...rows.values()],
    unowned,
    total,
    deals: deals.map((d, i) => ({
      opportunity: d.opportunity,
      newCustomer: isNewCustomer[i],
      newIndustry: isNewIndustry[i],
    })),
    window: { from, to },
  };
}
