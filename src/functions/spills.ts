/**
 * The bodies of the KAM.* functions: coerce Excel's 2-D arrays, call the core, and put a per-cell
 * error where a row cannot be computed. functions.ts wraps each in `runFunction` (argument errors,
 * spill size guard); the benchmark calls these directly to time the same code on a million rows.
 */
import { cellText, CellValue, foldText, isBlank } from "../core/cells";
import { BAND_LETTERS, bandValues, checkCutOrder, Cut, DEFAULT_CUTS, readCut } from "../core/bands";
import { coverageByAccount, readRole, readTeamType, Assignment } from "../core/coverage";
import { readFraction, readNumber } from "../core/numbers";
import { pipelineStats, weightedAmount } from "../core/pipeline";
import { compositeScore, DEFAULT_WEIGHTS, NormalizeMethod, normalizeWeights } from "../core/score";
import { ScratchPool } from "../core/scratch";
import { encodeSegments, Segments } from "../core/segments";
import { DEFAULT_STAGES, LOST, OPEN, readStageTable, readStatus, StageDef, stageResolver, WON } from "../core/stages";
import { DEFAULT_TIER_MAP, readTier, readTierMap, Tier, TierMap, tierOf } from "../core/tiers";
import { DEFAULT_TOP_PERCENT, topPercentFlags } from "../core/toppct";
import {
  ArgumentError,
  asGrid,
  Grid,
  isOmitted,
  readChoice,
  requireSameLength,
  Spill,
  cellsOf,
  firstCell,
  spillFew,
  spillLike,
  toVector,
  Vector,
} from "./args";
import { cellError, CellError } from "./cell-error";
import { functionMessages } from "./messages";

type Out = string | number | boolean | CellError;

/** Caches a function of one cell by the cell's raw value. */
function memo<T>(fn: (v: CellValue) => T): (v: CellValue) => T {
  const cache = new Map<CellValue, T>();
  return (v) => {
    let r = cache.get(v);
    if (r === undefined && !cache.has(v)) cache.set(v, (r = fn(v)));
    return r as T;
  };
}

/** Row → reason for rows that cannot be computed; sparse, since bad rows are few. */
type BadRows = Map<number, string>;

const PERCENT_TEXT = /%\s*$/;

/** Reads one numeric cell: NaN for blank or bad cells, with the reason kept for a bad row. */
function readNumberCell(v: CellValue, i: number, label: string, bad: BadRows, requireNonNegative: boolean): number {
  if (typeof v === "number" && Number.isFinite(v) && (!requireNonNegative || v >= 0)) return v; // what nearly every cell is
  // DOMAIN.md §12: text such as "12%" is a number only in a percent or probability field, not in these.
  if (typeof v === "string" && PERCENT_TEXT.test(v)) {
    if (!bad.has(i)) bad.set(i, functionMessages().percentNotNumber(label, v.length > 40 ? `${v.slice(0, 40)}…` : v));
    return NaN;
  }
  const r = readNumber(v);
  if (r.kind === "bad") {
    if (!bad.has(i)) bad.set(i, `${label}: ${r.reason}`);
  } else if (r.kind === "number") {
    if (!requireNonNegative || r.value >= 0) return r.value;
    if (!bad.has(i)) bad.set(i, functionMessages().negative(label, r.value));
  }
  return NaN;
}

/**
 * Buffers the bodies reuse from call to call (see core/scratch.ts): every body has copied what it
 * needs into its spill before it returns, and custom functions run one at a time.
 */
const scratch = new ScratchPool();

/** Reads a numeric vector: NaN for blank or bad cells, with the reason kept per bad row. Scratch, slot `label`. */
function readNumbers(cells: Vector, label: string, bad: BadRows, requireNonNegative = false): Float64Array {
  const out = scratch.float64(label, cells.length);
  const column = cells.column;
  if (column)
    for (let i = 0; i < out.length; i++) out[i] = readNumberCell(column[i][0], i, label, bad, requireNonNegative);
  else for (let i = 0; i < out.length; i++) out[i] = readNumberCell(cells.at(i), i, label, bad, requireNonNegative);
  return out;
}

/** A spill cell for row i: its error when the row is bad, else its value. */
const orError = (bad: BadRows, i: number, value: Out, code: "#VALUE!" | "#N/A" = "#VALUE!"): Out => {
  if (bad.size === 0) return value; // the usual case: no lookup per row
  const reason = bad.get(i);
  return reason === undefined ? value : cellError(code, reason);
};

function readSegments(arg: unknown, main: Vector, mainName: string): Segments {
  if (isOmitted(arg)) return encodeSegments(null, main.length);
  const seg = toVector(arg, "segments");
  requireSameLength(main, mainName, seg, "segments");
  return encodeSegments(cellsOf(seg), seg.length);
}

/** KAM.SCORE body (DOMAIN.md §3). */
export function scoreSpill(dimensions: unknown, weights?: unknown, method?: unknown, segments?: unknown): Spill {
  const grid = asGrid(dimensions, "dimensions");
  const d = grid[0].length;
  const n = grid.length;
  let w: readonly number[];
  if (isOmitted(weights)) w = d === 4 ? DEFAULT_WEIGHTS : new Array<number>(d).fill(1);
  else {
    const wv = toVector(weights, "weights");
    if (wv.length !== d) throw new ArgumentError(`weights has ${wv.length} values but dimensions has ${d} columns`);
    w = cellsOf(wv).map((c, i) => {
      const r = readNumber(c);
      if (r.kind !== "number") throw new ArgumentError(`weight ${i + 1} is not a number`);
      return r.value;
    });
  }
  const norm = normalizeWeights(w);
  if (typeof norm === "string") throw new ArgumentError(norm);
  const m = readChoice<NormalizeMethod>(method, "method", ["rank", "minmax", "none"], "rank");
  const rowsView: Vector = { length: n, at: (i) => grid[i][0], asRow: false };
  const seg = readSegments(segments, rowsView, "dimensions");
  const bad: BadRows = new Map();
  const allBlank = scratch.get(Uint8Array, "allBlank", n);
  const columns: Float64Array[] = [];
  const labels: string[] = [];
  for (let c = 0; c < d; c++) {
    columns.push(scratch.float64(`dimension ${c}`, n));
    labels.push(`column ${c + 1}`);
  }
  // Row by row: each row array is visited once, not once per dimension (a million rows × 4 columns).
  for (let i = 0; i < n; i++) {
    const row = grid[i];
    let blank = 1;
    for (let c = 0; c < d; c++) {
      const v = row[c];
      if (blank && !(v === null || v === "" || (typeof v === "string" && isBlank(v)))) blank = 0;
      columns[c][i] = readNumberCell(v, i, labels[c], bad, false);
    }
    allBlank[i] = blank;
  }
  const score = compositeScore(columns, norm, m, seg, scratch);
  const out: Spill = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [orError(bad, i, allBlank[i] ? "" : score[i])];
  return out;
}

function readCutPair(arg: unknown, name: string): readonly [Cut, Cut] {
  if (isOmitted(arg)) return DEFAULT_CUTS;
  const v = toVector(arg, name);
  if (v.length !== 2) throw new ArgumentError(`${name} must be two cells (1×2 or 2×1)`);
  return checkedCuts(v.at(0), v.at(1), name);
}

function checkedCuts(a: CellValue, b: CellValue, name: string): readonly [Cut, Cut] {
  const c1 = readCut(a);
  const c2 = readCut(b);
  if (typeof c1 === "string") throw new ArgumentError(`${name}: ${c1}`);
  if (typeof c2 === "string") throw new ArgumentError(`${name}: ${c2}`);
  const order = checkCutOrder([c1, c2]);
  if (order) throw new ArgumentError(`${name}: ${order}`);
  return [c1, c2];
}

/** KAM.BAND body (DOMAIN.md §4). */
export function bandSpill(values: unknown, cut1?: unknown, cut2?: unknown, segments?: unknown): Spill {
  const v = toVector(values, "values");
  const scalar = firstCell;
  const cuts: readonly [Cut, Cut] = [
    isOmitted(cut1) ? DEFAULT_CUTS[0] : checkedCuts(scalar(cut1), "P100", "cut1")[0],
    isOmitted(cut2) ? DEFAULT_CUTS[1] : checkedCuts("P0", scalar(cut2), "cut2")[1],
  ];
  const order = checkCutOrder(cuts);
  if (order) throw new ArgumentError(order);
  const seg = readSegments(segments, v, "values");
  const bad: BadRows = new Map();
  const { bands } = bandValues(readNumbers(v, "value", bad), cuts, seg, { pool: scratch, slot: "value" });
  return spillFew(v, (i) => orError(bad, i, bands[i] < 0 ? "" : BAND_LETTERS[bands[i]]));
}

/** KAM.TIER body (DOMAIN.md §4). */
export function tierSpill(
  contribution: unknown,
  potential: unknown,
  contributionCuts?: unknown,
  potentialCuts?: unknown,
  tierMap?: unknown,
  segments?: unknown,
): Spill {
  const cv = toVector(contribution, "contribution");
  const pv = toVector(potential, "potential");
  requireSameLength(cv, "contribution", pv, "potential");
  const map: TierMap = isOmitted(tierMap) ? DEFAULT_TIER_MAP : tierMapOrThrow(asGrid(tierMap, "tierMap"));
  const seg = readSegments(segments, cv, "contribution");
  const bad: BadRows = new Map();
  const cc = readCutPair(contributionCuts, "contributionCuts");
  const pc = readCutPair(potentialCuts, "potentialCuts");
  const c = bandValues(readNumbers(cv, "contribution", bad), cc, seg, { pool: scratch, slot: "contribution" });
  const p = bandValues(readNumbers(pv, "potential", bad), pc, seg, { pool: scratch, slot: "potential" });
  return spillFew(cv, (i) => orError(bad, i, tierOf(c.bands[i], p.bands[i], map) ?? ""));
}

function tierMapOrThrow(grid: Grid): TierMap {
  const map = readTierMap(grid);
  if (typeof map === "string") throw new ArgumentError(map);
  return map;
}

/** KAM.TOPPCT body (DOMAIN.md §3). */
export function toppctSpill(scores: unknown, percent?: unknown, segments?: unknown): Spill {
  const sv = toVector(scores, "scores");
  const seg = readSegments(segments, sv, "scores");
  const fractions = new Float64Array(seg.labels.length).fill(DEFAULT_TOP_PERCENT);
  if (!isOmitted(percent)) {
    const grid = asGrid(percent, "percent");
    if (grid.length === 1 && grid[0].length === 1) fractions.fill(fractionOrThrow(grid[0][0], "percent"));
    else if (grid[0].length === 2) {
      // A segment | percent table: segments not listed keep the default.
      if (isOmitted(segments)) throw new ArgumentError("a segment | percent table needs the segments argument");
      const codeOf = new Map(seg.labels.map((l, i) => [foldText(l), i]));
      for (const [label, pct] of grid) {
        if (isBlank(label) && isBlank(pct)) continue;
        const code = codeOf.get(foldText(cellText(label)));
        if (code !== undefined) fractions[code] = fractionOrThrow(pct, `percent for "${cellText(label)}"`);
      }
    } else throw new ArgumentError("percent must be one cell or a two-column segment | percent table");
  }
  const bad: BadRows = new Map();
  const flags = topPercentFlags(readNumbers(sv, "score", bad), fractions, seg);
  return spillFew(sv, (i) => orError(bad, i, flags[i] < 0 ? "" : flags[i] === 1));
}

function fractionOrThrow(v: CellValue, name: string): number {
  const r = readFraction(v);
  if (r.kind !== "number") throw new ArgumentError(`${name} ${r.kind === "bad" ? r.reason : "is blank"}`);
  return r.value;
}

/** The stageTable argument (DOMAIN.md §8): omitted is the default stages; else a preset name or rows. */
export function readStages(stageTable: unknown): readonly StageDef[] {
  if (isOmitted(stageTable)) return DEFAULT_STAGES;
  const stages = readStageTable(asGrid(stageTable, "stageTable"));
  if (typeof stages === "string") throw new ArgumentError(stages);
  return stages;
}

interface OpportunityColumns {
  stage: Int32Array;
  status: Int8Array;
  amount: Float64Array;
  bad: (CellError | null)[];
  blank: Uint8Array;
  main: Vector;
}

/** Reads stage, amount and status vectors row for row; a bad row gets its own error, blank rows are marked. */
function readOpportunities(
  stagesArg: unknown,
  amountsArg: unknown,
  statusesArg: unknown,
  stages: readonly StageDef[],
  mainIsAmount: boolean,
): OpportunityColumns {
  const sv = toVector(stagesArg, "stages");
  const av = toVector(amountsArg, "amounts");
  const [main, mainName] = mainIsAmount ? [av, "amounts"] : [sv, "stages"];
  requireSameLength(main, mainName, mainIsAmount ? sv : av, mainIsAmount ? "stages" : "amounts");
  const st = isOmitted(statusesArg) ? null : toVector(statusesArg, "statuses");
  if (st) requireSameLength(main, mainName, st, "statuses");
  const n = main.length;
  // A column repeats a dozen stage and status spellings; folding each cell's text every time was most of the cost.
  const stageOf = memo(stageResolver(stages));
  const statusOf = memo(readStatus);
  const reasons: BadRows = new Map();
  const m = functionMessages();
  // DOMAIN.md §12: negative amounts are bad cells in a table, but a KAM.* function takes any number.
  const amount = readNumbers(av, "amount", reasons);
  const stage = new Int32Array(n);
  const status = new Int8Array(n);
  const bad: (CellError | null)[] = new Array(n).fill(null);
  const blank = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (isBlank(av.at(i)) && isBlank(sv.at(i)) && (!st || isBlank(st.at(i)))) {
      blank[i] = 1;
      continue;
    }
    const given = st ? statusOf(st.at(i)) : OPEN;
    const resolved = stageOf(sv.at(i));
    // An outcome word in the stage column sets the status (DOMAIN.md §2.1); a status saying otherwise is a conflict.
    const outcome = resolved.outcome;
    status[i] = outcome !== null && given !== -1 ? outcome : given;
    // A lost deal with no known stage (outcome word or blank) reaches only the first stage.
    const unstaged = outcome !== null || isBlank(sv.at(i));
    stage[i] = resolved.stage >= 0 ? resolved.stage : status[i] === LOST && unstaged ? 0 : -1;
    const reason = reasons.get(i);
    if (reason !== undefined) bad[i] = cellError("#VALUE!", reason);
    else if (Number.isNaN(amount[i])) bad[i] = cellError("#VALUE!", m.amountBlank);
    else if (given < 0) bad[i] = cellError("#N/A", m.statusUnknown(cellText(st?.at(i))));
    else if (outcome !== null && st && !isBlank(st.at(i)) && given !== outcome)
      bad[i] = cellError("#VALUE!", m.stageContradicts(cellText(sv.at(i)), cellText(st.at(i))));
    else if (stage[i] < 0 && status[i] !== WON) bad[i] = cellError("#N/A", m.stageUnknown(cellText(sv.at(i))));
  }
  return { stage, status, amount, bad, blank, main };
}

/** KAM.WEIGHTED body (DOMAIN.md §6). */
export function weightedSpill(amounts: unknown, stagesArg: unknown, statuses?: unknown, stageTable?: unknown): Spill {
  const stages = readStages(stageTable);
  const o = readOpportunities(stagesArg, amounts, statuses, stages, true);
  return spillLike(o.main, (i) =>
    o.blank[i]
      ? ""
      : (o.bad[i] ??
        weightedAmount(o.amount[i], o.status[i], o.status[i] === OPEN ? stages[o.stage[i]].probability : 0)),
  );
}

export const PIPELINE_HEADER = [
  "Stage",
  "Open count",
  "Open amount",
  "Weighted amount",
  "Reached",
  "Conversion to next",
] as const;

/** KAM.PIPELINE body (DOMAIN.md §6, layout of §8). Bad rows are skipped and counted in a last row. */
export function pipelineSpill(stagesArg: unknown, amounts: unknown, statuses?: unknown, stageTable?: unknown): Spill {
  const stages = readStages(stageTable);
  const o = readOpportunities(stagesArg, amounts, statuses, stages, false);
  const include = new Uint8Array(o.amount.length);
  let skipped = 0;
  let firstBad = "";
  for (let i = 0; i < include.length; i++) {
    if (o.blank[i]) continue;
    if (o.bad[i]) {
      if (!skipped) firstBad = `row ${i + 1}: ${(o.bad[i] as CellError).message}`;
      skipped++;
    } else include[i] = 1;
  }
  const s = pipelineStats({ stage: o.stage, status: o.status, amount: o.amount, include }, stages);
  const rows: Spill = [[...PIPELINE_HEADER]];
  for (const st of s.stages)
    rows.push([st.name, st.openCount, st.openAmount, st.weighted, st.reached, st.conversion ?? ""]);
  rows.push(["Won", s.won.count, s.won.amount, "", "", ""]);
  rows.push(["Lost", s.lost.count, s.lost.amount, "", "", ""]);
  rows.push(["Win rate", s.winRate ?? "", "", "", "", ""]);
  if (skipped) rows.push(["Skipped rows", skipped, firstBad, "", "", ""]);
  return rows;
}

/** KAM.COVERAGE body (DOMAIN.md §5). An account whose assignment row is unreadable gets that row's error. */
export function coverageSpill(
  accounts: unknown,
  assignAccounts: unknown,
  assignTeamTypes: unknown,
  assignRoles?: unknown,
  tiers?: unknown,
): Spill {
  const av = toVector(accounts, "accounts");
  const aa = toVector(assignAccounts, "assignAccounts");
  const at = toVector(assignTeamTypes, "assignTeamTypes");
  requireSameLength(aa, "assignAccounts", at, "assignTeamTypes");
  const ar = isOmitted(assignRoles) ? null : toVector(assignRoles, "assignRoles");
  if (ar) requireSameLength(aa, "assignAccounts", ar, "assignRoles");
  const tv = isOmitted(tiers) ? null : toVector(tiers, "tiers");
  if (tv) requireSameLength(av, "accounts", tv, "tiers");

  const indexOf = new Map<string, number[]>();
  const accountCells = cellsOf(av);
  accountCells.forEach((c, i) => {
    if (isBlank(c)) return;
    const key = foldText(cellText(c));
    indexOf.set(key, [...(indexOf.get(key) ?? []), i]);
  });
  const errors: (CellError | null)[] = new Array(av.length).fill(null);
  const tierList: (Tier | null)[] = accountCells.map((_, i) => {
    if (!tv || isBlank(tv.at(i))) return null;
    const t = readTier(tv.at(i));
    if (!t) errors[i] = cellError("#VALUE!", functionMessages().tierInvalid(cellText(tv.at(i))));
    return t;
  });
  const assignments: Assignment[] = [];
  cellsOf(aa).forEach((c, j) => {
    const targets = isBlank(c) ? undefined : indexOf.get(foldText(cellText(c)));
    if (!targets) return; // assignments of accounts not in the list do not affect it
    const teamType = readTeamType(at.at(j));
    const role = teamType && readRole(ar ? ar.at(j) : null, teamType);
    if (!teamType || !role) {
      const m = functionMessages();
      const what = !teamType
        ? m.assignmentTeamType(j + 1, cellText(at.at(j)))
        : m.assignmentRole(j + 1, cellText(ar?.at(j)));
      // An unknown team type is a name not found (#N/A, DOMAIN.md §8); an unreadable role is a bad value.
      const code = !teamType ? "#N/A" : "#VALUE!";
      for (const t of targets) errors[t] ??= cellError(code, what);
      return;
    }
    for (const t of targets) assignments.push({ account: t, rep: `#${j}`, teamType, role });
  });
  // Reps are not passed to KAM.COVERAGE, so each assignment row counts as its own rep.
  const cov = coverageByAccount(av.length, assignments, tierList);
  return spillFew(av, (i) => (isBlank(accountCells[i]) ? "" : (errors[i] ?? cov[i].status)));
}
