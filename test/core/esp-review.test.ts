/**
 * DOMAIN.md §10 key-account review against a fixture worked out by hand. Every expected number is
 * written out below with its arithmetic; none is computed by the code under test.
 */
import { buildDataset } from "../../src/core/dataset";
import { serialFromYmd } from "../../src/core/dates";
import { parsePlanTables } from "../../src/core/esp-parse";
import { reviewKeyAccounts, statusScore } from "../../src/core/esp-review";
import { ACCOUNT_PLANS, ACCOUNT_STATUS, ACTION_PLAN, planHeaders } from "../../src/core/esp-tables";
import { KeyAccount } from "../../src/core/key-accounts";
import { parseTable } from "../../src/core/parse-table";
import { DEFAULT_STAGES } from "../../src/core/stages";
import { Tier } from "../../src/core/tiers";

const d = serialFromYmd;
const AS_OF = d(2026, 11, 23);
const HOSTILE = "=cmd|' /C calc'!A0";

const data = buildDataset({
  accounts: parseTable("accounts", {
    sheet: "Accounts",
    values: [
      ["Account ID", "Account Name", "Contribution", "Potential"],
      ["A1", "Acme", 1, 1],
      ["A2", "Beta", 1, 1],
      ["A3", "Gamma", 1, 1],
      ["A4", HOSTILE, 1, 1],
      ["A5", "Delta", 1, 1],
      ["A6", "Epsilon", 1, 1],
    ],
  }),
  opportunities: parseTable("opportunities", {
    sheet: "Opps",
    values: [
      ["Account", "Stage", "Status", "Amount", "Expected Close"],
      ["Acme", "Bid", "Won", 300_000, d(2026, 3, 1)], // this year
      ["Acme", "Bid", "Won", 100_000, d(2025, 12, 31)], // last year
      ["Acme", "Bid", "Won", 50_000, ""], // no close date: not counted this year
      ["Acme", "Bid", "Open", 200_000, d(2027, 1, 1)], // 75% → 150,000
      ["Acme", "Verify", "Open", 100_000, ""], // 10% → 10,000
      ["Acme", "Bid", "Lost", 80_000, d(2026, 5, 1)],
      ["Beta", "Bid", "Won", 120_000, d(2026, 11, 23)], // on the report date: this year
      ["Beta", "Bid", "Won", 60_000, d(2027, 1, 1)], // next year
      ["Beta", "Value presentation", "Open", 50_000, ""], // 60% → 30,000
      ["A4", "Bid", "Won", 10_000, d(2026, 6, 1)], // by ID
      ["Delta", "Bid", "Won", 999, d(2026, 6, 1)], // not a key account
    ],
  }),
});

const key = (account: number, name: string, tier: Tier, owner: string | null): KeyAccount => ({
  account,
  name,
  tier,
  owner,
  byTier: true,
  byTopPercent: false,
  score: 0,
});
const KEYS = [key(0, "Acme", "A", "Wang"), key(1, "Beta", "B", "Wang"), key(2, "Gamma", "A", "Li"), key(3, HOSTILE, "B", null), key(5, "Epsilon", "A", "Li")]; // prettier-ignore

const statusRow = (account: string, id: string, area: string, weight: number, score: number | string, on: number | string = "") => [account, id, area, "q", weight, score, "", on]; // prettier-ignore
const tables = parsePlanTables({
  accountPlans: {
    sheet: "Account Plans",
    values: [
      planHeaders(ACCOUNT_PLANS, "en"),
      [
        "Acme",
        "A",
        "Wang",
        "Sole supplier",
        "Win ERP",
        "Land and expand",
        "",
        "",
        1_000_000,
        d(2026, 12, 1),
        "Agreed",
        "",
      ],
      ["Beta", "B", "Zhang", "", "", "", "", "", "", "", "Draft", ""],
      ["a4", "B", "", "Reference site", "", "", "", "", 40_000, "", "Agreed", ""],
      ["Delta", "C", "Wang", "x", "x", "x", "x", "x", 5, d(2026, 1, 1), "Agreed", ""],
      ["Nobody Inc", "A", "Wang", "", "", "", "", "", "", "", "", ""],
      ["Epsilon", "A", "LI", "g", "s", "st", "r", "m", 500_000, d(2027, 1, 1), "已确认", ""],
    ],
  },
  accountStatus: {
    sheet: "Account Status",
    values: [
      planHeaders(ACCOUNT_STATUS, "zh"),
      statusRow("Acme", "REL-1", "关系", 3, 4, d(2026, 9, 15)),
      statusRow("Acme", "REL-2", "关系", 2, 2, d(2026, 10, 1)),
      statusRow("Acme", "REL-3", "关系", 2, "", d(2026, 11, 20)), // not answered: its date does not count
      statusRow("ACME", "NEED-1", "需求与价值", 3, 5, d(2026, 10, 1)),
      statusRow("Acme", "NEED-2", "需求与价值", 2, 5),
      statusRow("Acme", "NEED-3", "需求与价值", 2, 4),
      statusRow("Acme", "COMP-1", "竞争", 2, ""),
      statusRow("Acme", "COMP-2", "竞争", 3, ""),
      statusRow("Acme", "COMP-3", "竞争", 1, ""),
      statusRow("Acme", "DEC-1", "决策与预算", 3, 1),
      statusRow("Acme", "DEC-2", "决策与预算", 2, 3),
      statusRow("Acme", "DEC-3", "决策与预算", 2, ""),
      statusRow("Beta", "REL-1", "关系", 0, 5, d(2026, 5, 1)),
      statusRow("Beta", "NEED-1", "需求与价值", 0, 3, d(2026, 5, 1)),
      ...["REL-1", "REL-2", "REL-3", "NEED-1", "NEED-2", "NEED-3", "COMP-1", "COMP-2", "COMP-3", "DEC-1", "DEC-2", "DEC-3"].map((id) => statusRow("Gamma", id, id.startsWith("REL") ? "关系" : id.startsWith("NEED") ? "需求与价值" : id.startsWith("COMP") ? "竞争" : "决策与预算", 2, "")), // prettier-ignore
      statusRow(HOSTILE, "REL-1", "Relationship", 3, 5, d(2026, 8, 25)),
      statusRow(HOSTILE, "MY-1", "Competition", 1, 0, ""),
      statusRow("Epsilon", "REL-1", "关系", 3, 3, d(2026, 8, 24)),
      statusRow("Ghost", "REL-1", "关系", 3, 3, d(2026, 8, 24)),
    ],
  },
  actionPlan: {
    sheet: "Action Plan",
    values: [
      planHeaders(ACTION_PLAN, "en"),
      ["Acme", "Meet the CIO", "Relationship", "Wang", d(2026, 11, 22), "Open", ""],
      ["Acme", "Send proposal", "Needs and value", "Wang", d(2026, 11, 23), "进行中", ""],
      ["Acme", "Old", "", "", d(2026, 1, 1), "Done", ""],
      ["Acme", "Abandoned", "", "", d(2026, 1, 1), "Dropped", ""],
      ["Acme", "Someday", "", "", "", "Open", ""],
      ["Gamma", "Call", "", "", d(2026, 10, 1), "", ""],
    ],
  },
});

const review = reviewKeyAccounts({
  data,
  keyAccounts: KEYS,
  tables,
  stages: DEFAULT_STAGES,
  asOf: AS_OF,
  previousTier: (i) => (i === 0 ? "B" : null),
});
const byName = (name: string) => review.accounts.find((a) => a.name === name) as (typeof review.accounts)[number];

describe("status score (DOMAIN.md §10)", () => {
  it("is Σ weight × score / (5 × Σ weight) over answered questions; blanks are not assessed; zero weights give none", () => {
    // (3×4 + 2×2) / (5 × 5) = 16/25; the blank row adds to neither sum.
    expect(
      statusScore([
        { weight: 3, score: 4 },
        { weight: 2, score: 2 },
        { weight: 2, score: null },
      ]),
    ).toBe(0.64);
    expect(statusScore([{ weight: 2, score: null }])).toBeNull();
    expect(statusScore([{ weight: 0, score: 5 }])).toBeNull();
    expect(statusScore([])).toBeNull();
  });
});

describe("key-account review (DOMAIN.md §10)", () => {
  it("Acme: target, won this year, attainment, weighted pipeline, plan, area scores, weakest area, actions, assessment age", () => {
    const a = byName("Acme");
    expect(a).toMatchObject({
      tier: "A",
      previousTier: "B",
      owner: "Wang",
      planRow: 2,
      annualTarget: 1_000_000,
      wonThisYear: 300_000, // the 2025 and undated wins are left out
      attainment: 0.3, // 300,000 / 1,000,000
      weightedPipeline: 160_000, // 200,000 × 75% + 100,000 × 10%
      planStatus: "Agreed",
      questions: 12,
      answered: 7,
      openActions: 3, // Meet the CIO, Send proposal, Someday
      overdueActions: 1, // Meet the CIO (due the day before); Send proposal is due on the report date
      lastAssessed: d(2026, 10, 1),
      daysSinceAssessment: 53, // 1 Oct → 1 Nov is 31 days, + 22
      freshAssessment: true,
      weakestArea: "decision",
      highlights: { noPlan: false, noAssessment: false, staleAssessment: false, overdueActions: true },
    });
    expect(a.completeness).toBeCloseTo(5 / 7, 12); // goal, short-term goals, strategy, target, review date
    expect(a.areaScores.relationship).toBeCloseTo(16 / 25, 12); // (3×4 + 2×2) / (5 × 5)
    expect(a.areaScores.needsValue).toBeCloseTo(33 / 35, 12); // (3×5 + 2×5 + 2×4) / (5 × 7)
    expect(a.areaScores.competition).toBeNull(); // every question of the area blank
    expect(a.areaScores.decision).toBeCloseTo(9 / 25, 12); // (3×1 + 2×3) / (5 × 5)
    expect(a.overall).toBeCloseTo(58 / 85, 12); // (16 + 33 + 9) / (5 × 17)
  });

  it("Beta: an empty plan is no plan, zero weights give no score, a May assessment is stale, the plan's owner wins", () => {
    const b = byName("Beta");
    expect(b).toMatchObject({
      owner: "Zhang",
      annualTarget: null,
      wonThisYear: 120_000,
      attainment: null,
      weightedPipeline: 30_000, // 50,000 × 60%
      completeness: 0,
      planStatus: "Draft",
      areaScores: { relationship: null, needsValue: null, competition: null, decision: null },
      overall: null,
      weakestArea: null,
      answered: 2,
      daysSinceAssessment: 206, // 1 May → 1 Nov: 31+30+31+31+30+31 = 184, + 22
      highlights: { noPlan: true, noAssessment: false, staleAssessment: true, overdueActions: false },
    });
  });

  it("Gamma: no plan row, twelve unanswered questions, an overdue action with a blank status", () => {
    expect(byName("Gamma")).toMatchObject({
      planRow: null,
      completeness: 0,
      planStatus: null,
      questions: 12,
      answered: 0,
      overall: null,
      daysSinceAssessment: null,
      freshAssessment: false,
      openActions: 1,
      overdueActions: 1,
      highlights: { noPlan: true, noAssessment: true, staleAssessment: false, overdueActions: true },
    });
  });

  it("a hostile name is matched by account ID in the plan; exactly 90 days is fresh, 91 stale; a user's own question counts", () => {
    expect(byName(HOSTILE)).toMatchObject({
      owner: null,
      planRow: 4,
      annualTarget: 40_000,
      wonThisYear: 10_000,
      attainment: 0.25,
      areaScores: { relationship: 1, needsValue: null, competition: 0, decision: null }, // 3×5/(5×3); 1×0/(5×1)
      overall: 0.75, // (15 + 0) / (5 × 4)
      weakestArea: "competition",
      daysSinceAssessment: 90, // 25 Aug → 1 Sep 7, → 1 Oct 37, → 1 Nov 68, + 22
      freshAssessment: true,
      highlights: { noPlan: false, noAssessment: false, staleAssessment: false, overdueActions: false },
    });
    expect(byName("Epsilon")).toMatchObject({
      owner: "LI",
      completeness: 1,
      planStatus: "Agreed",
      attainment: 0,
      overall: 0.6, // 3×3 / (5×3)
      daysSinceAssessment: 91,
      freshAssessment: false,
      highlights: { noPlan: false, noAssessment: false, staleAssessment: true, overdueActions: false },
    });
  });

  it("leaves out accounts that are not key, and warns of plan rows naming no account", () => {
    expect(review.accounts.map((a) => a.name)).toEqual(["Acme", "Beta", "Gamma", HOSTILE, "Epsilon"]);
    expect(review.warnings.map((w) => `${w.sheet}!${w.address} ${w.code}`)).toEqual([
      "Account Plans!A6 unknownAccount",
      "Account Status!A31 unknownAccount",
    ]);
  });

  it("Step 8 per key-account rep: targets, won, attainment and the share with an agreed plan and a fresh assessment", () => {
    expect(review.reps).toEqual([
      // Acme: 300,000 / 1,000,000; agreed and 53 days old.
      { rep: "Wang", accounts: 1, target: 1_000_000, won: 300_000, attainment: 0.3, agreedPlans: 1, freshAssessments: 1, agreedAndFresh: 1, share: 1 },
      // Beta: no target; Draft; stale.
      { rep: "Zhang", accounts: 1, target: 0, won: 120_000, attainment: null, agreedPlans: 0, freshAssessments: 0, agreedAndFresh: 0, share: 0 },
      // Gamma (no plan, not assessed) and Epsilon (agreed, 91 days): 0 / 500,000; "Li" and "LI" are one rep.
      { rep: "Li", accounts: 2, target: 500_000, won: 0, attainment: 0, agreedPlans: 1, freshAssessments: 0, agreedAndFresh: 0, share: 0 },
      // The hostile-named account has no owner: 10,000 / 40,000, agreed and fresh.
      { rep: null, accounts: 1, target: 40_000, won: 10_000, attainment: 0.25, agreedPlans: 1, freshAssessments: 1, agreedAndFresh: 1, share: 1 },
    ]); // prettier-ignore
  });
});
