import { cellAddress } from "../core/a1";
import { isoFromSerial } from "../core/dates";
import { KeyProject, KeyProjectOptions, KeyProjectRule, keyProjects, KeyProjectsResult } from "../core/key-projects";
import { ReportOptions } from "../core/schemas";
import { Tier } from "../core/tiers";
import { BuildRequest, ReportDefinition } from "./definition";
import { PlanCell, SheetPlan } from "./plan";
import { PlanBuilder } from "./plan-builder";
import { DATE, NUMBER, PERCENT, WARN_FILL } from "./styles";
import { englishNumber } from "./summary";
import { ReportLanguage, wordsFor } from "./words";

/** Every text the Key Projects sheet writes, per language (words.ts). */
interface KeyProjectsWords {
  sheet: string;
  title: string;
  subtitle(asOf: string, count: number, live: boolean): string;
  rules(tiers: string, classes: string, minAmount: string): string;
  off: string;
  header: readonly string[];
  total: string;
  stalled: string;
  reasons: Record<KeyProjectRule, string>;
  none: string;
}

const WORDS: Record<ReportLanguage, KeyProjectsWords> = {
  en: {
    sheet: "Key Projects",
    title: "Key projects (重点跟踪项目)",
    subtitle: (asOf, count, live) =>
      `As of ${asOf} · ${count} open projects · ${live ? "weighted amounts and totals are live formulas" : "values"}`,
    rules: (tiers, classes, minAmount) =>
      `Key when open and: account tier ${tiers} · project class ${classes} · amount ${minAmount}`,
    off: "(off)",
    header: [
      "Account", "Tier", "Opportunity", "Owner", "Stage", "Amount", "Probability", "Weighted amount",
      "Expected close", "Days in stage", "Stalled", "Next step", "Why key", "Source row",
    ], // prettier-ignore
    total: "Total (visible rows)",
    stalled: "Stalled",
    reasons: { tier: "Tier", projectClass: "Project class", amount: "Amount" },
    none: "No open opportunity meets the rules.",
  },
  zh: {
    sheet: "重点项目",
    title: "重点跟踪项目信息统计列表",
    subtitle: (asOf, count, live) =>
      `截至 ${asOf} · 在手重点项目 ${count} 个 · ${live ? "加权金额与合计为实时公式" : "数值"}`,
    rules: (tiers, classes, minAmount) =>
      `在手且满足其一即为重点：客户级别 ${tiers} · 项目等级 ${classes} · 金额 ${minAmount}`,
    off: "（不启用）",
    header: [
      "客户", "级别", "商机", "负责人", "阶段", "金额", "赢率", "加权金额",
      "预计签约日期", "阶段停留天数", "停滞", "下一步", "列为重点的原因", "源数据行",
    ], // prettier-ignore
    total: "合计（可见行）",
    stalled: "停滞",
    reasons: { tier: "客户级别", projectClass: "项目等级", amount: "金额" },
    none: "没有满足条件的在手商机。",
  },
};

/** Table columns, by their position in the header. */
const COL = { amount: 5, probability: 6, weighted: 7, stalled: 10 } as const;

export interface KeyProjectsInput {
  request: BuildRequest;
  options: Partial<KeyProjectOptions>;
}

/** The core options of the pane's threshold choices: the tiers and the minimum amount ("none" turns a rule off). */
export function keyProjectOptionsOf(reports: Partial<ReportOptions>): Partial<KeyProjectOptions> {
  const tiers = reports.keyProjectTiers ?? "AB";
  const minAmount = reports.keyProjectMinAmount ?? "none";
  return {
    tiers: tiers === "none" ? [] : ([...tiers] as Tier[]),
    minAmount: minAmount === "none" ? null : Number(minAmount),
    weightBy: reports.weightBy ?? "stage",
  };
}

/**
 * The Key Projects sheet (DOMAIN.md §11, 重点跟踪项目信息统计列表): the open opportunities on key-tier accounts,
 * of class A/B, or above the amount threshold, sorted by weighted amount, with why each is key. Live mode
 * writes weighted = amount × probability per row and a totals row of SUBTOTAL, which follows the rows a user
 * leaves visible under a filter.
 */
export function buildKeyProjects({ request, options }: KeyProjectsInput): SheetPlan {
  const w = wordsFor(WORDS, request.language);
  const result = keyProjects(request.data, request.model.stages, request.tiering, request.asOf, options);
  const b = new PlanBuilder("keyProjects", w.sheet);
  b.title(w.title, w.subtitle(isoFromSerial(request.asOf), result.totals.count, request.live));
  const o = result.options;
  const amount = o.minAmount === null ? w.off : `≥ ${englishNumber(o.minAmount)}`;
  b.block("rules", { col: 1 }, [[w.rules(o.tiers.join("/") || w.off, o.classes.join("/") || w.off, amount)]]);
  tableSection(b, w, result, request.live);
  b.widths({ A: 2, B: 26, C: 6, D: 26, E: 16, F: 16, G: 14, H: 10, I: 14, J: 14, K: 10, L: 10, M: 24, N: 18, O: 8 });
  return b.finish(
    {
      freeze: { rows: 5, columns: 2 },
      tabColor: "#C00000",
      summary: {
        kind: "keyProjects",
        projects: result.totals.count,
        amount: result.totals.amount,
        weighted: result.totals.weighted,
        stalled: result.totals.stalled,
      },
    },
    summariseKeyProjects,
  );
}

/** One row per key project, then the totals row (SUBTOTAL when live, so a filter narrows it). */
function tableSection(b: PlanBuilder, w: KeyProjectsWords, result: KeyProjectsResult, live: boolean): void {
  const top = b.cursor;
  const n = result.projects.length;
  const at = (r: number, c: number) => cellAddress(top + r, 1 + c);
  const rows: PlanCell[][] = [
    w.header as string[],
    ...result.projects.map((p, k) => projectRow(p, k + 1, w, live, at)),
  ];
  rows.push(totalRow(result, w, live && n > 0, at));
  const table = b.block("keyProjects", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "General", "General", "General", "General", NUMBER, PERCENT, NUMBER, DATE, NUMBER,
      "General", "General", "General", "General"], // prettier-ignore
  });
  b.format({ range: table.range(n + 1, 0, 1, w.header.length), bold: true, borderBottom: "#7F7F7F" });
  if (n > 0)
    b.conditional({
      kind: "formula",
      range: table.range(1, COL.stalled, n, 1),
      formula: `=${table.cell(1, COL.stalled)}<>""`,
      fill: WARN_FILL,
    });
  if (n === 0) b.block("empty", { col: 1 }, [[w.none]]);
}

function projectRow(
  p: KeyProject,
  r: number,
  w: KeyProjectsWords,
  live: boolean,
  at: (r: number, c: number) => string,
): PlanCell[] {
  return [
    p.account,
    p.tier ?? "",
    p.name ?? p.id ?? "",
    p.owner ?? "",
    p.stage,
    p.amount,
    p.probability,
    live ? { formula: `=${at(r, COL.amount)}*${at(r, COL.probability)}` } : p.weighted,
    p.expectedClose ?? "",
    p.daysInStage ?? "",
    p.stalled ? w.stalled : "",
    p.nextStep ?? "",
    p.reasons.map((x) => w.reasons[x]).join(", "),
    p.row,
  ];
}

/** Count, amount and weighted of the visible rows (SUBTOTAL 103 and 109) when live, else the core's totals. */
function totalRow(result: KeyProjectsResult, w: KeyProjectsWords, live: boolean, at: (r: number, c: number) => string) {
  const n = result.projects.length;
  const sub = (fn: number, c: number): PlanCell => ({ formula: `=SUBTOTAL(${fn},${at(1, c)}:${at(n, c)})` });
  const t = result.totals;
  const cells: PlanCell[] = Array<PlanCell>(w.header.length).fill("");
  cells[0] = w.total;
  cells[2] = live ? sub(103, 0) : t.count;
  cells[COL.amount] = live ? sub(109, COL.amount) : t.amount;
  cells[COL.weighted] = live ? sub(109, COL.weighted) : t.weighted;
  cells[COL.stalled] = live ? sub(103, COL.stalled) : t.stalled;
  return cells;
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface KeyProjectsSummary {
  kind: "keyProjects";
  projects: number;
  amount: number;
  weighted: number;
  stalled: number;
}

/** The Key Projects summary in English. */
export function summariseKeyProjects(s: KeyProjectsSummary): string {
  const amount = (x: number) => englishNumber(Math.round(x));
  return (
    `${englishNumber(s.projects)} key projects worth ${amount(s.amount)} (weighted ${amount(s.weighted)}); ` +
    `${englishNumber(s.stalled)} stalled.`
  );
}

/** The Key Projects report (DOMAIN.md §11). */
export const keyProjectsDefinition: ReportDefinition<KeyProjectsSummary> = {
  kind: "keyProjects",
  sources: { required: ["opportunities"], optional: ["accounts", "rates"] },
  live: true,
  controls: [
    { type: "select", option: "keyProjectTiers", values: ["AB", "A", "ABC", "none"] },
    { type: "select", option: "keyProjectMinAmount", values: ["none", "100000", "500000", "1000000", "5000000"] },
    { type: "select", option: "weightBy", values: ["stage", "row"] },
  ],
  build: (request) => buildKeyProjects({ request, options: keyProjectOptionsOf(request.model.reports) }),
  summarise: summariseKeyProjects,
};
