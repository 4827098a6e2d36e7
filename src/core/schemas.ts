import { z } from "zod";
import { DEFAULT_STAGES } from "./stages";

/**
 * Zod schemas for the model and settings stored with the workbook (DOMAIN.md §3–§7 defaults).
 * Every default lives here once; `parseModel` turns any input into a valid model or readable messages.
 */

const cutSchema = z.union([
  z.number().finite(),
  z
    .string()
    .regex(/^[Pp]\s*\d+(\.\d+)?$/, 'a percentile cut is written like "P50"')
    .refine((s) => Number(s.replace(/^[Pp]\s*/, "")) <= 100, "a percentile cut is at most P100"),
]);
const axisCutsSchema = z.tuple([cutSchema, cutSchema]);
const nonNegative = z.number().finite().min(0, "must be 0 or more");
const fraction = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");
const tierLetter = z.enum(["A", "B", "C", "D"]);

export const weightsSchema = z
  .object({ contribution: nonNegative, potential: nonNegative, reference: nonNegative, winnability: nonNegative })
  .refine((w) => w.contribution + w.potential + w.reference + w.winnability > 0, "weights must not all be zero");

export const methodSchema = z.enum(["rank", "minmax", "none"]);

export const cutsSchema = z.object({
  contribution: axisCutsSchema.default(["P50", "P80"]),
  potential: axisCutsSchema.default(["P50", "P80"]),
  /** Per-segment overrides, keyed by segment label. */
  bySegment: z
    .record(z.string(), z.object({ contribution: axisCutsSchema.optional(), potential: axisCutsSchema.optional() }))
    .default({}),
});

export const tierMapSchema = z
  .array(z.array(tierLetter).length(3, "each tier map row has 3 cells"))
  .length(3, "the tier map has 3 rows");

export const topPercentSchema = z.object({
  default: fraction.default(0.2),
  bySegment: z.record(z.string(), fraction).default({}),
});

export const stageSchema = z.object({
  name: z.string().trim().min(1, "a stage needs a name"),
  aliases: z.array(z.string()).default([]),
  probability: fraction,
  stallDays: nonNegative.default(30),
});

export const stageTableSchema = z
  .array(stageSchema)
  .min(1, "at least one stage")
  .refine((s) => new Set(s.map((x) => x.name.toLowerCase())).size === s.length, "stage names must be unique");

export const coverageRulesSchema = z
  .object({
    minNamed: z.number().int().min(0).default(2),
    maxNamed: z.number().int().min(1).default(10),
    dedicatedTierA: z.boolean().default(true),
  })
  .refine((r) => r.minNamed <= r.maxNamed, "minNamed must not exceed maxNamed");

export const reportOptionsSchema = z.object({
  output: z.enum(["live", "static"]).default("live"),
  /** Report date as an Excel serial; absent means today when the report is built. */
  asOf: z.number().int().positive().optional(),
  period: z.enum(["month", "quarter", "half", "year"]).default("quarter"),
  splitBy: z.enum(["none", "region", "tier", "owner", "projectClass"]).default("region"),
  logScale: z.boolean().default(false),
  perSegmentMatrices: z.boolean().default(false),
  topNames: z.number().int().min(0).max(20).default(3),
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
  }),
});

export type Model = z.infer<typeof modelSchema>;
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

export type ModelResult = { ok: true; model: Model } | { ok: false; errors: string[] };

/** Validates a stored or edited model; returns readable "path: message" lines, never throws. */
export function parseModel(input: unknown): ModelResult {
  const result = modelSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, model: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "model"}: ${i.message}`),
  };
}

/** The DOMAIN.md defaults as a complete model. */
export function defaultModel(): Model {
  return modelSchema.parse({});
}
