/**
 * Plain-JS reference for the benchmarked work (DOMAIN.md §3, §4, §6) and compact
 * digests, so every engine's output (core, HyperFormula, arquero) can be checked
 * against the same numbers. Deliberately simple: sort + binary search, no cleverness.
 */
import { STAGE_PROBABILITY, STAGES_EN, STAGES_ZH } from "../../src/sample";

export type Num = number | null;

/** Default weights contribution 40, potential 30, reference 15, winnability 15 (§3). */
export const DEFAULT_WEIGHTS = [0.4, 0.3, 0.15, 0.15] as const;

/** Default tier map (§4): rows contribution H, M, L; columns potential H, M, L. */
export const TIER_MAP: Record<string, Record<string, string>> = {
  H: { H: "A", M: "B", L: "C" },
  M: { H: "B", M: "C", L: "D" },
  L: { H: "C", M: "D", L: "D" },
};

function sortedValid(xs: readonly Num[]): Float64Array {
  const v = Float64Array.from(xs.filter((x): x is number => x !== null));
  return v.sort();
}

function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** PERCENTRANK.INC at full precision: (# values strictly below x) / (n − 1); 1 when n = 1. */
export function percentRank(sorted: Float64Array, x: number): number {
  const n = sorted.length;
  return n === 1 ? 1 : countBelow(sorted, x) / (n - 1);
}

/** Excel PERCENTILE.INC over the non-blank values. */
export function percentileInc(xs: readonly Num[], p: number): number {
  const s = sortedValid(xs);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < s.length ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

export function bandOf(x: Num, c1: number, c2: number): string {
  if (x === null) return "";
  return x < c1 ? "L" : x < c2 ? "M" : "H";
}

export interface ScoreTierResult {
  score: number[];
  tier: string[];
  cuts: { c50: number; c80: number; p50: number; p80: number };
}

/** Composite score (rank method, default weights) and default-cut tier per row. */
export function referenceScoreTier(cols: {
  contribution: Num[];
  potential: Num[];
  reference: Num[];
  winnability: Num[];
}): ScoreTierResult {
  const dims = [cols.contribution, cols.potential, cols.reference, cols.winnability];
  const sorted = dims.map(sortedValid);
  const n = cols.contribution.length;
  const score = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < 4; d++) {
      const x = dims[d][i];
      if (x !== null) s += DEFAULT_WEIGHTS[d] * percentRank(sorted[d], x);
    }
    score[i] = 100 * s;
  }
  const cuts = {
    c50: percentileInc(cols.contribution, 0.5),
    c80: percentileInc(cols.contribution, 0.8),
    p50: percentileInc(cols.potential, 0.5),
    p80: percentileInc(cols.potential, 0.8),
  };
  const tier = cols.contribution.map((c, i) => {
    const bc = bandOf(c, cuts.c50, cuts.c80);
    const bp = bandOf(cols.potential[i], cuts.p50, cuts.p80);
    return bc === "" || bp === "" ? "" : TIER_MAP[bc][bp];
  });
  return { score, tier, cuts };
}

// ---- pipeline -------------------------------------------------------------------

/** Stage number 1–6 from an English/Chinese name or a number; 0 when unknown. */
export function stageNumber(v: string | number | null): number {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= 6 ? v : 0;
  if (v === null) return 0;
  const s = v.trim().toLowerCase();
  const en = STAGES_EN.findIndex((x) => x.toLowerCase() === s);
  if (en >= 0) return en + 1;
  const zh = (STAGES_ZH as readonly string[]).indexOf(v.trim());
  return zh >= 0 ? zh + 1 : 0;
}

/** "O" open (also blank), "W" won, "L" lost. */
export function statusCode(v: string | null): "O" | "W" | "L" {
  if (v === null) return "O";
  const s = v.trim().toLowerCase();
  if (s === "won" || s === "赢单") return "W";
  if (s === "lost" || s === "丢单") return "L";
  return "O";
}

export interface StageRow {
  openCount: number;
  openAmount: number;
  weighted: number;
  reached: number;
  /** reached(next) / reached(this); for the last stage the next step is Won (won / reached). Null when reached is 0. */
  conversion: number | null;
}

export interface PipelineDigest {
  stages: StageRow[];
  won: { count: number; amount: number };
  lost: { count: number; amount: number };
  winRate: number | null;
}

/** Builds the digest from per-(stage, status) counts and sums (as every engine ends up with). */
export function pipelineFromGroups(
  groups: { stage: number; status: "O" | "W" | "L"; count: number; sum: number }[],
): PipelineDigest {
  const openCount = new Array<number>(6).fill(0);
  const openAmount = new Array<number>(6).fill(0);
  const lostAtOrPast = new Array<number>(8).fill(0);
  const openAtOrPast = new Array<number>(8).fill(0);
  const won = { count: 0, amount: 0 };
  const lost = { count: 0, amount: 0 };
  for (const g of groups) {
    if (g.status === "W") {
      won.count += g.count;
      won.amount += g.sum;
    } else if (g.status === "L") {
      lost.count += g.count;
      lost.amount += g.sum;
      if (g.stage >= 1) lostAtOrPast[g.stage] += g.count;
    } else if (g.stage >= 1) {
      openCount[g.stage - 1] += g.count;
      openAmount[g.stage - 1] += g.sum;
      openAtOrPast[g.stage] += g.count;
    }
  }
  for (let k = 5; k >= 1; k--) {
    lostAtOrPast[k] += lostAtOrPast[k + 1];
    openAtOrPast[k] += openAtOrPast[k + 1];
  }
  const reached = Array.from({ length: 6 }, (_, i) => openAtOrPast[i + 1] + lostAtOrPast[i + 1] + won.count);
  const stages = reached.map((r, i) => ({
    openCount: openCount[i],
    openAmount: openAmount[i],
    weighted: openAmount[i] * STAGE_PROBABILITY[i],
    reached: r,
    conversion: r > 0 ? (i < 5 ? reached[i + 1] : won.count) / r : null,
  }));
  const decided = won.count + lost.count;
  return { stages, won, lost, winRate: decided > 0 ? won.count / decided : null };
}

/** Pipeline stage report over all rows (§6), default stage table. Unknown stages are skipped. */
export function referencePipeline(cols: {
  stage: (string | number)[];
  amount: number[];
  status: (string | null)[];
}): PipelineDigest {
  const acc = new Map<string, { stage: number; status: "O" | "W" | "L"; count: number; sum: number }>();
  for (let i = 0; i < cols.stage.length; i++) {
    const stage = stageNumber(cols.stage[i]);
    const status = statusCode(cols.status[i]);
    if (stage === 0 && status !== "W") continue;
    const key = `${stage}|${status}`;
    const g = acc.get(key) ?? { stage, status, count: 0, sum: 0 };
    g.count++;
    g.sum += cols.amount[i];
    acc.set(key, g);
  }
  return pipelineFromGroups([...acc.values()]);
}

// ---- digests and comparison ------------------------------------------------------------

export interface ScoreTierDigest {
  rows: number;
  scoreSum: number;
  /** A few sampled scores (rows 0, n/3, 2n/3, n−1) for spotting systematic offsets. */
  scoreSample: number[];
  tierCounts: Record<string, number>;
}

export function scoreTierDigest(score: readonly unknown[], tier: readonly unknown[]): ScoreTierDigest {
  let scoreSum = 0;
  for (const s of score) scoreSum += typeof s === "number" ? s : NaN;
  const tierCounts: Record<string, number> = {};
  for (const t of tier) {
    const k = typeof t === "string" ? t : String(t);
    tierCounts[k] = (tierCounts[k] ?? 0) + 1;
  }
  const n = score.length;
  const idx = n === 0 ? [] : [0, Math.floor(n / 3), Math.floor((2 * n) / 3), n - 1];
  return {
    rows: n,
    scoreSum,
    scoreSample: idx.map((i) => (typeof score[i] === "number" ? (score[i] as number) : NaN)),
    tierCounts,
  };
}

const close = (a: number | null, b: number | null, rel = 1e-9): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

/** Differences between two score+tier digests, as human-readable strings (empty = agree). */
export function compareScoreTier(a: ScoreTierDigest, b: ScoreTierDigest): string[] {
  const out: string[] = [];
  if (a.rows !== b.rows) out.push(`rows ${a.rows} vs ${b.rows}`);
  if (!close(a.scoreSum, b.scoreSum)) out.push(`score sum ${a.scoreSum} vs ${b.scoreSum}`);
  a.scoreSample.forEach((s, i) => {
    if (!close(s, b.scoreSample[i] ?? null)) out.push(`score sample ${i}: ${s} vs ${b.scoreSample[i]}`);
  });
  const keys = new Set([...Object.keys(a.tierCounts), ...Object.keys(b.tierCounts)]);
  for (const k of keys)
    if ((a.tierCounts[k] ?? 0) !== (b.tierCounts[k] ?? 0))
      out.push(`tier ${JSON.stringify(k)} ${a.tierCounts[k] ?? 0} vs ${b.tierCounts[k] ?? 0}`);
  return out;
}

export function comparePipeline(a: PipelineDigest, b: PipelineDigest): string[] {
  const out: string[] = [];
  a.stages.forEach((s, i) => {
    const t = b.stages[i];
    if (!t) {
      out.push(`stage ${i + 1} missing`);
      return;
    }
    for (const k of ["openCount", "openAmount", "weighted", "reached", "conversion"] as const) {
      if (!close(s[k], t[k])) out.push(`stage ${i + 1} ${k}: ${s[k]} vs ${t[k]}`);
    }
  });
  for (const k of ["won", "lost"] as const) {
    if (!close(a[k].count, b[k].count) || !close(a[k].amount, b[k].amount))
      out.push(`${k} ${JSON.stringify(a[k])} vs ${JSON.stringify(b[k])}`);
  }
  if (!close(a.winRate, b.winRate)) out.push(`win rate ${a.winRate} vs ${b.winRate}`);
  return out;
}

/** Reads a KAM.PIPELINE spill (header, six stages, Won, Lost, Win rate) into a digest; null if the shape is wrong. */
export function pipelineDigestFromSpill(spill: readonly (readonly unknown[])[]): PipelineDigest | null {
  if (spill.length < 10 || spill.some((r) => r.length < 2)) return null;
  const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
  const stages: StageRow[] = [];
  for (let i = 1; i <= 6; i++) {
    const r = spill[i];
    stages.push({
      openCount: num(r[1]) ?? NaN,
      openAmount: num(r[2]) ?? NaN,
      weighted: num(r[3]) ?? NaN,
      reached: num(r[4]) ?? NaN,
      conversion: num(r[5]),
    });
  }
  return {
    stages,
    won: { count: num(spill[7][1]) ?? NaN, amount: num(spill[7][2]) ?? NaN },
    lost: { count: num(spill[8][1]) ?? NaN, amount: num(spill[8][2]) ?? NaN },
    winRate: num(spill[9][1]),
  };
}
