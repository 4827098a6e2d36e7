import { bandValues, Cut, readCut } from "./bands";
import { foldText } from "./cells";
import { AccountRecord } from "./dataset";
import { Model } from "./schemas";
import { compositeScore, normalizeWeights } from "./score";
import { encodeSegments, Segments } from "./segments";
import { applyOverride, Tier, TierMap, tierOf } from "./tiers";
import { topPercentFlags } from "./toppct";

/** Everything the nine-grid report and the score/tier columns need, one entry per account. */
export interface TieringResult {
  segments: Segments;
  score: Float64Array;
  /** 1 when the account is in its segment's top X% by score (DOMAIN.md §3). */
  keyAccount: Int8Array;
  contributionBand: Int8Array;
  potentialBand: Int8Array;
  /** Tier from the nine-grid before manual overrides. */
  computed: (Tier | null)[];
  /** Tier in force: an approved manual tier, else the computed one (DOMAIN.md §4). */
  tiers: (Tier | null)[];
  overridden: boolean[];
  /** Manual tiers without an approver: listed as pending, not applied. */
  pending: { account: number; manual: Tier }[];
  /** Resolved [c1, c2] per segment code, for each axis. */
  cuts: { contribution: [number, number][]; potential: [number, number][] };
}

const cutOf = (c: number | string): Cut => {
  const cut = readCut(c);
  if (typeof cut === "string") throw new Error(cut); // the model was validated by zod; this cannot happen
  return cut;
};

/** Looks up a per-segment setting by label, case- and width-insensitively. */
function bySegmentLabel<T>(record: Record<string, T>, labels: readonly string[]): (T | undefined)[] {
  const folded = new Map(Object.entries(record).map(([k, v]) => [foldText(k), v]));
  return labels.map((l) => folded.get(foldText(l)));
}

/**
 * Scores, bands and tiers every account with the model (DOMAIN.md §3–§4): composite score with the
 * model's weights and method, top-X% key-account flags, L/M/H bands by the cuts (per-segment
 * overrides applied), the tier map, and approved manual overrides.
 */
export function tierAccounts(accounts: readonly AccountRecord[], model: Model): TieringResult {
  const n = accounts.length;
  const segKey =
    model.segmentBy === "none" ? null : accounts.map((a) => a[model.segmentBy as "industry" | "region"] ?? "");
  const segments = encodeSegments(segKey, n);
  const col = (pick: (a: AccountRecord) => number | null) => Float64Array.from(accounts, (a) => pick(a) ?? NaN);
  const contribution = col((a) => a.contribution);
  const potential = col((a) => a.potential);
  const w = model.weights;
  const weights = normalizeWeights([w.contribution, w.potential, w.reference, w.winnability]) as number[];
  const score = compositeScore(
    [contribution, potential, col((a) => a.reference), col((a) => a.winnability)],
    weights,
    model.method,
    segments,
  );

  const overrides = bySegmentLabel(model.cuts.bySegment, segments.labels);
  const axisCuts = (axis: "contribution" | "potential") => {
    const base = model.cuts[axis].map(cutOf) as [Cut, Cut];
    const perSegment = overrides.map((o) => (o?.[axis] ? (o[axis].map(cutOf) as [Cut, Cut]) : base));
    return (s: number) => perSegment[s];
  };
  const c = bandValues(contribution, axisCuts("contribution"), segments);
  const p = bandValues(potential, axisCuts("potential"), segments);

  const fractions = bySegmentLabel(model.topPercent.bySegment, segments.labels).map(
    (f) => f ?? model.topPercent.default,
  );
  const keyAccount = topPercentFlags(score, fractions, segments);

  const map = model.tierMap as TierMap;
  const computed: (Tier | null)[] = new Array(n);
  const tiers: (Tier | null)[] = new Array(n);
  const overridden: boolean[] = new Array(n);
  const pending: TieringResult["pending"] = [];
  for (let i = 0; i < n; i++) {
    computed[i] = tierOf(c.bands[i], p.bands[i], map);
    const eff = applyOverride(computed[i], accounts[i].manualTier, accounts[i].approver);
    tiers[i] = eff.tier;
    overridden[i] = eff.overridden;
    if (eff.pending) pending.push({ account: i, manual: eff.pending });
  }
  return {
    segments, score, keyAccount,
    contributionBand: c.bands, potentialBand: p.bands,
    computed, tiers, overridden, pending,
    cuts: { contribution: c.cutsBySegment, potential: p.cutsBySegment },
  }; // prettier-ignore
}
