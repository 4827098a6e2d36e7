import { quotaReviews } from "../../src/core/quota-review";
import { block } from "./plan-lookup";
import { samplePlan, sampleSources } from "./sample-sources";

const s = sampleSources();
const reviews = quotaReviews(s.data, s.model.stages);

describe("Quotas plan on the sample workbook", () => {
  it("writes one row per rep with the core's numbers and attainment formulas (static)", () => {
    const p = samplePlan(s, "quotas", false);
    const rows = block(p, "quotas").cells;
    expect(rows[0]).toEqual([
      "Rep",
      "Quota",
      "Won",
      "Named won",
      "Attainment",
      "Named quota",
      "Named attainment",
      "Last year named",
      "Named uplift",
      "Open pipeline (weighted)",
      "Pipeline coverage",
    ]);
    // A rep with no named-account side (no Key-Account primary, no named figure) shows named won blank, as named quota.
    const keyAccountReps = new Set(
      s.data.assignments.filter((a) => a.teamType === "KeyAccount" && a.role === "Primary").map((a) => a.rep),
    );
    const namedWon = (q: (typeof reviews)[number]) =>
      keyAccountReps.has(q.rep) || q.namedWon || q.namedQuota || q.lastYearNamed ? q.namedWon : "";
    expect(reviews.some((q) => namedWon(q) === "")).toBe(true);
    reviews.forEach((q, k) => expect(rows[1 + k].slice(0, 4)).toEqual([q.rep, q.quota, q.won, namedWon(q)]));
    reviews.forEach((q, k) => expect(rows[1 + k][5] === "").toBe(!q.namedQuota && q.namedQuota !== 0));
    expect(rows[1][4]).toEqual({ formula: '=IF(C5>0,D5/C5,"")' });
    expect(rows[1][10]).toEqual({ formula: '=IF(C5<=0,"",IF(D5>=C5,"met",K5/(C5-D5)))' });
    expect(p.conditionalFormats.map((c) => c.range)).toEqual([
      `F5:F${4 + reviews.length}`,
      `H5:H${4 + reviews.length}`,
    ]);
  });

  it("looks quotas up in the Quotas table and sums won amounts live", () => {
    const p = samplePlan(s, "quotas", true);
    const row = block(p, "quotas").cells[1];
    expect(row[1]).toEqual({ formula: `=SUMIFS(Quotas[Quota],Quotas[Rep],"${reviews[0].rep}")` });
    expect((row[2] as { formula: string }).formula).toContain(
      `SUMIFS(Opportunities[Amount],Opportunities[Status],"赢单",Opportunities[Owner],"${reviews[0].rep}")`,
    );
  });
});
