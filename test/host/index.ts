/**
 * In-memory Excel host: the subset of the Office.js Excel API that src/excel/ uses, with Excel's proxy,
 * load/sync and payload semantics, formulas evaluated by HyperFormula (including the KAM.* functions and
 * structured references), and helpers for tests. Browser-safe: no Node built-ins.
 */
export { createHost, PAYLOAD_LIMIT_BYTES } from "./host";
export type { CellInfo, Host, HostOptions, SeedCell, WorkbookSpec } from "./host";
export { installGlobals, EXCEL_ENUMS } from "./globals";
export { HostError, DEFAULT_MESSAGES } from "./errors";
export type { HostErrorCode } from "./errors";
export type { HostStats, RequestRecord } from "./client";
export { ErrorValue } from "./cells";
export { KAM_FUNCTIONS } from "./kam-plugin";
export { translateFormula } from "./formula";
