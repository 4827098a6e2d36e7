import type { ReasonTemplates } from "../../core/reasons";
import type { ModelIssue, ModelMessageCode } from "../../core/schemas";

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
