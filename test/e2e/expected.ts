/**
 * The numbers the reports must show, computed in Node by the core from the seeded sample (the same
 * `generateSample({})` the pane's "Insert sample workbook" writes), with the model changes a test made in
 * the pane. The report layout code is used only to find where each block landed on its sheet.
 */
import { coverageMatrix } from "../../src/core/coverage-matrix";
import { buildDataset, Dataset } from "../../src/core/dataset";
import { TableKind, TABLE_KINDS } from "../../src/core/fields";
import { parseTable, ParsedTable } from "../../src/core/parse-table";
import { pipelineReport, PipelineReport } from "../../src/core/pipeline-report";
import { quotaReviews } from "../../src/core/quota-review";
import { QuotaReview } from "../../src/core/quotas";
import { defaultModel, Model, parseModel } from "../../src/core/schemas";
import { tierAccounts, TieringResult } from "../../src/core/tiering";
import { Tier, TIERS } from "../../src/core/tiers";
import { cellAddress, parseCell } from "../../src/core/a1";
import { columnRefs, planReport, ReportKind, SheetPlan, SourceLocation } from "../../src/reports";
import { generateSample, SampleWorkbook } from "../../src/sample";

export type Mapping = Partial<Record<TableKind, Record<string, string | null>>>;

/** The default model with changes, validated by the core's schema as the pane does. */
export function modelWith(change: (m: Model) => void): Model {
  const m = defaultModel();
  change(m);
  const parsed = parseModel(m);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.model;
}

export interface Expected {
  wb: SampleWorkbook;
  model: Model;
  parsed: Record<TableKind, ParsedTable>;
  dataset: Dataset;
  tiering: TieringResult;
  plans: Record<ReportKind, SheetPlan>;
  /** Accounts per (contribution band, potential band), rows H, M, L × columns H, M, L (as on the sheet). */
  counts: number[][];
  /** Total contribution per band cell, same shape. */
  sums: number[][];
  /** Per tier A–D: accounts from the grid, after approved overrides, and key accounts. */
  tierSummary: { tier: Tier; grid: number; effective: number; keyAccounts: number }[];
  coverage: {
    statusCounts: Record<string, number>;
    tierByTeamType: ReturnType<typeof coverageMatrix>["tierByTeamType"];
  };
  pipeline: PipelineReport;
  quotas: QuotaReview[];
}

/** Everything a test compares, for the sample workbook, a model and the Data pane's mapping overrides. */
export function expectedResults(model: Model, mapping: Mapping = {}): Expected {
  const wb = generateSample({});
  const parsed = {} as Record<TableKind, ParsedTable>;
  const locations: Partial<Record<TableKind, SourceLocation>> = {};
  for (const kind of TABLE_KINDS) {
    const t = wb[kind];
    // Excel gives "" for an empty cell.
    const values = [t.headers, ...t.rows.map((r) => t.headers.map((_, j) => r[j] ?? ""))];
    parsed[kind] = parseTable(kind, { sheet: t.name, values }, { mapping: mapping[kind], stages: model.stages });
    locations[kind] = { table: t.name, parsed: parsed[kind], headerRow: 1, rowCount: t.rows.length };
  }
  const dataset = buildDataset(parsed);
  const tiering = tierAccounts(dataset.accounts, model);
  const refs = columnRefs(locations);
  const plans = Object.fromEntries(
    (["nineGrid", "coverage", "pipeline", "quotas"] as const).map((kind) => [
      kind,
      planReport({ kind, data: dataset, model, asOf: wb.asOf, live: model.reports.output === "live", refs }),
    ]),
  ) as Record<ReportKind, SheetPlan>;

  const band = [2, 1, 0]; // H, M, L as the core codes them
  const accounts = dataset.accounts;
  const inCell = (cb: number, pb: number) =>
    accounts.map((_, i) => i).filter((i) => tiering.contributionBand[i] === cb && tiering.potentialBand[i] === pb);
  const counts = band.map((cb) => band.map((pb) => inCell(cb, pb).length));
  const sums = band.map((cb) => band.map((pb) => inCell(cb, pb).reduce((a, i) => a + accounts[i].contribution, 0)));
  const tierSummary = TIERS.map((tier) => ({
    tier,
    grid: tiering.computed.filter((x) => x === tier).length,
    effective: tiering.tiers.filter((x) => x === tier).length,
    keyAccounts: tiering.tiers.filter((x, i) => x === tier && tiering.keyAccount[i] === 1).length,
  }));

  const m = coverageMatrix(dataset, tiering.tiers, model.coverage);
  const statusCounts: Record<string, number> = {};
  for (const a of m.accounts) statusCounts[a.status] = (statusCounts[a.status] ?? 0) + 1;

  return {
    wb,
    model,
    parsed,
    dataset,
    tiering,
    plans,
    counts,
    sums,
    tierSummary,
    coverage: { statusCounts, tierByTeamType: m.tierByTeamType },
    pipeline: pipelineReport(dataset, model.stages, {
      asOf: wb.asOf,
      period: model.reports.period,
      splitBy: model.reports.splitBy,
      tiers: tiering.tiers,
    }),
    quotas: quotaReviews(dataset, model.stages),
  };
}

/** Where a block of a report plan landed: its A1 range, or the range of `rows`×`cols` from (r, c) inside it. */
export function blockRange(plan: SheetPlan, id: string, r = 0, c = 0, rows?: number, cols?: number): string {
  const block = plan.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`${plan.kind} has no block "${id}"`);
  const at = parseCell(block.at);
  const height = rows ?? block.cells.length - r;
  const width = cols ?? Math.max(...block.cells.map((x) => x.length)) - c;
  const top = cellAddress(at.row + r, at.col + c);
  const bottom = cellAddress(at.row + r + height - 1, at.col + c + width - 1);
  return `${top}:${bottom}`;
}
