import { z } from "zod";
import { ContractRecord } from "./contracts";
import { Dataset } from "./dataset";
import { LabelGroups, share } from "./won-deals";

/** Options of the contract-execution report (DOMAIN.md §11), stored with the workbook. */
export const contractExecutionOptionsSchema = z.object({
  /** A contract signed more than this many days before the report date and not fully received is overdue. */
  overdueDays: z.number().int().min(0).default(90),
});
export type ContractExecutionOptions = z.infer<typeof contractExecutionOptionsSchema>;

/** Where a contract's owner or region came from: its own cell, its opportunity's, or its account's. */
export type InheritedFrom = "contract" | "opportunity" | "account" | null;

/**
 * Why a contract is or is not overdue (DOMAIN.md §11): `overdue`; `fullyReceived`; `recent` (signed within
 * the overdue days); `unsigned` (no signing date, so it cannot be judged).
 */
export type OverdueRule = "overdue" | "fullyReceived" | "recent" | "unsigned";

export interface ContractLine {
  /** Index into Dataset.contracts, and its worksheet row. */
  contract: number;
  row: number;
  id: string | null;
  name: string | null;
  account: string;
  owner: string | null;
  ownerFrom: InheritedFrom;
  region: string | null;
  regionFrom: InheritedFrom;
  signed: number | null;
  /** Days from signing to the report date; null when unsigned. */
  daysSinceSigned: number | null;
  amount: number;
  /** Blank invoiced or received cells count as 0 (nothing invoiced or received yet). */
  invoiced: number;
  received: number;
  /** invoiced / amount and received / amount; null for a zero contract amount. */
  invoicedPct: number | null;
  receivedPct: number | null;
  /** Contract amount not yet received: max(amount − received, 0). */
  outstanding: number;
  /** Invoiced but not received: max(invoiced − received, 0). */
  invoicedUnpaid: number;
  overdue: boolean;
  overdueRule: OverdueRule;
  /**
   * The label of the owner and region group the line is totalled under ("(none)" for a blank): one spelling
   * per group, so SUMIFS over a block of lines matches what byOwner and byRegion sum.
   */
  ownerGroup: string;
  regionGroup: string;
  deliveryStatus: string | null;
}

/** Sums over a group of contracts (an owner, a region, or all). */
export interface ContractTotals {
  label: string;
  count: number;
  amount: number;
  invoiced: number;
  received: number;
  outstanding: number;
  invoicedUnpaid: number;
  overdueCount: number;
  /** Outstanding amount of the overdue contracts. */
  overdueOutstanding: number;
  invoicedPct: number | null;
  receivedPct: number | null;
}

export interface ContractExecutionResult {
  contracts: ContractLine[];
  /** Per owner and per region, largest outstanding first (then label); "(none)" for a blank. */
  byOwner: ContractTotals[];
  byRegion: ContractTotals[];
  total: ContractTotals;
  options: ContractExecutionOptions;
  asOf: number;
}

/** The contract's own value, else its opportunity's, else its account's, with where it came from. */
function inherit(
  c: ContractRecord,
  own: string | null,
  fromOpp: (i: number) => string | null,
  fromAccount: (i: number) => string | null,
): { value: string | null; from: InheritedFrom } {
  if (own !== null) return { value: own, from: "contract" };
  const opp = c.opportunity >= 0 ? fromOpp(c.opportunity) : null;
  if (opp !== null) return { value: opp, from: "opportunity" };
  const acc = c.account >= 0 ? fromAccount(c.account) : null;
  return acc !== null ? { value: acc, from: "account" } : { value: null, from: null };
}

function overdueRule(c: ContractRecord, received: number, asOf: number, days: number): OverdueRule {
  if (received >= c.amount) return "fullyReceived";
  if (c.signed === null) return "unsigned";
  return asOf - c.signed > days ? "overdue" : "recent";
}

function lineOf(c: ContractRecord, i: number, data: Dataset, asOf: number, days: number): ContractLine {
  const owner = inherit(
    c,
    c.owner,
    (o) => data.opportunities[o].owner,
    (a) => data.accounts[a].owner ?? null,
  );
  const region = inherit(
    c,
    c.region,
    (o) => data.opportunities[o].region,
    (a) => data.accounts[a].region,
  );
  const invoiced = c.invoiced ?? 0;
  const received = c.received ?? 0;
  const rule = overdueRule(c, received, asOf, days);
  return {
    contract: i,
    row: c.row,
    id: c.id,
    name: c.name,
    account: c.account >= 0 ? data.accounts[c.account].name : c.accountText,
    owner: owner.value,
    ownerFrom: owner.from,
    region: region.value,
    regionFrom: region.from,
    signed: c.signed,
    daysSinceSigned: c.signed === null ? null : asOf - c.signed,
    amount: c.amount,
    invoiced,
    received,
    invoicedPct: share(invoiced, c.amount),
    receivedPct: share(received, c.amount),
    outstanding: Math.max(c.amount - received, 0),
    invoicedUnpaid: Math.max(invoiced - received, 0),
    overdue: rule === "overdue",
    overdueRule: rule,
    ownerGroup: "",
    regionGroup: "",
    deliveryStatus: c.deliveryStatus,
  };
}

const emptyTotals = (label: string): ContractTotals => ({
  label, count: 0, amount: 0, invoiced: 0, received: 0, outstanding: 0, invoicedUnpaid: 0,
  overdueCount: 0, overdueOutstanding: 0, invoicedPct: null, receivedPct: null,
}); // prettier-ignore

function add(t: ContractTotals, l: ContractLine): void {
  t.count++;
  t.amount += l.amount;
  t.invoiced += l.invoiced;
  t.received += l.received;
  t.outstanding += l.outstanding;
  t.invoicedUnpaid += l.invoicedUnpaid;
  if (l.overdue) {
    t.overdueCount++;
    t.overdueOutstanding += l.outstanding;
  }
}

const finish = (t: ContractTotals): ContractTotals => ({
  ...t,
  invoicedPct: share(t.invoiced, t.amount),
  receivedPct: share(t.received, t.amount),
});

function totalsBy(lines: readonly ContractLine[], key: "owner" | "region"): ContractTotals[] {
  const groups = new LabelGroups();
  const totals: ContractTotals[] = [];
  for (const l of lines) {
    const g = groups.of(l[key]);
    if (g === totals.length) totals.push(emptyTotals(groups.labels[g]));
    add(totals[g], l);
    l[key === "owner" ? "ownerGroup" : "regionGroup"] = groups.labels[g];
  }
  return totals.map(finish).sort((a, b) => b.outstanding - a.outstanding || (a.label < b.label ? -1 : 1));
}

/**
 * Contract execution (DOMAIN.md §11, 合同执行情况): per contract invoiced %, received %, outstanding
 * receivable (amount − received) and overdue (signed more than `overdueDays`, default 90, before `asOf`
 * and not fully received); totals per owner and per region. Owner and region are the contract's own,
 * else its opportunity's, else its account's. Empty when the dataset has no Contracts table.
 */
export function contractExecution(
  data: Dataset,
  asOf: number,
  options: Partial<ContractExecutionOptions> = {},
): ContractExecutionResult {
  const opts = contractExecutionOptionsSchema.parse(options);
  const lines = (data.contracts ?? []).map((c, i) => lineOf(c, i, data, asOf, opts.overdueDays));
  const total = emptyTotals("Total");
  for (const l of lines) add(total, l);
  return {
    contracts: lines,
    byOwner: totalsBy(lines, "owner"),
    byRegion: totalsBy(lines, "region"),
    total: finish(total),
    options: opts,
    asOf,
  };
}
