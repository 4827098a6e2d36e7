/**
 * The operations the task pane performs on the workbook, built once from an injected `run`
 * (Excel.run in Office, the in-memory host in tests and the playground). Components reach them only
 * through the pane's context, so nothing under components/ touches Office.
 */
import { Model } from "../core/schemas";
import { ReportKind } from "../reports/plan";
import { buildReport, BuildOptions, BuildResult, loadSources, LoadedSources, Selections } from "../excel/build-report";
import type { InsertSampleResult, SampleLanguage } from "../excel/insert-sample";
import { convertToTable } from "../excel/convert-to-table";
import { describeRange, listTables, selectCell, TableInfo } from "../excel/read-source";
import { ExcelRun } from "../excel/run";
import { loadModel, LoadedModel, saveModel } from "../excel/settings-store";
import type { WriteColumnsOptions, WriteColumnsResult } from "../excel/write-columns";
import type { PackOptions, PackResult } from "../excel/apply-pack";
import { PlanTablesOptions, PlanTablesResult, writePlanTables } from "../excel/plan-tables";
import { planAccounts, selectPlanRow } from "../excel/plan-tables-select";
import { loadPlanSources } from "../excel/plan-tables-read";
import { PLAN_KINDS } from "../core/fields";
import { PlanSources } from "../reports/definition";

import { loadPart } from "./lazy-part";
import type { SampleVariant } from "./sample-parts";

/** A Data pane check: the picked lists, and the ESP plan tables the workbook has (found, not picked). */
export type CheckedData = LoadedSources & { plans?: PlanSources };

export type { SampleVariant } from "./sample-parts";

// Downloaded on first use (lazy-part.ts): the sample generator, the score and tier columns writer and the pack
// writer. The report builders are not: the panes import the registry (titles, sources, summaries).
const sampleParts = () => loadPart(() => import(/* webpackChunkName: "sample" */ "./sample-parts"));
const columnsParts = () => loadPart(() => import(/* webpackChunkName: "columns" */ "../excel/write-columns"));
const packParts = () => loadPart(() => import(/* webpackChunkName: "pack" */ "../excel/apply-pack"));

export interface TaskpaneServices {
  listTables(): Promise<TableInfo[]>;
  /** The Data pane's "Use a range": the selection (more than one row), else the active sheet's used range. */
  describeRange(): Promise<TableInfo>;
  /** "Convert to table", after the user agreed: returns the new table's name. */
  convertToTable(sheet: string, address: string, wantedName: string): Promise<string>;
  loadModel(): Promise<LoadedModel>;
  saveModel(model: Model): Promise<void>;
  /** Reads and parses the selected sources without writing anything (the Data pane's "Check data"). */
  checkData(selections: Selections, model: Model, signal?: AbortSignal): Promise<CheckedData>;
  buildReport(kind: ReportKind, options: BuildOptions): Promise<BuildResult>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Inserts the sample workbook: Ninegrid's own tables, or the same lists as a Salesforce export. */
  insertSample(
    language: SampleLanguage,
    variant?: SampleVariant,
    signal?: AbortSignal,
  ): Promise<InsertSampleResult & { asOf: number }>;
  writeColumns(options: WriteColumnsOptions): Promise<WriteColumnsResult>;
  /** The monthly pack: the chosen reports and a contents sheet, as one all-or-nothing write. */
  buildPack(kinds: readonly ReportKind[], options: PackOptions): Promise<PackResult>;
  /** "Create or update plan tables" (DOMAIN.md §10). */
  writePlanTables(options: PlanTablesOptions): Promise<PlanTablesResult>;
  /** Accounts of the Account Plans table, for "Go to plan row"; empty when there is no such table. */
  planAccounts(): Promise<string[]>;
  /** Selects an account's Account Plans row; false when it has none. */
  selectPlanRow(account: string): Promise<boolean>;
}

/** The real operations over a `run`; `overrides` replace single operations (tests, playground). */
export function createServices(run: ExcelRun, overrides: Partial<TaskpaneServices> = {}): TaskpaneServices {
  return {
    listTables: () => listTables(run),
    describeRange: () => describeRange(run),
    convertToTable: (sheet, address, wantedName) => convertToTable(run, sheet, address, wantedName),
    loadModel: () => loadModel(run),
    saveModel: (model) => saveModel(run, model),
    checkData: async (selections, model, signal) => ({
      ...(await loadSources(run, selections, model, signal)),
      plans: await loadPlanSources(run, PLAN_KINDS, { signal }),
    }),
    buildReport: (kind, options) => buildReport(run, kind, options),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    insertSample: async (language, variant = "standard", signal) =>
      (await sampleParts()).insertSample(run, language, variant, signal),
    writeColumns: async (options) => (await columnsParts()).writeScoreAndTierColumns(run, options),
    buildPack: async (kinds, options) => (await packParts()).buildPack(run, kinds, options),
    writePlanTables: (options) => writePlanTables(run, options),
    planAccounts: () => planAccounts(run),
    selectPlanRow: (account) => selectPlanRow(run, account),
    ...overrides,
  };
}
