import { defaultModel, parseModel } from "../../src/core/schemas";

describe("model schema", () => {
  it("fills every DOMAIN.md default", () => {
    const m = defaultModel();
    expect(m.weights).toEqual({ contribution: 40, potential: 30, reference: 15, winnability: 15 });
    expect(m.method).toBe("rank");
    expect(m.cuts.contribution).toEqual(["P50", "P80"]);
    expect(m.tierMap).toEqual([
      ["A", "B", "C"],
      ["B", "C", "D"],
      ["C", "D", "D"],
    ]);
    expect(m.topPercent.default).toBe(0.2);
    expect(m.stages.map((s) => [s.name, s.probability])).toEqual([
      ["Verify", 0.1],
      ["Approve", 0.2],
      ["Needs analysis", 0.4],
      ["Value presentation", 0.6],
      ["Bid", 0.75],
      ["Negotiate & sign", 0.9],
    ]);
    expect(m.coverage).toEqual({ minNamed: 2, maxNamed: 10, dedicatedTierA: true });
    expect(m.reports.period).toBe("quarter");
  });

  it("keeps valid settings and fills the rest", () => {
    const r = parseModel({
      method: "minmax",
      cuts: { contribution: [1000, "P90"] },
      topPercent: { default: 0.1, bySegment: { Energy: 0.3 } },
    });
    expect(r.ok && r.model.method).toBe("minmax");
    expect(r.ok && r.model.cuts).toEqual({ contribution: [1000, "P90"], potential: ["P50", "P80"], bySegment: {} });
    expect(r.ok && r.model.topPercent.bySegment).toEqual({ Energy: 0.3 });
  });

  it("gives readable messages for invalid models and never throws", () => {
    const r = parseModel({
      weights: { contribution: -1, potential: 1, reference: 1, winnability: 1 },
      method: "zscore",
      cuts: { contribution: ["P50", "high"] },
      tierMap: [
        ["A", "B", "E"],
        ["B", "C", "D"],
        ["C", "D", "D"],
      ],
      stages: [
        { name: "Bid", probability: 1.5 },
        { name: "bid", probability: 0.5 },
      ],
      coverage: { minNamed: 12, maxNamed: 10 },
    });
    expect(r.ok).toBe(false);
    const text = r.ok ? "" : r.errors.join("\n");
    expect(text).toMatch(/^weights\.contribution: must be 0 or more$/m);
    expect(text).toMatch(/^method: /m);
    expect(text).toMatch(/^cuts\.contribution\.1: /m);
    expect(text).toMatch(/^tierMap\.0\.2: /m);
    expect(text).toMatch(/^stages\.0\.probability: must be between 0 and 1$/m);
    expect(parseModel("garbage").ok).toBe(false);
    expect(parseModel({ coverage: { minNamed: 12, maxNamed: 10 } })).toEqual({
      ok: false,
      errors: ["coverage: minNamed must not exceed maxNamed"],
      issues: [
        {
          path: "coverage",
          parts: ["coverage"],
          code: "minNamedAboveMax",
          params: {},
          message: "minNamed must not exceed maxNamed",
        },
      ],
    });
    expect(
      parseModel({
        stages: [
          { name: "Bid", probability: 0.5 },
          { name: "bid", probability: 0.6 },
        ],
      }),
    ).toMatchObject({ ok: false, errors: ["stages: stage names must be unique"] });
  });
});
