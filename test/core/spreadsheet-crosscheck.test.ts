/**
 * Cross-check against a real spreadsheet engine (ARCHITECTURE.md): HyperFormula evaluates the Excel
 * formulas whose semantics DOMAIN.md adopts, on random data, and the core must agree.
 * HyperFormula has no PERCENTRANK.INC, so the percent rank is COUNTIF(range,"<"&x)/(COUNT(range)-1).
 */
import { HyperFormula } from "hyperformula";
import { bandValues } from "../../src/core/bands";
import { pipelineStats } from "../../src/core/pipeline";
import { normalizeDimension } from "../../src/core/score";
import { encodeSegments } from "../../src/core/segments";
import { DEFAULT_STAGES, LOST, OPEN, WON } from "../../src/core/stages";
import { percentileIncUnsorted } from "../../src/core/stats";
import { rng } from "../functions/helpers";

type Grid = (number | string | null)[][];

function evaluate(sheet: Grid): HyperFormula {
  return HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", smartRounding: false });
}

const value = (hf: HyperFormula, row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) as number;

describe("core statistics match HyperFormula", () => {
  // Heavy ties (integers 0..49) and heavy tails (lognormal) are both cases where rank rules differ.
  const datasets: [string, (r: () => number) => number][] = [
    ["integers with ties", (r) => Math.floor(r() * 50)],
    ["heavy-tailed revenue", (r) => Math.round(Math.exp(r() * 12) * 100) / 100],
  ];

  it.each(datasets)("percentile cuts (PERCENTILE.INC) on %s", (_label, draw) => {
    const r = rng(21);
    for (const n of [1, 2, 7, 300]) {
      const xs = Array.from({ length: n }, () => draw(r));
      const ps = [0, 0.1, 0.5, 0.8, 0.95, 1];
      const sheet: Grid = xs.map((x) => [x, null]);
      ps.forEach((p, i) => ((sheet[i] ??= [null, null])[1] = `=PERCENTILE.INC(A1:A${n},${p})`));
      const hf = evaluate(sheet);
      ps.forEach((p, i) => expect(percentileIncUnsorted(Float64Array.from(xs), p)).toBeCloseTo(value(hf, i, 1), 9));
      hf.destroy();
    }
  });

  it.each(datasets)("percent ranks (COUNTIF-based PERCENTRANK.INC) on %s", (_label, draw) => {
    const r = rng(22);
    const n = 400;
    const xs = Array.from({ length: n }, () => draw(r));
    const hf = evaluate(xs.map((x, i) => [x, `=COUNTIF($A$1:$A$${n},"<"&A${i + 1})/(COUNT($A$1:$A$${n})-1)`]));
    const ranks = normalizeDimension(Float64Array.from(xs), "rank", encodeSegments(null, n));
    xs.forEach((_, i) => expect(ranks[i] / 100).toBeCloseTo(value(hf, i, 1), 12));
    hf.destroy();
  });

  it("band cut points within segments equal PERCENTILE.INC over each segment's rows", () => {
    const r = rng(23);
    const segs = ["Energy", "Retail", "Finance"];
    const rows = Array.from({ length: 600 }, () => ({
      seg: segs[Math.floor(r() * 3)],
      x: Math.round(Math.exp(r() * 10)),
    }));
    // One block per segment, so the formula needs no FILTER (which HyperFormula lacks).
    const sheet: Grid = [];
    const starts: number[] = [];
    for (const s of segs) {
      const block = rows.filter((row) => row.seg === s);
      starts.push(sheet.length);
      block.forEach((row) => sheet.push([row.x, null, null]));
      const a = `A${sheet.length - block.length + 1}:A${sheet.length}`;
      sheet[sheet.length - block.length][1] = `=PERCENTILE.INC(${a},0.5)`;
      sheet[sheet.length - block.length][2] = `=PERCENTILE.INC(${a},0.8)`;
    }
    const hf = evaluate(sheet);
    const seg = encodeSegments(
      rows.map((row) => row.seg),
      rows.length,
    );
    const { cutsBySegment } = bandValues(
      Float64Array.from(rows, (row) => row.x),
      [
        { kind: "pct", p: 0.5 },
        { kind: "pct", p: 0.8 },
      ],
      seg,
    );
    segs.forEach((s, i) => {
      const code = seg.labels.indexOf(s);
      expect(cutsBySegment[code][0]).toBeCloseTo(value(hf, starts[i], 1), 9);
      expect(cutsBySegment[code][1]).toBeCloseTo(value(hf, starts[i], 2), 9);
    });
    hf.destroy();
  });

  it("per-stage sums and counts equal SUMIFS / COUNTIFS", () => {
    const r = rng(24);
    const n = 2000;
    const stage = new Int32Array(n);
    const status = new Int8Array(n);
    const amount = new Float64Array(n);
    const sheet: Grid = [];
    for (let i = 0; i < n; i++) {
      stage[i] = Math.floor(r() * 6);
      const s = r();
      status[i] = s < 0.15 ? WON : s < 0.3 ? LOST : OPEN;
      amount[i] = Math.round(Math.exp(r() * 11));
      sheet.push([stage[i] + 1, ["Open", "Won", "Lost"][status[i]], amount[i]]);
    }
    const A = `$A$1:$A$${n}`, B = `$B$1:$B$${n}`, C = `$C$1:$C$${n}`; // prettier-ignore
    for (let k = 1; k <= 6; k++) {
      const p = DEFAULT_STAGES[k - 1].probability;
      sheet[k - 1].push(
        `=COUNTIFS(${A},${k},${B},"Open")`,
        `=SUMIFS(${C},${A},${k},${B},"Open")`,
        `=SUMIFS(${C},${A},${k},${B},"Open")*${p}`,
        `=COUNTIFS(${A},">="&${k},${B},"Open")+COUNTIFS(${A},">="&${k},${B},"Lost")+COUNTIF(${B},"Won")`,
      );
    }
    sheet[6].push(
      `=COUNTIF(${B},"Won")`,
      `=SUMIFS(${C},${B},"Won")`,
      `=COUNTIF(${B},"Lost")`,
      `=SUMIFS(${C},${B},"Lost")`,
    );
    const hf = evaluate(sheet);
    const stats = pipelineStats({ stage, status, amount }, DEFAULT_STAGES);
    stats.stages.forEach((s, k) => {
      expect(s.openCount).toBe(value(hf, k, 3));
      expect(s.openAmount).toBeCloseTo(value(hf, k, 4), 6);
      expect(s.weighted).toBeCloseTo(value(hf, k, 5), 6);
      expect(s.reached).toBe(value(hf, k, 6));
    });
    expect([stats.won.count, stats.won.amount, stats.lost.count, stats.lost.amount]).toEqual([
      value(hf, 6, 3),
      value(hf, 6, 4),
      value(hf, 6, 5),
      value(hf, 6, 6),
    ]);
    hf.destroy();
  });
});
