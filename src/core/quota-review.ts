import { foldText } from "./cells";
import { Dataset } from "./dataset";
import { weightedAmount } from "./pipeline";
import { QuotaReview, quotaReview } from "./quotas";
import { StageDef, WON, OPEN } from "./stages";

/**
 * Named-account quota review per rep of the quota table (DOMAIN.md §7). A rep's won amount is the won
 * opportunities they own; named won is the part on accounts where they are the Key-Account primary;
 * open pipeline is their open opportunities weighted by stage probability.
 */
export function quotaReviews(data: Dataset, stages: readonly StageDef[]): QuotaReview[] {
  const named = new Set<string>(); // "rep\u0000account" pairs where the rep is the Key-Account primary
  for (const a of data.assignments)
    if (a.teamType === "KeyAccount" && a.role === "Primary") named.add(`${foldText(a.rep)}\u0000${a.account}`);
  const sums = new Map<string, { won: number; namedWon: number; openWeighted: number }>();
  for (const o of data.opportunities) {
    if (!o.owner) continue;
    const rep = foldText(o.owner);
    let s = sums.get(rep);
    if (!s) sums.set(rep, (s = { won: 0, namedWon: 0, openWeighted: 0 }));
    if (o.status === WON) {
      s.won += o.amount;
      if (o.account >= 0 && named.has(`${rep}\u0000${o.account}`)) s.namedWon += o.amount;
    } else if (o.status === OPEN) s.openWeighted += weightedAmount(o.amount, o.status, stages[o.stage].probability);
  }
  return data.quotas.map((q) => {
    const s = sums.get(foldText(q.rep)) ?? { won: 0, namedWon: 0, openWeighted: 0 };
    return quotaReview({ rep: q.rep, quota: q.quota, namedQuota: q.namedQuota, lastYearNamed: q.lastYearNamed, ...s });
  });
}
