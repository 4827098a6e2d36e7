/** Seeded sample data for demos, tests and benchmarks (no Office, DOM or Node imports). */
export {
  generateSample,
  localizeHeaders,
  DEFAULT_SEED,
  DEFAULT_ACCOUNTS,
  DEFAULT_OPPORTUNITIES,
  GAP_SHARE,
  CONFLICT_SHARE,
} from "./generate";
export type { SampleCell, SampleTable, SampleWorkbook, SampleOptions } from "./generate";
export {
  generateColumns,
  generateAccountColumns,
  generateOpportunityColumns,
  excelSerial,
  DEFAULT_AS_OF,
} from "./columns";
export type { SampleColumns, AccountColumns, OpportunityColumns } from "./columns";
export type { DirtyCell, DirtyKind } from "./dirty";
export { LONG_NAME, FORMULA_NAMES, EMOJI_NAME, RTL_NAMES } from "./dirty";
export { mulberry32, streamRng, deriveSeed } from "./random";
export type { Rng } from "./random";
export * from "./vocab";
export { generateContracts, CONTRACT_HEADERS, CONTRACTS_TABLE } from "./contracts";
export { generateSalesforceSample, SALESFORCE_SAMPLE_AS_OF } from "./salesforce-sample";
export { crmExports, toCsv } from "./crm-exports";
export type { CrmExport, ExportCell, Outcome } from "./crm-exports";
export { generateHistory, generateLeads, generatePreviousTiers, HISTORY_WEEKS } from "./history";
export { addMovementTables, HISTORY_TABLE, LEADS_TABLE, PREVIOUS_TIER_HEADER } from "./history";
