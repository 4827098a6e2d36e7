/**
 * Live formulas of the Key Accounts review (DOMAIN.md §10) over the three plan tables, as designed and
 * checked against the core in test/core/esp-live-formulas.test.ts: SUMPRODUCT for the weighted status
 * scores, COUNTIFS for answered questions and open or overdue actions, MAXIFS for the last assessment.
 * Each table's figures are live only when the table and every column they need are there. Rows the core
 * skipped (a score of 7, a second answer to one question, a second plan) are subtracted one by one, with
 * the same formula over that row's own cells, so live and static agree (DOMAIN.md §6 "Live and static
 * agree"); where a formula cannot leave a row out (MAXIFS, MATCH) the row is reported as counted.
 */
import { AREA_NAMES, Area } from "../core/esp-questions";
import { PLAN_CONTENT_FIELDS } from "../core/esp-parse";
import { ACTION_STATUS_WORDS } from "../core/esp-values";
import { PlanKind } from "../core/fields";
import { PlanSources } from "./definition";
import { criterionMatches, SkippedRow } from "./live-criteria";
import { PlanCell } from "./plan";
import { exactCriterion, textCriterion } from "./sources";

type Refs = Readonly<Record<string, string>>;

/** The references each group of live figures needs, or null when that group is written as values. */
export interface LiveRefs {
  status: Refs | null;
  actions: Refs | null;
  /** Account Plans: account, target and status columns, and the plan content columns the table has (by field). */
  plans: { refs: Refs; content: Refs } | null;
  /** Rows the core skipped, per plan table. */
  skipped: Partial<Record<PlanKind, readonly SkippedRow[]>>;
}

function pick(plans: PlanSources, kind: Parameters<PlanSources["refs"]>[0], fields: readonly string[]): Refs | null {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const ref = plans.refs(kind, f);
    if (ref === null) return null;
    out[f] = ref;
  }
  return out;
}

/** Which figures are live: none in a static build or without plan tables. */
export function liveRefs(plans: PlanSources | undefined, live: boolean): LiveRefs {
  if (!live || !plans) return { status: null, actions: null, plans: null, skipped: {} };
  const planRefs = pick(plans, "accountPlans", ["account", "annualTarget", "planStatus"]);
  const content: Record<string, string> = {};
  for (const f of PLAN_CONTENT_FIELDS) {
    const ref = plans.refs("accountPlans", f);
    if (ref !== null) content[f] = ref;
  }
  return {
    status: pick(plans, "accountStatus", ["account", "area", "weight", "score", "assessedOn"]),
    actions: pick(plans, "actionPlan", ["account", "status", "due"]),
    plans: planRefs && { refs: planRefs, content },
    skipped: plans.skipped ?? {},
  };
}

/**
 * Skipped rows the live formulas of one key account met, per plan table: `rows` were matched by its
 * criteria, `counted` of them stay in some formula (too many to subtract, or a MAXIFS or MATCH they change).
 */
export type RowHits = Partial<Record<PlanKind, { rows: Set<number>; counted: Set<number> }>>;

/** Where a row's formulas point: its account cell (absolute column) and the report date cell. */
export interface RowContext {
  account: string;
  /** The account's name as written, for an exact COUNTIFS criterion. */
  name: string;
  asOf: string;
  /** Skipped rows of each plan table, for the row to subtract the ones its account criterion matches. */
  skipped?: LiveRefs["skipped"];
  /** Filled with the skipped rows this row's formulas met. */
  hits?: RowHits;
}

/**
 * At most this many skipped rows of one key account are subtracted in its formulas: each adds about 500
 * characters to an area score, and Excel refuses a formula over 8,192. Beyond it they stay counted (and warned of).
 */
export const MAX_CORRECTIONS = 8;

/** The skipped rows of `kind` whose account cell the row's criterion matches (COUNTIFS ignores case only). */
function hitsOf(row: RowContext, kind: PlanKind): readonly SkippedRow[] {
  const rows = (row.skipped?.[kind] ?? []).filter((r) => r.refs.account && criterionMatches(r.cells.account, row.name));
  if (rows.length === 0 || !row.hits) return rows;
  const h = (row.hits[kind] ??= { rows: new Set(), counted: new Set() });
  for (const r of rows) h.rows.add(r.row);
  if (rows.length > MAX_CORRECTIONS) for (const r of rows) h.counted.add(r.row);
  return rows.length > MAX_CORRECTIONS ? [] : rows;
}

/** Marks skipped rows a formula counts although the core does not (it cannot leave them out). */
function counted(row: RowContext, kind: PlanKind, rows: readonly SkippedRow[]): void {
  if (rows.length === 0 || !row.hits) return;
  const h = (row.hits[kind] ??= { rows: new Set(), counted: new Set() });
  for (const r of rows) h.counted.add(r.row);
}

/**
 * `f` over the whole columns minus `f` over each skipped row's own cells, which is what the columns
 * hold without those rows (SUMPRODUCT, SUMIFS and COUNTIFS add up row by row). Just `f(refs)` without any.
 */
function less(f: (r: Refs) => string, refs: Refs, rows: readonly SkippedRow[], wrap = true): string {
  if (rows.length === 0) return f(refs);
  const body = `${f(refs)}${rows.map((r) => `-(${f(r.refs)})`).join("")}`;
  return wrap ? `(${body})` : body;
}

/**
 * COUNTIFS criteria of an answered question: a score from 0 to 5, so a 7 or a −1 typed after the build is
 * left out as the core leaves it out (a blank or text score matches neither).
 */
const answered = (score: string) => `${score},">=0",${score},"<=5"`;
/** A string literal for a formula (not a criterion: no wildcards to escape). */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Weighted status score of one area (or all, `area` null) as a share of 5: "" when nothing is answered. */
export function scoreFormula(s: Refs, row: RowContext, area: Area | null): PlanCell {
  const crit = textCriterion(row.name, row.account);
  const spellings = area ? [AREA_NAMES[area].en, AREA_NAMES[area].zh] : [];
  const hits = hitsOf(row, "accountStatus");
  const num = (r: Refs) => {
    const inArea = spellings.map((w) => `(${r.area}=${literal(w)})`).join("+");
    const inRange = `--(${r.score}>=0),--(${r.score}<=5)`;
    return `SUMPRODUCT(--(${r.account}=${row.account}),${area ? `${inArea},` : ""}${inRange},${r.weight},${r.score})`;
  };
  const den = (r: Refs) =>
    (area ? spellings : [null])
      .map(
        (w) =>
          `SUMIFS(${r.weight},${r.account},${crit},${w === null ? "" : `${r.area},${exactCriterion(w)},`}${answered(r.score)})`,
      )
      .join("+");
  return { formula: `=IFERROR(${less(num, s, hits)}/(5*(${less(den, s, hits, false)})),"")` };
}

export function answeredFormula(s: Refs, row: RowContext): PlanCell {
  const f = (r: Refs) => `COUNTIFS(${r.account},${textCriterion(row.name, row.account)},${answered(r.score)})`;
  return { formula: `=${less(f, s, hitsOf(row, "accountStatus"), false)}` };
}

/**
 * The last assessment date of answered questions. MAXIFS cannot subtract a row: a skipped row that would
 * raise the date (a number score from 0 to 5, dated after `last`, the core's last date) stays counted.
 */
export function lastAssessedFormula(s: Refs, row: RowContext, last: number | null): PlanCell {
  const raising = hitsOf(row, "accountStatus").filter(
    (r) =>
      typeof r.cells.score === "number" &&
      r.cells.score >= 0 &&
      r.cells.score <= 5 &&
      typeof r.cells.assessedOn === "number" &&
      r.cells.assessedOn > (last ?? 0),
  );
  counted(row, "accountStatus", raising);
  const max = `MAXIFS(${s.assessedOn},${s.account},${textCriterion(row.name, row.account)},${answered(s.score)})`;
  return { formula: `=IF(${max}=0,"",${max})` };
}

/** Open actions (a blank status is Open), or those of them due before the report date. */
export function actionsFormula(p: Refs, row: RowContext, overdue: boolean): PlanCell {
  const crit = textCriterion(row.name, row.account);
  const words = [...ACTION_STATUS_WORDS.Open, ""];
  const term = (r: Refs, w: string) =>
    `COUNTIFS(${r.account},${crit},${r.status},${w === "" ? `""` : exactCriterion(w)}${overdue ? `,${r.due},"<"&${row.asOf}` : ""})`;
  // A skipped row's status cell matches at most one term (COUNTIFS ignores case): subtract that one.
  const minus = hitsOf(row, "actionPlan").flatMap((r) => {
    const w = words.find((x) => criterionMatches(r.cells.status ?? "", x));
    return w === undefined ? [] : [`-${term(r.refs, w)}`];
  });
  return { formula: `=${words.map((w) => term(p, w)).join("+")}${minus.join("")}` };
}

/** Share of the plan's content fields filled: 0 without a plan row. */
export function completenessFormula(l: NonNullable<LiveRefs["plans"]>, row: RowContext): PlanCell {
  const crit = textCriterion(row.name, row.account);
  const fields = Object.keys(l.content);
  if (fields.length === 0) return 0;
  const hits = hitsOf(row, "accountPlans");
  const rows = (r: Refs) => `COUNTIFS(${r.account},${crit})`;
  const filled = (r: Refs) => fields.map((f) => `COUNTIFS(${r.account},${crit},${r[f]},"<>")`).join("+");
  const all = { ...l.content, account: l.refs.account };
  return {
    formula: `=IF(${less(rows, all, hits, false)}=0,0,(${less(filled, all, hits, false)})/${fields.length})`,
  };
}

export function targetFormula(l: Refs, row: RowContext): PlanCell {
  const crit = textCriterion(row.name, row.account);
  const hits = hitsOf(row, "accountPlans");
  const set = (r: Refs) => `COUNTIFS(${r.account},${crit},${r.annualTarget},">=0")`;
  const sum = (r: Refs) => `SUMIFS(${r.annualTarget},${r.account},${crit})`;
  return { formula: `=IF(${less(set, l, hits, false)}=0,"",${less(sum, l, hits, false)})` };
}

/**
 * The plan status of the account's first Account Plans row (MATCH finds the first): a skipped row above
 * the core's plan row (`planRow`, or any when it has none) is the one MATCH finds, so it stays counted.
 */
export function planStatusFormula(l: Refs, row: RowContext, planRow: number | null): PlanCell {
  counted(
    row,
    "accountPlans",
    hitsOf(row, "accountPlans").filter((r) => planRow === null || r.row < planRow),
  );
  return { formula: `=IFERROR(INDEX(${l.planStatus},MATCH(${row.account},${l.account},0))&"","")` };
}
