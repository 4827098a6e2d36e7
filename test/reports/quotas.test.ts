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
    reviews.forEach((q, k) => expect(rows[1 + k].slice(0, 4)).toEqual([q.rep, q.quota, q.won, q.namedWon]));
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
