/** The ESP sample (DOMAIN.md §10): plan tables for the sample workbook whose review shows every highlight. */
import { buildDataset } from "../../src/core/dataset";
import { parsePlanTables } from "../../src/core/esp-parse";
import { planTablesMerge } from "../../src/core/esp-merge";
import { reviewKeyAccounts } from "../../src/core/esp-review";
import { keyAccounts } from "../../src/core/key-accounts";
import { parseTable } from "../../src/core/parse-table";
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { EspSample, generateEspSample } from "../../src/sample/esp";
import { generateSample, SampleTable } from "../../src/sample";

const sample = generateSample();
const source = (t: SampleTable) => ({ sheet: t.name, values: [t.headers, ...t.rows] });

function reviewOf(esp: EspSample) {
  const data = buildDataset({
    accounts: parseTable("accounts", source(sample.accounts)),
    opportunities: parseTable("opportunities", source(sample.opportunities)),
    assignments: parseTable("assignments", source(sample.assignments)),
  });
  const keys = keyAccounts(data.accounts, tierAccounts(data.accounts, defaultModel()), data.assignments);
  const tables = parsePlanTables({
    accountPlans: source(esp.accountPlans),
    accountStatus: source(esp.accountStatus),
    actionPlan: source(esp.actionPlan),
  });
  const review = reviewKeyAccounts({
    data,
    keyAccounts: keys,
    tables,
    stages: defaultModel().stages,
    asOf: sample.asOf,
  });
  return { keys, tables, review };
}

describe("ESP sample", () => {
  const en = generateEspSample(sample);
  const { keys, tables, review } = reviewOf(en);

  it("has a plan row per key account (and one former key account), twelve status rows each, and actions; every row reads back", () => {
    expect(keys.length).toBeGreaterThan(20);
    expect(en.accountPlans.rows).toHaveLength(keys.length + 1);
    expect(en.accountStatus.rows).toHaveLength(keys.length * 12);
    expect(en.actionPlan.rows.length).toBeGreaterThan(keys.length / 2);
    expect(tables.errors).toEqual([]);
    expect(tables.warnings).toEqual([]);
    expect(review.warnings).toEqual([]);
    expect(en.accountPlans.numberFormats).toEqual({
      "Review date": "yyyy-mm-dd",
      "Annual target": "#,##0",
      "Not key since": "yyyy-mm-dd",
    });
  });

  it("shows every kind of highlight, and well-kept accounts with none", () => {
    const count = (pick: (a: (typeof review.accounts)[number]) => boolean) => review.accounts.filter(pick).length;
    const fifth = Math.floor(keys.length / 5);
    expect(count((a) => a.highlights.noPlan)).toBeGreaterThanOrEqual(fifth);
    expect(count((a) => a.highlights.noAssessment)).toBeGreaterThanOrEqual(fifth);
    expect(count((a) => a.highlights.staleAssessment)).toBeGreaterThanOrEqual(fifth);
    expect(count((a) => a.highlights.overdueActions)).toBeGreaterThanOrEqual(fifth);
    expect(count((a) => Object.values(a.highlights).every((h) => !h))).toBeGreaterThanOrEqual(fifth);
    expect(count((a) => a.areaScores.competition === null && a.answered > 0)).toBeGreaterThanOrEqual(fifth);
    expect(count((a) => a.planStatus === "Agreed" && a.completeness === 1)).toBeGreaterThanOrEqual(fifth);
    expect(count((a) => a.weakestArea !== null)).toBeGreaterThan(2 * fifth);
    expect(review.reps.some((r) => r.share > 0 && r.share < 1)).toBe(true);
  });

  it("is exactly what a rerun would leave: nothing to add, nothing to mark", () => {
    const state = (t: SampleTable) => ({ headers: t.headers, rows: t.rows });
    const merge = planTablesMerge({
      keyAccounts: keys,
      tables: {
        accountPlans: state(en.accountPlans),
        accountStatus: state(en.accountStatus),
        actionPlan: state(en.actionPlan),
      },
      asOf: sample.asOf,
      language: "en",
    });
    for (const t of Object.values(merge)) expect([t.create, t.append.length, t.updates.length]).toEqual([false, 0, 0]);
  });

  it("is seeded, and the Chinese tables give the same review", () => {
    expect(generateEspSample(sample)).toEqual(en);
    const zh = generateEspSample(sample, { language: "zh" });
    expect(zh.accountStatus.headers).toEqual(["客户", "问题编号", "领域", "问题", "权重", "评分", "依据", "评估日期"]);
    expect(new Set(zh.actionPlan.rows.map((r) => r[5]))).toEqual(new Set(["已完成", "进行中", "已放弃"]));
    const a = reviewOf(zh).review;
    expect(a.accounts.map((x) => [x.overall, x.completeness, x.planStatus, x.openActions, x.overdueActions])).toEqual(
      review.accounts.map((x) => [x.overall, x.completeness, x.planStatus, x.openActions, x.overdueActions]),
    );
    expect(a.reps).toEqual(review.reps);
  });
});
