/**
 * Seeded sample workbook for demos, tests and benchmarks: Accounts, Opportunities,
 * Assignments and Quotas tables shaped as DOMAIN.md §2 describes. Pure TypeScript
 * (no Office, DOM or Node imports) so it also runs in the browser playground.
 */
import { CONTRACT_HEADERS_ZH, CONTRACTS_TABLE, generateContracts } from "./contracts";
import { addMovementTables, MOVEMENT_HEADERS_ZH } from "./history";
import { streamRng, type Rng } from "./random";
import {
  DEFAULT_AS_OF,
  generateAccountColumns,
  generateOpportunityColumns,
  STREAM,
  type AccountColumns,
  type OpportunityColumns,
} from "./columns";
import {
  APPROVERS,
  EN_FIRST,
  EN_INDUSTRY_WORDS,
  EN_LAST,
  EN_PREFIXES,
  EN_SUFFIXES,
  HEADERS,
  HEADERS_ZH,
  INDUSTRIES,
  REGIONS,
  TEAM_TYPES_EN,
  TEAM_TYPES_ZH,
  TIERS,
  ZH_BRANDS,
  ZH_CITIES,
  ZH_GIVEN,
  ZH_GRID_REGIONS,
  ZH_INDUSTRY_WORDS,
  ZH_SUFFIXES,
  ZH_SURNAMES,
} from "./vocab";
import { plantDirtyCells, type DirtyCell } from "./dirty";

/** Above this many opportunities the sample has no history by default (13 snapshots would be 13× the rows). */
const MOVEMENT_MAX_OPPORTUNITIES = 50_000;

// Module-local copies: global lookups are ~10× slower inside vm contexts (Jest).
const { round, max, min } = Math;
const isNaNNum = Number.isNaN;
const toStr = String;

export type SampleCell = string | number | boolean | null;

export interface SampleTable {
  name: string;
  headers: string[];
  rows: SampleCell[][];
  /** Excel number format per header (dates are `yyyy-mm-dd`; their cells hold date serials). */
  numberFormats?: Record<string, string>;
}

export interface SampleWorkbook {
  accounts: SampleTable;
  opportunities: SampleTable;
  assignments: SampleTable;
  quotas: SampleTable;
  /** Contracts of won deals (DOMAIN.md §11); absent from samples that have none. */
  contracts?: SampleTable;
  /** 13 weekly snapshots of the opportunities and a Leads table (DOMAIN.md §9); absent from large samples. */
  history?: SampleTable;
  leads?: SampleTable;
  /** Excel date serial of the report date. */
  asOf: number;
  /** Cells deliberately planted by `dirty: true` (empty otherwise). */
  dirtyCells: DirtyCell[];
}

export interface SampleOptions {
  /** Default 42. */
  seed?: number;
  /** Number of accounts, default 400. */
  accounts?: number;
  /** Number of opportunities, default 1,200. */
  opportunities?: number;
  /** Report date as an Excel serial, default 2026-11-23. */
  asOf?: number;
  /** Plant deliberate bad and hostile cells (listed in `dirtyCells`). Default false. */
  dirty?: boolean;
  /**
   * Add the movement inputs (DOMAIN.md §9): History (13 snapshots, 13× the opportunities' rows), Leads and a
   * Previous Tier column on Accounts. Default: when there are at most 50,000 opportunities (demo sizes).
   */
  movement?: boolean;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_ACCOUNTS = 400;
export const DEFAULT_OPPORTUNITIES = 1200;

// ---- reps ----------------------------------------------------------------------

/** Team type codes, index into TEAM_TYPES_EN. */
const TERRITORY = 0;
const KEY_ACCOUNT = 1;
const SOLUTION = 2;
const PARTNER = 3;

interface RepPools {
  names: string[];
  teamType: Uint8Array;
  team: string[];
  /** Territory reps per region index. */
  byRegion: number[][];
  /** Key-account reps per industry index. */
  byIndustry: number[][];
  solution: number[];
  partner: number[];
}

function personName(rng: Rng): string {
  if (rng.chance(0.6)) {
    // Mostly two-character given names beyond the first few hundred reps keeps names unique.
    const given = rng.chance(0.5) ? rng.pick(ZH_GIVEN) : rng.pick(ZH_GIVEN) + rng.pick(ZH_GIVEN);
    return rng.pick(ZH_SURNAMES) + given;
  }
  return `${rng.pick(EN_FIRST)} ${rng.pick(EN_LAST)}`;
}

function makeReps(nAccounts: number, seed: number): RepPools {
  const rng = streamRng(seed, STREAM.reps);
  const total = min(1000, max(40, round(nAccounts / 10)));
  const nKa = max(7, round(total * 0.3));
  const nSol = max(2, round(total * 0.125));
  const nPar = max(1, round(total * 0.075));
  const nTer = total - nKa - nSol - nPar;
  const seen = new Set<string>(APPROVERS);
  const names: string[] = [];
  const teamType = new Uint8Array(total);
  const team: string[] = [];
  const byRegion: number[][] = REGIONS.map(() => []);
  const byIndustry: number[][] = INDUSTRIES.map(() => []);
  const solution: number[] = [];
  const partner: number[] = [];
  for (let r = 0; r < total; r++) {
    let name = personName(rng);
    for (let k = 2; seen.has(name); k++) name = k < 20 ? personName(rng) : `${personName(rng)} ${k}`;
    seen.add(name);
    names.push(name);
    if (r < nTer) {
      const reg = r % REGIONS.length;
      teamType[r] = TERRITORY;
      team.push(`${REGIONS[reg]} Territory`);
      byRegion[reg].push(r);
    } else if (r < nTer + nKa) {
      const ind = (r - nTer) % INDUSTRIES.length;
      teamType[r] = KEY_ACCOUNT;
      team.push(`KA ${INDUSTRIES[ind]}`);
      byIndustry[ind].push(r);
    } else if (r < nTer + nKa + nSol) {
      teamType[r] = SOLUTION;
      team.push("Solutions");
      solution.push(r);
    } else {
      teamType[r] = PARTNER;
      team.push("Partner Alliance");
      partner.push(r);
    }
  }
  return { names, teamType, team, byRegion, byIndustry, solution, partner };
}

// ---- account names -----------------------------------------------------------

function baseAccountName(rng: Rng, ind: number): string {
  if (rng.chance(0.6)) {
    const city = rng.pick(ZH_CITIES);
    const word = rng.pick(ZH_INDUSTRY_WORDS[ind]);
    if (ind === 0 && rng.chance(0.12)) {
      const grid = rng.pick(ZH_GRID_REGIONS);
      return rng.chance(0.5) ? `${grid}电网` : `${grid}电网${city}供电公司`;
    }
    if (ind === 3 || word.endsWith("医院")) return `${city}市${word}`;
    const brand = rng.pick(ZH_BRANDS);
    return `${rng.chance(0.7) ? city : ""}${brand}${word}${rng.pick(ZH_SUFFIXES)}`;
  }
  const prefix = rng.pick(EN_PREFIXES);
  const word = rng.pick(EN_INDUSTRY_WORDS[ind]);
  if (ind === 3) return `${prefix} ${word}`;
  return `${prefix} ${word} ${rng.pick(EN_SUFFIXES)}`.trimEnd();
}

function isAscii(s: string): boolean {
  return s.charCodeAt(0) < 128;
}

// ---- helpers -----------------------------------------------------------------

function idFormatter(prefix: string, count: number): (i: number) => string {
  const width = max(5, String(count).length);
  return (i) => prefix + toStr(i + 1).padStart(width, "0");
}

function projectClass(rng: Rng, amount: number): string {
  if (rng.chance(0.1)) return rng.pick(["A", "B", "C", "D", "E"]);
  return amount >= 3_000_000 ? "A" : amount >= 800_000 ? "B" : amount >= 250_000 ? "C" : amount >= 80_000 ? "D" : "E";
}

function roundTo(x: number, step: number): number {
  return round(x / step) * step;
}

// ---- quotas --------------------------------------------------------------------

/** Won amounts per rep (all accounts, and on the rep's named accounts), summed while opportunities are made. */
class RepWins {
  readonly all: Float64Array;
  readonly named: Float64Array;
  constructor(reps: number) {
    this.all = new Float64Array(reps);
    this.named = new Float64Array(reps);
  }
  add(rep: number, amount: number, named: boolean): void {
    this.all[rep] += amount;
    if (named) this.named[rep] += amount;
  }
}

/** Where a rep stands at the report date (Q4): mostly 60–120% of quota, about 1 in 10 a star, 1 in 10 lagging. */
export const ATTAINMENT_STORY = { usual: [0.6, 1.2], star: [1.25, 1.6], laggard: [0.3, 0.55] } as const;
/** Named revenue against last year: mostly −20% to +60%, a few outside. */
export const UPLIFT_STORY = { usual: [-0.2, 0.6], outlier: [-0.45, 0.95] } as const;

function storyAttainment(rng: Rng): number {
  const u = rng.next();
  const [lo, hi] = u < 0.1 ? ATTAINMENT_STORY.laggard : u < 0.2 ? ATTAINMENT_STORY.star : ATTAINMENT_STORY.usual;
  return lo + (hi - lo) * rng.next();
}

/**
 * Quotas told as one story with what the reps actually won: a quota is set so that the rep's attainment
 * lands where the story puts it, and last year's named revenue so that the named uplift does. Finance
 * reviewers read these sheets; a sample where everyone sits at 5% looks broken.
 */
function storyQuotas(reps: RepPools, won: RepWins, rng: Rng): SampleCell[][] {
  return reps.names.map((name, r) => {
    const attainment = storyAttainment(rng);
    const quota = max(100_000, roundTo(won.all[r] / attainment, 10_000));
    if (reps.teamType[r] !== KEY_ACCOUNT) return [name, quota, null, null];
    const named = won.named[r];
    // Named attainment close to the rep's overall attainment, ± 10 points.
    const namedQuota = max(100_000, roundTo(named / max(0.25, attainment + 0.2 * (rng.next() - 0.5)), 10_000));
    const [lo, hi] = rng.chance(0.85) ? UPLIFT_STORY.usual : UPLIFT_STORY.outlier;
    const uplift = lo + (hi - lo) * rng.next();
    // No named wins yet reads as a rep new to named accounts: no last-year figure, so no uplift.
    return [name, quota, namedQuota, named > 0 ? roundTo(named / (1 + uplift), 100) : null];
  });
}

/** Share of accounts left without a primary (coverage gap) and with two primaries (conflict). */
export const GAP_SHARE = 0.03;
export const CONFLICT_SHARE = 0.03;

// ---- main ----------------------------------------------------------------------

type IdOf = (i: number) => string;

/** Options with their defaults, checked. */
function resolveOptions(opts: SampleOptions): { seed: number; nAcc: number; nOpp: number; asOf: number } {
  const seed = opts.seed ?? DEFAULT_SEED;
  const nAcc = opts.accounts ?? DEFAULT_ACCOUNTS;
  const nOpp = opts.opportunities ?? DEFAULT_OPPORTUNITIES;
  const asOf = opts.asOf ?? DEFAULT_AS_OF;
  if (!Number.isInteger(nAcc) || nAcc < 0 || !Number.isInteger(nOpp) || nOpp < 0) {
    throw new RangeError("accounts and opportunities must be non-negative integers");
  }
  if (nOpp > 0 && nAcc === 0) throw new RangeError("opportunities need at least one account");
  return { seed, nAcc, nOpp, asOf };
}

/** A unique account name: the name is the account key when the ID column is absent. */
function uniqueAccountName(rng: Rng, ind: number, nameCount: Map<string, number>): string {
  const name = baseAccountName(rng, ind);
  const seen = nameCount.get(name);
  if (seen === undefined) {
    nameCount.set(name, 1);
    return name;
  }
  nameCount.set(name, seen + 1);
  return isAscii(name) ? `${name} (${seen + 1})` : `${name}（${seen + 1}）`;
}

function accountRowsOf(accCols: AccountColumns, accountId: IdOf, seed: number): SampleCell[][] {
  const nAcc = accCols.industry.length;
  const nameRng = streamRng(seed, STREAM.names);
  const nameCount = new Map<string, number>();
  const accountRows: SampleCell[][] = new Array<SampleCell[]>(nAcc);
  for (let i = 0; i < nAcc; i++) {
    const ind = accCols.industry[i];
    const name = uniqueAccountName(nameRng, ind, nameCount);
    let manual: string | null = null;
    let approver: string | null = null;
    if (nameRng.chance(0.025)) {
      manual = nameRng.pick(TIERS);
      // About 40% of overrides are still pending approval (no approver).
      approver = nameRng.chance(0.6) ? nameRng.pick(APPROVERS) : null;
    }
    const ref = accCols.reference[i];
    const win = accCols.winnability[i];
    accountRows[i] = [
      accountId(i),
      name,
      INDUSTRIES[ind],
      REGIONS[accCols.region[i]],
      accCols.contribution[i],
      accCols.potential[i],
      isNaNNum(ref) ? null : ref,
      isNaNNum(win) ? null : win,
      manual,
      approver,
    ];
  }
  return accountRows;
}

/** Coverage kind per account (0 normal, 1 gap, 2 conflict): exact counts (partial Fisher–Yates) so small samples have some too. */
function coverageKinds(nAcc: number, rng: Rng): Uint8Array {
  const coverageKind = new Uint8Array(nAcc);
  const nGap = round(nAcc * GAP_SHARE);
  const nConflict = round(nAcc * CONFLICT_SHARE);
  const perm = new Int32Array(nAcc);
  for (let i = 0; i < nAcc; i++) perm[i] = i;
  for (let j = 0; j < nGap + nConflict && j < nAcc; j++) {
    const k = j + rng.int(nAcc - j);
    const t = perm[j];
    perm[j] = perm[k];
    perm[k] = t;
    coverageKind[perm[j]] = j < nGap ? 1 : 2;
  }
  return coverageKind;
}

interface Assignments {
  rows: SampleCell[][];
  /** The account's primary rep, -1 for a coverage gap. */
  primaryRep: Int32Array;
  /** A Solution or Partner rep on the account; they own some of its deals, so overlay quotas have wins too. */
  overlayRep: Int32Array;
}

function assignmentsOf(accCols: AccountColumns, reps: RepPools, accountId: IdOf, seed: number): Assignments {
  const nAcc = accCols.industry.length;
  const asgRng = streamRng(seed, STREAM.assignments);
  const coverageKind = coverageKinds(nAcc, asgRng);
  const primaryRep = new Int32Array(nAcc).fill(-1);
  const overlayRep = new Int32Array(nAcc).fill(-1);
  const rows: SampleCell[][] = [];
  const teamTypeLabel = (tt: number): string => (asgRng.chance(0.1) ? TEAM_TYPES_ZH[tt] : TEAM_TYPES_EN[tt]);
  const roleLabel = (primary: boolean): string | null => (asgRng.chance(0.08) ? null : primary ? "Primary" : "Overlay");
  const addRow = (acc: number, rep: number, primary: boolean, credit: number): void => {
    rows.push([
      accountId(acc),
      reps.names[rep],
      reps.team[rep],
      teamTypeLabel(reps.teamType[rep]),
      roleLabel(primary),
      credit,
    ]);
  };
  const addOverlay = (acc: number, pool: number[]): void => {
    const rep = asgRng.pick(pool);
    addRow(acc, rep, false, asgRng.chance(0.5) ? 1 : 0.5);
    overlayRep[acc] = rep;
  };
  for (let i = 0; i < nAcc; i++) {
    const isKey = accCols.contribution[i] > 0 && accCols.sizeZ[i] > 1.25;
    const kind = coverageKind[i];
    const terRep = asgRng.pick(reps.byRegion[accCols.region[i]]);
    const kaRep = asgRng.pick(reps.byIndustry[accCols.industry[i]]);
    if (kind === 2) {
      // Conflict: a territory rep and a key-account rep both claim the account.
      addRow(i, terRep, true, 1);
      addRow(i, kaRep, true, 1);
      primaryRep[i] = kaRep;
    } else if (kind === 0) {
      const rep = isKey ? kaRep : terRep;
      addRow(i, rep, true, 1);
      primaryRep[i] = rep;
    }
    if (asgRng.chance(0.14)) addOverlay(i, reps.solution);
    if (asgRng.chance(0.07)) addOverlay(i, reps.partner);
  }
  return { rows, primaryRep, overlayRep };
}

interface OpportunityInputs {
  accCols: AccountColumns;
  oppCols: OpportunityColumns;
  reps: RepPools;
  assignments: Assignments;
  accountId: IdOf;
}

/** Opportunity rows, and the won amounts per rep that the quota story is told from. */
function opportunitiesOf(input: OpportunityInputs, seed: number): { rows: SampleCell[][]; won: RepWins } {
  const { accCols, oppCols, reps, accountId } = input;
  const { primaryRep, overlayRep } = input.assignments;
  const nOpp = oppCols.account.length;
  const oppRng = streamRng(seed, STREAM.oppRows);
  const oppId = idFormatter("O", nOpp);
  const rows: SampleCell[][] = new Array<SampleCell[]>(nOpp);
  const won = new RepWins(reps.names.length);
  for (let j = 0; j < nOpp; j++) {
    const a = oppCols.account[j];
    const pr = primaryRep[a];
    const ov = overlayRep[a];
    const owner =
      ov >= 0 && oppRng.chance(0.25)
        ? ov
        : pr >= 0 && oppRng.chance(0.92)
          ? pr
          : oppRng.pick(reps.byRegion[accCols.region[a]]);
    const region = oppRng.chance(0.95) ? REGIONS[accCols.region[a]] : oppRng.pick(REGIONS);
    const amount = oppCols.amount[j];
    const se = oppCols.stageEntered[j];
    // Named = the owner is the account's Key-Account primary (DOMAIN.md §7), as the quota review counts it.
    if (oppCols.status[j] === 1) won.add(owner, amount, owner === pr && reps.teamType[owner] === KEY_ACCOUNT);
    rows[j] = [
      oppId(j),
      accountId(a),
      reps.names[owner],
      region,
      oppCols.stageLabel[j],
      oppCols.statusLabel[j],
      amount,
      oppCols.created[j],
      se === 0 ? null : se,
      oppCols.expectedClose[j],
      projectClass(oppRng, amount),
    ];
  }
  return { rows, won };
}

interface SampleRows {
  accounts: SampleCell[][];
  opportunities: SampleCell[][];
  assignments: SampleCell[][];
  quotas: SampleCell[][];
}

/** The four tables with their headers and number formats. */
function sampleTables(rows: SampleRows, asOf: number): SampleWorkbook {
  return {
    accounts: {
      name: "Accounts",
      headers: [...HEADERS.accounts],
      rows: rows.accounts,
      numberFormats: { Contribution: "#,##0", Potential: "#,##0" },
    },
    opportunities: {
      name: "Opportunities",
      headers: [...HEADERS.opportunities],
      rows: rows.opportunities,
      numberFormats: {
        Amount: "#,##0",
        Created: "yyyy-mm-dd",
        "Stage Entered": "yyyy-mm-dd",
        "Expected Close": "yyyy-mm-dd",
      },
    },
    assignments: {
      name: "Assignments",
      headers: [...HEADERS.assignments],
      rows: rows.assignments,
      numberFormats: { Credit: "0%" },
    },
    quotas: {
      name: "Quotas",
      headers: [...HEADERS.quotas],
      rows: rows.quotas,
      numberFormats: { Quota: "#,##0", "Named Quota": "#,##0", "Last Year Named": "#,##0" },
    },
    asOf,
    dirtyCells: [],
  };
}

/**
 * Builds the sample workbook. Same options → identical output. The default 400 accounts
 * / 1,200 opportunities is a realistic demo; a million rows takes a few seconds.
 */
export function generateSample(opts: SampleOptions = {}): SampleWorkbook {
  const { seed, nAcc, nOpp, asOf } = resolveOptions(opts);
  const accCols = generateAccountColumns(nAcc, seed);
  const oppCols = generateOpportunityColumns(nOpp, accCols, seed, asOf);
  const reps = makeReps(nAcc, seed);
  const accountId = idFormatter("C", nAcc);
  const accounts = accountRowsOf(accCols, accountId, seed);
  const assignments = assignmentsOf(accCols, reps, accountId, seed);
  const opportunities = opportunitiesOf({ accCols, oppCols, reps, assignments, accountId }, seed);
  const quotas = storyQuotas(reps, opportunities.won, streamRng(seed, STREAM.quotas));
  const wb = sampleTables({ accounts, opportunities: opportunities.rows, assignments: assignments.rows, quotas }, asOf);
  wb.contracts = generateContracts(wb.opportunities, asOf, seed);
  if (opts.movement ?? nOpp <= MOVEMENT_MAX_OPPORTUNITIES) addMovementTables(wb, seed);
  if (opts.dirty) wb.dirtyCells = plantDirtyCells(wb, streamRng(seed, STREAM.dirty));
  return wb;
}

const TABLE_KEYS: Record<string, keyof typeof HEADERS> = {
  Accounts: "accounts",
  Opportunities: "opportunities",
  Assignments: "assignments",
  Quotas: "quotas",
};

/**
 * A copy of a sample table with Chinese headers (DOMAIN.md §2 synonyms); rows are shared,
 * number formats are re-keyed. Only `zh-CN` is supported; `en-US` returns a copy as is.
 */
export function localizeHeaders(table: SampleTable, locale: "zh-CN" | "en-US"): SampleTable {
  if (locale === "en-US")
    return { ...table, headers: [...table.headers], numberFormats: table.numberFormats && { ...table.numberFormats } };
  const key = TABLE_KEYS[table.name];
  const map =
    key !== undefined
      ? HEADERS_ZH[key]
      : table.name === CONTRACTS_TABLE
        ? CONTRACT_HEADERS_ZH
        : (MOVEMENT_HEADERS_ZH[table.name] ?? null);
  if (map === null) throw new Error(`unknown sample table: ${table.name}`);
  const tr = (h: string): string => map[h] ?? h;
  const numberFormats =
    table.numberFormats && Object.fromEntries(Object.entries(table.numberFormats).map(([h, f]) => [tr(h), f]));
  return { ...table, headers: table.headers.map(tr), numberFormats };
}
