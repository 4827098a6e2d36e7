import { cellText, CellValue, excelErrorOf, foldText, isBlank } from "./cells";
import { locate, LocatedError, ParseOptions, parseTable, ParsedTable, TableSource } from "./parse-table";
import { medianOf } from "./stats";

/** Lead statuses of DOMAIN.md §9 (线索: 新建 / 跟进 / 已转化 / 已收回). */
export type LeadStatus = "New" | "Working" | "Promoted" | "Reclaimed";
export const LEAD_STATUSES: readonly LeadStatus[] = ["New", "Working", "Promoted", "Reclaimed"];

/** Every spelling of each lead status, as users and CRMs (Salesforce, HubSpot, Chinese CRMs) write it. */
export const LEAD_STATUS_SPELLINGS: Readonly<Record<LeadStatus, readonly string[]>> = {
  New: ["New", "Open", "Open - Not Contacted", "Not Contacted", "新建", "新线索", "未跟进", "待分配"],
  Working: [
    "Working", "Working - Contacted", "Contacted", "In Progress", "Attempted to Contact", "Connected",
    "跟进", "跟进中", "处理中", "已联系",
  ],
  Promoted: ["Promoted", "Converted", "Closed - Converted", "Qualified", "Open Deal", "已转化", "已升迁", "转商机", "已转商机"],
  Reclaimed: [
    "Reclaimed", "Recycled", "Closed - Not Converted", "Unqualified", "Disqualified", "Bad Timing",
    "已收回", "收回", "已回收", "无效",
  ],
}; // prettier-ignore

// A Map, so "constructor" or "__proto__" is never a status (DOMAIN.md §8).
const LEAD_WORDS: ReadonlyMap<string, LeadStatus> = new Map(
  LEAD_STATUSES.flatMap((s) => LEAD_STATUS_SPELLINGS[s].map((w): [string, LeadStatus] => [foldText(w), s])),
);

/** Reads a lead status cell (DOMAIN.md §9), English or Chinese; null when it names no lead status. */
export function readLeadStatus(v: CellValue): LeadStatus | null {
  if (isBlank(v) || excelErrorOf(v) || typeof v === "boolean") return null;
  return LEAD_WORDS.get(foldText(cellText(v))) ?? null;
}

/** One lead after parsing (DOMAIN.md §9 Leads). */
export interface LeadRecord {
  row: number;
  id: string | null;
  name: string | null;
  company: string | null;
  source: string | null;
  owner: string | null;
  created: number | null;
  status: LeadStatus;
  /** Promoted: the status says so, or a converted opportunity or date is given. */
  promoted: boolean;
  convertedOpportunityId: string | null;
  convertedDate: number | null;
}

const str = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));
const num = (v: unknown) => (typeof v === "number" ? v : null);

/**
 * The leads of a parsed Leads table (DOMAIN.md §9). A lead with a converted opportunity or date counts as
 * promoted whatever its status; a second lead with the same ID is skipped with a located error.
 */
export function readLeads(table: ParsedTable): { leads: LeadRecord[]; errors: LocatedError[] } {
  const errors: LocatedError[] = [...table.errors];
  const seen = new Map<string, number>();
  const leads: LeadRecord[] = [];
  for (const r of table.rows) {
    const id = str(r.leadId);
    if (id !== null) {
      const first = seen.get(foldText(id));
      if (first !== undefined) {
        errors.push(locate(table, r._row, "leadId", { code: "duplicateLead", params: { key: id, firstRow: first } }));
        continue;
      }
      seen.set(foldText(id), r._row);
    }
    const status = r.status as LeadStatus;
    const convertedOpportunityId = str(r.convertedOpportunityId);
    const convertedDate = num(r.convertedDate);
    leads.push({
      row: r._row,
      id,
      name: str(r.name),
      company: str(r.company),
      source: str(r.source),
      owner: str(r.owner),
      created: num(r.created),
      status,
      promoted: status === "Promoted" || convertedOpportunityId !== null || convertedDate !== null,
      convertedOpportunityId,
      convertedDate,
    });
  }
  return { leads, errors };
}

/** Parses a Leads table (DOMAIN.md §9) and reads its leads; bad rows are skipped with located errors. */
export function parseLeads(
  source: TableSource,
  options: ParseOptions = {},
): { table: ParsedTable; leads: LeadRecord[]; errors: LocatedError[]; warnings: LocatedError[] } {
  const table = parseTable("leads", source, options);
  return { table, ...readLeads(table), warnings: table.warnings };
}

/** One line of the weekly lead table: leads assigned in the window and how many of them were promoted. */
export interface LeadLine {
  /** Owner or source; null for leads without one. */
  label: string | null;
  assigned: number;
  promoted: number;
  /** promoted / assigned; null when nothing was assigned. */
  promotionRate: number | null;
  /** Median days from created to converted over the promoted ones with both dates; null when none. */
  medianDaysToPromote: number | null;
  /** Of the assigned: still New or Working, and reclaimed. */
  open: number;
  reclaimed: number;
}

/** A lead to reclaim (收回): open longer than the limit and not promoted. */
export interface ReclaimItem {
  lead: LeadRecord;
  daysOpen: number;
}

export interface LeadReport {
  asOf: number;
  /** The window is (from, asOf]: a lead is assigned in it when it was created in it. */
  from: number;
  byOwner: LeadLine[];
  bySource: LeadLine[];
  total: LeadLine;
  /** Longest open first. */
  toReclaim: ReclaimItem[];
  /** Leads without a created date: in no window and never listed to reclaim. */
  undated: number;
}

export interface LeadOptions {
  /** Report date (Excel serial); default the latest created or converted date. */
  asOf?: number;
  /** Start of the window, exclusive; default asOf − 7 (the last week). */
  from?: number;
  /** Open longer than this many days and not promoted: to reclaim (default 14). */
  reclaimDays?: number;
}

function leadLine(label: string | null, leads: readonly LeadRecord[], asOf: number): LeadLine {
  const promotedLeads = leads.filter((l) => l.promoted && (l.convertedDate === null || l.convertedDate <= asOf));
  const days = promotedLeads
    .filter((l) => l.convertedDate !== null && l.created !== null)
    .map((l) => (l.convertedDate as number) - (l.created as number));
  return {
    label,
    assigned: leads.length,
    promoted: promotedLeads.length,
    promotionRate: leads.length ? promotedLeads.length / leads.length : null,
    medianDaysToPromote: medianOf(days),
    open: leads.filter((l) => !l.promoted && (l.status === "New" || l.status === "Working")).length,
    reclaimed: leads.filter((l) => !l.promoted && l.status === "Reclaimed").length,
  };
}

function linesBy(leads: readonly LeadRecord[], key: (l: LeadRecord) => string | null, asOf: number): LeadLine[] {
  const groups = new Map<string, { label: string | null; leads: LeadRecord[] }>();
  for (const l of leads) {
    const label = key(l);
    const k = label === null ? "\u0000" : foldText(label);
    const g = groups.get(k) ?? { label, leads: [] };
    g.leads.push(l);
    groups.set(k, g);
  }
  return [...groups.values()]
    .sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : a.label.localeCompare(b.label)))
    .map((g) => leadLine(g.label, g.leads, asOf));
}

/**
 * The weekly lead promotion table of DOMAIN.md §9 (客户线索升迁状况表): per owner and per source, the leads
 * assigned (created) in the window (from, asOf], how many of them are promoted by asOf, the promotion rate
 * and the median days to promote; and the to-reclaim list: leads created more than `reclaimDays` (default
 * 14) days before asOf, still New or Working and not promoted.
 */
export function leadReport(leads: readonly LeadRecord[], options: LeadOptions = {}): LeadReport {
  let latest = -Infinity;
  for (const l of leads) latest = Math.max(latest, l.created ?? -Infinity, l.convertedDate ?? -Infinity);
  const asOf = options.asOf ?? (Number.isFinite(latest) ? latest : 0);
  const from = options.from ?? asOf - 7;
  const limit = options.reclaimDays ?? 14;
  const inWindow = leads.filter((l) => l.created !== null && l.created > from && l.created <= asOf);
  const toReclaim = leads
    .filter((l) => !l.promoted && (l.status === "New" || l.status === "Working") && l.created !== null)
    .map((lead) => ({ lead, daysOpen: asOf - (lead.created as number) }))
    .filter((x) => x.daysOpen > limit)
    .sort((a, b) => b.daysOpen - a.daysOpen || a.lead.row - b.lead.row);
  return {
    asOf,
    from,
    byOwner: linesBy(inWindow, (l) => l.owner, asOf),
    bySource: linesBy(inWindow, (l) => l.source, asOf),
    total: leadLine(null, inWindow, asOf),
    toReclaim,
    undated: leads.filter((l) => l.created === null).length,
  };
}
