/**
 * The Movement sheet (DOMAIN.md §9, 机会升迁状况表): what moved between two snapshots of the history, the
 * per-stage flow, the period buckets at both dates, the Dropped and Slipped lists, rep performance from
 * history and, with a Leads table, the weekly lead promotion table and the leads to reclaim.
 */
import { isoFromSerial } from "../core/dates";
import { HistoryBuild } from "../core/history";
import { chooseSnapshotDates, ChosenSnapshots, dateOption } from "../core/movement-dates";
import { MOVEMENT_LABELS, MovementLabel, movement, MovementOptions, MovementResult } from "../core/movement";
import { ParsedTable } from "../core/parse-table";
import { Reason, reasonText } from "../core/reasons";
import { BuildRequest, ReportDefinition } from "./definition";
import { bridgeSection, flowSections, labelsSection } from "./movement-flow";
import { bucketsSection, listsSection, splitSection } from "./movement-lists";
import { movementLive, MovementLive } from "./movement-live";
import { leadsSection, repSection } from "./movement-people";
import { MOVEMENT_WORDS, MovementWords } from "./movement-words";
import { SheetPlan } from "./plan";
import { PlanBuilder } from "./plan-builder";
import { SCALE_HIGH } from "./styles";
import { englishNumber } from "./summary";
import { wordsFor } from "./words";

/** What every section of the Movement sheet reads. */
export interface MovementSheet {
  b: PlanBuilder;
  w: MovementWords;
  request: BuildRequest;
  history: HistoryBuild & { table?: ParsedTable };
  result: MovementResult;
  /** Null in a static build, or when live formulas would not count what the core counts. */
  live: MovementLive | null;
}

const COMPARE_DAYS = { previous: undefined, "4weeks": 28, "13weeks": 91 } as const;

/** The two snapshots and the core's options (DOMAIN.md §9), or why the chosen dates cannot be compared. */
export interface MovementChoice {
  options: MovementOptions;
  chosen: ChosenSnapshots;
}

/**
 * The two snapshots (DOMAIN.md §9, issue 12): t1 the latest on or before "To snapshot" (blank: the report
 * date), t0 the latest on or before "From snapshot" (blank: the snapshot before t1, or 4 or 13 weeks earlier).
 */
export function movementOptionsOf(request: BuildRequest, history: HistoryBuild): MovementChoice | Reason {
  const reports = request.model.reports;
  const chosen = chooseSnapshotDates(history.model.dates, {
    asOf: request.asOf,
    from: dateOption(reports.movementFrom),
    to: dateOption(reports.movementTo),
    back: COMPARE_DAYS[reports.movementCompare],
  });
  if ("code" in chosen) return chosen;
  const options = { period: reports.period, splitBy: reports.movementSplitBy, t0: chosen.t0, t1: chosen.t1 };
  return { options, chosen };
}

const EMPTY_HISTORY = (request: BuildRequest): HistoryBuild => ({
  model: {
    shape: "snapshots", keyedBy: "id", stages: request.model.stages, dates: [], opportunities: [],
    status: new Int8Array(0), stage: new Int16Array(0), amount: new Float64Array(0), expectedClose: new Float64Array(0),
    since: new Float64Array(0), entered: new Float64Array(0),
  },
  errors: [], warnings: [], rowsRead: 0, rowsSkipped: 0,
}); // prettier-ignore

/** The Movement sheet of a build (DOMAIN.md §9); a history that cannot be compared gets a sheet saying why. */
export function buildMovement(request: BuildRequest): SheetPlan {
  const w = wordsFor(MOVEMENT_WORDS, request.language);
  const history = request.data.history ?? EMPTY_HISTORY(request);
  const b = new PlanBuilder("movement", w.sheetName);
  const choice = movementOptionsOf(request, history);
  if ("code" in choice) return problemSheet(b, w, choice);
  const result = movement(history.model, choice.options);
  if ("code" in result) return problemSheet(b, w, result);
  const live = request.live ? movementLive(history, request.refs, request.summable, history.model.stages.length) : null;
  const sheet: MovementSheet = { b, w, request, history, result, live };
  const [t0, t1] = [isoFromSerial(result.t0), isoFromSerial(result.t1)];
  const n = result.labels.filter((l) => l !== null).length;
  const { asked0, asked1 } = choice.chosen;
  b.title(w.title, w.subtitle(t0, t1, n, live !== null) + w.asked(isoOrNull(asked0), isoOrNull(asked1)));
  const bridge = bridgeSection(sheet, labelsSection(sheet));
  flowSections(sheet, bridge);
  bucketsSection(sheet);
  splitSection(sheet);
  listsSection(sheet);
  repSection(sheet);
  leadsSection(sheet);
  return finishMovement(sheet, choice.chosen);
}

const isoOrNull = (serial: number | null) => (serial === null ? null : isoFromSerial(serial));

function problemSheet(b: PlanBuilder, w: MovementWords, reason: Reason): SheetPlan {
  b.title(w.title, problemText(w, reason));
  b.widths({ A: 2, B: 24 });
  const counts = Object.fromEntries(MOVEMENT_LABELS.map((l) => [l, 0])) as Record<MovementLabel, number>;
  return b.finish(
    {
      tabColor: SCALE_HIGH,
      summary: { kind: "movement", t0: null, t1: null, problem: reason, counts, startAmount: 0, endAmount: 0 },
    },
    summariseMovement,
  );
}

/** Why the history could not be compared, in the sheet's language; a date option at fault is named. */
function problemText(w: MovementWords, reason: Reason): string {
  const p = reason.params as Record<string, string | number>;
  switch (reason.code) {
    case "needTwoSnapshots":
      return w.needTwoSnapshots(Number(p.found));
    case "noSnapshotBefore":
      return w.noSnapshotBefore(String(p.date));
    case "movementDateBeforeHistory":
      return w.dateBeforeHistory(p.option === "from" ? "from" : "to", String(p.date), String(p.first));
    case "movementDatesReversed":
      return w.datesReversed(String(p.from), String(p.to));
    case "movementFromNotBefore":
      return w.fromNotBefore(String(p.from), String(p.t0), String(p.t1));
    default:
      return w.snapshotsOutOfOrder(String(p.t0), String(p.t1));
  }
}

function finishMovement({ b, result, live }: MovementSheet, chosen: ChosenSnapshots): SheetPlan {
  b.widths({ A: 2, B: 24, C: 14, D: 14, E: 14, F: 18, G: 14, H: 16, I: 14, J: 14, K: 12, L: 12, M: 14, N: 14, O: 12, P: 12 }); // prettier-ignore
  const counts = Object.fromEntries(MOVEMENT_LABELS.map((l) => [l, result.totals[l].count])) as Record<
    MovementLabel,
    number
  >;
  const sum = (key: "start" | "end") => result.flow.reduce((s, f) => s + f[key].amount, 0);
  return b.finish(
    {
      // Amounts read unlike Excel (text, 万, converted) are values: warned of once (live-warnings.ts).
      ...(live && !live.amountLive ? { staticColumns: [{ table: "history" as const, field: "amount" }] } : {}),
      freeze: { rows: 3, columns: 0 },
      tabColor: SCALE_HIGH,
      summary: {
        kind: "movement",
        t0: isoFromSerial(result.t0),
        t1: isoFromSerial(result.t1),
        ...(chosen.asked0 === null ? {} : { asked0: isoFromSerial(chosen.asked0) }),
        ...(chosen.asked1 === null ? {} : { asked1: isoFromSerial(chosen.asked1) }),
        counts,
        startAmount: sum("start"),
        endAmount: sum("end"),
      },
    },
    summariseMovement,
  );
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface MovementSummary {
  kind: "movement";
  /** The snapshots compared (ISO dates); null when the history could not be compared. */
  t0: string | null;
  t1: string | null;
  /** The "From snapshot" and "To snapshot" dates asked for, when the snapshot before them stood in. */
  asked0?: string | null;
  asked1?: string | null;
  /** Why the history could not be compared. */
  problem?: Reason;
  counts: Record<MovementLabel, number>;
  /** Open pipeline amount at t0 and at t1. */
  startAmount: number;
  endAmount: number;
}

const askedNote = (asked: string | null | undefined) => (asked ? ` (for ${asked})` : "");

/** The Movement summary in English. */
export function summariseMovement(s: MovementSummary): string {
  if (s.t0 === null || s.t1 === null) return `Movement not compared: ${s.problem ? reasonText(s.problem) : ""}.`;
  const c = s.counts;
  const n = englishNumber;
  return (
    `Movement ${s.t0}${askedNote(s.asked0)} → ${s.t1}${askedNote(s.asked1)}: ${n(c.New)} new, ${n(c.Advanced)} advanced, ${n(c.Slipped)} slipped, ` +
    `${n(c.Won)} won, ${n(c.Lost)} lost, ${n(c.Dropped)} dropped; open pipeline ` +
    `${n(Math.round(s.startAmount))} → ${n(Math.round(s.endAmount))}.`
  );
}

/** The Movement report (DOMAIN.md §9). */
export const movementDefinition: ReportDefinition<MovementSummary> = {
  kind: "movement",
  sources: { required: ["history"], optional: ["leads", "opportunities", "rates"] },
  live: true,
  controls: [
    { type: "select", option: "movementCompare", values: ["previous", "4weeks", "13weeks"] },
    { type: "date", option: "movementFrom" },
    { type: "date", option: "movementTo" },
    { type: "select", option: "movementSplitBy", values: ["none", "owner", "region", "projectClass"] },
    { type: "select", option: "period", values: ["month", "quarter", "half", "year"] },
  ],
  build: buildMovement,
  summarise: summariseMovement,
};
