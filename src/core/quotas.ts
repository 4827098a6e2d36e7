/** Inputs for one rep's quota review (DOMAIN.md §7), already summed from the tables. */
export interface QuotaInputs {
  rep: string;
  quota: number;
  namedQuota: number | null;
  lastYearNamed: number | null;
  /** Won amount on opportunities the rep owns, all accounts. */
  won: number;
  /** The part of `won` on accounts where the rep is the Key-Account primary. */
  namedWon: number;
  /** Weighted amount of the rep's open opportunities. */
  openWeighted: number;
}

export interface QuotaReview extends QuotaInputs {
  attainment: number | null;
  namedAttainment: number | null;
  namedUplift: number | null;
  /** Open weighted pipeline / remaining quota; "met" when won ≥ quota. */
  pipelineCoverage: number | "met" | null;
  /** Attainment of at least 100%: the rep is at or above quota (the review's summary counts these). */
  met: boolean;
}

const ratio = (a: number, b: number | null): number | null => (b !== null && b > 0 ? a / b : null);

/**
 * Named-account quota review for one rep (DOMAIN.md §7): attainment = won / quota, named attainment =
 * named won / namedQuota, named uplift = named won / lastYearNamed − 1, pipeline coverage = open
 * weighted / max(quota − won, 0), shown as "met" when the quota is already met; met = attainment ≥ 100%.
 */
export function quotaReview(q: QuotaInputs): QuotaReview {
  const uplift = ratio(q.namedWon, q.lastYearNamed);
  const remaining = Math.max(q.quota - q.won, 0);
  const attainment = ratio(q.won, q.quota);
  return {
    ...q,
    attainment,
    namedAttainment: ratio(q.namedWon, q.namedQuota),
    namedUplift: uplift === null ? null : uplift - 1,
    pipelineCoverage: q.quota > 0 && remaining === 0 ? "met" : ratio(q.openWeighted, remaining),
    met: attainment !== null && attainment >= 1,
  };
}
