import type { ReasonTemplates } from "../../core/reasons";
import type { Model, ModelIssue, ModelMessageCode, ReportOptions } from "../../core/schemas";
import type { ReportOptionKey } from "../../reports/definition";
import type { ReportKind, ReportSummary } from "../../reports/registry";

/** A core reason as the pane gets it: a code with params, and the English text to fall back on. */
export interface CodedReason {
  code?: string;
  params?: unknown;
  reason: string;
}

/** A model validation problem as the pane gets it (see `ModelIssue`). */
export type CodedModelIssue = Pick<ModelIssue, "code" | "params" | "message">;

/** Words of model messages per code; a missing code keeps the English message. */
export type ModelTemplates = Partial<Record<ModelMessageCode, (params: Record<string, string | number>) => string>>;

const has = (o: object, key: string | undefined): boolean =>
  key !== undefined && Object.prototype.hasOwnProperty.call(o, key);

/** A reason worded by `templates`; an unknown code (or none) keeps the English `reason`. */
export function wordReason(templates: ReasonTemplates, e: CodedReason): string {
  if (!has(templates, e.code) || e.params === undefined) return e.reason;
  return (templates[e.code as keyof ReasonTemplates] as (params: unknown) => string)(e.params);
}

/** A model message worded by `templates`; an unknown code keeps the English message. */
export function wordModelIssue(templates: ModelTemplates, i: CodedModelIssue): string {
  const template = has(templates, i.code) ? templates[i.code] : undefined;
  return template ? template(i.params) : i.message;
}

/** The value a report option holds: the model's segmentation or one of its report options. */
type OptionValue<K extends ReportOptionKey> = K extends keyof ReportOptions
  ? ReportOptions[K]
  : K extends "segmentBy"
    ? Model["segmentBy"]
    : never;

/** A label, and for an option with named values a text per value (a select's choices). */
type OptionStrings<V> = [V] extends [string] ? { label: string; choices: Record<V, string> } : { label: string };

/**
 * The words of every report option a pane control can set, keyed by option: a new option fails to
 * compile until both languages name it (and each of its values).
 */
export type ReportOptionStrings = { [K in ReportOptionKey]: OptionStrings<OptionValue<K>> };

/** The words of one report: its pane's title and introduction, and its summary line. */
export interface ReportText<S> {
  title: string;
  intro: string;
  summary(data: S): string;
}

/** The words of every report, keyed by kind: a new report fails to compile until both languages word it. */
export type ReportStrings = { [K in ReportKind]: ReportText<Extract<ReportSummary, { kind: K }>> };

/** A report's summary worded by its own entry of `reports`. */
export function wordSummary(reports: ReportStrings, summary: ReportSummary): string {
  return (reports[summary.kind] as ReportText<ReportSummary>).summary(summary);
}
