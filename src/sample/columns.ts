/**
 * Column-oriented generation of the numeric parts of the sample (typed arrays, no
 * per-row objects). `generateSample` builds its rows from these columns, so the
 * bench and the row tables agree for the same seed.
 */
import { streamRng, type Rng } from "./random";
import {
  INDUSTRIES,
  INDUSTRY_SCALE,
  INDUSTRY_WEIGHT,
  REGION_WEIGHT,
  STAGES_EN,
  STAGES_ZH,
  STATUS_EN,
  STATUS_ZH,
} from "./vocab";

// Module-local copies: global lookups are ~10× slower inside vm contexts (Jest).
const { exp, log, round, max, min, floor } = Math;

/** Stream ids: each table part draws from its own stream so sizes don't interact. */
export const STREAM = {
  accounts: 1,
  opportunities: 2,
  names: 3,
  assignments: 4,
  oppRows: 5,
  reps: 6,
  quotas: 7,
  dirty: 8,
} as const;

/** Excel date serial (days since 1899-12-30) of a UTC calendar date. */
export function excelSerial(year: number, month: number, day: number): number {
  return round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Default report date: 2026-11-23. */
export const DEFAULT_AS_OF = excelSerial(2026, 11, 23);

export interface AccountColumns {
  /** Index into INDUSTRIES per account. */
  industry: Uint8Array;
  /** Industry name per account (shared interned strings, usable as a `segments` column). */
  segment: string[];
  /** Index into REGIONS per account. */
  region: Uint8Array;
  /** Last-year revenue, heavy-tailed (lognormal × industry scale), about 6% zeros. */
  contribution: Float64Array;
  /** Two-year potential, correlated with contribution but noisy. */
  potential: Float64Array;
  /** Reference value 1–10; NaN = blank. */
  reference: Float64Array;
  /** Winnability 1–10; NaN = blank. */
  winnability: Float64Array;
  /** Latent size z-score behind contribution; the generator uses it to pick key accounts. */
  sizeZ: Float64Array;
}

export interface OpportunityColumns {
  /** Account index (into the account columns) per opportunity. */
  account: Int32Array;
  /** Stage number 1–6 (for Lost: the stage it was lost at; Won: 6). */
  stage: Uint8Array;
  /** Stage as a user would type it: English name, Chinese name, or the number. */
  stageLabel: (string | number)[];
  /** 0 Open, 1 Won, 2 Lost. */
  status: Uint8Array;
  /** Status as typed: English, Chinese, or null (blank → Open). */
  statusLabel: (string | null)[];
  /** Amount, heavy-tailed, rounded to 100. */
  amount: Float64Array;
  /** Excel date serials. */
  created: Int32Array;
  /** Excel date serial; 0 = blank. */
  stageEntered: Int32Array;
  expectedClose: Int32Array;
}

export interface SampleColumns {
  accounts: AccountColumns;
  opportunities: OpportunityColumns;
  asOf: number;
}

function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let u = rng.next();
  for (let i = 0; i < weights.length - 1; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

function score1to10(rng: Rng, sizeZ: number): number {
  const v = round(5.5 + 0.8 * sizeZ + 2 * rng.normal());
  return v < 1 ? 1 : v > 10 ? 10 : v;
}

/** Account numeric columns for `n` accounts. */
export function generateAccountColumns(n: number, seed: number): AccountColumns {
  const rng = streamRng(seed, STREAM.accounts);
  const industry = new Uint8Array(n);
  const region = new Uint8Array(n);
  const contribution = new Float64Array(n);
  const potential = new Float64Array(n);
  const reference = new Float64Array(n);
  const winnability = new Float64Array(n);
  const sizeZ = new Float64Array(n);
  const segment: string[] = new Array<string>(n);
  const lnBase = log(600_000);
  for (let i = 0; i < n; i++) {
    const ind = pickWeighted(rng, INDUSTRY_WEIGHT);
    industry[i] = ind;
    segment[i] = INDUSTRIES[ind];
    region[i] = pickWeighted(rng, REGION_WEIGHT);
    const z = rng.normal();
    sizeZ[i] = z;
    // Lognormal with σ = 1.8: max/median over a few hundred rows is in the hundreds, spans > 3 orders of magnitude.
    const c = rng.chance(0.06) ? 0 : round(exp(lnBase + 1.8 * z) * INDUSTRY_SCALE[ind]);
    contribution[i] = c;
    // Potential: correlated with size (ρ ≈ 0.6 in log space) with its own noise; a few zeros (lost accounts).
    const zp = 0.6 * z + 0.8 * rng.normal();
    potential[i] = rng.chance(0.02) ? 0 : round((exp(log(900_000) + 1.6 * zp) * INDUSTRY_SCALE[ind]) / 1000) * 1000;
    reference[i] = rng.chance(0.08) ? NaN : score1to10(rng, z);
    winnability[i] = rng.chance(0.1) ? NaN : score1to10(rng, 0.5 * zp);
  }
  return { industry, segment, region, contribution, potential, reference, winnability, sizeZ };
}

const OPEN_STAGE_WEIGHT = [0.22, 0.2, 0.2, 0.16, 0.12, 0.1];
const LOST_STAGE_WEIGHT = [0.3, 0.22, 0.2, 0.12, 0.1, 0.06];

/**
 * Opportunity columns for `m` opportunities over the given accounts. Bigger accounts
 * get more and bigger opportunities.
 */
export function generateOpportunityColumns(
  m: number,
  accounts: AccountColumns,
  seed: number,
  asOf: number,
): OpportunityColumns {
  const rng = streamRng(seed, STREAM.opportunities);
  const nAcc = accounts.contribution.length;
  const account = new Int32Array(m);
  const stage = new Uint8Array(m);
  const status = new Uint8Array(m);
  const amount = new Float64Array(m);
  const created = new Int32Array(m);
  const stageEntered = new Int32Array(m);
  const expectedClose = new Int32Array(m);
  const stageLabel: (string | number)[] = new Array<string | number>(m);
  const statusLabel: (string | null)[] = new Array<string | null>(m);
  const lnBase = log(250_000);
  for (let i = 0; i < m; i++) {
    let a = 0;
    if (nAcc > 0) {
      // Of two random accounts, usually take the bigger: skews opportunities to large accounts cheaply.
      const a1 = rng.int(nAcc);
      const a2 = rng.int(nAcc);
      const bigger = accounts.sizeZ[a1] >= accounts.sizeZ[a2] ? a1 : a2;
      a = rng.chance(0.7) ? bigger : a1;
    }
    account[i] = a;
    const u = rng.next();
    const st = u < 0.55 ? 0 : u < 0.77 ? 1 : 2;
    status[i] = st;
    const sg = st === 1 ? 6 : 1 + pickWeighted(rng, st === 0 ? OPEN_STAGE_WEIGHT : LOST_STAGE_WEIGHT);
    stage[i] = sg;
    const lr = rng.next();
    stageLabel[i] = lr < 0.6 ? STAGES_EN[sg - 1] : lr < 0.9 ? STAGES_ZH[sg - 1] : sg;
    const sr = rng.next();
    statusLabel[i] = st === 0 && sr < 0.04 ? null : sr < 0.85 ? STATUS_EN[st] : STATUS_ZH[st];
    const zAcc = nAcc > 0 ? accounts.sizeZ[a] : 0;
    amount[i] = max(1000, round(exp(lnBase + 0.35 * zAcc + 1.3 * rng.normal()) / 100) * 100);
    const c = asOf - rng.range(5, 540);
    created[i] = c;
    const se = c + floor((asOf - c) * rng.next());
    stageEntered[i] = rng.chance(0.05) ? 0 : se;
    expectedClose[i] = st === 0 ? asOf + rng.range(-20, 300) : min(asOf, se + rng.range(0, 60));
  }
  return { account, stage, stageLabel, status, statusLabel, amount, created, stageEntered, expectedClose };
}

/**
 * Fast path for benchmarks: typed columns for `n` accounts and `opportunities` (default `n`)
 * opportunities. Same seed → same data; the same columns back `generateSample`.
 */
export function generateColumns(
  n: number,
  seed = 42,
  opts: { opportunities?: number; asOf?: number } = {},
): SampleColumns {
  const asOf = opts.asOf ?? DEFAULT_AS_OF;
  const accounts = generateAccountColumns(n, seed);
  const opportunities = generateOpportunityColumns(opts.opportunities ?? n, accounts, seed, asOf);
  return { accounts, opportunities, asOf };
}
