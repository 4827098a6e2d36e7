/**
 * Live formulas of the Key Accounts review (DOMAIN.md §10) over the three plan tables, as designed and
 * checked against the core in test/core/esp-live-formulas.test.ts: SUMPRODUCT for the weighted status
 * scores, COUNTIFS for answered questions and open or overdue actions, MAXIFS for the last assessment.
 * Each table's figures are live only when the table and every column they need are there.
 */
import { AREA_NAMES, Area } from "../core/esp-questions";
import { PLAN_CONTENT_FIELDS } from "../core/esp-parse";
import { ACTION_STATUS_WORDS } from "../core/esp-values";
import { PlanSources } from "./definition";
import { PlanCell } from "./plan";
import { exactCriterion, textCriterion } from "./sources";

type Refs = Record<string, string>;

/** The references each group of live figures needs, or null when that group is written as values. */
export interface LiveRefs {
  status: Refs | null;
  actions: Refs | null;
  /** Account Plans: account, target and status columns, and the plan content columns the table has. */
  plans: { refs: Refs; content: string[] } | null;
}

function pick(plans: PlanSources, kind: Parameters<PlanSources["refs"]>[0], fields: readonly string[]): Refs | null {
  const out: Refs = {};
  for (const f of fields) {
    const ref = plans.refs(kind, f);
    if (ref === null) return null;
    out[f] = ref;
  }
  return out;
}

/** Which figures are live: none in a static build or without plan tables. */
export function liveRefs(plans: PlanSources | undefined, live: boolean): LiveRefs {
  if (!live || !plans) return { status: null, actions: null, plans: null };
  const planRefs = pick(plans, "accountPlans", ["account", "annualTarget", "planStatus"]);
  const content = PLAN_CONTENT_FIELDS.map((f) => plans.refs("accountPlans", f)).filter((r): r is string => r !== null);
  return {
    status: pick(plans, "accountStatus", ["account", "area", "weight", "score", "assessedOn"]),
    actions: pick(plans, "actionPlan", ["account", "status", "due"]),
    plans: planRefs && { refs: planRefs, content },
  };
}

/** Where a row's formulas point: its account cell (absolute column) and the report date cell. */
export interface RowContext {
  account: string;
  /** The account's name as written, for an exact COUNTIFS criterion. */
  name: string;
  asOf: string;
}

const ANSWERED = `">=0"`;
/** A string literal for a formula (not a criterion: no wildcards to escape). */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Weighted status score of one area (or all, `area` null) as a share of 5: "" when nothing is answered. */
export function scoreFormula(s: Refs, row: RowContext, area: Area | null): PlanCell {
  const crit = textCriterion(row.name, row.account);
  const spellings = area ? [AREA_NAMES[area].en, AREA_NAMES[area].zh] : [];
  const inArea = spellings.map((w) => `(${s.area}=${literal(w)})`).join("+");
  const num = `SUMPRODUCT(--(${s.account}=${row.account}),${area ? `${inArea},` : ""}${s.weight},${s.score})`;
  const dens = (area ? spellings : [null]).map(
    (w) =>
      `SUMIFS(${s.weight},${s.account},${crit},${w === null ? "" : `${s.area},${exactCriterion(w)},`}${s.score},${ANSWERED})`,
  );
  return { formula: `=IFERROR(${num}/(5*(${dens.join("+")})),"")` };
}

export const answeredFormula = (s: Refs, row: RowContext): PlanCell => ({
  formula: `=COUNTIFS(${s.account},${textCriterion(row.name, row.account)},${s.score},${ANSWERED})`,
});

export function lastAssessedFormula(s: Refs, row: RowContext): PlanCell {
  const last = `MAXIFS(${s.assessedOn},${s.account},${textCriterion(row.name, row.account)},${s.score},${ANSWERED})`;
  return { formula: `=IF(${last}=0,"",${last})` };
}

/** Open actions (a blank status is Open), or those of them due before the report date. */
export function actionsFormula(p: Refs, row: RowContext, overdue: boolean): PlanCell {
  const crit = textCriterion(row.name, row.account);
  const due = overdue ? `,${p.due},"<"&${row.asOf}` : "";
  const terms = [...ACTION_STATUS_WORDS.Open, ""].map(
    (w) => `COUNTIFS(${p.account},${crit},${p.status},${w === "" ? `""` : exactCriterion(w)}${due})`,
  );
  return { formula: `=${terms.join("+")}` };
}

/** Share of the plan's content fields filled: 0 without a plan row. */
export function completenessFormula(l: NonNullable<LiveRefs["plans"]>, row: RowContext): PlanCell {
  const crit = textCriterion(row.name, row.account);
  const account = l.refs.account;
  if (l.content.length === 0) return 0;
  const filled = l.content.map((ref) => `COUNTIFS(${account},${crit},${ref},"<>")`).join("+");
  return { formula: `=IF(COUNTIFS(${account},${crit})=0,0,(${filled})/${l.content.length})` };
}

export function targetFormula(l: Refs, row: RowContext): PlanCell {
  const crit = textCriterion(row.name, row.account);
  return {
    formula: `=IF(COUNTIFS(${l.account},${crit},${l.annualTarget},">=0")=0,"",SUMIFS(${l.annualTarget},${l.account},${crit}))`,
  };
}

export const planStatusFormula = (l: Refs, row: RowContext): PlanCell => ({
  formula: `=IFERROR(INDEX(${l.planStatus},MATCH(${row.account},${l.account},0))&"","")`,
});
