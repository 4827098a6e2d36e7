/**
 * Readers for the values of the three ESP plan tables (DOMAIN.md §10): a 0–5 score, the plan status,
 * the action status and the area. Each accepts the English and the Chinese word, case- and
 * width-insensitively, and nothing else (no `constructor`, no `toString`).
 */
import { cellText, CellValue, foldText, isBlank } from "./cells";
import { AREA_NAMES, AREAS, Area } from "./esp-questions";

export type PlanStatus = "Draft" | "Agreed";
export type ActionStatus = "Open" | "Done" | "Dropped";

/** Status words in both languages; the first English and Chinese word of each is what the tables are written with. */
export const PLAN_STATUS_WORDS: Readonly<Record<PlanStatus, readonly string[]>> = {
  Draft: ["Draft", "草稿"],
  Agreed: ["Agreed", "已确认", "确认"],
};
export const ACTION_STATUS_WORDS: Readonly<Record<ActionStatus, readonly string[]>> = {
  Open: ["Open", "进行中", "未完成"],
  Done: ["Done", "已完成", "完成"],
  Dropped: ["Dropped", "已放弃", "放弃"],
};

/** A lookup from folded word to value, holding own keys only. */
function wordMap<T extends string>(words: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][])
    for (const w of list) map.set(foldText(w), value);
  return map;
}

const PLAN_STATUSES = wordMap(PLAN_STATUS_WORDS);
const ACTION_STATUSES = wordMap(ACTION_STATUS_WORDS);
const AREA_BY_WORD = wordMap(
  Object.fromEntries(AREAS.map((a) => [a, [AREA_NAMES[a].en, AREA_NAMES[a].zh, a]])) as Record<Area, string[]>,
);

const lookup = <T>(map: Map<string, T>, v: CellValue): T | null =>
  typeof v === "string" ? (map.get(foldText(v)) ?? null) : null;

/** Plan status Draft / Agreed (草稿 / 已确认), or null when the cell is neither (DOMAIN.md §10). */
export const readPlanStatus = (v: CellValue): PlanStatus | null => lookup(PLAN_STATUSES, v);

/** Action status Open / Done / Dropped (进行中 / 已完成 / 已放弃), or null (DOMAIN.md §10). */
export const readActionStatus = (v: CellValue): ActionStatus | null => lookup(ACTION_STATUSES, v);

/** One of the four areas of DOMAIN.md §10 by its English or Chinese name, or null. */
export const readArea = (v: CellValue): Area | null => lookup(AREA_BY_WORD, v);

/**
 * A status score (DOMAIN.md §10): a whole number from 0 to 5, as a number or numeric text ("3", "３").
 * Null for anything else: 7, 2.5, −1, "four", TRUE, an error value. A blank is not a score either; the
 * caller reads it as "not assessed".
 */
export function readScore(v: CellValue): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 5 ? v : null;
  // Text only as a bare digit: "500%" or "5万" must not read as a score by way of the number reader.
  if (typeof v !== "string" || isBlank(v)) return null;
  const m = /^([0-5])(?:\.0*)?$/.exec(cellText(v).normalize("NFKC"));
  return m ? Number(m[1]) : null;
}
