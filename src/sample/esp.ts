/**
 * ESP plan tables for the sample workbook (DOMAIN.md §10): Account Plans, Account Status and Action Plan,
 * partly filled so that the key-account review shows every highlight (no plan, no assessment, a stale
 * assessment, overdue actions) next to well-kept accounts. Built from a sample workbook with the core's
 * own tiering and rerun merge, so the rows are exactly those "Create or update plan tables" would add.
 * Not yet inserted with the sample: the Key accounts pane will do that.
 */
import { buildDataset } from "../core/dataset";
import { AREA_NAMES, AREAS, QUESTION_BANK, TableLanguage } from "../core/esp-questions";
import { planTablesMerge } from "../core/esp-merge";
import { ACCOUNT_PLANS, ACCOUNT_STATUS, ACTION_PLAN, PlanTableDef } from "../core/esp-tables";
import { ACTION_STATUS_WORDS, PLAN_STATUS_WORDS } from "../core/esp-values";
import { KeyAccount, keyAccounts } from "../core/key-accounts";
import { parseTable } from "../core/parse-table";
import { defaultModel } from "../core/schemas";
import { tierAccounts } from "../core/tiering";
import type { SampleCell, SampleTable, SampleWorkbook } from "./generate";
import { streamRng, type Rng } from "./random";

export interface EspSample {
  accountPlans: SampleTable;
  accountStatus: SampleTable;
  actionPlan: SampleTable;
}

/** How well each key account is kept, in turn, so every kind of highlight occurs (DOMAIN.md §10). */
export type Upkeep = "model" | "stale" | "overdue" | "unassessed" | "unplanned";
export const UPKEEP_CYCLE: readonly Upkeep[] = ["model", "stale", "overdue", "unassessed", "unplanned"];

const ESP_STREAM = 0x0e5b;

// Plan texts in both languages; the sample picks by account so texts vary.
const PLAN_TEXT: Record<"ultimateGoal" | "shortTermGoals" | "strategy" | "resources" | "measures", [string, string][]> =
  {
    ultimateGoal: [
      ["Sole supplier for their core systems", "成为其核心系统的唯一供应商"],
      ["Strategic partner for their digital programme", "成为其数字化项目的战略合作伙伴"],
      ["Reference customer in the industry", "打造行业样板客户"],
    ],
    shortTermGoals: [
      ["Win the phase-2 tender this year", "今年赢得二期招标"],
      ["Expand from one plant to three", "从一个工厂扩展到三个工厂"],
      ["Renew the framework agreement", "续签框架协议"],
    ],
    strategy: [
      ["Land and expand through the operations team", "通过运营团队逐步扩展"],
      ["Lead with a quantified value case for the CFO", "以量化的价值方案打动财务负责人"],
      ["Displace the incumbent at contract renewal", "在合同续签时替换现有供应商"],
    ],
    resources: [
      ["Solution architect two days a month", "方案架构师每月两天"],
      ["Executive sponsor visit each quarter", "高管每季度拜访一次"],
    ],
    measures: [
      ["Won amount; share of their spend", "赢单金额；采购份额"],
      ["Number of sites live", "上线站点数"],
    ],
  };
const EVIDENCE: [string, string][] = [
  ["Quarterly business review minutes", "季度业务回顾会议纪要"],
  ["Call with their procurement lead", "与采购负责人的通话"],
  ["Tender documents", "招标文件"],
];
const ACTIONS: [string, string][] = [
  ["Meet the CIO with our executive sponsor", "与高管一起拜访客户 CIO"],
  ["Quantify the value case with finance", "与客户财务共同量化价值"],
  ["Map the buying centre for the tender", "梳理招标的采购决策链"],
  ["Invite them to the reference site visit", "邀请客户参观样板项目"],
  ["Get on next year's budget list", "争取列入下一年度预算"],
];

/** The sample's tables parsed and tiered with the default model: its key accounts, as the pane would find them. */
function sampleKeyAccounts(sample: SampleWorkbook): { keys: KeyAccount[]; potential: number[]; others: string[] } {
  const source = (t: SampleTable) => ({ sheet: t.name, values: [t.headers, ...t.rows] });
  const data = buildDataset({
    accounts: parseTable("accounts", source(sample.accounts)),
    assignments: parseTable("assignments", source(sample.assignments)),
  });
  const keys = keyAccounts(data.accounts, tierAccounts(data.accounts, defaultModel()), data.assignments);
  const keyed = new Set(keys.map((k) => k.account));
  const others = data.accounts.filter((_, i) => !keyed.has(i)).map((a) => a.name);
  return { keys, potential: data.accounts.map((a) => a.potential), others };
}

const columnOf = (def: PlanTableDef, key: string) => def.columns.findIndex((c) => c.key === key);
const formatsOf = (def: PlanTableDef, lang: TableLanguage) =>
  Object.fromEntries(def.columns.filter((c) => c.numberFormat).map((c) => [c.header[lang], c.numberFormat as string]));
const word = (words: Readonly<Record<string, readonly string[]>>, value: string, lang: TableLanguage) =>
  words[value][lang === "en" ? 0 : 1];

/** Fills a plan row as its upkeep says: full and agreed, partial, or left as added (no plan). */
function fillPlan(row: SampleCell[], upkeep: Upkeep, i: number, target: number, asOf: number, lang: TableLanguage) {
  if (upkeep === "unplanned") return;
  const set = (key: string, value: SampleCell) => (row[columnOf(ACCOUNT_PLANS, key)] = value);
  const text = (key: keyof typeof PLAN_TEXT) => PLAN_TEXT[key][i % PLAN_TEXT[key].length][lang === "en" ? 0 : 1];
  set("ultimateGoal", text("ultimateGoal"));
  set("shortTermGoals", text("shortTermGoals"));
  set("annualTarget", target);
  if (upkeep === "unassessed") return void set("planStatus", word(PLAN_STATUS_WORDS, "Draft", lang));
  set("strategy", text("strategy"));
  set("reviewDate", asOf + 30 + (i % 60));
  if (upkeep !== "stale") {
    set("resources", text("resources"));
    set("measures", text("measures"));
  }
  set("planStatus", word(PLAN_STATUS_WORDS, upkeep === "stale" && i % 2 ? "Draft" : "Agreed", lang));
}

/** Scores an account's status rows: a level per account with noise; "overdue" accounts leave competition blank. */
function fillStatus(rows: SampleCell[][], upkeep: Upkeep, rng: Rng, asOf: number, lang: TableLanguage) {
  if (upkeep === "unassessed") return;
  const level = rng.range(1, 4);
  const daysAgo = upkeep === "stale" ? rng.range(120, 240) : rng.range(5, 75);
  const [score, on, evidence] = ["score", "assessedOn", "evidence"].map((k) => columnOf(ACCOUNT_STATUS, k));
  rows.forEach((r, q) => {
    const blankArea = upkeep === "overdue" && QUESTION_BANK[q].area === "competition";
    if (blankArea || (upkeep === "unplanned" && rng.chance(0.3))) return;
    r[score] = Math.max(
      0,
      Math.min(5, level + rng.range(-1, 1) + (QUESTION_BANK[q].area === AREAS[level % 4] ? -1 : 0)),
    );
    r[on] = asOf - daysAgo;
    if (q % 4 === 0) r[evidence] = EVIDENCE[q % EVIDENCE.length][lang === "en" ? 0 : 1];
  });
}

/** Actions for an account: overdue ones for "overdue", an open future one and a done one for well-kept ones. */
function actionRows(k: KeyAccount, upkeep: Upkeep, i: number, asOf: number, lang: TableLanguage): SampleCell[][] {
  const action = (n: number, due: number, status: string, area: number): SampleCell[] => {
    const row: SampleCell[] = new Array<SampleCell>(ACTION_PLAN.columns.length).fill(null);
    const set = (key: string, value: SampleCell) => (row[columnOf(ACTION_PLAN, key)] = value);
    set("account", k.name);
    set("action", ACTIONS[(i + n) % ACTIONS.length][lang === "en" ? 0 : 1]);
    set("area", AREA_NAMES[AREAS[area]][lang]);
    set("owner", k.owner);
    set("due", due);
    set("status", word(ACTION_STATUS_WORDS, status, lang));
    return row;
  };
  if (upkeep === "overdue") return [action(0, asOf - 20 - (i % 30), "Open", 2), action(1, asOf - 5, "Open", 0), action(2, asOf - 40, "Dropped", 3)]; // prettier-ignore
  if (upkeep === "model") return [action(0, asOf - 30, "Done", 0), action(1, asOf + 21, "Open", 1)];
  if (upkeep === "stale") return [action(0, asOf + 14, "Open", 3)];
  return [];
}

export interface EspSampleOptions {
  /** Language of the headers and words (default English). */
  language?: TableLanguage;
  /** Default 42. */
  seed?: number;
}

/**
 * The three ESP plan tables for a sample workbook (DOMAIN.md §10). Key account i (in key-account order)
 * is kept as UPKEEP_CYCLE[i mod 5] says: "model" (full agreed plan, fresh assessment, a done and an open
 * action), "stale" (assessed 120–240 days ago), "overdue" (open actions past due, competition not
 * assessed), "unassessed" (draft plan, no score) and "unplanned" (no plan, fresh partial assessment). One
 * account that is no longer key keeps its old plan row, marked Not key since 30 days before the report date.
 */
export function generateEspSample(sample: SampleWorkbook, options: EspSampleOptions = {}): EspSample {
  const lang = options.language ?? "en";
  const rng = streamRng(options.seed ?? 42, ESP_STREAM);
  const { keys, potential, others } = sampleKeyAccounts(sample);
  const merge = planTablesMerge({ keyAccounts: keys, tables: {}, asOf: sample.asOf, language: lang });
  const plans = merge.accountPlans.append as SampleCell[][];
  const status = merge.accountStatus.append as SampleCell[][];
  const actions: SampleCell[][] = [];
  const perAccount = QUESTION_BANK.length;
  keys.forEach((k, i) => {
    const upkeep = UPKEEP_CYCLE[i % UPKEEP_CYCLE.length];
    const target = Math.max(100_000, Math.round((potential[k.account] * 0.3) / 10_000) * 10_000);
    fillPlan(plans[i], upkeep, i, target, sample.asOf, lang);
    fillStatus(status.slice(i * perAccount, (i + 1) * perAccount), upkeep, rng, sample.asOf, lang);
    actions.push(...actionRows(k, upkeep, i, sample.asOf, lang));
  });
  if (others.length) {
    const former: SampleCell[] = new Array<SampleCell>(ACCOUNT_PLANS.columns.length).fill(null);
    former[columnOf(ACCOUNT_PLANS, "account")] = others[0];
    former[columnOf(ACCOUNT_PLANS, "tier")] = "B";
    former[columnOf(ACCOUNT_PLANS, "planStatus")] = word(PLAN_STATUS_WORDS, "Agreed", lang);
    former[columnOf(ACCOUNT_PLANS, "notKeySince")] = sample.asOf - 30;
    plans.push(former);
  }
  const table = (def: PlanTableDef, headers: string[], rows: SampleCell[][]): SampleTable => ({
    name: def.tableName,
    headers,
    rows,
    numberFormats: formatsOf(def, lang),
  });
  return {
    accountPlans: table(ACCOUNT_PLANS, merge.accountPlans.headers, plans),
    accountStatus: table(ACCOUNT_STATUS, merge.accountStatus.headers, status),
    actionPlan: table(ACTION_PLAN, merge.actionPlan.headers, actions),
  };
}
