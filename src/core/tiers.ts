import { cellText, CellValue, isBlank } from "./cells";
import { BLANK_BAND } from "./bands";

export type Tier = "A" | "B" | "C" | "D";
export const TIERS: readonly Tier[] = ["A", "B", "C", "D"];

/** Rows: contribution H, M, L; columns: potential H, M, L (DOMAIN.md §4 layout). */
export type TierMap = readonly (readonly Tier[])[];

/** DOMAIN.md §4 default tier map. */
export const DEFAULT_TIER_MAP: TierMap = [
  ["A", "B", "C"],
  ["B", "C", "D"],
  ["C", "D", "D"],
];

/** Reads a tier letter (case- and width-insensitive); null when the cell is not A–D. */
export function readTier(v: CellValue): Tier | null {
  const t = cellText(v).normalize("NFKC").toUpperCase();
  return (TIERS as readonly string[]).includes(t) ? (t as Tier) : null;
}

/** Reads a 3×3 tier map range; returns a message naming the first bad cell. */
export function readTierMap(rows: readonly (readonly CellValue[])[]): TierMap | string {
  if (rows.length !== 3 || rows.some((r) => r.length !== 3)) return "tierMap must be a 3×3 range";
  const out: Tier[][] = [];
  for (let r = 0; r < 3; r++) {
    const row: Tier[] = [];
    for (let c = 0; c < 3; c++) {
      const t = readTier(rows[r][c]);
      if (!t) return `tierMap cell (${r + 1},${c + 1}) "${cellText(rows[r][c])}" is not A, B, C or D`;
      row.push(t);
    }
    out.push(row);
  }
  return out;
}

/** Tier of a (contribution band, potential band) pair, bands coded L=0, M=1, H=2; null when either is blank. */
export function tierOf(contributionBand: number, potentialBand: number, map: TierMap): Tier | null {
  if (contributionBand === BLANK_BAND || potentialBand === BLANK_BAND) return null;
  return map[2 - contributionBand][2 - potentialBand];
}

export interface EffectiveTier {
  tier: Tier | null;
  /** The manual tier took effect (it has an approver). */
  overridden: boolean;
  /** A manual tier without an approver: listed as pending approval, computed tier stays (DOMAIN.md §4). */
  pending: Tier | null;
}

/** Applies a manual override (手动调级): it takes effect only when an approver is named. */
export function applyOverride(computed: Tier | null, manual: CellValue, approver: CellValue): EffectiveTier {
  const m = readTier(manual);
  if (!m) return { tier: computed, overridden: false, pending: null };
  if (isBlank(approver)) return { tier: computed, overridden: false, pending: m };
  return { tier: m, overridden: m !== computed, pending: null };
}
