/**
 * The sample's Contracts table (DOMAIN.md §11): one contract for most won opportunities, signed soon after
 * the win, for the won amount, invoiced and received in instalments by age, so some are fully paid, some
 * partly, and some signed long ago still have money outstanding (overdue).
 */
import type { SampleCell, SampleTable } from "./generate";
import { Rng, streamRng } from "./random";

/** A stream of its own, far from the core tables' streams, so adding contracts changes no other table. */
const CONTRACT_STREAM = 21;
export const CONTRACTS_TABLE = "Contracts";
export const CONTRACT_HEADERS = [
  "Contract ID", "Account", "Opportunity ID", "Owner", "Signed", "Contract Amount", "Invoiced", "Received",
  "Delivery Status",
] as const; // prettier-ignore
/** Chinese headers, each a DOMAIN.md §11 synonym, so detection works the same. */
export const CONTRACT_HEADERS_ZH: Record<string, string> = {
  "Contract ID": "合同编号", Account: "客户", "Opportunity ID": "商机编号", Owner: "负责人", Signed: "签订日期",
  "Contract Amount": "合同金额", Invoiced: "已开票", Received: "已回款", "Delivery Status": "交付状态",
}; // prettier-ignore
const DELIVERY = ["Not started", "In delivery", "Accepted"] as const;
/** Share of won deals that have a contract in the sample (the rest are still being drawn up). */
const CONTRACTED = 0.9;

const roundTo100 = (x: number) => Math.round(x / 100) * 100;

/** Invoiced share by age: nothing or a down payment first, milestones later, all after acceptance. */
function invoicedShare(age: number, rng: Rng): number {
  if (age < 30) return rng.pick([0, 0, 0.3]);
  if (age < 120) return rng.pick([0.3, 0.3, 0.6]);
  if (age < 365) return rng.pick([0.6, 0.9, 1]);
  return rng.pick([0.9, 1, 1, 1]);
}

/** Received share of what was invoiced: older invoices are more often paid, yet some stay open (overdue). */
function receivedShare(age: number, rng: Rng): number {
  if (age < 60) return rng.pick([0, 0, 1]);
  if (age < 365) return rng.pick([0, 0.5, 1, 1]);
  return rng.pick([0.5, 1, 1, 1, 1]);
}

function deliveryOf(invoiced: number): string {
  return invoiced === 0 ? DELIVERY[0] : invoiced < 1 ? DELIVERY[1] : DELIVERY[2];
}

/**
 * Contracts for the won deals of the sample's opportunities table (DOMAIN.md §11): same account, owner and
 * amount, signed 0–20 days after the win (never after `asOf`), invoiced and received by the contract's age.
 */
export function generateContracts(opportunities: SampleTable, asOf: number, seed: number): SampleTable {
  const col = (h: string) => opportunities.headers.indexOf(h);
  const [id, account, owner, status, amount, close, created] = [
    "Opportunity ID", "Account", "Owner", "Status", "Amount", "Expected Close", "Created",
  ].map(col); // prettier-ignore
  const rng = streamRng(seed, CONTRACT_STREAM);
  const rows: SampleCell[][] = [];
  for (const r of opportunities.rows) {
    if (r[status] !== "Won" && r[status] !== "赢单") continue;
    const won = (r[close] ?? r[created]) as number | null;
    if (!rng.chance(CONTRACTED) || won === null || typeof r[amount] !== "number") continue;
    const signed = Math.min(won + rng.int(21), asOf);
    const age = asOf - signed;
    const value = r[amount] as number;
    const inv = invoicedShare(age, rng);
    const invoiced = roundTo100(value * inv);
    const received = roundTo100(invoiced * receivedShare(age, rng));
    const contractId = `HT-${String(rows.length + 1).padStart(4, "0")}`;
    rows.push([contractId, r[account], r[id], r[owner], signed, value, invoiced, received, deliveryOf(inv)]);
  }
  return {
    name: CONTRACTS_TABLE,
    headers: [...CONTRACT_HEADERS],
    rows,
    numberFormats: { Signed: "yyyy-mm-dd", "Contract Amount": "#,##0", Invoiced: "#,##0", Received: "#,##0" },
  };
}
