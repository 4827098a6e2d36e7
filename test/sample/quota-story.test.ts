/**
 * The sample is demoed to finance: its Quota Review must tell a believable Q4 story (issue 15). These ranges are
 * read through the same parser and quota review the report uses, so a generator change that breaks the story fails
 * here rather than in front of a client.
 */
import { quotaReviews } from "../../src/core/quota-review";
import { DEFAULT_AS_OF } from "../../src/sample/columns";
import { sampleSources } from "../reports/sample-sources";

const share = (xs: readonly number[], ok: (x: number) => boolean) => xs.filter(ok).length / xs.length;

describe.each([
  { name: "default sample", options: {} },
  { name: "seed 7, 1,000 accounts", options: { seed: 7, accounts: 1000, opportunities: 3000 } },
])("quota story: $name", ({ options }) => {
  const s = sampleSources(options);
  const reviews = quotaReviews(s.data, s.model.stages);
  const attainment = reviews.map((r) => r.attainment ?? 0);
  const uplift = reviews.flatMap((r) => (r.namedUplift === null ? [] : [r.namedUplift]));

  it("has every quota rep in the review, most of them between 60% and 120% of quota", () => {
    expect(reviews.length).toBe(s.wb.quotas.rows.length);
    expect(share(attainment, (a) => a >= 0.6 && a <= 1.2)).toBeGreaterThanOrEqual(0.65);
    expect(share(attainment, (a) => a < 0.25)).toBeLessThanOrEqual(0.1);
  });

  it("has a few stars above 120% and a few laggards below 60%, not more", () => {
    expect(attainment.filter((a) => a > 1.2).length).toBeGreaterThanOrEqual(1);
    expect(attainment.filter((a) => a < 0.6).length).toBeGreaterThanOrEqual(1);
    expect(share(attainment, (a) => a > 1.2)).toBeLessThanOrEqual(0.25);
    expect(share(attainment, (a) => a < 0.6)).toBeLessThanOrEqual(0.25);
  });

  it("has named uplift mostly between −20% and +60%, never a collapse", () => {
    expect(uplift.length).toBeGreaterThanOrEqual(5);
    expect(share(uplift, (u) => u >= -0.2 && u <= 0.6)).toBeGreaterThanOrEqual(0.7);
    expect(Math.min(...uplift)).toBeGreaterThan(-0.5);
    expect(Math.max(...uplift)).toBeLessThan(1);
  });

  it("has named attainment in step with overall attainment for key-account reps", () => {
    const named = reviews.flatMap((r) => (r.namedAttainment === null || r.namedWon === 0 ? [] : [r]));
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(
      share(
        named.map((r) => r.namedAttainment ?? 0),
        (a) => a >= 0.4 && a <= 1.5,
      ),
    ).toBeGreaterThanOrEqual(0.7);
  });
});

describe("the sample's report date", () => {
  it("is fixed in Q4 (not today), so the story holds on any day", () => {
    const s = sampleSources();
    expect(s.wb.asOf).toBe(DEFAULT_AS_OF);
    const d = new Date(Date.UTC(1899, 11, 30) + s.wb.asOf * 86_400_000);
    expect(d.getUTCMonth()).toBeGreaterThanOrEqual(9);
  });
});
