/**
 * Weekly history for the sample (DOMAIN.md §9): 13 stacked snapshots of the sample's opportunities, ending with
 * the Opportunities table as it is, in which deals advance, slip, stall, win, lose and get dropped; a Leads table;
 * and a previous tier per account. Seeded and pure, like the rest of the sample.
 */
import { buildDataset } from "../core/dataset";
import { parseTable } from "../core/parse-table";
import { defaultModel } from "../core/schemas";
import { DEFAULT_STAGES, LOST, OPEN, readStatus, stageResolver, WON } from "../core/stages";
import { tierAccounts } from "../core/tiering";
import { TIERS } from "../core/tiers";
import { streamRng, type Rng } from "./random";
import type { SampleCell, SampleTable, SampleWorkbook } from "./generate";

/** Streams of their own, so the rest of the sample is unchanged by these tables. */
const STREAM = { history: 21, leads: 22, previousTier: 23 } as const;
export const HISTORY_WEEKS = 13;
export const HISTORY_HEADERS = [
  "Snapshot Date", "Opportunity ID", "Account", "Owner", "Region", "Stage", "Status", "Amount", "Expected Close",
]; // prettier-ignore

const K = DEFAULT_STAGES.length;
/** One opportunity in one week: open at a stage, won, lost, or not in the list. */
interface WeekState {
  status: number; // -1 absent
  stage: number;
  amount: number;
}

/** The week before `next`, drawn backwards: earlier stages, closes that had not happened, amounts revised. */
function weekBefore(next: WeekState, rng: Rng, mustChange: boolean): WeekState {
  if (next.status === WON || next.status === LOST) {
    if (!mustChange && rng.chance(0.93)) return next; // closed earlier already: about 7% of closes happen in a week
    const stage = next.status === WON ? K - 1 - rng.int(2) : Math.max(0, next.stage);
    return { status: OPEN, stage, amount: next.amount };
  }
  const r = rng.next();
  if (r < 0.004) return { ...next, status: LOST }; // lost then, open now: reopened
  let stage = next.stage;
  if (mustChange || r < 0.12)
    stage = Math.max(0, stage - 1); // it advanced since
  else if (r < 0.14 && stage < K - 1) stage++; // it was further along: it slipped since
  const amount = rng.chance(0.08) ? Math.round(next.amount * rng.range(0.85, 1.15)) : next.amount;
  return { status: OPEN, stage, amount };
}

interface CurrentRow {
  id: string;
  account: SampleCell;
  owner: SampleCell;
  region: SampleCell;
  stageCell: SampleCell;
  statusCell: SampleCell;
  state: WeekState;
  created: number;
  stageEntered: number | null;
  expectedClose: SampleCell;
}

function currentRows(wb: SampleWorkbook): CurrentRow[] {
  const h = wb.opportunities.headers;
  const col = (name: string) => h.indexOf(name);
  const [id, account, owner, region, stage, status, amount, created, entered, close] = [
    "Opportunity ID", "Account", "Owner", "Region", "Stage", "Status", "Amount", "Created", "Stage Entered", "Expected Close",
  ].map(col); // prettier-ignore
  const resolve = stageResolver(DEFAULT_STAGES);
  return wb.opportunities.rows.map((r) => {
    const res = resolve(r[stage] as string);
    const given = readStatus(r[status] as string);
    const st = res.outcome ?? (given < 0 ? OPEN : given);
    const n = (v: SampleCell) => (typeof v === "number" ? v : null);
    return {
      id: String(r[id]), account: r[account], owner: r[owner], region: r[region], stageCell: r[stage], statusCell: r[status],
      state: { status: st, stage: res.stage, amount: n(r[amount]) ?? 0 },
      created: n(r[created]) ?? -Infinity, stageEntered: n(r[entered]), expectedClose: r[close],
    }; // prettier-ignore
  });
}

/**
 * 13 weekly snapshots (DOMAIN.md §9 stacked snapshots) ending at the sample's report date: the last equals the
 * Opportunities table; earlier weeks are drawn backwards (a deal created after a week is not in it; one whose
 * stage was entered after a week was in an earlier stage then), plus deals dropped from the list on the way.
 */
export function generateHistory(wb: SampleWorkbook, seed = 42): SampleTable {
  const rng = streamRng(seed, STREAM.history);
  const dates = Array.from({ length: HISTORY_WEEKS }, (_, w) => wb.asOf - 7 * (HISTORY_WEEKS - 1 - w));
  const rows: SampleCell[][][] = dates.map(() => []);
  const cell = (s: WeekState, current: CurrentRow | null, w: number): [SampleCell, SampleCell] =>
    current && w === HISTORY_WEEKS - 1
      ? [current.stageCell, current.statusCell]
      : [s.stage >= 0 ? DEFAULT_STAGES[s.stage].name : null, ["Open", "Won", "Lost"][s.status]];
  for (const c of currentRows(wb)) {
    let s = c.state;
    for (let w = HISTORY_WEEKS - 1; w >= 0; w--) {
      if (w < HISTORY_WEEKS - 1) {
        if (dates[w] < c.created) break; // not created yet
        const entered = c.stageEntered !== null && dates[w] < c.stageEntered && s === c.state && s.status === OPEN;
        s = weekBefore(s, rng, entered);
      }
      const [stage, status] = cell(s, c, w);
      rows[w].push([dates[w], c.id, c.account, c.owner, c.region, stage, status, s.amount, c.expectedClose]);
    }
  }
  addDropped(wb, rng, dates, rows);
  return {
    name: HISTORY_TABLE,
    headers: [...HISTORY_HEADERS],
    rows: rows.flat(),
    numberFormats: { "Snapshot Date": "yyyy-mm-dd", Amount: "#,##0", "Expected Close": "yyyy-mm-dd" },
  };
}

/** Deals that were in the list for a few weeks and left it unresolved (Dropped, 收回): about 6% more. */
function addDropped(wb: SampleWorkbook, rng: Rng, dates: readonly number[], rows: SampleCell[][][]): void {
  const opps = wb.opportunities.rows;
  const n = Math.round(opps.length * 0.06);
  for (let i = 0; i < n && opps.length; i++) {
    const like = rng.pick(opps);
    const first = rng.int(HISTORY_WEEKS - 2);
    const last = first + rng.int(HISTORY_WEEKS - 1 - first); // < HISTORY_WEEKS - 1: gone by the last week
    let s: WeekState = { status: OPEN, stage: rng.int(3), amount: Math.round(rng.range(20, 400)) * 1000 };
    for (let w = first; w <= last; w++) {
      if (w > first && rng.chance(0.15)) s = { ...s, stage: Math.min(K - 1, s.stage + 1) };
      const id = `D${String(i + 1).padStart(4, "0")}`;
      rows[w].push([dates[w], id, like[1], like[2], like[3], DEFAULT_STAGES[s.stage].name, "Open", s.amount, like[9]]);
    }
  }
}

/** The history table's name; the sheet is "Opportunity History" (Excel reserves the sheet name "History"). */
export const HISTORY_TABLE = "OpportunityHistory";
export const LEADS_TABLE = "Leads";
export const PREVIOUS_TIER_HEADER = "Previous Tier";

/** Chinese headers (DOMAIN.md §9 synonyms), for the Chinese sample. */
export const MOVEMENT_HEADERS_ZH: Record<string, Record<string, string>> = {
  [HISTORY_TABLE]: {
    "Snapshot Date": "快照日期", "Opportunity ID": "商机编号", Account: "客户", Owner: "负责人", Region: "区域",
    Stage: "阶段", Status: "状态", Amount: "金额", "Expected Close": "预计签约日期",
  },
  [LEADS_TABLE]: {
    "Lead ID": "线索编号", "Lead Source": "线索来源", "Lead Owner": "负责人", Created: "创建日期", "Lead Status": "线索状态",
    "Converted Opportunity ID": "转化商机编号", "Converted Date": "转化日期",
  },
}; // prettier-ignore

/**
 * Adds the movement inputs to a sample workbook (DOMAIN.md §9): the 13 weekly snapshots, the Leads table and
 * a Previous Tier column on Accounts (the tiers are drawn before the column exists, from the accounts as they are).
 */
export function addMovementTables(wb: SampleWorkbook, seed = 42): void {
  const previous = generatePreviousTiers(wb, seed);
  wb.history = generateHistory(wb, seed);
  wb.leads = generateLeads(wb, seed);
  wb.accounts.headers.push(PREVIOUS_TIER_HEADER);
  wb.accounts.rows.forEach((r, i) => r.push(previous[i]));
}

export const LEAD_HEADERS = [
  "Lead ID", "Lead Source", "Lead Owner", "Created", "Lead Status", "Converted Opportunity ID", "Converted Date",
]; // prettier-ignore
const SOURCES = ["Web", "Event", "Referral", "Partner", "电话营销"];

/**
 * A Leads table (DOMAIN.md §9) over the last 13 weeks: about one lead per two opportunities, from five sources,
 * owned by the opportunities' owners; about a third promoted within days to weeks, some reclaimed, and older open
 * ones left to reclaim. Statuses are written in English or Chinese, as CRMs do.
 */
export function generateLeads(wb: SampleWorkbook, seed = 42): SampleTable {
  const rng = streamRng(seed, STREAM.leads);
  const owners = [...new Set(wb.opportunities.rows.map((r) => r[2]).filter((o) => typeof o === "string"))] as string[];
  const oppIds = wb.opportunities.rows.map((r) => r[0]);
  const n = Math.round(wb.opportunities.rows.length / 2);
  const rows: SampleCell[][] = [];
  for (let i = 0; i < n; i++) {
    const created = wb.asOf - rng.int(HISTORY_WEEKS * 7);
    const age = wb.asOf - created;
    const zh = rng.chance(0.2);
    let status = age < 5 ? (zh ? "新建" : "New") : zh ? "跟进" : "Working";
    let converted: SampleCell = null;
    let convertedOn: SampleCell = null;
    const promoteIn = 1 + rng.int(14);
    const r = rng.next();
    if (r < 0.4 && promoteIn <= age) {
      status = zh ? "已转化" : "Promoted";
      converted = rng.pick(oppIds);
      convertedOn = created + promoteIn;
    } else if (age > 14 && rng.chance(0.9)) status = zh ? "已收回" : "Reclaimed"; // most stale leads were taken back
    rows.push([`L${String(i + 1).padStart(5, "0")}`, rng.pick(SOURCES), owners.length ? rng.pick(owners) : null, created, status, converted, convertedOn]); // prettier-ignore
  }
  rows.sort((a, b) => (a[3] as number) - (b[3] as number));
  return { name: LEADS_TABLE, headers: [...LEAD_HEADERS], rows, numberFormats: { Created: "yyyy-mm-dd", "Converted Date": "yyyy-mm-dd" } }; // prettier-ignore
}

/**
 * A previous tier per account row (DOMAIN.md §9 tier migration): the tier the default model gives now, kept for
 * most accounts, one step up or down for about one in eight, and blank (new this period) for about one in twelve.
 */
export function generatePreviousTiers(wb: SampleWorkbook, seed = 42): (string | null)[] {
  const rng = streamRng(seed, STREAM.previousTier);
  const table = parseTable("accounts", { sheet: wb.accounts.name, values: [wb.accounts.headers, ...wb.accounts.rows] });
  const ds = buildDataset({ accounts: table });
  const tiers = tierAccounts(ds.accounts, defaultModel()).tiers;
  const byRow = new Map(ds.accounts.map((a, i) => [a.row, tiers[i]]));
  return wb.accounts.rows.map((_, i) => {
    const now = byRow.get(i + 2) ?? null;
    const r = rng.next();
    if (r < 0.08) return null;
    if (now === null) return rng.pick(TIERS);
    if (r < 0.2) return TIERS[Math.max(0, Math.min(3, TIERS.indexOf(now) + (rng.chance(0.5) ? 1 : -1)))];
    return now;
  });
}
