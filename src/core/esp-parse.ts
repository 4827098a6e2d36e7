/**
 * Reads the three ESP plan tables back (DOMAIN.md §10) into typed rows, with a located reason for every
 * bad row (a score of 7, the text "four", a blank account) and every doubtful one (a question ID the
 * bank does not have), on top of the generic table parser.
 */
import { CellValue, foldText, isBlank } from "./cells";
import { Area } from "./esp-questions";
import { bankQuestion } from "./esp-questions";
import { ActionStatus, PlanStatus } from "./esp-values";
import { PlanKind } from "./fields";
import { LocatedError, locate, ParsedRow, ParsedTable, parseTable, ParseOptions, TableSource } from "./parse-table";
import { Tier } from "./tiers";

/** The plan fields whose share filled is a plan's completeness (DOMAIN.md §10). */
export const PLAN_CONTENT_FIELDS = [
  "ultimateGoal", "shortTermGoals", "strategy", "resources", "measures", "annualTarget", "reviewDate",
] as const; // prettier-ignore

export interface PlanRow {
  /** 1-based worksheet row. */
  row: number;
  account: string;
  tier: Tier | null;
  owner: string | null;
  annualTarget: number | null;
  reviewDate: number | null;
  status: PlanStatus | null;
  notKeySince: number | null;
  /** Plan content fields with a non-blank cell, and how many of them the table has columns for. */
  filled: number;
  fields: number;
}

export interface StatusRow {
  row: number;
  account: string;
  questionId: string;
  area: Area;
  weight: number;
  /** Blank = not assessed. */
  score: number | null;
  assessedOn: number | null;
}

export interface ActionRow {
  row: number;
  account: string;
  action: string | null;
  area: Area | null;
  owner: string | null;
  due: number | null;
  /** A blank status is Open. */
  status: ActionStatus;
}

export interface PlanTables {
  plans: PlanRow[];
  status: StatusRow[];
  actions: ActionRow[];
  /** Rows skipped, with where and why. */
  errors: LocatedError[];
  /** Rows kept but worth a look. */
  warnings: LocatedError[];
  parsed: Partial<Record<PlanKind, ParsedTable>>;
}

const text = (v: ParsedRow[string]): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: ParsedRow[string]): number | null => (typeof v === "number" ? v : null);

/** The raw cells of a parsed row, found again in its source by worksheet row. */
function rawCells(source: TableSource, sheetRow: number): readonly CellValue[] {
  return source.values[sheetRow - (source.headerRow ?? 1)] ?? [];
}

/** Drops later rows whose folded key repeats an earlier one, with a located error each (the first row wins). */
function firstOfEach(
  t: ParsedTable,
  keyOf: (r: ParsedRow) => string,
  problem: (r: ParsedRow, firstRow: number) => Parameters<typeof locate>[3],
  field: string,
  errors: LocatedError[],
): ParsedRow[] {
  const seen = new Map<string, number>();
  const kept: ParsedRow[] = [];
  for (const r of t.rows) {
    const key = keyOf(r);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(locate(t, r._row, field, problem(r, first)));
      t.rowsSkipped++;
      continue;
    }
    seen.set(key, r._row);
    kept.push(r);
  }
  return kept;
}

function readPlans(t: ParsedTable, source: TableSource, errors: LocatedError[]): PlanRow[] {
  const rows = firstOfEach(
    t,
    (r) => foldText(String(r.account)),
    (r, firstRow) => ({ code: "duplicatePlan", params: { account: String(r.account), firstRow } }),
    "account",
    errors,
  );
  const contentCols = PLAN_CONTENT_FIELDS.map((k) => t.mapping[k]).filter(
    (c): c is number => c !== null && c !== undefined,
  );
  return rows.map((r) => {
    const cells = rawCells(source, r._row);
    return {
      row: r._row,
      account: String(r.account),
      tier: text(r.tier) as Tier | null,
      owner: text(r.owner),
      annualTarget: num(r.annualTarget),
      reviewDate: num(r.reviewDate),
      status: text(r.planStatus) as PlanStatus | null,
      notKeySince: num(r.notKeySince),
      // A cell counts as filled as written, even if its value could not be read (it has a warning).
      filled: contentCols.filter((c) => !isBlank(cells[c])).length,
      fields: contentCols.length,
    };
  });
}

function readStatus(t: ParsedTable, errors: LocatedError[], warnings: LocatedError[]): StatusRow[] {
  const rows = firstOfEach(
    t,
    (r) => `${foldText(String(r.account))}\u0000${foldText(String(r.questionId))}`,
    (r, firstRow) => ({
      code: "duplicateAnswer",
      params: { account: String(r.account), questionId: String(r.questionId), firstRow },
    }),
    "questionId",
    errors,
  );
  return rows.map((r) => {
    const questionId = String(r.questionId);
    if (!bankQuestion(questionId))
      warnings.push(locate(t, r._row, "questionId", { code: "unknownQuestion", params: { questionId } }));
    return {
      row: r._row,
      account: String(r.account),
      questionId,
      area: r.area as Area,
      weight: r.weight as number,
      score: num(r.score),
      assessedOn: num(r.assessedOn),
    };
  });
}

function readActions(t: ParsedTable): ActionRow[] {
  return t.rows.map((r) => ({
    row: r._row,
    account: String(r.account),
    action: text(r.action),
    area: text(r.area) as Area | null,
    owner: text(r.owner),
    due: num(r.due),
    status: (text(r.status) as ActionStatus | null) ?? "Open",
  }));
}

/**
 * Parses whichever of the three plan tables are given (DOMAIN.md §10, §2 "Bad input"): header detection
 * in English or Chinese, a located error for each bad row (blank account or question ID, a score that
 * is not a whole number 0–5, an unknown area or status, a blank area or weight, a second plan for one
 * account or a second answer to one question), and a warning for a question ID not in the bank.
 * A bad optional cell (a review date "soon") is blanked with a warning; the row is kept.
 */
export function parsePlanTables(
  sources: Partial<Record<PlanKind, TableSource>>,
  options: Pick<ParseOptions, "mapping" | "language"> = {},
): PlanTables {
  const out: PlanTables = { plans: [], status: [], actions: [], errors: [], warnings: [], parsed: {} };
  const parse = (kind: PlanKind): ParsedTable | null => {
    const source = sources[kind];
    if (!source) return null;
    const t = parseTable(kind, source, { language: options.language });
    out.parsed[kind] = t;
    out.errors.push(...t.errors);
    out.warnings.push(...t.warnings);
    return t;
  };
  const plans = parse("accountPlans");
  if (plans) out.plans = readPlans(plans, sources.accountPlans as TableSource, out.errors);
  // A score that cannot be read would read as "not assessed": the row is bad, not blanked (as for a status).
  const status = parse("accountStatus");
  if (status) out.status = readStatus(status, out.errors, out.warnings);
  const actions = parse("actionPlan");
  if (actions) out.actions = readActions(actions);
  return out;
}
