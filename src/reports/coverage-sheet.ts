import { isoFromSerial } from "../core/dates";
import { coverageMatrix } from "../core/coverage-matrix";
import { TEAM_TYPES } from "../core/coverage";
import { Dataset } from "../core/dataset";
import { Model } from "../core/schemas";
import { Tier, TIERS } from "../core/tiers";
import { PlanCell, SheetPlan } from "./plan";
import { ReportDefinition } from "./definition";
import { CoverageSummary, summariseCoverage } from "./summary";
import { PlanBuilder } from "./plan-builder";
import { ALERT_FILL, NUMBER, TIER_COLORS, TIER_FONT, WARN_FILL } from "./styles";

export interface CoverageInput {
  data: Dataset;
  model: Model;
  tiers: readonly (Tier | null)[];
  asOf: number;
}

const FLAG_FILL: Record<string, string> = {
  Uncovered: ALERT_FILL,
  Conflict: ALERT_FILL,
  "Unnamed key account": WARN_FILL,
  "Over-served": WARN_FILL,
};

/**
 * The Coverage sheet (DOMAIN.md §5, CCM): accounts grouped by tier then industry against the four
 * team types, each cell naming the rep(s); uncovered, conflict, unnamed-key-account and over-served
 * rows highlighted by conditional formats on the status column; a tier × team-type summary and flag
 * counts computed by COUNTIFS over the matrix; and the rep-load table with its violations.
 */
export function buildCoverage(input: CoverageInput): SheetPlan {
  const { data, model } = input;
  const m = coverageMatrix(data, input.tiers, model.coverage);
  const b = new PlanBuilder("coverage", "Coverage");
  b.title(
    "Account coverage (客户覆盖模型)",
    `As of ${isoFromSerial(input.asOf)} · ${data.accounts.length.toLocaleString("en-US")} accounts · ${data.assignments.length.toLocaleString("en-US")} assignments`,
  );

  // Summary blocks sit above the matrix and count from it, so they follow any edit made to the matrix.
  const summaryTop = b.cursor;
  const matrixTop = summaryTop + 1 + 1 + TIERS.length + 1 + 1; // caption, header, tiers, "(none)", gap
  const matrixHeader = [
    "Tier",
    "Industry",
    "Account",
    "Region",
    ...TEAM_TYPES.map((t) => (t === "KeyAccount" ? "Key account" : t)),
    "Status",
  ];
  const n = m.order.length;
  // The matrix (caption, header, then n rows) starts at matrixTop; its columns are B (tier) … J (status).
  const first = matrixTop + 3; // 1-based worksheet row of the first account
  const last = matrixTop + 2 + Math.max(n, 1);
  const column = (k: number) => String.fromCharCode(66 + k); // 0 → B
  const statusCol = column(matrixHeader.length - 1);
  const tierCol = column(0);
  const teamCol = (k: number) => column(4 + k);
  const rng = (col: string) => `$${col}$${first}:$${col}$${last}`;

  b.caption("summaryCaption", "Accounts with an assignment, by tier and team type");
  const tierRows = [...TIERS, "(none)"] as const;
  b.block(
    "tierByTeamType",
    { col: 1, gap: 0 },
    [
      ["Tier", ...TEAM_TYPES, "Accounts"],
      ...tierRows.map((t) => {
        const tierText = t === "(none)" ? "" : t;
        return [
          t,
          ...TEAM_TYPES.map((_, k): PlanCell => ({
            formula: `=COUNTIFS(${rng(tierCol)},"${tierText}",${rng(teamCol(k))},"<>")`,
          })),
          { formula: `=COUNTIF(${rng(tierCol)},"${tierText}")` } as PlanCell,
        ];
      }),
    ],
    { header: true, numberFormat: NUMBER },
  );
  b.cursor = summaryTop + 1;
  const flags = ["Uncovered", "Conflict", "Unnamed key account", "Over-served", "Covered"];
  const flagBlock = b.block(
    "flags",
    { col: 8, gap: 0 },
    [["Status", "Accounts"], ...flags.map((f) => [f, { formula: `=COUNTIF(${rng(statusCol)},"${f}")` } as PlanCell])],
    { header: true, numberFormat: ["General", NUMBER] },
  );
  flags.slice(0, 4).forEach((f, i) => b.format({ range: flagBlock.cell(1 + i, 0), fill: FLAG_FILL[f] }));

  b.cursor = matrixTop;
  b.caption("matrixCaption", "Coverage matrix");
  const rows: PlanCell[][] = [matrixHeader];
  for (const i of m.order) {
    const a = data.accounts[i];
    rows.push([
      input.tiers[i] ?? "",
      a.industry ?? "",
      a.name,
      a.region ?? "",
      ...TEAM_TYPES.map((t) => m.repsByTeamType[i][t].join(", ")),
      m.accounts[i].status,
    ]);
  }
  const matrix = b.block("matrix", { col: 1 }, rows, { header: true });
  if (n > 0) {
    const body = matrix.range(1, 0, n, matrixHeader.length);
    for (const [flag, fill] of Object.entries(FLAG_FILL))
      b.conditional({ kind: "formula", range: body, formula: `=$${statusCol}${first}="${flag}"`, fill });
    for (const t of TIERS)
      b.conditional({
        kind: "formula",
        range: matrix.range(1, 0, n, 1),
        formula: `=$${tierCol}${first}="${t}"`,
        fill: TIER_COLORS[t],
        fontColor: TIER_FONT[t],
      });
  }

  b.caption(
    "repLoadCaption",
    `Key-account rep load (named accounts ${model.coverage.minNamed}–${model.coverage.maxNamed}${model.coverage.dedicatedTierA ? "; a dedicated rep per tier-A account" : ""})`,
  );
  const loads = m.repLoads;
  b.block(
    "repLoad",
    { col: 1 },
    [
      ["Rep", "Named accounts", "Tier-A accounts", "Violations"],
      ...loads.map((l) => [l.rep, l.named, l.tierA, l.violations.join("; ")]),
    ],
    { header: true, numberFormat: ["General", NUMBER, NUMBER, "General"] },
  );
  const bad = loads.filter((l) => l.violations.length);
  b.widths({ A: 2, B: 8, C: 16, D: 28, E: 12, F: 20, G: 20, H: 20, I: 20, J: 14, K: 10, L: 20 });
  return b.finish(
    {
      freeze: { rows: 3, columns: 0 },
      tabColor: "#C55A11",
      summary: {
        kind: "coverage",
        accounts: n,
        uncovered: m.totals.uncovered,
        conflicts: m.totals.conflict,
        unnamedKeyAccounts: m.totals.unnamedKeyAccount,
        overServed: m.totals.overServed,
        repLoadViolations: bad.length,
      },
    },
    summariseCoverage,
  );
}

/** The Coverage report (DOMAIN.md §5): always values, since its flags need the core's matching. */
export const coverageDefinition: ReportDefinition<CoverageSummary> = {
  kind: "coverage",
  sources: { required: ["accounts", "assignments"], optional: ["rates"] },
  live: false,
  controls: [],
  build: (r) => buildCoverage({ data: r.data, model: r.model, tiers: r.tiering.tiers, asOf: r.asOf }),
  summarise: summariseCoverage,
};
