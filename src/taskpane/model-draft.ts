/**
 * The Model pane edits a draft: text as typed (so "P5" on its way to "P50" is allowed), turned into a
 * model input and validated by the core's zod schema (`parseModel`) on every change. Percentages are
 * shown as 0–100 and stored as fractions, as the schema wants.
 */
import { cutOrderProblem, readCut } from "../core/bands";
import { Reason, reasonText } from "../core/reasons";
import { isoFromSerial, serialFromYmd } from "../core/dates";
import { Model, ModelIssue, parseModel, ReportOptions } from "../core/schemas";
import type { StageDef } from "../core/stages";
import type { Strings } from "./i18n";

export type Dim = "contribution" | "potential" | "reference" | "winnability";
export const DIMS: readonly Dim[] = ["contribution", "potential", "reference", "winnability"];
export type Axis = "contribution" | "potential";
export const AXES: readonly Axis[] = ["contribution", "potential"];
export type TierLetter = "A" | "B" | "C" | "D";

export interface CutOverrideDraft {
  id: number;
  segment: string;
  contribution: [string, string];
  potential: [string, string];
}

export interface TopSegmentDraft {
  id: number;
  segment: string;
  percent: string;
}

export interface StageDraft {
  id: number;
  name: string;
  /** Win probability in percent. */
  probability: string;
  stallDays: string;
  aliases: string[];
}

export interface ModelDraft {
  /** The model the draft started from: parts the pane does not edit (coverage rules, aliases) come from here. */
  base: Model;
  weights: Record<Dim, string>;
  method: Model["method"];
  segmentBy: Model["segmentBy"];
  cuts: Record<Axis, [string, string]>;
  cutOverrides: CutOverrideDraft[];
  tierMap: TierLetter[][];
  /** Top X in percent. */
  topDefault: string;
  topBySegment: TopSegmentDraft[];
  stages: StageDraft[];
  /** Report options; the report date as yyyy-mm-dd, or "" for today. */
  reports: Omit<ReportOptions, "asOf"> & { asOf: string };
}

export interface DraftIssue {
  path: string;
  /** The path's parts when a part may hold a dot (a segment name); else `path` split at dots. */
  parts?: readonly (string | number)[];
  /** In English, or a Strings key ("segmentNeeded", "duplicateSegment"). */
  message: string;
  /** The schema's problem as a code, for the pane's language. */
  model?: Pick<ModelIssue, "code" | "params">;
  /** A core reason (cut order) as a code, for the pane's language. */
  reason?: Reason;
}

export type DraftResult = { ok: true; model: Model } | { ok: false; issues: DraftIssue[] };

let nextId = 1;
export const newId = () => nextId++;

/** A fraction as the percentage a user reads (0.15 → "15", not "15.000000000000002"). */
export const percentText = (f: number) => String(Number((f * 100).toPrecision(12)));

const cutText = (c: number | string) => String(c);

export function fromModel(model: Model): ModelDraft {
  const { asOf, ...reports } = model.reports;
  return {
    base: model,
    weights: Object.fromEntries(DIMS.map((d) => [d, String(model.weights[d])])) as Record<Dim, string>,
    method: model.method,
    segmentBy: model.segmentBy,
    cuts: {
      contribution: [cutText(model.cuts.contribution[0]), cutText(model.cuts.contribution[1])],
      potential: [cutText(model.cuts.potential[0]), cutText(model.cuts.potential[1])],
    },
    cutOverrides: Object.entries(model.cuts.bySegment).map(([segment, o]) => ({
      id: newId(),
      segment,
      contribution: o.contribution ? [cutText(o.contribution[0]), cutText(o.contribution[1])] : ["", ""],
      potential: o.potential ? [cutText(o.potential[0]), cutText(o.potential[1])] : ["", ""],
    })),
    tierMap: model.tierMap.map((r) => [...r]) as TierLetter[][],
    topDefault: percentText(model.topPercent.default),
    topBySegment: Object.entries(model.topPercent.bySegment).map(([segment, f]) => ({
      id: newId(),
      segment,
      percent: percentText(f),
    })),
    stages: stageDrafts(model.stages),
    reports: { ...reports, asOf: asOf === undefined ? "" : isoFromSerial(asOf) },
  };
}

/** Text to number: blank or unreadable text is NaN, which the schema reports as not a number. */
/** Stage rows as the pane edits them: probability in percent, stall days as text. */
export function stageDrafts(stages: readonly StageDef[]): StageDraft[] {
  return stages.map((s) => ({
    id: newId(),
    name: s.name,
    probability: percentText(s.probability),
    stallDays: String(s.stallDays),
    aliases: [...s.aliases],
  }));
}

export function numberOf(text: string): number {
  const t = text.trim().replace(/[,\s]/g, "");
  return t === "" ? NaN : Number(t);
}

/** A cut as typed: a plain number becomes a number, anything else stays text for the schema to judge. */
export function cutOf(text: string): number | string {
  const t = text.trim();
  const n = numberOf(t);
  return t !== "" && Number.isFinite(n) ? n : t;
}

const percentOf = (text: string) => numberOf(text) / 100;

function dateOf(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (text.trim() === "") return undefined;
  return m ? serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
}

/** The draft as input for `parseModel`, plus issues the schema cannot see (blank or repeated segment names). */
export function toModelInput(draft: ModelDraft): { input: unknown; issues: DraftIssue[] } {
  const issues: DraftIssue[] = [];
  const bySegment: Record<string, { contribution?: (number | string)[]; potential?: (number | string)[] }> = {};
  draft.cutOverrides.forEach((o, i) => {
    const label = o.segment.trim();
    if (!label) issues.push({ path: `cutOverrides.${i}.segment`, message: "segmentNeeded" });
    else if (label in bySegment) issues.push({ path: `cutOverrides.${i}.segment`, message: "duplicateSegment" });
    const entry: (typeof bySegment)[string] = {};
    for (const axis of AXES)
      if (o[axis].some((t) => t.trim() !== "")) entry[axis] = [cutOf(o[axis][0]), cutOf(o[axis][1])];
    if (label) bySegment[label] = entry;
  });
  const topBySegment: Record<string, number> = {};
  draft.topBySegment.forEach((t, i) => {
    const label = t.segment.trim();
    if (!label) issues.push({ path: `topBySegment.${i}.segment`, message: "segmentNeeded" });
    else if (label in topBySegment) issues.push({ path: `topBySegment.${i}.segment`, message: "duplicateSegment" });
    else topBySegment[label] = percentOf(t.percent);
  });
  const asOf = dateOf(draft.reports.asOf);
  const input = {
    ...draft.base,
    weights: Object.fromEntries(DIMS.map((d) => [d, numberOf(draft.weights[d])])),
    method: draft.method,
    segmentBy: draft.segmentBy,
    cuts: {
      contribution: draft.cuts.contribution.map(cutOf),
      potential: draft.cuts.potential.map(cutOf),
      bySegment,
    },
    tierMap: draft.tierMap,
    topPercent: { default: percentOf(draft.topDefault), bySegment: topBySegment },
    stages: draft.stages.map((s) => ({
      name: s.name,
      aliases: s.aliases.map((a) => a.trim()).filter((a) => a !== ""),
      probability: percentOf(s.probability),
      stallDays: numberOf(s.stallDays),
    })),
    reports: { ...draft.reports, ...(asOf === undefined ? { asOf: undefined } : { asOf }) },
  };
  return { input, issues };
}

/** Validates a draft with the core's schema; cut order (cut 1 ≤ cut 2) is checked too. */
export function validateDraft(draft: ModelDraft): DraftResult {
  const { input, issues } = toModelInput(draft);
  const parsed = parseModel(input);
  if (!parsed.ok) {
    const seen = new Set<string>();
    for (const { path, parts, code, params, message } of parsed.issues) {
      if (seen.has(path)) continue; // one message per field is enough
      seen.add(path);
      issues.push({ path, parts, message, model: { code, params } });
    }
    return { ok: false, issues };
  }
  const m = parsed.model;
  const order = (parts: string[], pair: readonly [number | string, number | string]) => {
    const a = readCut(pair[0]);
    const b = readCut(pair[1]);
    if (typeof a === "string" || typeof b === "string") return;
    const problem = cutOrderProblem([a, b]);
    if (problem) issues.push({ path: parts.join("."), parts, message: reasonText(problem), reason: problem });
  };
  for (const axis of AXES) order(["cuts", axis], m.cuts[axis]);
  for (const [seg, o] of Object.entries(m.cuts.bySegment))
    for (const axis of AXES) if (o[axis]) order(["cuts", "bySegment", seg, axis], o[axis] as [number, number]);
  return issues.length ? { ok: false, issues } : { ok: true, model: m };
}

const PERCENT_PATH = /^(topPercent\.|stages\.\d+\.probability)/;

/** A validation problem as the pane shows it: the field's path, its label and the message, both worded. */
export interface FieldIssue {
  path: string;
  /** The field, e.g. "Contribution cut 1" or "Region: East: Contribution cut 1". */
  label: string;
  /** What is wrong, without the label, e.g. 'a percentile cut is written like "P50"'. */
  message: string;
}

/** An issue worded for the pane: its field's label and its message, kept apart so neither is cut from the other. */
export function describeIssue(issue: DraftIssue, draft: ModelDraft, s: Strings): FieldIssue {
  const parts = issue.parts?.map(String) ?? issue.path.split(".");
  return { path: issue.path, label: issueLabel(issue.path, parts, draft, s), message: issueMessage(issue, s) };
}

/** The label of the field a schema path points at ("cuts.contribution.0" → "Contribution cut 1"). */
function issueLabel(path: string, p: readonly string[], draft: ModelDraft, s: Strings): string {
  const axisLabel = (a: string) => s.axis[a as Axis] ?? a;
  switch (p[0]) {
    case "weights":
      return p[1] ? (s.dims[p[1] as Dim] ?? p[1]) : path;
    case "method":
      return s.method;
    case "cuts":
      if (p[1] === "bySegment") {
        const seg = p[2] ?? "";
        return p[4] !== undefined
          ? `${seg}: ${s.cut(axisLabel(p[3]), Number(p[4]) + 1)}`
          : `${seg}: ${axisLabel(p[3] ?? "")}`;
      }
      if (!p[1]) return path;
      return p[2] !== undefined ? s.cut(axisLabel(p[1]), Number(p[2]) + 1) : axisLabel(p[1]);
    case "cutOverrides":
      return `${s.segmentOverrides} ${Number(p[1]) + 1}`;
    case "topBySegment":
      return `${s.topForSegment} ${Number(p[1]) + 1}`;
    case "tierMap":
      return s.tierMapTitle;
    case "topPercent":
      return p[1] === "bySegment" ? `${s.topForSegment} ${p[2] ?? ""}` : s.topDefault;
    case "stages":
      return stageLabel(p, draft, s);
    default:
      return p[0] === "reports" && p[1] === "asOf" ? s.reportDate : path;
  }
}

/** "Pipeline stages 1 (Verify) — Win probability %" for a path into the stage list. */
function stageLabel(p: readonly string[], draft: ModelDraft, s: Strings): string {
  const i = Number(p[1]);
  if (!Number.isInteger(i)) return s.stagesTitle;
  const stage = draft.stages[i];
  const fields = new Map([
    ["name", s.stageName],
    ["probability", s.stageProbability],
    ["stallDays", s.stageStall],
  ]);
  const field = fields.get(p[2]) ?? "";
  return `${s.stagesTitle} ${i + 1}${stage?.name ? ` (${stage.name})` : ""}${field ? ` — ${field}` : ""}`;
}

/** The message of an issue in the pane's language. */
function issueMessage(issue: DraftIssue, s: Strings): string {
  const message = issue.message;
  if (message === "segmentNeeded" || message === "duplicateSegment") return s[message];
  if (issue.reason) return s.reason({ ...issue.reason, reason: message });
  if (issue.model?.code === "expectedNumber" && /received NaN/.test(message)) return s.notANumber;
  if (issue.model?.code === "fraction" && PERCENT_PATH.test(issue.path)) return s.percentRange;
  if (issue.model) return s.modelIssue({ ...issue.model, message });
  return message;
}
