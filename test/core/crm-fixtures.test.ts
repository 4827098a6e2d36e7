/**
 * The committed CRM-export fixtures (test/fixtures/exports/) read by the core with default settings
 * and no mapping changes (DOMAIN.md §2.1, §6): every required column detected, every stage
 * recognised, and won, lost and win rate equal to a count made here from the fixture's own truth.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset } from "../../src/core/dataset";
import { FIELDS, TableKind } from "../../src/core/fields";
import { parseTable } from "../../src/core/parse-table";
import { pipelineStats } from "../../src/core/pipeline";
import { pipelineColumns } from "../../src/core/pipeline-report";
import { defaultModel } from "../../src/core/schemas";
import { isDefaultStageTable } from "../../src/core/stages";
import { tierAccounts } from "../../src/core/tiering";
import { fixtureFiles } from "../fixtures/exports/generate";
import { FIXTURE_DIR, fixtureTable, fixtureTruth } from "../fixtures/exports/csv";

const model = defaultModel();
const truth = fixtureTruth();
const parse = (kind: TableKind, name: string) =>
  parseTable(
    kind,
    { sheet: name, values: fixtureTable(name), headerRow: truth[name].headerLine + 1 },
    { stages: model.stages, autoStagePreset: isDefaultStageTable(model.stages), language: "en-US" },
  );
const headerOf = (t: ReturnType<typeof parse>, field: string) => t.headers[t.mapping[field] as number];

/** Won and lost counted from the truth letters the generator wrote (w, l, o per data row). */
function counted(name: string) {
  const letters = [...truth[name].outcomes];
  const won = letters.filter((c) => c === "w").length;
  const lost = letters.filter((c) => c === "l").length;
  return { won, lost, winRate: won / (won + lost) };
}

describe("CRM-export fixtures", () => {
  it("are exactly what the seeded generator writes", () => {
    for (const [file, text] of Object.entries(fixtureFiles()))
      expect(readFileSync(join(FIXTURE_DIR, file), "utf8")).toBe(text);
  });

  it.each([
    ["salesforce-opportunities", "Salesforce", { account: "Account Name", stage: "Stage", amount: "Amount", owner: "Opportunity Owner", name: "Opportunity Name", probability: "Probability (%)", expectedClose: "Close Date", created: "Created Date", nextStep: "Next Step" }],
    ["hubspot-deals", "HubSpot", { account: "Associated Company", stage: "Deal Stage", amount: "Amount", opportunityId: "Record ID", name: "Deal Name", owner: "Deal owner", expectedClose: "Close Date", created: "Create Date", probability: "Deal probability" }],
    ["chinese-crm-opportunities", null, { account: "客户名称", stage: "商机阶段", amount: "金额(万元)", opportunityId: "商机编号", name: "商机名称", owner: "负责人", expectedClose: "预计成交日期", created: "创建时间", nextStep: "下一步", probability: "赢率" }],
  ] as const)("%s: columns detected, stages recognised, won/lost/win rate as the truth", (name, preset, columns) => {
    const t = parse("opportunities", name);
    expect(t.missing).toEqual([]);
    for (const [field, header] of Object.entries(columns)) expect(headerOf(t, field)).toBe(header);
    expect(t.stagePick?.preset ?? null).toBe(preset);
    expect(t.errors).toEqual([]); // every stage, amount and date read: nothing skipped
    expect(t.rows).toHaveLength(truth[name].bodyRows);
    const data = buildDataset({ opportunities: t });
    const s = pipelineStats(pipelineColumns(data.opportunities), t.stages ?? model.stages);
    const expected = counted(name);
    expect({ won: s.won.count, lost: s.lost.count, winRate: s.winRate }).toEqual(expected);
    expect(s.won.amount).toBeCloseTo(truth[name].wonAmount, 6);
  }); // prettier-ignore

  it("Chinese CRM: 金额(万元) is scaled, '80万' cells are absolute, and the warnings are the blank amounts", () => {
    const t = parse("opportunities", "chinese-crm-opportunities");
    const values = fixtureTable("chinese-crm-opportunities");
    const amountCol = values[0].indexOf("金额(万元)");
    values.slice(1).forEach((row, i) => {
      const cell = row[amountCol];
      const expected =
        cell === null
          ? 0
          : typeof cell === "number"
            ? cell * 10_000
            : Number(String(cell).replace(/[,万元]/g, "")) * 10_000;
      expect(t.rows[i].amount).toBeCloseTo(expected, 4);
    });
    const blanks = values.slice(1).filter((r) => r[amountCol] === null).length;
    expect(t.warnings.filter((w) => w.code === "blankAmountZero")).toHaveLength(blanks);
    expect(t.warnings.filter((w) => w.code !== "blankAmountZero")).toEqual([]);
  });

  it("Salesforce accounts: contribution suggested from Annual Revenue with a check, look-alike names reported", () => {
    const t = parse("accounts", "salesforce-accounts");
    expect(t.missing).toEqual([]);
    expect(headerOf(t, "contribution")).toBe("Annual Revenue");
    expect(headerOf(t, "potential")).toBe("Potential Value");
    expect(headerOf(t, "region")).toBe("Billing State/Province");
    expect(headerOf(t, "owner")).toBe("Account Owner");
    expect(t.warnings.map((w) => w.code)).toEqual(["suggestedColumn"]);
    const data = buildDataset({ accounts: t });
    expect(data.accounts).toHaveLength(truth["salesforce-accounts"].bodyRows);
    expect(data.warnings.filter((w) => w.code === "possibleDuplicate").map((w) => w.params)).toEqual([
      { name: "EDGE COMMUNICATIONS", otherRow: truth["salesforce-accounts"].bodyRows },
    ]);
    // USD 20,423,800.00 is read as a number: every account gets a tier.
    const tiers = tierAccounts(data.accounts, model);
    expect(tiers.tiers.filter((x) => x === null)).toEqual([]);
    const required = FIELDS.accounts.filter((f) => f.required).map((f) => f.key);
    for (const key of required) expect(t.mapping[key]).not.toBeNull();
  });
});
