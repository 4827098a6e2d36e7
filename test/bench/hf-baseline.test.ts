/**
 * Proves the HyperFormula baseline formulas compute the benchmarked definitions
 * (PERCENTRANK.INC via COUNTIF, PERCENTILE.INC cuts, tier map, SUMIFS per stage) by
 * comparing them with an independent plain-JS computation on small seeded data.
 */
import { pipelineSheets, runPipelineHF, runScoreTierHF, scoreTierSheets } from "../../bench/baselines/hyperformula";
import { pipelineInput, scoreTierInput } from "../../bench/data";
import { referencePipeline, referenceScoreTier, type Num } from "../../bench/lib/reference";

/** Independent, brute-force definitions (O(n²), no sorting tricks) for the check. */
function bruteScore(cols: Num[][], weights: number[]): number[] {
  const n = cols[0].length;
  return Array.from({ length: n }, (_, i) => {
    let s = 0;
    cols.forEach((col, d) => {
      const x = col[i];
      if (x === null) return;
      const valid = col.filter((v): v is number => v !== null);
      const below = valid.filter((v) => v < x).length;
      s += weights[d] * (valid.length === 1 ? 1 : below / (valid.length - 1));
    });
    return 100 * s;
  });
}

function brutePercentile(xs: Num[], p: number): number {
  const s = xs.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo === s.length - 1 ? s[lo] : s[lo] + (h - lo) * (s[lo + 1] - s[lo]);
}

describe("HyperFormula score+tier baseline", () => {
  const input = scoreTierInput(200, 7);
  const hf = runScoreTierHF(scoreTierSheets(input.cols), input.rows);
  const { contribution, potential, reference, winnability } = input.cols;

  it("has blanks in the data so blank handling is exercised", () => {
    expect(reference.some((v) => v === null)).toBe(true);
    expect(winnability.some((v) => v === null)).toBe(true);
    // Ties exist (1–10 integer scores), so "strictly below" matters.
    expect(new Set(reference).size).toBeLessThan(20);
  });

  it("computes PERCENTRANK.INC-based scores via COUNTIF", () => {
    const expected = bruteScore([contribution, potential, reference, winnability], [0.4, 0.3, 0.15, 0.15]);
    expect(hf.score).toHaveLength(200);
    hf.score.forEach((s, i) => expect(s).toBeCloseTo(expected[i], 9));
    expect(Math.max(...hf.score)).toBeGreaterThan(80);
    expect(Math.min(...hf.score)).toBeLessThan(20);
  });

  it("computes PERCENTILE.INC cuts", () => {
    expect(hf.cuts.c50).toBeCloseTo(brutePercentile(contribution, 0.5), 6);
    expect(hf.cuts.c80).toBeCloseTo(brutePercentile(contribution, 0.8), 6);
    expect(hf.cuts.p50).toBeCloseTo(brutePercentile(potential, 0.5), 6);
    expect(hf.cuts.p80).toBeCloseTo(brutePercentile(potential, 0.8), 6);
    // Interpolation is exercised: P80 over 200 values falls between two of them.
    expect(contribution).not.toContain(hf.cuts.c80);
  });

  it("maps bands to tiers with the default nine-grid", () => {
    const ref = referenceScoreTier(input.cols);
    expect(hf.tier).toEqual(ref.tier);
    expect(new Set(hf.tier)).toEqual(new Set(["A", "B", "C", "D"]));
    // Spot-check the map itself on rows independent of the reference module.
    hf.tier.forEach((t, i) => {
      const c = contribution[i] as number;
      const p = potential[i] as number;
      if (c >= hf.cuts.c80 && p >= hf.cuts.p80) expect(t).toBe("A");
      if (c < hf.cuts.c50 && p < hf.cuts.p80) expect(t).toBe("D");
      if (c < hf.cuts.c50 && p >= hf.cuts.p80) expect(t).toBe("C");
    });
  });

  it("agrees with the reference module used to check the other engines", () => {
    const ref = referenceScoreTier(input.cols);
    hf.score.forEach((s, i) => expect(s).toBeCloseTo(ref.score[i], 9));
    // HyperFormula rounds results to 10 significant digits (precisionRounding), hence relative tolerance.
    for (const k of ["c50", "c80", "p50", "p80"] as const)
      expect(Math.abs(hf.cuts[k] - ref.cuts[k])).toBeLessThanOrEqual(1e-12 * ref.cuts[k]);
  });

  it("handles a single-row population (PERCENTRANK is 100)", () => {
    const one = runScoreTierHF(
      scoreTierSheets({ contribution: [5], potential: [7], reference: [null], winnability: [3] }),
      1,
    );
    expect(one.score[0]).toBeCloseTo(100 * (0.4 + 0.3 + 0.15), 9);
    expect(one.tier).toEqual(["A"]);
  });
});

describe("HyperFormula pipeline baseline", () => {
  const input = pipelineInput(200, 7);
  const hf = runPipelineHF(pipelineSheets(input.cols), input.rows);
  const { stage, amount, status } = input.cols;

  it("uses data mixing stage names, Chinese names, numbers and blank statuses", () => {
    expect(stage.some((s) => typeof s === "number")).toBe(true);
    expect(stage.some((s) => typeof s === "string" && /[\u4e00-\u9fff]/.test(s))).toBe(true);
    expect(status.some((s) => s === null || /[\u4e00-\u9fff]/.test(s))).toBe(true);
  });

  it("computes per-stage open counts and SUMIFS amounts", () => {
    const names = ["Verify", "Approve", "Needs analysis", "Value presentation", "Bid", "Negotiate & sign"];
    const zh = ["验证商机", "商机立项", "需求分析", "价值呈现", "组织投标", "谈判签约"];
    const prob = [0.1, 0.2, 0.4, 0.6, 0.75, 0.9];
    const k = (s: string | number): number =>
      typeof s === "number" ? s : Math.max(names.indexOf(s), zh.indexOf(s)) + 1;
    const isOpen = (s: string | null): boolean => s === null || s === "Open" || s === "进行中";
    for (let st = 1; st <= 6; st++) {
      const rows = stage.map((_, i) => i).filter((i) => k(stage[i]) === st && isOpen(status[i]));
      const sum = rows.reduce((a, i) => a + amount[i], 0);
      expect(hf.digest.stages[st - 1].openCount).toBe(rows.length);
      expect(hf.digest.stages[st - 1].openAmount).toBeCloseTo(sum, 6);
      expect(hf.digest.stages[st - 1].weighted).toBeCloseTo(sum * prob[st - 1], 6);
    }
    expect(hf.values[0][0]).toBe("Verify");
  });

  it("computes reached, conversion, won/lost and win rate", () => {
    const ref = referencePipeline(input.cols);
    expect(hf.digest.won).toEqual(ref.won);
    expect(hf.digest.lost).toEqual(ref.lost);
    expect(hf.digest.won.count + hf.digest.lost.count + hf.digest.stages.reduce((a, s) => a + s.openCount, 0)).toBe(
      200,
    );
    hf.digest.stages.forEach((s, i) => {
      expect(s.reached).toBe(ref.stages[i].reached);
      if (ref.stages[i].conversion === null) expect(s.conversion).toBeNull();
      else expect(s.conversion).toBeCloseTo(ref.stages[i].conversion as number, 9);
    });
    // Brute force: reached = open or lost at or past the stage, plus every won one; the last stage converts to Won.
    const names = ["Verify", "Approve", "Needs analysis", "Value presentation", "Bid", "Negotiate & sign"];
    const zh = ["验证商机", "商机立项", "需求分析", "价值呈现", "组织投标", "谈判签约"];
    const k = (s: string | number): number =>
      typeof s === "number" ? s : Math.max(names.indexOf(s), zh.indexOf(s)) + 1;
    const won = (s: string | null): boolean => s === "Won" || s === "赢单";
    const reached = [1, 2, 3, 4, 5, 6].map((st) => stage.filter((s, i) => won(status[i]) || k(s) >= st).length);
    expect(hf.digest.stages.map((s) => s.reached)).toEqual(reached);
    expect(hf.digest.stages[2].conversion).toBeCloseTo(reached[3] / reached[2], 9);
    expect(hf.digest.stages[5].conversion).toBeCloseTo(status.filter(won).length / reached[5], 9);
    // Reached is non-increasing and stage 1 has been reached by every opportunity.
    expect(hf.digest.stages[0].reached).toBe(200);
    for (let i = 1; i < 6; i++)
      expect(hf.digest.stages[i].reached).toBeLessThanOrEqual(hf.digest.stages[i - 1].reached);
    expect(hf.digest.winRate).toBeCloseTo(ref.won.count / (ref.won.count + ref.lost.count), 9);
  });
});
