import { cellText, CellValue, excelErrorOf, foldText, isBlank } from "./cells";
import { clip, readFraction, readNumber } from "./numbers";

/** One pipeline stage (DOMAIN.md §6): its name as the user gives it, other names that match it, win probability and stall limit. */
export interface StageDef {
  name: string;
  aliases: string[];
  probability: number;
  stallDays: number;
}

export const DEFAULT_STALL_DAYS = 30;

const stage = (name: string, probability: number, aliases: string[]): StageDef => ({
  name,
  aliases,
  probability,
  stallDays: DEFAULT_STALL_DAYS,
});

/**
 * DOMAIN.md §6 default stages (TAS), in order, with their Chinese names, the common Chinese-CRM names
 * (立项, 方案呈现, 招投标, 商务谈判) and the default probabilities.
 */
export const DEFAULT_STAGES: readonly StageDef[] = [
  stage("Verify", 0.1, ["验证商机", "验证", "商机验证"]),
  stage("Approve", 0.2, ["商机立项", "立项"]),
  stage("Needs analysis", 0.4, ["需求分析"]),
  stage("Value presentation", 0.6, ["价值呈现", "方案呈现"]),
  stage("Bid", 0.75, ["组织投标", "招投标", "投标"]),
  stage("Negotiate & sign", 0.9, ["谈判签约", "商务谈判"]),
];

/** DOMAIN.md §6 `Salesforce` preset: the standard opportunity stages of Salesforce, with their default probabilities. */
const SALESFORCE_STAGES: readonly StageDef[] = [
  stage("Prospecting", 0.1, []),
  stage("Qualification", 0.1, []),
  stage("Needs Analysis", 0.2, []),
  stage("Value Proposition", 0.5, []),
  stage("Id. Decision Makers", 0.6, ["Id Decision Makers", "Identify Decision Makers"]),
  stage("Perception Analysis", 0.7, []),
  stage("Proposal/Price Quote", 0.75, ["Proposal", "Price Quote"]),
  stage("Negotiation/Review", 0.9, ["Negotiation", "Review"]),
];

/** DOMAIN.md §6 `HubSpot` preset: the default deal pipeline, each stage also under its internal id. */
const HUBSPOT_STAGES: readonly StageDef[] = [
  stage("Appointment Scheduled", 0.2, ["appointmentscheduled"]),
  stage("Qualified To Buy", 0.4, ["qualifiedtobuy"]),
  stage("Presentation Scheduled", 0.6, ["presentationscheduled"]),
  stage("Decision Maker Bought-In", 0.8, ["decisionmakerboughtin"]),
  stage("Contract Sent", 0.9, ["contractsent"]),
];

export type StagePresetName = "TAS" | "Salesforce" | "HubSpot";
export const STAGE_PRESET_NAMES: readonly StagePresetName[] = ["TAS", "Salesforce", "HubSpot"];

const PRESETS: ReadonlyMap<string, readonly StageDef[]> = new Map([
  ["tas", DEFAULT_STAGES],
  ["salesforce", SALESFORCE_STAGES],
  ["hubspot", HUBSPOT_STAGES],
]);

/** A fresh, editable copy of a stage table. */
export const copyStages = (stages: readonly StageDef[]): StageDef[] =>
  stages.map((s) => ({ ...s, aliases: [...s.aliases] }));

/**
 * The stages of a preset named `name` (DOMAIN.md §6 "Stage presets": TAS, Salesforce, HubSpot; case- and
 * width-insensitive), as a fresh copy; null for any other text.
 */
export function stagePreset(name: string): StageDef[] | null {
  const stages = PRESETS.get(foldText(name));
  return stages ? copyStages(stages) : null;
}

export type Status = "Open" | "Won" | "Lost";
/** Status codes used in columnar arrays. */
export const OPEN = 0;
export const WON = 1;
export const LOST = 2;
export const STATUS_NAMES: readonly Status[] = ["Open", "Won", "Lost"];

/**
 * Every spelling of each status the core reads (DOMAIN.md §2, §2.1), as a user or a CRM writes it. Live
 * reports sum one COUNTIFS term per spelling, so this list is their single source as well as the parser's.
 */
export const STATUS_SPELLINGS: Readonly<Record<Status, readonly string[]>> = {
  Open: ["Open", "进行中", "跟进中", "Active"],
  Won: ["Won", "Closed Won", "closedwon", "Win", "赢单", "已赢单", "成交"],
  Lost: ["Lost", "Closed Lost", "closedlost", "Loss", "丢单", "已丢单", "输单"],
};

/**
 * Outcome words a stage column may hold instead of a stage (DOMAIN.md §2.1: Salesforce `Closed Won`,
 * HubSpot `closedwon`, Chinese CRMs `赢单` / `输单`). They set the row's status.
 */
export const OUTCOME_SPELLINGS: Readonly<Record<"Won" | "Lost", readonly string[]>> = {
  Won: STATUS_SPELLINGS.Won,
  Lost: STATUS_SPELLINGS.Lost,
};

// Maps, not object literals: a lookup of "constructor" or "__proto__" must find nothing (DOMAIN.md §8).
const STATUS_WORDS: ReadonlyMap<string, number> = new Map(
  STATUS_NAMES.flatMap((name, code) => STATUS_SPELLINGS[name].map((w) => [foldText(w), code] as [string, number])),
);
const OUTCOME_WORDS: ReadonlyMap<string, number> = new Map([
  ...OUTCOME_SPELLINGS.Won.map((w) => [foldText(w), WON] as [string, number]),
  ...OUTCOME_SPELLINGS.Lost.map((w) => [foldText(w), LOST] as [string, number]),
]);

/** Reads a status cell (DOMAIN.md §2): blank is Open; English or Chinese words; -1 when unknown. */
export function readStatus(v: CellValue): number {
  if (isBlank(v)) return OPEN;
  if (excelErrorOf(v)) return -1;
  return STATUS_WORDS.get(foldText(cellText(v))) ?? -1;
}

/**
 * What a stage cell says (DOMAIN.md §6, §2.1): `stage` is the 0-based stage index (-1 when the cell names
 * no stage); `outcome` is WON or LOST when the cell holds an outcome word instead, else null.
 */
export interface StageResolution {
  stage: number;
  outcome: typeof WON | typeof LOST | null;
}

const UNKNOWN: StageResolution = { stage: -1, outcome: null };

/**
 * Builds a resolver from a stage cell to its stage (DOMAIN.md §6): by name or alias, in either language,
 * case-, width- and spacing-insensitively, or by 1-based number; failing that, an outcome word
 * (Closed Won, 赢单, closedlost…). Only known words match: nothing else is ever a stage.
 */
export function stageResolver(stages: readonly StageDef[]): (v: CellValue) => StageResolution {
  const byName = new Map<string, StageResolution>();
  stages.forEach((s, i) => {
    for (const n of [s.name, ...s.aliases])
      if (!byName.has(foldText(n))) byName.set(foldText(n), { stage: i, outcome: null });
  });
  const byNumber = (n: number): StageResolution =>
    Number.isInteger(n) && n >= 1 && n <= stages.length ? { stage: n - 1, outcome: null } : UNKNOWN;
  return (v) => {
    if (isBlank(v) || excelErrorOf(v) || typeof v === "boolean") return UNKNOWN;
    if (typeof v === "number") return byNumber(v);
    const key = foldText(cellText(v));
    const named = byName.get(key);
    if (named) return named;
    if (/^\d+$/.test(key)) return byNumber(Number(key));
    const outcome = OUTCOME_WORDS.get(key);
    return outcome === WON || outcome === LOST ? { stage: -1, outcome } : UNKNOWN;
  };
}

/** Resolves one stage cell against a stage table (DOMAIN.md §6); see stageResolver for many cells. */
export function resolveStage(v: CellValue, stages: readonly StageDef[]): StageResolution {
  return stageResolver(stages)(v);
}

/**
 * Builds a matcher from a stage cell to its 0-based index (DOMAIN.md §6: a stage may be given by
 * name, in either language, or by number). Returns -1 for an unknown stage or an outcome word.
 */
export function stageMatcher(stages: readonly StageDef[]): (v: CellValue) => number {
  const resolve = stageResolver(stages);
  return (v) => resolve(v).stage;
}

/** One stage with every spelling that matches it, for live criteria (DOMAIN.md §6 "Live and static agree"). */
export interface StageSpellings {
  index: number;
  name: string;
  spellings: string[];
}

/**
 * Every spelling a stage table knows, per stage (name first, then aliases; only case duplicates dropped,
 * since COUNTIFS ignores case but not spaces), and the outcome words of the stage column (DOMAIN.md §6, §2.1).
 */
export function stageSpellings(stages: readonly StageDef[]): {
  stages: StageSpellings[];
  outcomes: Readonly<Record<"Won" | "Lost", readonly string[]>>;
} {
  const seen = new Set<string>();
  const list = stages.map((s, index) => {
    const spellings: string[] = [];
    for (const n of [s.name, ...s.aliases])
      if (!seen.has(n.toLowerCase())) {
        seen.add(n.toLowerCase());
        spellings.push(n);
      }
    return { index, name: s.name, spellings };
  });
  return { stages: list, outcomes: OUTCOME_SPELLINGS };
}

/** Share of non-blank stage cells a table recognises (a stage or an outcome word); null when all are blank. */
export function recognisedShare(cells: readonly CellValue[], stages: readonly StageDef[]): number | null {
  const resolve = stageResolver(stages);
  const memo = new Map<string, boolean>();
  let seen = 0;
  let known = 0;
  for (const v of cells) {
    if (isBlank(v)) continue;
    seen++;
    const key = typeof v === "object" ? "#" : `${typeof v}:${String(v)}`;
    let hit = memo.get(key);
    if (hit === undefined) {
      const r = resolve(v);
      hit = r.stage >= 0 || r.outcome !== null;
      memo.set(key, hit);
    }
    if (hit) known++;
  }
  return seen ? known / seen : null;
}

/** Why a preset was picked for a build: its name and the share of stage cells the default and it recognise. */
export interface PresetPick {
  preset: StagePresetName;
  defaultShare: number;
  presetShare: number;
}

/**
 * DOMAIN.md §6 auto-picked preset: when the default (TAS) recognises fewer than 80% of the stage cells
 * and a preset recognises at least 95%, that preset (the best one) is used. Call it only when the user
 * has no saved stage table of their own; null when the default is fine or no preset fits.
 */
export function pickStagePreset(cells: readonly CellValue[]): PresetPick | null {
  const defaultShare = recognisedShare(cells, DEFAULT_STAGES);
  if (defaultShare === null || defaultShare >= 0.8) return null;
  let best: PresetPick | null = null;
  for (const preset of STAGE_PRESET_NAMES) {
    if (preset === "TAS") continue;
    const share = recognisedShare(cells, PRESETS.get(foldText(preset)) as readonly StageDef[]) ?? 0;
    if (share >= 0.95 && (!best || share > best.presetShare)) best = { preset, defaultShare, presetShare: share };
  }
  return best;
}

/** True when `stages` is the default table (same names in order): the user has saved no stage table of their own. */
export function isDefaultStageTable(stages: readonly StageDef[]): boolean {
  return (
    stages.length === DEFAULT_STAGES.length &&
    stages.every((s, i) => s.name === DEFAULT_STAGES[i].name && s.probability === DEFAULT_STAGES[i].probability)
  );
}

/** The preset stage whose name or alias is `name`, in any preset, TAS first. */
function knownStage(name: string): StageDef | undefined {
  const key = foldText(name);
  for (const stages of PRESETS.values()) {
    const hit = stages.find((d) => [d.name, ...d.aliases].some((n) => foldText(n) === key));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Reads a stage table argument (DOMAIN.md §8): a preset name ("Salesforce", "HubSpot", "TAS") or rows of
 * `stage name | probability [| stall days]`. A stage named as in a preset also matches that stage's
 * other names (its other language, its CRM id).
 */
export function readStageTable(rows: readonly (readonly CellValue[])[]): StageDef[] | string {
  if (rows.length === 1 && rows[0].length === 1 && typeof rows[0][0] === "string") {
    const preset = stagePreset(rows[0][0]);
    return (
      preset ??
      `stageTable "${clip(rows[0][0])}" is not a preset (TAS, Salesforce, HubSpot); stageTable needs rows of stage name | probability`
    );
  }
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
    const known = knownStage(name);
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
