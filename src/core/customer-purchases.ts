import { z } from "zod";
import { Dataset } from "./dataset";
import { Tier } from "./tiers";
import { accountKey, wonDeals, yearOf } from "./won-deals";

/** Options of the customer-purchases report (DOMAIN.md §11), stored with the workbook. */
export const customerPurchaseOptionsSchema = z.object({
  /** The years shown, oldest first; null means the report date's year and the two before it. */
  years: z.array(z.number().int().min(1900).max(9999)).min(1).max(10).nullable().default(null),
});
export type CustomerPurchaseOptions = z.infer<typeof customerPurchaseOptionsSchema>;

export interface CustomerPurchase {
  /** Index into Dataset.accounts, or -1 for an account only the opportunities name. */
  account: number;
  name: string;
  tier: Tier | null;
  /** Won amount per year of `years`, in that order. */
  byYear: number[];
  /** Won deals per year of `years`. */
  dealsByYear: number[];
  /** Σ byYear. */
  amount: number;
  /** Won deals dated in the years. */
  deals: number;
  /** Years of `years` with at least one won deal. */
  yearsBought: number;
  /** Bought in at least two of the years (复购). */
  repeat: boolean;
  /** byYear[last] / byYear[last − 1] − 1; null with one year or nothing in the year before. */
  growth: number | null;
  /** Latest win date of the account, over all its dated wins (not only the years). */
  lastPurchase: number | null;
}

export interface CustomerPurchasesResult {
  years: number[];
  /** The last year is still running on the report date, so growth compares a part year with a whole one. */
  lastYearPartial: boolean;
  /** Accounts with a win in the years, largest amount first (then name). */
  accounts: CustomerPurchase[];
  totals: { byYear: number[]; amount: number; deals: number; accounts: number; repeat: number };
  /** Won deals with no date: they belong to no year. */
  undated: { count: number; amount: number };
  options: CustomerPurchaseOptions;
}

/** The years the report shows (DOMAIN.md §11): the option's, sorted and unique, or the last three to `asOf`. */
export function purchaseYears(asOf: number, years: readonly number[] | null): number[] {
  if (years) return [...new Set(years)].sort((a, b) => a - b);
  const y = yearOf(asOf);
  return [y - 2, y - 1, y];
}

interface Acc {
  account: number;
  name: string;
  byYear: number[];
  dealsByYear: number[];
  deals: number;
  last: number | null;
}

/**
 * Customer purchases (DOMAIN.md §11, 客户购买统计分析): per account, won amount in each of the last three
 * years (or the chosen ones) by win date, number of won deals in them, repeat buyer (bought in two or more
 * of the years), growth of the last year over the one before, last purchase date and tier (after approved
 * overrides). Accounts with no win in the years are left out.
 */
export function customerPurchases(
  data: Dataset,
  tiers: readonly (Tier | null)[],
  asOf: number,
  options: Partial<CustomerPurchaseOptions> = {},
): CustomerPurchasesResult {
  const opts = customerPurchaseOptionsSchema.parse(options);
  const years = purchaseYears(asOf, opts.years);
  const slot = new Map(years.map((y, i) => [y, i]));
  const byKey = new Map<string, Acc>();
  const undated = { count: 0, amount: 0 };
  for (const d of wonDeals(data)) {
    if (d.date === null) {
      undated.count++;
      undated.amount += d.amount;
      continue;
    }
    const o = data.opportunities[d.opportunity];
    const key = accountKey(o);
    let acc = byKey.get(key);
    if (!acc) {
      const name = o.account >= 0 ? data.accounts[o.account].name : o.accountText;
      byKey.set(
        key,
        (acc = {
          account: o.account,
          name,
          byYear: years.map(() => 0),
          dealsByYear: years.map(() => 0),
          deals: 0,
          last: null,
        }),
      );
    }
    acc.last = acc.last === null ? d.date : Math.max(acc.last, d.date);
    const s = slot.get(yearOf(d.date));
    if (s === undefined) continue;
    acc.byYear[s] += d.amount;
    acc.dealsByYear[s]++;
    acc.deals++;
  }
  const accounts = [...byKey.values()].filter((a) => a.deals > 0).map((a) => purchaseOf(a, tiers));
  accounts.sort((a, b) => b.amount - a.amount || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.account - b.account));
  const totals = { byYear: years.map(() => 0), amount: 0, deals: 0, accounts: accounts.length, repeat: 0 };
  for (const a of accounts) {
    a.byYear.forEach((v, i) => (totals.byYear[i] += v));
    totals.amount += a.amount;
    totals.deals += a.deals;
    if (a.repeat) totals.repeat++;
  }
  const lastYearPartial = years[years.length - 1] >= yearOf(asOf);
  return { years, lastYearPartial, accounts, totals, undated, options: opts };
}

function purchaseOf(a: Acc, tiers: readonly (Tier | null)[]): CustomerPurchase {
  const n = a.byYear.length;
  const yearsBought = a.dealsByYear.filter((count) => count > 0).length;
  const before = n < 2 ? 0 : a.byYear[n - 2];
  return {
    account: a.account,
    name: a.name,
    tier: a.account >= 0 ? tiers[a.account] : null,
    byYear: a.byYear,
    dealsByYear: a.dealsByYear,
    amount: a.byYear.reduce((s, v) => s + v, 0),
    deals: a.deals,
    yearsBought,
    repeat: yearsBought >= 2,
    growth: before > 0 ? a.byYear[n - 1] / before - 1 : null,
    lastPurchase: a.last,
  };
}
