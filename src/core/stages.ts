import { cellText, CellValue, excelErrorOf, foldText, isBlank } from "./cells";
import { clip, readFraction, readNumber } from "./numbers";

/** One pipeline stage (DOMAIN.md §6): its name as the user gives it, other names that match it, win probability and stall limit. */
export interface StageDef {
  name: string;
  aliases: string[];
  probability: number;
  stallDays: number;
}

/** DOMAIN.md §6 default stages (TAS), in order, with their Chinese names and default probabilities. */
export const DEFAULT_STAGES: readonly StageDef[] = [
  { name: "Verify", aliases: ["验证商机"], probability: 0.1, stallDays: 30 },
  { name: "Approve", aliases: ["商机立项"], probability: 0.2, stallDays: 30 },
  { name: "Needs analysis", aliases: ["需求分析"], probability: 0.4, stallDays: 30 },
  { name: "Value presentation", aliases: ["价值呈现"], probability: 0.6, stallDays: 30 },
  { name: "Bid", aliases: ["组织投标"], probability: 0.75, stallDays: 30 },
  { name: "Negotiate & sign", aliases: ["谈判签约"], probability: 0.9, stallDays: 30 },
];

export const DEFAULT_STALL_DAYS = 30;

export type Status = "Open" | "Won" | "Lost";
/** Status codes used in columnar arrays. */
export const OPEN = 0;
export const WON = 1;
export const LOST = 2;
export const STATUS_NAMES: readonly Status[] = ["Open", "Won", "Lost"];

/**
 * Every spelling of each status the core reads (DOMAIN.md §2), as a user types it. Live reports sum
 * one COUNTIFS term per spelling, so this list is their single source as well as the parser's.
 */
export const STATUS_SPELLINGS: Readonly<Record<Status, readonly string[]>> = {
  Open: ["Open", "进行中", "跟进中", "Active"],
  Won: ["Won", "Closed Won", "Win", "赢单", "已赢单", "成交"],
  Lost: ["Lost", "Closed Lost", "Loss", "丢单", "已丢单", "输单"],
};

const STATUS_WORDS: Record<string, number> = Object.fromEntries(
  STATUS_NAMES.flatMap((name, code) => STATUS_SPELLINGS[name].map((w) => [foldText(w), code])),
);

/** Reads a status cell (DOMAIN.md §2): blank is Open; English or Chinese words; -1 when unknown. */
export function readStatus(v: CellValue): number {
  if (isBlank(v)) return OPEN;
  if (excelErrorOf(v)) return -1;
  return STATUS_WORDS[foldText(cellText(v))] ?? -1;
}

/**
 * Builds a matcher from a stage cell to its 0-based index (DOMAIN.md §6: a stage may be given by
 * name, in either language, or by number). Returns -1 for an unknown stage.
 */
export function stageMatcher(stages: readonly StageDef[]): (v: CellValue) => number {
  const byName = new Map<string, number>();
  stages.forEach((s, i) => {
    for (const n of [s.name, ...s.aliases]) if (!byName.has(foldText(n))) byName.set(foldText(n), i);
  });
  return (v) => {
    if (isBlank(v) || excelErrorOf(v)) return -1;
    if (typeof v === "number") return Number.isInteger(v) && v >= 1 && v <= stages.length ? v - 1 : -1;
    const key = foldText(cellText(v));
    const named = byName.get(key);
    if (named !== undefined) return named;
    const num = /^\d+$/.test(key) ? Number(key) : NaN;
    return num >= 1 && num <= stages.length ? num - 1 : -1;
  };
}

/**
 * Reads a stage table range: rows of `stage name | probability [| stall days]` (DOMAIN.md §8).
 * A stage whose name is a default stage's, in either language, also matches its other-language name.
 */
export function readStageTable(rows: readonly (readonly CellValue[])[]): StageDef[] | string {
  if (rows.length === 0 || rows[0].length < 2) return "stageTable needs rows of stage name | probability";
  const out: StageDef[] = [];
  for (let r = 0; r < rows.length; r++) {
    const [nameCell, probCell, stallCell] = rows[r];
    if (isBlank(nameCell) && isBlank(probCell)) continue;
    const name = cellText(nameCell);
    if (!name) return `stageTable row ${r + 1}: stage name is blank`;
    const p = readFraction(probCell);
    if (p.kind !== "number")
      return `stageTable row ${r + 1} (${clip(name)}): probability ${p.kind === "bad" ? p.reason : "is blank"}`;
    const stall = readNumber(stallCell);
    if (stall.kind === "bad" || (stall.kind === "number" && stall.value < 0))
      return `stageTable row ${r + 1} (${clip(name)}): stall days must be a number ≥ 0`;
    const known = DEFAULT_STAGES.find((d) => [d.name, ...d.aliases].some((n) => foldText(n) === foldText(name)));
    const aliases = known ? [known.name, ...known.aliases].filter((n) => foldText(n) !== foldText(name)) : [];
    out.push({
      name,
      aliases,
      probability: p.value,
      stallDays: stall.kind === "number" ? stall.value : DEFAULT_STALL_DAYS,
    });
  }
  const seen = new Set<string>();
  for (const s of out) {
    if (seen.has(foldText(s.name))) return `stageTable names stage "${clip(s.name)}" twice`;
    seen.add(foldText(s.name));
  }
  return out.length ? out : "stageTable is empty";
}
