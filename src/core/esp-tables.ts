/**
 * The three ESP plan tables of DOMAIN.md §10 as data: their columns (English and Chinese headers, who
 * fills each, validation, number format) and the field specs that read them back. Ninegrid creates
 * the tables when asked and never overwrites them; see esp-merge.ts for reruns.
 */
import type { FieldSpec, FieldType, PlanKind } from "./fields";
import { AREA_NAMES, AREAS, Bilingual, TableLanguage } from "./esp-questions";
import { ACTION_STATUS_WORDS, PLAN_STATUS_WORDS } from "./esp-values";

/**
 * Who fills a column: `key` identifies the row and is written once by Ninegrid (account, question ID);
 * `prefilled` is written once when a row is added and is the user's from then on; `input` is only ever
 * the user's; `computed` is Ninegrid's own (the Not key since date), kept up to date on every rerun.
 */
export type ColumnRole = "key" | "prefilled" | "input" | "computed";

/** Excel data validation for a column's cells. */
export type ColumnValidation =
  | { kind: "list"; values: Readonly<Record<TableLanguage, readonly string[]>> }
  | { kind: "wholeNumber"; min: number; max: number }
  | { kind: "decimal"; min: number }
  | { kind: "date" };

export interface PlanColumn {
  /** Field key, the same in both languages. */
  key: string;
  header: Bilingual;
  role: ColumnRole;
  type: FieldType;
  /** A row without this value is bad (DOMAIN.md §2 "Bad input"). */
  required: boolean;
  /** More headers that read back as this column (synonyms beyond the two written ones). */
  synonyms?: readonly string[];
  validation?: ColumnValidation;
  /** Excel number format of the column's cells. */
  numberFormat?: string;
  /** Column width in characters, for a readable table. */
  width: number;
}

export interface PlanTableDef {
  kind: PlanKind;
  /** Excel table name (no spaces, valid in both languages) and sheet name. */
  tableName: string;
  sheet: Bilingual;
  columns: readonly PlanColumn[];
}

const DATE_FORMAT = "yyyy-mm-dd";
const list = (words: Readonly<Record<string, readonly string[]>>): ColumnValidation => ({
  kind: "list",
  values: { en: Object.values(words).map((w) => w[0]), zh: Object.values(words).map((w) => w[1]) },
});
const TIER_LIST: ColumnValidation = { kind: "list", values: { en: ["A", "B", "C", "D"], zh: ["A", "B", "C", "D"] } };
const AREA_LIST: ColumnValidation = {
  kind: "list",
  values: { en: AREAS.map((a) => AREA_NAMES[a].en), zh: AREAS.map((a) => AREA_NAMES[a].zh) },
};
const DATE: ColumnValidation = { kind: "date" };

type ColumnOptions = Partial<Pick<PlanColumn, "synonyms" | "validation" | "numberFormat" | "required">>;
const col = (
  key: string,
  en: string,
  zh: string,
  role: ColumnRole,
  type: FieldType,
  width: number,
  options: ColumnOptions = {},
): PlanColumn => ({ key, header: { en, zh }, role, type, width, required: false, ...options });

const ACCOUNT_SYNONYMS = ["Account Name", "Customer", "Customer Name", "客户名称"];
const OWNER_SYNONYMS = ["Key-Account Owner", "Rep", "客户经理", "负责人"];

/** DOMAIN.md §10 Account Plans (客户规划): one row per key account, with a computed Not key since date. */
export const ACCOUNT_PLANS: PlanTableDef = {
  kind: "accountPlans",
  tableName: "AccountPlans",
  sheet: { en: "Account Plans", zh: "客户规划" },
  columns: [
    col("account", "Account", "客户", "key", "text", 28, { required: true, synonyms: ACCOUNT_SYNONYMS }),
    col("tier", "Tier", "分级", "prefilled", "tier", 6, { synonyms: ["客户分级", "级别"], validation: TIER_LIST }),
    col("owner", "Owner", "负责人", "prefilled", "text", 14, { synonyms: OWNER_SYNONYMS }),
    col("ultimateGoal", "Ultimate goal", "终极目标", "input", "text", 30),
    col("shortTermGoals", "Short-term goals", "短期目标", "input", "text", 30),
    col("strategy", "Strategy", "客户策略", "input", "text", 30, { synonyms: ["Account Strategy", "策略"] }),
    col("resources", "Resources", "资源", "input", "text", 24),
    col("measures", "Measures", "衡量", "input", "text", 24, { synonyms: ["衡量指标"] }),
    col("annualTarget", "Annual target", "全年目标", "input", "amount", 14, {
      synonyms: ["Annual Target Amount", "年度目标"],
      validation: { kind: "decimal", min: 0 },
      numberFormat: "#,##0",
    }),
    col("reviewDate", "Review date", "复查日期", "input", "date", 12, { validation: DATE, numberFormat: DATE_FORMAT }),
    col("planStatus", "Plan status", "规划状态", "input", "planStatus", 12, { validation: list(PLAN_STATUS_WORDS) }),
    col("notKeySince", "Not key since", "移出重点客户日期", "computed", "date", 14, {
      validation: DATE,
      numberFormat: DATE_FORMAT,
    }),
  ],
};

/** DOMAIN.md §10 Account Status (客户状态评估问卷): one row per key account and question. */
export const ACCOUNT_STATUS: PlanTableDef = {
  kind: "accountStatus",
  tableName: "AccountStatus",
  sheet: { en: "Account Status", zh: "客户状态评估" },
  columns: [
    col("account", "Account", "客户", "key", "text", 28, { required: true, synonyms: ACCOUNT_SYNONYMS }),
    col("questionId", "Question ID", "问题编号", "key", "text", 10, { required: true, synonyms: ["问题ID"] }),
    col("area", "Area", "领域", "prefilled", "area", 22, {
      required: true,
      synonyms: ["评估领域"],
      validation: AREA_LIST,
    }),
    col("question", "Question", "问题", "prefilled", "text", 60, { synonyms: ["评估问题"] }),
    col("weight", "Weight", "权重", "prefilled", "amount", 8, {
      required: true,
      validation: { kind: "decimal", min: 0 },
    }),
    col("score", "Score", "评分", "input", "score", 8, {
      synonyms: ["Score (0-5)", "Score (0–5)", "评分(0-5)", "得分"],
      validation: { kind: "wholeNumber", min: 0, max: 5 },
    }),
    col("evidence", "Evidence", "依据", "input", "text", 36, { synonyms: ["证据"] }),
    col("assessedOn", "Assessed on", "评估日期", "input", "date", 12, {
      synonyms: ["Assessment Date", "Assessed"],
      validation: DATE,
      numberFormat: DATE_FORMAT,
    }),
  ],
};

/** DOMAIN.md §10 Action Plan (行动计划): the user's actions against the gaps the questionnaire shows. */
export const ACTION_PLAN: PlanTableDef = {
  kind: "actionPlan",
  tableName: "ActionPlan",
  sheet: { en: "Action Plan", zh: "行动计划" },
  columns: [
    col("account", "Account", "客户", "input", "text", 28, { required: true, synonyms: ACCOUNT_SYNONYMS }),
    col("action", "Action", "行动", "input", "text", 40, { synonyms: ["行动项"] }),
    col("area", "Area", "领域", "input", "area", 22, { synonyms: ["评估领域"], validation: AREA_LIST }),
    col("owner", "Owner", "负责人", "input", "text", 14, { synonyms: ["Action Owner", "Rep", "执行人"] }),
    col("due", "Due", "完成期限", "input", "date", 12, {
      synonyms: ["Due Date", "Deadline", "截止日期", "到期日"],
      validation: DATE,
      numberFormat: DATE_FORMAT,
    }),
    col("status", "Status", "状态", "input", "actionStatus", 10, { validation: list(ACTION_STATUS_WORDS) }),
    col("result", "Result", "结果", "input", "text", 30, { synonyms: ["Outcome", "执行结果"] }),
  ],
};

/** The three tables in the order they are created. */
export const PLAN_TABLES: readonly PlanTableDef[] = [ACCOUNT_PLANS, ACCOUNT_STATUS, ACTION_PLAN];

/** The field specs that read each plan table back (DOMAIN.md §2 header detection, both languages). */
export const PLAN_FIELDS: Readonly<Record<PlanKind, readonly FieldSpec[]>> = {
  accountPlans: fieldsOf(ACCOUNT_PLANS),
  accountStatus: fieldsOf(ACCOUNT_STATUS),
  actionPlan: fieldsOf(ACTION_PLAN),
};

function fieldsOf(def: PlanTableDef): FieldSpec[] {
  return def.columns.map((c) => ({
    key: c.key,
    required: c.required,
    type: c.type,
    synonyms: [c.header.en, c.header.zh, ...(c.synonyms ?? [])],
  }));
}

/** The header row a new plan table is written with, in the user's language. */
export function planHeaders(def: PlanTableDef, language: TableLanguage): string[] {
  return def.columns.map((c) => c.header[language]);
}
