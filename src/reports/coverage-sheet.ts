import { isoFromSerial } from "../core/dates";
import { cellAddress } from "../core/a1";
import { CoverageMatrix, coverageMatrix } from "../core/coverage-matrix";
import { COVERAGE_STATUSES, CoverageStatus, TEAM_TYPES } from "../core/coverage";
import { Dataset } from "../core/dataset";
import { Model } from "../core/schemas";
import { Tier, TIERS } from "../core/tiers";
import { PlanCell, SheetPlan } from "./plan";
import { ReportDefinition } from "./definition";
import { englishNumber, englishCount } from "./summary";
import { PlanBuilder } from "./plan-builder";
import { ALERT_FILL, NUMBER, TIER_COLORS, TIER_FONT, WARN_FILL } from "./styles";
import { ReportLanguage, wordsFor } from "./words";
import { COVERAGE_WORDS, CoverageWords } from "./coverage-words";

export interface CoverageInput {
  data: Dataset;
  model: Model;
  tiers: readonly (Tier | null)[];
  asOf: number;
  /** The language of the sheet's words; English when absent. */
  language?: ReportLanguage;
}

const FLAG_FILL: Partial<Record<CoverageStatus, string>> = {
  Uncovered: ALERT_FILL,
  Conflict: ALERT_FILL,
  "Unnamed key account": WARN_FILL,
  "Over-served": WARN_FILL,
};

/** What every section of the Coverage sheet reads: the input, the core's matrix and where the matrix lands. */
interface CoverageSheet {
  b: PlanBuilder;
  w: CoverageWords;
  input: CoverageInput;
  matrix: CoverageMatrix;
  layout: MatrixLayout;
}

const TIER_COLUMN = 0;
const teamColumn = (k: number) => 4 + k;
/** Tier, industry, account, region, the four team types, status. */
const MATRIX_COLUMNS = 4 + TEAM_TYPES.length + 1;
const STATUS_COLUMN = MATRIX_COLUMNS - 1;

/** Where the matrix's account rows are, so the summaries above it can count from it. */
interface MatrixLayout {
  /** 0-based row of the matrix caption. */
  top: number;
  /** 1-based worksheet row of the first account. */
  first: number;
  /** Absolute range of one matrix column over the account rows, e.g. $J$14:$J$413. */
  column(c: number): string;
  /** Matrix column `c` at the first account row, column absolute, for conditional formulas: $J14. */
  anchor(c: number): string;
}

/** The matrix's columns start in B; its account rows start below its caption and header. */
function matrixLayout(top: number, accounts: number): MatrixLayout {
  const first = top + 3;
  const last = top + 2 + Math.max(accounts, 1);
  const absolute = (row: number, c: number) => cellAddress(row - 1, 1 + c).replace(/^([A-Z]+)/, "$$$1$$");
  return {
    top,
    first,
    column: (c) => `${absolute(first, c)}:${absolute(last, c)}`,
    anchor: (c) => `$${cellAddress(first - 1, 1 + c)}`,
  };
}

/**
 * The Coverage sheet (DOMAIN.md §5, CCM): accounts grouped by tier then industry against the four
 * team types, each cell naming the rep(s); uncovered, conflict, unnamed-key-account and over-served
 * rows highlighted by conditional formats on the status column; a tier × team-type summary and flag
 * counts computed by COUNTIFS over the matrix; and the rep-load table with its violations.
 */
export function buildCoverage(input: CoverageInput): SheetPlan {
  const { data, model } = input;
  const matrix = coverageMatrix(data, input.tiers, model.coverage);
  const w = wordsFor(COVERAGE_WORDS, input.language);
  const b = new PlanBuilder("coverage", w.sheetName);
  const [accounts, assignments] = [data.accounts.length, data.assignments.length].map((x) => x.toLocaleString("en-US"));
  b.title(w.title, w.subtitle(isoFromSerial(input.asOf), accounts, assignments));
  // Summary blocks sit above the matrix and count from it, so they follow any edit made to the matrix.
  const summaryTop = b.cursor;
  const matrixTop = summaryTop + 1 + 1 + TIERS.length + 1 + 1; // caption, header, tiers, "(none)", gap
  const sheet: CoverageSheet = { b, w, input, matrix, layout: matrixLayout(matrixTop, matrix.order.length) };
  b.caption("summaryCaption", w.summaryCaption);
  tierByTeamTypeSection(sheet);
  flagsSection(sheet, summaryTop + 1);
  b.cursor = matrixTop;
  matrixSection(sheet);
  repLoadSection(sheet);
  return finishCoverage(sheet);
}

/** Accounts with an assignment per tier and team type, as COUNTIFS over the matrix. */
function tierByTeamTypeSection({ b, w, layout }: CoverageSheet): void {
  const tierRows = [...TIERS, "(none)"] as const;
  const rows = tierRows.map((t) => {
    const tierText = t === "(none)" ? "" : t;
    const tier = `${layout.column(TIER_COLUMN)},"${tierText}"`;
    return [
      t === "(none)" ? w.noTier : t,
      ...TEAM_TYPES.map((_, k): PlanCell => ({ formula: `=COUNTIFS(${tier},${layout.column(teamColumn(k))},"<>")` })),
      { formula: `=COUNTIF(${tier})` } as PlanCell,
    ];
  });
  b.block("tierByTeamType", { col: 1, gap: 0 }, [[w.tier, ...TEAM_TYPES.map(w.teamTypeShort), w.accounts], ...rows], {
    header: true,
    numberFormat: NUMBER,
  });
}

/** Accounts per status, as COUNTIF over the matrix's Status column, beside the tier summary (from row `row`). */
function flagsSection({ b, w, layout }: CoverageSheet, row: number): void {
  // Side by side with tierByTeamType: an explicit cell (PlanBuilder's `beside` can replace it).
  const statuses = layout.column(STATUS_COLUMN);
  // The criterion is the status as the matrix writes it, in the sheet's language.
  const rows = COVERAGE_STATUSES.map((f) => [
    w.status[f],
    { formula: `=COUNTIF(${statuses},"${w.status[f]}")` } as PlanCell,
  ]);
  const flags = b.block("flags", cellAddress(row, 8), [[w.status.header, w.accounts], ...rows], {
    header: true,
    numberFormat: ["General", NUMBER],
  });
  COVERAGE_STATUSES.forEach((f, i) => {
    if (FLAG_FILL[f]) b.format({ range: flags.cell(1 + i, 0), fill: FLAG_FILL[f] });
  });
}

/** One row per account in the core's order: tier, industry, name, region, the reps per team type, status. */
function matrixSection({ b, w, input, matrix: m, layout }: CoverageSheet): void {
  b.caption("matrixCaption", w.matrixCaption);
  const rows: PlanCell[][] = m.order.map((i) => {
    const a = input.data.accounts[i];
    const reps = TEAM_TYPES.map((t) => m.repsByTeamType[i][t].join(", "));
    return [input.tiers[i] ?? "", a.industry ?? "", a.name, a.region ?? "", ...reps, w.status[m.accounts[i].status]];
  });
  const placed = b.block("matrix", { col: 1 }, [w.matrixHeader, ...rows], { header: true });
  const n = rows.length;
  if (n === 0) return;
  const body = placed.range(1, 0, n, MATRIX_COLUMNS);
  for (const [flag, fill] of Object.entries(FLAG_FILL) as [CoverageStatus, string][])
    b.conditional({
      kind: "formula",
      range: body,
      formula: `=${layout.anchor(STATUS_COLUMN)}="${w.status[flag]}"`,
      fill,
    });
  for (const t of TIERS)
    b.conditional({
      kind: "formula",
      range: placed.range(1, 0, n, 1),
      formula: `=${layout.anchor(TIER_COLUMN)}="${t}"`,
      fill: TIER_COLORS[t],
      fontColor: TIER_FONT[t],
    });
}

/** Key-account reps with their named and tier-A accounts and the rules each breaks. */
function repLoadSection({ b, w, input, matrix }: CoverageSheet): void {
  const rules = input.model.coverage;
  b.caption("repLoadCaption", w.repLoadCaption(rules));
  const rows = matrix.repLoads.map((l) => [l.rep, l.named, l.tierA, w.violations(l, rules)]);
  b.block("repLoad", { col: 1 }, [w.repLoadHeader, ...rows], {
    header: true,
    numberFormat: ["General", NUMBER, NUMBER, "General"],
  });
}

/** Column widths and the summary. */
function finishCoverage({ b, matrix: m }: CoverageSheet): SheetPlan {
  b.widths({ A: 2, B: 8, C: 16, D: 28, E: 12, F: 20, G: 20, H: 20, I: 20, J: 14, K: 10, L: 20 });
  return b.finish(
    {
      freeze: { rows: 3, columns: 0 },
      tabColor: "#C55A11",
      summary: {
        kind: "coverage",
        accounts: m.order.length,
        uncovered: m.totals.uncovered,
        conflicts: m.totals.conflict,
        unnamedKeyAccounts: m.totals.unnamedKeyAccount,
        overServed: m.totals.overServed,
        repLoadViolations: m.totals.repLoadViolations,
      },
    },
    summariseCoverage,
  );
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface CoverageSummary {
  kind: "coverage";
  accounts: number;
  uncovered: number;
  conflicts: number;
  unnamedKeyAccounts: number;
  overServed: number;
  /** Reps with at least one rep-load violation. */
  repLoadViolations: number;
}

/** The Coverage summary in English. */
export function summariseCoverage(s: CoverageSummary): string {
  const n = englishNumber;
  return (
    `Coverage of ${n(s.accounts)} accounts: ${n(s.uncovered)} uncovered, ${n(s.conflicts)} conflicts, ` +
    `${n(s.unnamedKeyAccounts)} unnamed key accounts, ${n(s.overServed)} over-served; ` +
    `${englishCount(s.repLoadViolations, "rep-load violation", "rep-load violations")}.`
  );
}

/** The Coverage report (DOMAIN.md §5): always values, since its flags need the core's matching. */
export const coverageDefinition: ReportDefinition<CoverageSummary> = {
  kind: "coverage",
  sources: { required: ["accounts", "assignments"], optional: ["rates"] },
  live: false,
  controls: [],
  build: (r) =>
    buildCoverage({ data: r.data, model: r.model, tiers: r.tiering.tiers, asOf: r.asOf, language: r.language }),
  summarise: summariseCoverage,
};
