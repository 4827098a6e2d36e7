/**
 * The key-account review of DOMAIN.md §10 (ESP steps 2–5 and 8): per key account, target against won,
 * pipeline, plan completeness, status scores by area, actions and the age of the last assessment, with
 * the four highlights; and per key-account rep, Step 8's targets, won and the share of well-kept accounts.
 */
import { foldText } from "./cells";
import { Dataset } from "./dataset";
import { serialFromYmd, ymdFromSerial } from "./dates";
import { Area, AREAS } from "./esp-questions";
import { ActionRow, PlanRow, PlanTables, StatusRow } from "./esp-parse";
import { PlanStatus } from "./esp-values";
import { KeyAccount } from "./key-accounts";
import { LocatedError, locate, ParsedTable } from "./parse-table";
import { weightedAmount } from "./pipeline";
import { OPEN, StageDef, WON } from "./stages";
import { Tier } from "./tiers";

/** DOMAIN.md §10: an assessment older than this many days is stale. */
export const STALE_AFTER_DAYS = 90;

export interface ReviewInput {
  data: Pick<Dataset, "accounts" | "opportunities">;
  keyAccounts: readonly KeyAccount[];
  tables: PlanTables;
  stages: readonly StageDef[];
  /** Report date (Excel serial). */
  asOf: number;
  /** Previous tier of an account (the accounts table's Previous Tier column, DOMAIN.md §9), when known. */
  previousTier?: (account: number) => Tier | null;
  /** Weight open deals by the row's own probability where it has one (DOMAIN.md §6 "Row probability"). */
  weightBy?: "stage" | "row";
}

export interface Highlights {
  /** No Account Plans row, or one with no plan field filled. */
  noPlan: boolean;
  /** No question answered. */
  noAssessment: boolean;
  /** Answered, but the last assessment is more than 90 days before the report date, or undated. */
  staleAssessment: boolean;
  overdueActions: boolean;
}

export interface AccountReview {
  account: number;
  name: string;
  tier: Tier | null;
  previousTier: Tier | null;
  /** The plan's Owner when filled, else the key account's owner (Key-Account primary, account owner). */
  owner: string | null;
  /** 1-based Account Plans row, or null when the account has none. */
  planRow: number | null;
  annualTarget: number | null;
  /** Won amount with a close date in the report date's calendar year. */
  wonThisYear: number;
  /** Won this year / annual target; null without a positive target. */
  attainment: number | null;
  weightedPipeline: number;
  /** Share of the plan fields filled, 0–1 (0 without a plan). */
  completeness: number;
  planStatus: PlanStatus | null;
  /** Σ weight × score / (5 × Σ weight) over answered questions, per area; null when none answered or Σ weight = 0. */
  areaScores: Record<Area, number | null>;
  overall: number | null;
  /** The area with the lowest score (the first in area order on a tie), or null. */
  weakestArea: Area | null;
  questions: number;
  answered: number;
  openActions: number;
  overdueActions: number;
  lastAssessed: number | null;
  daysSinceAssessment: number | null;
  /** Answered, dated and at most 90 days old. */
  freshAssessment: boolean;
  highlights: Highlights;
}

export interface RepReview {
  /** Key-account owner as first written, or null for key accounts with no owner. */
  rep: string | null;
  accounts: number;
  /** Σ annual targets of the rep's key accounts (a blank target adds nothing). */
  target: number;
  won: number;
  attainment: number | null;
  agreedPlans: number;
  freshAssessments: number;
  /** Key accounts with an agreed plan and a fresh assessment. */
  agreedAndFresh: number;
  /** agreedAndFresh / accounts (DOMAIN.md §10 Step 8). */
  share: number;
}

export interface KeyAccountReview {
  accounts: AccountReview[];
  reps: RepReview[];
  /** Plan-table rows whose account is not in the accounts table. */
  warnings: LocatedError[];
}

/** Σ weight × score / (5 × Σ weight) over answered rows (DOMAIN.md §10); null when none or Σ weight = 0. */
export function statusScore(rows: readonly Pick<StatusRow, "weight" | "score">[]): number | null {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    if (r.score === null) continue;
    num += r.weight * r.score;
    den += r.weight;
  }
  return den > 0 ? num / (5 * den) : null;
}

/** Rows grouped by the key account they name (folded name or account ID). */
function byKeyAccount<T extends { account: string }>(
  rows: readonly T[],
  index: ReadonlyMap<string, number>,
  onUnknown: (r: T) => void,
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = index.get(foldText(r.account));
    if (k === undefined) {
      onUnknown(r);
      continue;
    }
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Won this year and weighted open pipeline per account index. */
function dealsByAccount(input: ReviewInput): Map<number, { won: number; weighted: number }> {
  const year = ymdFromSerial(input.asOf).y;
  const [from, to] = [serialFromYmd(year, 1, 1), serialFromYmd(year + 1, 1, 1)];
  const out = new Map<number, { won: number; weighted: number }>();
  for (const o of input.data.opportunities) {
    if (o.account < 0) continue;
    let s = out.get(o.account);
    if (!s) out.set(o.account, (s = { won: 0, weighted: 0 }));
    if (o.status === WON && o.expectedClose !== null && o.expectedClose >= from && o.expectedClose < to)
      s.won += o.amount;
    else if (o.status === OPEN) {
      const row = input.weightBy === "row" ? o.probability : null;
      s.weighted += weightedAmount(o.amount, o.status, row ?? input.stages[o.stage]?.probability ?? 0);
    }
  }
  return out;
}

function scores(rows: readonly StatusRow[]): Pick<AccountReview, "areaScores" | "overall" | "weakestArea"> {
  const areaScores = Object.fromEntries(AREAS.map((a) => [a, statusScore(rows.filter((r) => r.area === a))])) as Record<
    Area,
    number | null
  >;
  let weakestArea: Area | null = null;
  for (const a of AREAS) {
    const s = areaScores[a];
    if (s !== null && (weakestArea === null || s < (areaScores[weakestArea] as number))) weakestArea = a;
  }
  return { areaScores, overall: statusScore(rows), weakestArea };
}

function assessment(rows: readonly StatusRow[], asOf: number) {
  const answered = rows.filter((r) => r.score !== null);
  const dates = answered.map((r) => r.assessedOn).filter((d): d is number => d !== null);
  const lastAssessed = dates.length ? Math.max(...dates) : null;
  const daysSinceAssessment = lastAssessed === null ? null : Math.floor(asOf) - Math.floor(lastAssessed);
  const freshAssessment = daysSinceAssessment !== null && daysSinceAssessment <= STALE_AFTER_DAYS;
  return { questions: rows.length, answered: answered.length, lastAssessed, daysSinceAssessment, freshAssessment };
}

function reviewOne(
  k: KeyAccount,
  input: ReviewInput,
  plan: PlanRow | undefined,
  status: readonly StatusRow[],
  actions: readonly ActionRow[],
  deals: { won: number; weighted: number } | undefined,
): AccountReview {
  const target = plan?.annualTarget ?? null;
  const won = deals?.won ?? 0;
  const a = assessment(status, input.asOf);
  const open = actions.filter((x) => x.status === "Open");
  const overdue = open.filter((x) => x.due !== null && Math.floor(x.due) < Math.floor(input.asOf)).length;
  const completeness = plan && plan.fields > 0 ? plan.filled / plan.fields : 0;
  return {
    account: k.account,
    name: k.name,
    tier: k.tier,
    previousTier: input.previousTier?.(k.account) ?? null,
    owner: plan?.owner ?? k.owner,
    planRow: plan?.row ?? null,
    annualTarget: target,
    wonThisYear: won,
    attainment: target !== null && target > 0 ? won / target : null,
    weightedPipeline: deals?.weighted ?? 0,
    completeness,
    planStatus: plan?.status ?? null,
    ...scores(status),
    ...a,
    openActions: open.length,
    overdueActions: overdue,
    highlights: {
      noPlan: !plan || plan.filled === 0,
      noAssessment: a.answered === 0,
      staleAssessment: a.answered > 0 && !a.freshAssessment,
      overdueActions: overdue > 0,
    },
  };
}

/**
 * Step 8 of DOMAIN.md §10, per key-account rep (the review's owner, matched ignoring case, width and
 * spaces): Σ annual targets, won on those accounts this year, attainment, and the share of their key
 * accounts with an agreed plan and a fresh assessment. Reps in order of first appearance; no owner last.
 */
export function repReviews(accounts: readonly AccountReview[]): RepReview[] {
  const reps = new Map<string, RepReview>();
  for (const a of accounts) {
    const key = a.owner === null ? "\u0000" : foldText(a.owner);
    let r = reps.get(key);
    if (!r) {
      r = { rep: a.owner, accounts: 0, target: 0, won: 0, attainment: null, agreedPlans: 0, freshAssessments: 0, agreedAndFresh: 0, share: 0 }; // prettier-ignore
      reps.set(key, r);
    }
    const agreed = a.planStatus === "Agreed";
    r.accounts++;
    r.target += a.annualTarget ?? 0;
    r.won += a.wonThisYear;
    r.agreedPlans += agreed ? 1 : 0;
    r.freshAssessments += a.freshAssessment ? 1 : 0;
    r.agreedAndFresh += agreed && a.freshAssessment ? 1 : 0;
  }
  const out = [...reps.values()].map((r) => ({
    ...r,
    attainment: r.target > 0 ? r.won / r.target : null,
    share: r.agreedAndFresh / r.accounts,
  }));
  return [...out.filter((r) => r.rep !== null), ...out.filter((r) => r.rep === null)];
}

/**
 * The key-account review of DOMAIN.md §10. Plan-table rows find their key account by name or account ID
 * (ignoring case, width and spaces); rows of accounts that are not key are left out, and rows naming no
 * account of the accounts table get an `unknownAccount` warning. Won this year counts won deals whose
 * close date falls in the report date's calendar year; open and overdue actions count Open ones only
 * (Done and Dropped are closed), overdue when due before the report date.
 */
export function reviewKeyAccounts(input: ReviewInput): KeyAccountReview {
  const known = new Map<string, number>();
  input.data.accounts.forEach((a, i) => {
    known.set(foldText(a.name), i);
    if (a.id) known.set(foldText(a.id), i);
  });
  const warnings: LocatedError[] = [];
  const warn = (kind: "accountPlans" | "accountStatus" | "actionPlan") => (r: { row: number; account: string }) => {
    if (known.has(foldText(r.account))) return;
    const t = input.tables.parsed[kind] as ParsedTable;
    warnings.push(locate(t, r.row, "account", { code: "unknownAccount", params: { account: r.account } }));
  };
  const plans = byKeyAccount(input.tables.plans, known, warn("accountPlans"));
  const status = byKeyAccount(input.tables.status, known, warn("accountStatus"));
  const actions = byKeyAccount(input.tables.actions, known, warn("actionPlan"));
  const deals = dealsByAccount(input);
  const accounts = input.keyAccounts.map((k) =>
    reviewOne(
      k,
      input,
      plans.get(k.account)?.[0],
      status.get(k.account) ?? [],
      actions.get(k.account) ?? [],
      deals.get(k.account),
    ),
  );
  return { accounts, reps: repReviews(accounts), warnings };
}
