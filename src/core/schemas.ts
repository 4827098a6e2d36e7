import { z } from "zod";
import { DEFAULT_STAGES } from "./stages";

/**
 * Zod schemas for the model and settings stored with the workbook (DOMAIN.md §3–§7 defaults).
 * Every default lives here once; `parseModel` turns any input into a valid model or readable messages.
 */

/**
 * The schema's own messages, by stable code, so the task pane can word them in the user's language.
 * `parseModel` reports them with their code; zod's built-in checks get codes too (see `issueCode`).
 */
export const MODEL_MESSAGES = {
  percentileFormat: 'a percentile cut is written like "P50"',
  percentileMax: "a percentile cut is at most P100",
  nonNegative: "must be 0 or more",
  fraction: "must be between 0 and 1",
  weightsAllZero: "weights must not all be zero",
  tierMapRowCells: "each tier map row has 3 cells",
  tierMapRows: "the tier map has 3 rows",
  stageNameNeeded: "a stage needs a name",
  stagesAtLeastOne: "at least one stage",
  stageNamesUnique: "stage names must be unique",
  minNamedAboveMax: "minNamed must not exceed maxNamed",
  isoDate: "a date is written yyyy-mm-dd",
} as const;

/**
 * Codes of model messages: the schema's own, plus zod's checks: `expectedNumber` (not a number, or
 * NaN), `expectedInteger`, `tooSmall` and `tooBig` (params `limit`), `invalidOption` (params
 * `options`, "a, b, c"), and `other` for anything else, which has only its English message.
 */
export type ModelMessageCode =
  | keyof typeof MODEL_MESSAGES
  | "expectedNumber"
  | "expectedInteger"
  | "tooSmall"
  | "tooBig"
  | "invalidOption"
  | "other";

/** One validation problem: where ("weights.potential"), why as a code with params, and in English. */
export interface ModelIssue {
  path: string;
  /** The path's parts as they are: a segment named "Acme Inc." stays one part, where `path` splits it. */
  parts: (string | number)[];
  code: ModelMessageCode;
  params: Record<string, string | number>;
  message: string;
}

const M = MODEL_MESSAGES;

const cutSchema = z.union([
  z.number().finite(),
  z
    .string()
    .regex(/^[Pp]\s*\d+(\.\d+)?$/, M.percentileFormat)
    .refine((s) => Number(s.replace(/^[Pp]\s*/, "")) <= 100, M.percentileMax),
]);
const axisCutsSchema = z.tuple([cutSchema, cutSchema]);
const nonNegative = z.number().finite().min(0, M.nonNegative);
const fraction = z.number().min(0, M.fraction).max(1, M.fraction);
const tierLetter = z.enum(["A", "B", "C", "D"]);

export const weightsSchema = z
  .object({ contribution: nonNegative, potential: nonNegative, reference: nonNegative, winnability: nonNegative })
  .refine((w) => w.contribution + w.potential + w.reference + w.winnability > 0, M.weightsAllZero);

export const methodSchema = z.enum(["rank", "minmax", "none"]);

export const cutsSchema = z.object({
  contribution: axisCutsSchema.default(["P50", "P80"]),
  potential: axisCutsSchema.default(["P50", "P80"]),
  /** Per-segment overrides, keyed by segment label. */
  bySegment: z
    .record(z.string(), z.object({ contribution: axisCutsSchema.optional(), potential: axisCutsSchema.optional() }))
    .default({}),
});

export const tierMapSchema = z.array(z.array(tierLetter).length(3, M.tierMapRowCells)).length(3, M.tierMapRows);

export const topPercentSchema = z.object({
  default: fraction.default(0.2),
  bySegment: z.record(z.string(), fraction).default({}),
});

export const stageSchema = z.object({
  name: z.string().trim().min(1, M.stageNameNeeded),
  aliases: z.array(z.string()).default([]),
  probability: fraction,
  stallDays: nonNegative.default(30),
});

export const stageTableSchema = z
  .array(stageSchema)
  .min(1, M.stagesAtLeastOne)
  .refine((s) => new Set(s.map((x) => x.name.toLowerCase())).size === s.length, M.stageNamesUnique);

export const coverageRulesSchema = z
  .object({
    minNamed: z.number().int().min(0).default(2),
    maxNamed: z.number().int().min(1).default(10),
    dedicatedTierA: z.boolean().default(true),
  })
  .refine((r) => r.minNamed <= r.maxNamed, M.minNamedAboveMax);

/** A date option as the pane's date input gives it: yyyy-mm-dd, or blank for the option's default. */
const isoDateOrBlank = z.union([z.literal(""), z.iso.date({ message: M.isoDate })]);

export const reportOptionsSchema = z.object({
  output: z.enum(["live", "static"]).default("live"),
  /** Report date as an Excel serial; absent means today when the report is built. */
  asOf: z.number().int().positive().optional(),
  period: z.enum(["month", "quarter", "half", "year"]).default("quarter"),
  splitBy: z.enum(["none", "region", "tier", "owner", "projectClass"]).default("region"),
  logScale: z.boolean().default(false),
  perSegmentMatrices: z.boolean().default(false),
  topNames: z.number().int().min(0).max(20).default(3),
  /** Weighted amounts by the stage's probability or, where the table has one, the row's (DOMAIN.md §6). */
  weightBy: z.enum(["stage", "row"]).default("stage"),
  /** Key projects (DOMAIN.md §11): the account tiers whose open deals are key ("none": the tier rule is off). */
  keyProjectTiers: z.enum(["AB", "A", "ABC", "none"]).default("AB"),
  /** Key projects: an open deal of at least this amount is key ("none": the amount rule is off). */
  keyProjectMinAmount: z.enum(["none", "100000", "500000", "1000000", "5000000"]).default("none"),
  /** Contract execution: totals per owner, per region, or both. */
  contractSplit: z.enum(["both", "owner", "region"]).default("both"),
  /** Contract execution: days after signing when a contract not fully received is overdue (default 90). */
  overdueDays: z.enum(["30", "60", "90", "120", "180"]).default("90"),
  /** Rep performance: the history window in weeks (DOMAIN.md §9, default 13). */
  historyWeeks: z.enum(["4", "13", "26", "52"]).default("13"),
  /** Regional composition: what splits each region, and the year shown. */
  regionalColumns: z.enum(["industry", "projectClass"]).default("industry"),
  regionalPeriod: z.enum(["thisYear", "lastYear", "allYears"]).default("thisYear"),
  /** Customer purchases: how many calendar years, up to the report date's. */
  purchaseYears: z.enum(["2", "3", "4", "5"]).default("3"),
  /**
   * Movement (DOMAIN.md §9): t1 is the snapshot on or before the report date (the last one by default), t0 the
   * snapshot before it, or the one on or before 4 or 13 weeks earlier.
   */
  movementCompare: z.enum(["previous", "4weeks", "13weeks"]).default("previous"),
  /** Movement: the stage flow again per owner, region or project class. */
  movementSplitBy: z.enum(["none", "owner", "region", "projectClass"]).default("none"),
  /** The language report sheets are written in (issue 15): the pane's, or always English or Chinese. */
  language: z.enum(["pane", "en", "zh"]).default("pane"),
  /**
   * Movement (DOMAIN.md §9, issue 12): the snapshot dates compared, yyyy-mm-dd, each taken as the latest snapshot
   * on or before it. Blank (the default, and what models saved before these options load as): t1 is the latest
   * snapshot on or before the report date, t0 as `movementCompare` says. A `movementFrom` date wins over it.
   */
  movementFrom: isoDateOrBlank.default(""),
  movementTo: isoDateOrBlank.default(""),
});

export const modelSchema = z.object({
  version: z.literal(1).default(1),
  weights: weightsSchema.default({ contribution: 40, potential: 30, reference: 15, winnability: 15 }),
  method: methodSchema.default("rank"),
  /** Which account column segments the population (DOMAIN.md §3: thresholds differ by industry). */
  segmentBy: z.enum(["none", "industry", "region"]).default("none"),
  cuts: cutsSchema.default({ contribution: ["P50", "P80"], potential: ["P50", "P80"], bySegment: {} }),
  tierMap: tierMapSchema.default([
    ["A", "B", "C"],
    ["B", "C", "D"],
    ["C", "D", "D"],
  ]),
  topPercent: topPercentSchema.default({ default: 0.2, bySegment: {} }),
  stages: stageTableSchema.default(DEFAULT_STAGES.map((st) => ({ ...st, aliases: [...st.aliases] }))),
  coverage: coverageRulesSchema.default({ minNamed: 2, maxNamed: 10, dedicatedTierA: true }),
  reports: reportOptionsSchema.default({
    output: "live",
    period: "quarter",
    splitBy: "region",
    logScale: false,
    perSegmentMatrices: false,
    topNames: 3,
    weightBy: "stage",
    keyProjectTiers: "AB",
    keyProjectMinAmount: "none",
    contractSplit: "both",
    overdueDays: "90",
    historyWeeks: "13",
    regionalColumns: "industry",
    regionalPeriod: "thisYear",
    purchaseYears: "3",
    movementCompare: "previous",
    movementSplitBy: "none",
    language: "pane",
    movementFrom: "",
    movementTo: "",
  }),
});

export type Model = z.infer<typeof modelSchema>;
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

export type ModelResult = { ok: true; model: Model } | { ok: false; errors: string[]; issues: ModelIssue[] };

const CODE_OF_MESSAGE = new Map<string, ModelMessageCode>(
  Object.entries(MODEL_MESSAGES).map(([code, message]) => [message, code as ModelMessageCode]),
);

/** The code and params of one zod issue. */
function issueCode(i: z.core.$ZodIssue): Pick<ModelIssue, "code" | "params"> {
  const own = CODE_OF_MESSAGE.get(i.message);
  if (own) return { code: own, params: {} };
  if (i.code === "invalid_type" && i.expected === "number") return { code: "expectedNumber", params: {} };
  if (i.code === "invalid_type" && i.expected === "int") return { code: "expectedInteger", params: {} };
  if (i.code === "too_small" && i.origin === "number")
    return { code: "tooSmall", params: { limit: Number(i.minimum) } };
  if (i.code === "too_big" && i.origin === "number") return { code: "tooBig", params: { limit: Number(i.maximum) } };
  if (i.code === "invalid_value" && i.values.length > 1)
    return { code: "invalidOption", params: { options: i.values.map(String).join(", ") } };
  return { code: "other", params: {} };
}

/**
 * Validates a stored or edited model, never throws: on failure, readable "path: message" lines in
 * English, and the same problems as `issues` with codes for the task pane to word.
 */
export function parseModel(input: unknown): ModelResult {
  const result = modelSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, model: result.data };
  const issues = result.error.issues.map((i): ModelIssue => ({
    path: i.path.length ? i.path.join(".") : "model",
    parts: i.path.map((k) => (typeof k === "number" ? k : String(k))),
    ...issueCode(i),
    message: i.message,
  }));
  return { ok: false, errors: issues.map((i) => `${i.path}: ${i.message}`), issues };
}

/** The DOMAIN.md defaults as a complete model. */
export function defaultModel(): Model {
  return modelSchema.parse({});
}
