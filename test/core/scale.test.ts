/**
 * DOMAIN computations at Excel's row limit (1,048,576 rows): each is one pass or a sort, so they must
 * finish and stay within memory. This checks they complete and stay consistent, not how fast they are
 * (speed lives in `npm run bench`).
 */
import { coverageMatrix } from "../../src/core/coverage-matrix";
import { AccountRecord, AssignmentRecord, Dataset, OpportunityRecord } from "../../src/core/dataset";
import { pipelineReport } from "../../src/core/pipeline-report";
import { quotaReviews } from "../../src/core/quota-review";
import { defaultModel, parseModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { rng } from "../functions/helpers";
import { AS_OF } from "./fixtures";

const N = 1_048_576;

function bigDataset(): Dataset {
  const r = rng(99);
  const industries = ["Energy", "Finance", "Retail", "Telecom"];
  const accounts: AccountRecord[] = new Array(N);
  const opportunities: OpportunityRecord[] = new Array(N);
  const assignments: AssignmentRecord[] = new Array(N);
  for (let i = 0; i < N; i++) {
    accounts[i] = {
      row: i + 2, key: `A${i}`, id: `A${i}`, name: `Account ${i}`, industry: industries[i & 3], region: null,
      contribution: Math.floor(Math.exp(r() * 14)), potential: Math.floor(Math.exp(r() * 14)), reference: 1 + (i % 10), winnability: null,
      manualTier: null, approver: null,
    }; // prettier-ignore
    opportunities[i] = {
      row: i + 2, id: null, account: i, accountText: `A${i}`, owner: `Rep ${i % 500}`, region: null,
      stage: i % 6, status: i % 10 === 0 ? 1 : i % 10 === 1 ? 2 : 0, amount: Math.floor(r() * 1e5),
      created: AS_OF - (i % 200), stageEntered: null, expectedClose: AS_OF + (i % 300), projectClass: null,
    }; // prettier-ignore
    assignments[i] = {
      row: i + 2,
      account: i,
      rep: `Rep ${i % 500}`,
      team: null,
      teamType: i % 7 === 0 ? "KeyAccount" : "Territory",
      role: "Primary",
      credit: 1,
    };
  }
  const quotas = Array.from({ length: 500 }, (_, k) => ({
    row: k + 2,
    rep: `Rep ${k}`,
    quota: 1e7,
    namedQuota: 1e6,
    lastYearNamed: 5e5,
  }));
  return { accounts, opportunities, assignments, quotas, errors: [], warnings: [], counts: {} };
}

describe("1,048,576 rows", () => {
  const data = bigDataset();

  it("tiers every account, per industry segment, and flags ceil(20%) per segment", () => {
    const parsed = parseModel({ segmentBy: "industry" });
    const t = tierAccounts(data.accounts, parsed.ok ? parsed.model : defaultModel());
    expect(t.tiers.filter((x) => x === null)).toHaveLength(0);
    const flagged = Array.from(t.keyAccount).reduce((a, b) => a + b, 0);
    expect(flagged).toBeGreaterThanOrEqual(4 * Math.ceil(0.2 * (N / 4)));
    expect(flagged).toBeLessThan(0.21 * N);
  });

  it("builds the coverage matrix and the pipeline and quota reports", () => {
    const tiers = tierAccounts(data.accounts, defaultModel()).tiers;
    const cov = coverageMatrix(data, tiers);
    expect(cov.totals.uncovered + cov.totals.conflict).toBe(0);
    const p = pipelineReport(data, defaultModel().stages, { asOf: AS_OF, period: "quarter", splitBy: "owner" });
    expect(p.split.groups).toHaveLength(500);
    expect(p.overall.stages[0].reached).toBe(N);
    expect(p.overall.won.count).toBe(Math.floor((N - 1) / 10) + 1); // rows 0, 10, 20, …
    const q = quotaReviews(data, defaultModel().stages);
    expect(q).toHaveLength(500);
    expect(q.reduce((s, x) => s + x.won, 0)).toBe(p.overall.won.amount);
  });
});
