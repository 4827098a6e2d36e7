/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions metadata is generated from these exact signatures; `any[][]` is how Excel's 2-D ranges are declared. */
/*
 * The KAM.* custom functions (DOMAIN.md §8). Each is a top-level `function` because
 * custom-functions-metadata only reads JSDoc on function declarations.
 * Each body is one call through the shared wrapper (`runFunction`) to its spill in spills.ts.
 * This module has no side effects at load, so it imports and runs in plain Node.
 */
import { MAX_SPILL_ROWS, rowsOf, runFunction } from "./args";
import { movementSpill } from "./movement-spill";
import { bandSpill, coverageSpill, pipelineSpill, scoreSpill, tierSpill, toppctSpill, weightedSpill } from "./spills";

/**
 * Composite account score 0–100 per row (综合累计积分法, DOMAIN.md §3).
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#kam-score
 * @param dimensions One column per dimension, one row per account. Four columns default to contribution, potential, reference, winnability weighted 40/30/15/15.
 * @param [weights] One non-negative weight per dimension, as a row or column. Normalised to sum to 1.
 * @param [method] "rank" (PERCENTRANK.INC × 100, default), "minmax" or "none".
 * @param [segments] Segment per row (e.g. industry); each segment is normalised on its own.
 * @returns Score per row.
 */
export function score(dimensions: any[][], weights?: any[][], method?: any, segments?: any[][]): any[][] {
  return runFunction(
    "SCORE",
    () => rowsOf(dimensions),
    () => scoreSpill(dimensions, weights, method, segments),
    MAX_SPILL_ROWS,
    [dimensions, weights, method, segments],
  );
}

/**
 * Band L / M / H per row by two cuts (DOMAIN.md §4).
 * @customfunction BAND
 * @param values Values to band, one per row.
 * @param [cut1] Lower cut: a number or a percentile such as "P50" (default).
 * @param [cut2] Upper cut: a number or a percentile such as "P80" (default).
 * @param [segments] Segment per row; percentile cuts are computed within each segment.
 * @returns L, M or H per row.
 */
export function band(values: any[][], cut1?: any, cut2?: any, segments?: any[][]): any[][] {
  return runFunction(
    "BAND",
    () => rowsOf(values),
    () => bandSpill(values, cut1, cut2, segments),
    MAX_SPILL_ROWS,
    [values, cut1, cut2, segments],
  );
}

/**
 * Tier A–D per row from the nine-grid of contribution × potential (九宫格, DOMAIN.md §4).
 * @customfunction TIER
 * @param contribution Contribution (last year's revenue) per account.
 * @param potential Potential (next two years) per account.
 * @param [contributionCuts] Two cuts for contribution as a 1×2 or 2×1 range; numbers or percentiles like "P50". Default P50, P80.
 * @param [potentialCuts] Two cuts for potential as a 1×2 or 2×1 range. Default P50, P80.
 * @param [tierMap] 3×3 range of tier letters: rows contribution H, M, L; columns potential H, M, L.
 * @param [segments] Segment per row; percentile cuts are computed within each segment.
 * @returns A, B, C or D per row.
 */
export function tier(
  contribution: any[][],
  potential: any[][],
  contributionCuts?: any[][],
  potentialCuts?: any[][],
  tierMap?: any[][],
  segments?: any[][],
): any[][] {
  return runFunction(
    "TIER",
    () => rowsOf(contribution),
    () => tierSpill(contribution, potential, contributionCuts, potentialCuts, tierMap, segments),
    MAX_SPILL_ROWS,
    [contribution, potential, contributionCuts, potentialCuts, tierMap, segments],
  );
}

/**
 * Key-account flag: TRUE when the row's score is in the top X% of its segment, ties included (DOMAIN.md §3).
 * @customfunction TOPPCT
 * @param scores Score per row.
 * @param [percent] X as a fraction (0.2) or percentage (20); a single value or a two-column segment | percent table. Default 20%.
 * @param [segments] Segment per row.
 * @returns TRUE or FALSE per row.
 */
export function toppct(scores: any[][], percent?: any[][], segments?: any[][]): any[][] {
  return runFunction(
    "TOPPCT",
    () => rowsOf(scores),
    () => toppctSpill(scores, percent, segments),
    MAX_SPILL_ROWS,
    [scores, percent, segments],
  );
}

/**
 * Weighted pipeline amount per row: amount × stage probability; Won 100%, Lost 0% (DOMAIN.md §6).
 * @customfunction WEIGHTED
 * @param amounts Opportunity amount per row.
 * @param stages Stage per row, by name (English or Chinese) or number.
 * @param [statuses] Open, Won or Lost per row (default Open).
 * @param [stageTable] Rows of stage name | probability, or a preset name: "TAS" (default), "Salesforce", "HubSpot".
 * @returns Weighted amount per row.
 */
export function weighted(amounts: any[][], stages: any[][], statuses?: any[][], stageTable?: any[][]): any[][] {
  return runFunction(
    "WEIGHTED",
    () => rowsOf(amounts),
    () => weightedSpill(amounts, stages, statuses, stageTable),
    MAX_SPILL_ROWS,
    [amounts, stages, statuses, stageTable],
  );
}

/**
 * Pipeline stage report: open count, open amount, weighted amount, reached and conversion per stage, then Won, Lost and Win rate (DOMAIN.md §6).
 * @customfunction PIPELINE
 * @param stages Stage per opportunity, by name or number.
 * @param amounts Amount per opportunity.
 * @param [statuses] Open, Won or Lost per opportunity (default Open).
 * @param [stageTable] Rows of stage name | probability, or a preset name: "TAS" (default), "Salesforce", "HubSpot".
 * @returns A table with a header row, one row per stage, then Won, Lost and Win rate.
 */
export function pipeline(stages: any[][], amounts: any[][], statuses?: any[][], stageTable?: any[][]): any[][] {
  return runFunction(
    "PIPELINE",
    () => 0,
    () => pipelineSpill(stages, amounts, statuses, stageTable),
    MAX_SPILL_ROWS,
    [stages, amounts, statuses, stageTable],
  );
}

/**
 * Coverage status per account: Covered, Uncovered or Conflict; with tiers also Unnamed key account or Over-served (DOMAIN.md §5).
 * @customfunction COVERAGE
 * @param accounts Account key per row.
 * @param assignAccounts Account key of each assignment.
 * @param assignTeamTypes Team type of each assignment: Territory, KeyAccount, Solution or Partner.
 * @param [assignRoles] Primary or Overlay per assignment; default by team type.
 * @param [tiers] Tier A–D per account, to flag unnamed key accounts and over-served ones.
 * @returns Coverage status per account.
 */
export function coverage(
  accounts: any[][],
  assignAccounts: any[][],
  assignTeamTypes: any[][],
  assignRoles?: any[][],
  tiers?: any[][],
): any[][] {
  return runFunction(
    "COVERAGE",
    () => rowsOf(accounts),
    () => coverageSpill(accounts, assignAccounts, assignTeamTypes, assignRoles, tiers),
    MAX_SPILL_ROWS,
    [accounts, assignAccounts, assignTeamTypes, assignRoles, tiers],
  );
}

/**
 * How each opportunity moved between two snapshots: New, Advanced, Slipped, Unchanged, Won, Lost, Dropped, Reopened or Closed (DOMAIN.md §9).
 * @customfunction MOVEMENT
 * @param previousStages Stage per opportunity at the earlier snapshot, by name or number; blank (with a blank status) when it was not in the list.
 * @param currentStages Stage per opportunity at the later snapshot, aligned row for row; blank (with a blank status) when it is no longer in the list.
 * @param [previousStatuses] Open, Won or Lost per row at the earlier snapshot (default Open; an outcome word in the stage also sets it).
 * @param [currentStatuses] Open, Won or Lost per row at the later snapshot.
 * @param [stageTable] Rows of stage name | probability, or a preset name: "TAS" (default), "Salesforce", "HubSpot".
 * @returns One movement label per row; "" when the opportunity is in neither snapshot.
 */
export function movement(
  previousStages: any[][],
  currentStages: any[][],
  previousStatuses?: any[][],
  currentStatuses?: any[][],
  stageTable?: any[][],
): any[][] {
  return runFunction(
    "MOVEMENT",
    () => rowsOf(previousStages),
    () => movementSpill(previousStages, currentStages, previousStatuses, currentStatuses, stageTable),
    MAX_SPILL_ROWS,
    [previousStages, currentStages, previousStatuses, currentStatuses, stageTable],
  );
}
