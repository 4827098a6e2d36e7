/**
 * Bench inputs built from the seeded sample columns, in the shapes each engine takes:
 * 2-D arrays (what Excel passes to a custom function / what HyperFormula loads) and
 * plain columns (what arquero loads). Deterministic per (rows, seed).
 */
import { DEFAULT_AS_OF, generateAccountColumns, generateOpportunityColumns } from "../src/sample";

export type Num = number | null;

export interface ScoreTierInput {
  rows: number;
  /** n × 4: contribution, potential, reference, winnability (null = blank). */
  dims: Num[][];
  /** n × 1 columns. */
  contribution: Num[][];
  potential: Num[][];
  cols: { contribution: Num[]; potential: Num[]; reference: Num[]; winnability: Num[] };
}

export interface PipelineInput {
  rows: number;
  /** n × 1: stage as typed (English or Chinese name, or number). */
  stages: (string | number)[][];
  amounts: number[][];
  /** n × 1: Open/Won/Lost, 进行中/赢单/丢单, or blank. */
  statuses: (string | null)[][];
  cols: { stage: (string | number)[]; amount: number[]; status: (string | null)[] };
}

const nanToNull = (x: number): Num => (Number.isNaN(x) ? null : x);

/** Accounts for score+tier. */
export function scoreTierInput(rows: number, seed: number): ScoreTierInput {
  const a = generateAccountColumns(rows, seed);
  const contribution: Num[] = Array.from(a.contribution);
  const potential: Num[] = Array.from(a.potential);
  const reference = Array.from(a.reference, nanToNull);
  const winnability = Array.from(a.winnability, nanToNull);
  const dims: Num[][] = new Array<Num[]>(rows);
  const c2: Num[][] = new Array<Num[]>(rows);
  const p2: Num[][] = new Array<Num[]>(rows);
  for (let i = 0; i < rows; i++) {
    dims[i] = [contribution[i], potential[i], reference[i], winnability[i]];
    c2[i] = [contribution[i]];
    p2[i] = [potential[i]];
  }
  return { rows, dims, contribution: c2, potential: p2, cols: { contribution, potential, reference, winnability } };
}

/** Opportunities for the pipeline report (as many opportunities as `rows`). */
export function pipelineInput(rows: number, seed: number): PipelineInput {
  // A modest account base: only the opportunity columns matter here.
  const accounts = generateAccountColumns(Math.min(rows, 10_000), seed);
  const o = generateOpportunityColumns(rows, accounts, seed, DEFAULT_AS_OF);
  const stage = o.stageLabel;
  const amount = Array.from(o.amount);
  const status = o.statusLabel;
  const stages: (string | number)[][] = new Array<(string | number)[]>(rows);
  const amounts: number[][] = new Array<number[]>(rows);
  const statuses: (string | null)[][] = new Array<(string | null)[]>(rows);
  for (let i = 0; i < rows; i++) {
    stages[i] = [stage[i]];
    amounts[i] = [amount[i]];
    statuses[i] = [status[i]];
  }
  return { rows, stages, amounts, statuses, cols: { stage, amount, status } };
}
