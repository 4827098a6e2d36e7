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
  /** The rules applied per segment code, so reports show them instead of matching labels again. */
  rules: SegmentRules[];
}

/**
 * The cuts and top-X% fraction one segment was tiered with (DOMAIN.md §3–§4), and the per-segment
 * override each came from: its key as written in the model, or null for the model's default.
 */
export interface SegmentRules {
  cuts: { contribution: readonly [Cut, Cut]; potential: readonly [Cut, Cut] };
  cutOverride: { contribution: string | null; potential: string | null };
  topPercent: number;
  topPercentOverride: string | null;
}

const cutOf = (c: number | string): Cut => {
  const cut = readCut(c);
  if (typeof cut === "string") throw new Error(cut); // the model was validated by zod; this cannot happen
  return cut;
};

/** Looks up a per-segment setting by label, case- and width-insensitively; the entry keeps its key as written. */
function bySegmentLabel<T>(
  record: Record<string, T>,
  labels: readonly string[],
): ({ key: string; value: T } | undefined)[] {
  // A key that folds to "" (blank, spaces) names no segment: without this it would apply to the one
  // unnamed segment of an unsegmented model, or to accounts whose segment cell is empty.
  const folded = new Map(
    Object.entries(record)
      .filter(([key]) => foldText(key) !== "")
      .map(([key, value]) => [foldText(key), { key, value }]),
  );
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

  const rules = segmentRules(model, segments.labels);
  const c = bandValues(contribution, (s) => rules[s].cuts.contribution, segments);
  const p = bandValues(potential, (s) => rules[s].cuts.potential, segments);
  const keyAccount = topPercentFlags(
    score,
    rules.map((r) => r.topPercent),
    segments,
  );

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
    rules,
  }; // prettier-ignore
}

/** The rules of each segment: per-segment overrides matched by folded label, else the model's defaults. */
function segmentRules(model: Model, labels: readonly string[]): SegmentRules[] {
  // Unsegmented, the per-segment overrides stay in the model (for when segments come back) but apply to none.
  const segmented = model.segmentBy !== "none";
  const cutOverrides = bySegmentLabel(segmented ? model.cuts.bySegment : {}, labels);
  const topOverrides = bySegmentLabel(segmented ? model.topPercent.bySegment : {}, labels);
  return labels.map((_, s) => {
    const axis = (a: "contribution" | "potential") => {
      const o = cutOverrides[s];
      const own = o?.value[a];
      return own
        ? { cuts: own.map(cutOf) as [Cut, Cut], from: o.key }
        : { cuts: model.cuts[a].map(cutOf) as [Cut, Cut], from: null };
    };
    const c = axis("contribution");
    const p = axis("potential");
    const top = topOverrides[s];
    return {
      cuts: { contribution: c.cuts, potential: p.cuts },
      cutOverride: { contribution: c.from, potential: p.from },
      topPercent: top ? top.value : model.topPercent.default,
      topPercentOverride: top ? top.key : null,
    };
  });
}
