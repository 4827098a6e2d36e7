import { foldText } from "./cells";
import { Dataset } from "./dataset";
import { weightedAmount } from "./pipeline";
import { QuotaReview, quotaReview } from "./quotas";
import { StageDef, WON, OPEN } from "./stages";

/** One rep's review, with the opportunities the core counted as theirs. */
export interface RepQuotaReview extends QuotaReview {
  /** Indices of the opportunities whose owner is this rep (matched case-, width- and spacing-insensitively). */
  opportunities: number[];
}

interface RepSums {
  won: number;
  namedWon: number;
  openWeighted: number;
  opportunities: number[];
}

/**
 * Named-account quota review per rep of the quota table, in its order (DOMAIN.md §7). A rep's won amount
 * is the won opportunities they own; named won is the part on accounts where they are the Key-Account
 * primary; open pipeline is their open opportunities weighted by stage probability.
 */
export function quotaReviews(data: Dataset, stages: readonly StageDef[]): RepQuotaReview[] {
  const named = new Set<string>(); // "rep\u0000account" pairs where the rep is the Key-Account primary
  for (const a of data.assignments)
    if (a.teamType === "KeyAccount" && a.role === "Primary") named.add(`${foldText(a.rep)}\u0000${a.account}`);
  const sums = new Map<string, RepSums>();
  data.opportunities.forEach((o, i) => {
    if (!o.owner) return;
    const rep = foldText(o.owner);
    let s = sums.get(rep);
    if (!s) sums.set(rep, (s = { won: 0, namedWon: 0, openWeighted: 0, opportunities: [] }));
    s.opportunities.push(i);
    if (o.status === WON) {
      s.won += o.amount;
      if (o.account >= 0 && named.has(`${rep}\u0000${o.account}`)) s.namedWon += o.amount;
    } else if (o.status === OPEN) s.openWeighted += weightedAmount(o.amount, o.status, stages[o.stage].probability);
  });
  return data.quotas.map((q) => {
    const { opportunities, ...s } = sums.get(foldText(q.rep)) ?? {
      won: 0,
      namedWon: 0,
      openWeighted: 0,
      opportunities: [],
    };
    const review = quotaReview({
      rep: q.rep,
      quota: q.quota,
      namedQuota: q.namedQuota,
      lastYearNamed: q.lastYearNamed,
      ...s,
    });
    return { ...review, opportunities };
  });
}
