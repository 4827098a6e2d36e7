/**
 * Seeded CRM exports shaped as users paste them (DOMAIN.md §2.1): a Salesforce opportunities report,
 * a Salesforce accounts export, a HubSpot deals export and a Chinese-CRM opportunity list, each with
 * its real column layout, title and footer lines, blanks, text dates, currency codes and a total row,
 * and with each row's truth (won, lost or open) recorded beside it. Pure TypeScript (no Node or DOM).
 */
import { mulberry32, type Rng } from "./random";
import { EN_FIRST, EN_LAST, EN_PREFIXES, EN_SUFFIXES, ZH_BRANDS, ZH_CITIES, ZH_GIVEN, ZH_SURNAMES } from "./vocab";

export type ExportCell = string | number | null;
export type Outcome = "won" | "lost" | "open";

/** One export as its lines: title lines, the header, the data body, the total row and footer lines. */
export interface CrmExport {
  name: string;
  /** Every line of the export, top to bottom, as cells (a title line has one cell). */
  lines: ExportCell[][];
  /** 0-based index in `lines` of the header line. */
  headerLine: number;
  /** Number of data rows right below the header. */
  bodyRows: number;
  /** 0-based index of the total row in `lines`, or null when the export has none. */
  totalLine: number | null;
  /** Per data row, what truly happened to the deal (opportunity exports only). */
  outcomes?: Outcome[];
  /** Per data row, the deal's amount in base units (opportunity exports only). */
  amounts?: number[];
}

const pad2 = (n: number) => String(n).padStart(2, "0");
/** A random calendar date in 2025–2026 as [y, m, d]. */
const someDate = (rng: Rng): [number, number, number] => [rng.range(2025, 2026), rng.range(1, 12), rng.range(1, 28)];
const usDate = ([y, m, d]: [number, number, number]) => `${m}/${d}/${y}`;
const money = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const lognormal = (rng: Rng, median: number) => Math.round(median * Math.exp(0.9 * rng.normal()) / 100) * 100; // prettier-ignore

function enCompanies(rng: Rng, n: number): string[] {
  const names = new Set<string>();
  while (names.size < n) names.add(`${rng.pick(EN_PREFIXES)} ${rng.pick(["Systems", "Energy", "Retail", "Health", "Logistics", "Foods", "Capital", "Motors"])} ${rng.pick(EN_SUFFIXES)}`.trim()); // prettier-ignore
  return [...names];
}
const enPerson = (rng: Rng) => `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}`;

/** An outcome with the given share of closed deals won. */
function outcomeOf(rng: Rng, closedShare: number, winShare: number): Outcome {
  if (!rng.chance(closedShare)) return "open";
  return rng.chance(winShare) ? "won" : "lost";
}

const SF_STAGES = [
  ["Prospecting", 10], ["Qualification", 10], ["Needs Analysis", 20], ["Value Proposition", 50],
  ["Id. Decision Makers", 60], ["Perception Analysis", 70], ["Proposal/Price Quote", 75], ["Negotiation/Review", 90],
] as const; // prettier-ignore

/**
 * A Salesforce "Opportunity Pipeline" report exported as a formatted report: title lines, the header,
 * `USD 12,500.00` amounts, m/d/yyyy dates, blank amounts and next steps, a Total row and the footer.
 */
export function salesforceOpportunities(seed = 8, rows = 120): CrmExport {
  const rng = mulberry32(seed);
  // The deals are with the accounts of the accounts export of the same seed, as in one Salesforce org.
  const accounts = salesforceAccounts(seed)
    .lines.slice(1, 31)
    .map((line) => String(line[1]));
  const owners = Array.from({ length: 6 }, () => enPerson(rng));
  const header = ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Fiscal Period", "Amount", "Probability (%)", "Age", "Close Date", "Created Date", "Next Step", "Lead Source", "Type"]; // prettier-ignore
  const body: ExportCell[][] = [];
  const outcomes: Outcome[] = [];
  const amounts: number[] = [];
  for (let i = 0; i < rows; i++) {
    const outcome = outcomeOf(rng, 0.6, 0.5);
    const [stage, probability] =
      outcome === "won" ? ["Closed Won", 100] : outcome === "lost" ? ["Closed Lost", 0] : rng.pick(SF_STAGES);
    const amount = outcome === "open" && rng.chance(0.08) ? null : lognormal(rng, 40_000);
    const close = someDate(rng);
    const account = rng.pick(accounts);
    body.push([
      rng.pick(owners), account, `${account.split(" ")[0]} - ${rng.pick(["Renewal", "Expansion", "New Business", "Pilot"])}`,
      stage, `Q${Math.ceil(close[1] / 3)}-${close[0]}`, amount === null ? null : `USD ${money(amount)}`, probability,
      rng.range(1, 400), usDate(close), usDate(someDate(rng)), rng.chance(0.4) ? null : rng.pick(["Send proposal", "Call CFO", "Demo", "Legal review"]),
      rng.pick(["Web", "Partner Referral", "Trade Show", "Phone Inquiry", null]), rng.pick(["New Customer", "Existing Customer - Upgrade", "Existing Customer - Renewal"]),
    ]); // prettier-ignore
    outcomes.push(outcome);
    amounts.push(amount ?? 0);
  }
  const total = amounts.reduce((a, b) => a + b, 0);
  const lines: ExportCell[][] = [
    ["Opportunity Pipeline"],
    ["Ninegrid Demo Org"],
    ["As of 12/1/2026 9:41 AM · Generated by Admin User"],
    [],
    header,
    ...body,
    ["Total", null, null, null, null, `USD ${money(total)}`, null, null, null, null, null, null, null],
    [],
    ["Confidential Information - Do Not Distribute"],
    ["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."],
  ];
  return { name: "salesforce-opportunities", lines, headerLine: 4, bodyRows: rows, totalLine: 5 + rows, outcomes, amounts }; // prettier-ignore
}

/**
 * A Salesforce accounts export: 18-character IDs, Annual Revenue as `USD 5,000,000.00`, a custom
 * "Potential Value" field, blanks, and look-alike names under different IDs (EDGE COMMUNICATIONS).
 */
export function salesforceAccounts(seed = 8, rows = 60): CrmExport {
  const rng = mulberry32(seed + 1);
  const names = enCompanies(rng, rows - 2);
  names.push("EDGE COMMUNICATIONS", "Edge  Communications ");
  const header = ["Account ID", "Account Name", "Account Owner", "Type", "Industry", "Billing State/Province", "Billing Country", "Annual Revenue", "Employees", "Potential Value", "Created Date"]; // prettier-ignore
  const id = (i: number) => `001${String(5000000 + i * 7919).padStart(12, "0")}AAC`;
  const body: ExportCell[][] = names.map((name, i) => {
    const revenue = lognormal(rng, 20_000_000);
    return [
      id(i), name, enPerson(rng), rng.pick(["Customer - Direct", "Customer - Channel", "Prospect"]),
      rng.pick(["Energy", "Manufacturing", "Retail", "Healthcare", "Banking", null]), rng.pick(["CA", "NY", "TX", "WA", "IL", null]),
      "USA", `USD ${money(revenue)}`, rng.range(50, 20_000), `USD ${money(lognormal(rng, 2_000_000))}`, usDate(someDate(rng)),
    ]; // prettier-ignore
  });
  const lines: ExportCell[][] = [header, ...body];
  return { name: "salesforce-accounts", lines, headerLine: 0, bodyRows: body.length, totalLine: null };
}

const HS_STAGES = [
  ["Appointment Scheduled", "appointmentscheduled", 0.2], ["Qualified To Buy", "qualifiedtobuy", 0.4],
  ["Presentation Scheduled", "presentationscheduled", 0.6], ["Decision Maker Bought-In", "decisionmakerboughtin", 0.8],
  ["Contract Sent", "contractsent", 0.9],
] as const; // prettier-ignore

/**
 * A HubSpot "All deals" export: Record ID first, stage labels with some internal ids (deals synced by
 * an integration), ISO dates with times, blank amounts, and Associated Company.
 */
export function hubspotDeals(seed = 8, rows = 100): CrmExport {
  const rng = mulberry32(seed + 2);
  const companies = enCompanies(rng, 25);
  const owners = Array.from({ length: 5 }, () => enPerson(rng));
  const header = ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount", "Create Date", "Pipeline", "Associated Company", "Deal probability", "Last Activity Date"]; // prettier-ignore
  const body: ExportCell[][] = [];
  const outcomes: Outcome[] = [];
  const amounts: number[] = [];
  const iso = ([y, m, d]: [number, number, number]) => `${y}-${pad2(m)}-${pad2(d)} ${pad2(rng.range(8, 18))}:${pad2(rng.range(0, 59))}`; // prettier-ignore
  for (let i = 0; i < rows; i++) {
    const outcome = outcomeOf(rng, 0.5, 0.4);
    const byId = rng.chance(0.2);
    const open = rng.pick(HS_STAGES);
    const stage =
      outcome === "won" ? (byId ? "closedwon" : "Closed Won") : outcome === "lost" ? (byId ? "closedlost" : "Closed Lost") : byId ? open[1] : open[0]; // prettier-ignore
    const amount = rng.chance(0.1) ? null : lognormal(rng, 25_000);
    const company = rng.pick(companies);
    body.push([
      9_000_000_000 + i * 137, `${company.split(" ")[0]} deal ${i + 1}`, stage, iso(someDate(rng)), rng.pick(owners),
      amount, iso(someDate(rng)), "Sales Pipeline", company,
      outcome === "won" ? 1 : outcome === "lost" ? 0 : open[2], rng.chance(0.3) ? null : iso(someDate(rng)),
    ]); // prettier-ignore
    outcomes.push(outcome);
    amounts.push(amount ?? 0);
  }
  return { name: "hubspot-deals", lines: [header, ...body], headerLine: 0, bodyRows: rows, totalLine: null, outcomes, amounts }; // prettier-ignore
}

const ZH_STAGES = ["立项", "方案呈现", "招投标", "商务谈判"] as const;

/**
 * A Chinese-CRM opportunity list (销售易 / 纷享销客 style): a title line, 客户名称, 负责人, 商机阶段
 * with 立项/方案呈现/招投标/商务谈判/赢单/输单, 预计成交日期 in mixed text forms, 金额(万元) with
 * cells like 50, "3.5", "1,200" and "80万", blanks, and a 合计 total row.
 */
export function chineseCrmOpportunities(seed = 8, rows = 150): CrmExport {
  const rng = mulberry32(seed + 3);
  const customers = new Set<string>();
  while (customers.size < 40) customers.add(`${rng.pick(ZH_CITIES)}${rng.pick(ZH_BRANDS)}${rng.pick(["科技有限公司", "集团", "股份有限公司"])}`); // prettier-ignore
  const customerList = [...customers];
  const header = ["商机编号", "商机名称", "客户名称", "负责人", "商机阶段", "预计成交日期", "金额(万元)", "赢率", "创建时间", "下一步"]; // prettier-ignore
  const body: ExportCell[][] = [];
  const outcomes: Outcome[] = [];
  const amounts: number[] = [];
  const owners = Array.from({ length: 6 }, () => `${rng.pick(ZH_SURNAMES)}${rng.pick(ZH_GIVEN)}`);
  for (let i = 0; i < rows; i++) {
    const outcome = outcomeOf(rng, 0.55, 0.62);
    const stageIndex = rng.int(ZH_STAGES.length);
    const stage = outcome === "won" ? "赢单" : outcome === "lost" ? "输单" : ZH_STAGES[stageIndex];
    const form = rng.int(12);
    // Most amounts are in 万 as the header says; a few big deals carry separators, a few their own unit.
    const wan = form >= 2 && form <= 3 ? 1000 + rng.int(1500) : Math.round(Math.exp(3 + rng.normal()) * 10) / 10;
    const amountCell: ExportCell =
      outcome === "open" && form === 0
        ? null
        : form === 1
          ? `${wan}万`
          : form === 2
            ? wan.toLocaleString("en-US")
            : form === 3
              ? `${wan.toLocaleString("en-US")}万元`
              : wan;
    const [y, m, d] = someDate(rng);
    const dateCell = rng.pick([`${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}-${pad2(m)}-${pad2(d)}`]);
    const customer = rng.pick(customerList);
    body.push([
      `SJ${String(20260001 + i)}`, `${customer.slice(0, 4)}${rng.pick(["数字化项目", "扩容", "运维服务", "二期"])}`, customer,
      rng.pick(owners), stage, dateCell, amountCell,
      outcome === "won" ? "100%" : outcome === "lost" ? "0%" : `${[10, 30, 50, 70][stageIndex]}%`,
      `${rng.range(2025, 2026)}-${pad2(rng.range(1, 12))}-${pad2(rng.range(1, 28))} 09:30`, rng.chance(0.5) ? null : "拜访客户",
    ]); // prettier-ignore
    outcomes.push(outcome);
    amounts.push(amountCell === null ? 0 : Math.round(wan * 10_000));
  }
  const total = amounts.reduce((a, b) => a + b, 0) / 10_000;
  const lines: ExportCell[][] = [
    ["商机列表（导出时间：2026-12-01 09:30）"],
    header,
    ...body,
    ["合计", null, null, null, null, null, Math.round(total * 10) / 10, null, null, null],
  ];
  return { name: "chinese-crm-opportunities", lines, headerLine: 1, bodyRows: rows, totalLine: 2 + rows, outcomes, amounts }; // prettier-ignore
}

/** Every export, seeded. */
export function crmExports(seed = 8): CrmExport[] {
  return [salesforceOpportunities(seed), salesforceAccounts(seed), hubspotDeals(seed), chineseCrmOpportunities(seed)];
}

/** An export as CSV text (RFC 4180: fields with a comma, quote or line break are quoted). */
export function toCsv(e: CrmExport): string {
  const field = (v: ExportCell) => {
    const s = v === null ? "" : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${e.lines.map((line) => line.map(field).join(",")).join("\r\n")}\r\n`;
}
