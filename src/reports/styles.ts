/** Colours shared by every report, chosen to read on screen, in print and for common colour-vision deficiencies. */
import { Tier } from "../core/tiers";
import { ReportLanguage } from "./words";

export const TIER_COLORS: Record<Tier, string> = { A: "#1F4E79", B: "#2E75B6", C: "#9DC3E6", D: "#D9D9D9" };
export const TIER_FONT: Record<Tier, string> = { A: "#FFFFFF", B: "#FFFFFF", C: "#000000", D: "#000000" };
export const TIER_MEANING: Record<Tier, string> = {
  A: "Strategic (战略客户)",
  B: "Key (重点客户)",
  C: "Grow / maintain",
  D: "Transactional",
};
/** What each tier means, in each report language (DOMAIN.md §4). */
export const TIER_MEANINGS: Record<ReportLanguage, Record<Tier, string>> = {
  en: TIER_MEANING,
  zh: { A: "战略客户", B: "重点客户", C: "发展 / 维持", D: "交易型客户" },
};

export const HEADER_FILL = "#1F3864";
export const HEADER_FONT = "#FFFFFF";
export const TITLE_SIZE = 16;
export const SCALE_LOW = "#F8FBFF";
export const SCALE_HIGH = "#2E75B6";
export const ALERT_FILL = "#F8CBAD";
export const WARN_FILL = "#FFE699";
export const OK_FILL = "#C6EFCE";
/** Attainment colour scale: red below, amber near, green at or above quota. */
export const ATTAINMENT_SCALE: [string, string, string] = ["#F8696B", "#FFEB84", "#63BE7B"];

export const NUMBER = "#,##0";
export const DECIMAL = "#,##0.0";
export const PERCENT = "0.0%";
export const DATE = "yyyy-mm-dd";
