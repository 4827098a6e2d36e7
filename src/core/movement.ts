import { isoFromSerial } from "./dates";
import { ABSENT, HistoryModel, HistoryOpportunity, snapshotOnOrBefore } from "./history";
import { PERIOD_BUCKETS, PeriodBucket, periodBucket, PeriodLength } from "./pipeline";
import { Reason } from "./reasons";
import { LOST, OPEN, WON } from "./stages";

/** The movement labels of DOMAIN.md §9, one per opportunity between two snapshots. */
export type MovementLabel =
  "New" | "Advanced" | "Slipped" | "Unchanged" | "Won" | "Lost" | "Dropped" | "Reopened" | "Closed";
export const MOVEMENT_LABELS: readonly MovementLabel[] = [
  "New",
  "Advanced",
  "Slipped",
  "Unchanged",
  "Won",
  "Lost",
  "Dropped",
  "Reopened",
  "Closed",
];

const closed = (status: number) => status === WON || status === LOST;

/**
 * How one opportunity moved between t0 and t1 (DOMAIN.md §9 table): statuses are OPEN, WON, LOST or ABSENT
 * (not in that snapshot), stages 0-based. Null only when it is absent both times.
 */
export function movementLabel(status0: number, stage0: number, status1: number, stage1: number): MovementLabel | null {
  if (closed(status0)) return status1 === OPEN ? "Reopened" : "Closed";
  if (status1 === WON) return "Won";
  if (status1 === LOST) return "Lost";
  if (status0 === ABSENT) return status1 === OPEN ? "New" : null;
  if (status1 === ABSENT) return "Dropped";
  return stage1 > stage0 ? "Advanced" : stage1 < stage0 ? "Slipped" : "Unchanged";
}

export interface CountAmount {
  count: number;
  amount: number;
}

/**
 * One stage's flow from t0 to t1 (DOMAIN.md §9): start + in − out = end in counts, and in amounts once the
 * revisions are added (start + in − out + revisedUp − revisedDown = end). Amounts in come at t1's amount,
 * amounts out at t0's.
 */
export interface StageFlow {
  name: string;
  start: CountAmount;
  new: CountAmount;
  advancedIn: CountAmount;
  slippedIn: CountAmount;
  reopened: CountAmount;
  advancedOut: CountAmount;
  slippedOut: CountAmount;
  won: CountAmount;
  lost: CountAmount;
  dropped: CountAmount;
  end: CountAmount;
  /** Opportunities open in this stage at both dates. */
  stayed: CountAmount;
  /** Sum of amount increases and of decreases (as a positive number) on those that stayed. */
  revisedUp: number;
  revisedDown: number;
}

/** An opportunity in the Dropped or Slipped list. */
export interface MovementItem {
  opportunity: HistoryOpportunity;
  /** Index into model.opportunities. */
  index: number;
  stage0: number;
  stage1: number;
  amount0: number;
  amount1: number;
  expectedClose0: number;
}

export interface MovementGroup {
  /** Owner, region or class; null for opportunities without one. */
  label: string | null;
  flow: StageFlow[];
  labels: Record<MovementLabel, CountAmount>;
}

export interface MovementResult {
  /** Snapshot indices and dates compared. */
  d0: number;
  d1: number;
  t0: number;
  t1: number;
  /** Per opportunity (model order); null when absent both times. */
  labels: (MovementLabel | null)[];
  /** Per label: count, and amount at t1 (at t0 for Dropped and Closed). */
  totals: Record<MovementLabel, CountAmount>;
  flow: StageFlow[];
  /** Open opportunities by period bucket (当期/下期/培育) at t0 and at t1, each as of its own date. */
  buckets: { t0: Record<PeriodBucket, CountAmount>; t1: Record<PeriodBucket, CountAmount> };
  dropped: MovementItem[];
  slipped: MovementItem[];
  groups: MovementGroup[];
}

export interface MovementOptions {
  /** Snapshot dates to compare (the snapshot on or before each is taken); default the last two. */
  t0?: number;
  t1?: number;
  period?: PeriodLength;
  splitBy?: "none" | "owner" | "region" | "projectClass";
}

const zero = (): CountAmount => ({ count: 0, amount: 0 });
const add = (c: CountAmount, amount: number) => {
  c.count++;
  c.amount += Number.isNaN(amount) ? 0 : amount;
};
const amountOr0 = (x: number) => (Number.isNaN(x) ? 0 : x);

function emptyFlow(name: string): StageFlow {
  return {
    name, start: zero(), new: zero(), advancedIn: zero(), slippedIn: zero(), reopened: zero(), advancedOut: zero(),
    slippedOut: zero(), won: zero(), lost: zero(), dropped: zero(), end: zero(), stayed: zero(), revisedUp: 0, revisedDown: 0,
  }; // prettier-ignore
}

const emptyTotals = () =>
  Object.fromEntries(MOVEMENT_LABELS.map((l) => [l, zero()])) as Record<MovementLabel, CountAmount>;

/** The two snapshot indices to compare, or why they cannot be (DOMAIN.md §9: default the last two). */
export function chooseSnapshots(
  model: HistoryModel,
  options: MovementOptions = {},
): { d0: number; d1: number } | Reason {
  const n = model.dates.length;
  if (n < 2) return { code: "needTwoSnapshots", params: { found: n } };
  const d1 = options.t1 === undefined ? n - 1 : snapshotOnOrBefore(model, options.t1);
  if (d1 < 0) return { code: "noSnapshotBefore", params: { date: isoFromSerial(options.t1 as number) } };
  // With t1 alone, t0 is the snapshot before it; there is none before the first.
  const t0 = options.t0 ?? model.dates[d1] - 1;
  const d0 = snapshotOnOrBefore(model, t0);
  if (d0 < 0) return { code: "noSnapshotBefore", params: { date: isoFromSerial(t0) } };
  if (d0 >= d1)
    return {
      code: "snapshotsOutOfOrder",
      params: { t0: isoFromSerial(model.dates[d0]), t1: isoFromSerial(model.dates[d1]) },
    };
  return { d0, d1 };
}

const OPEN_AT_T0: ReadonlySet<MovementLabel> = new Set(["Advanced", "Slipped", "Unchanged", "Won", "Lost", "Dropped"]);
const OPEN_AT_T1: ReadonlySet<MovementLabel> = new Set(["New", "Advanced", "Slipped", "Unchanged", "Reopened"]);

/** Adds one opportunity's move to a stage flow table. */
function addToFlow(flow: StageFlow[], label: MovementLabel, s0: number, s1: number, a0: number, a1: number): void {
  const from = flow[s0];
  const to = flow[s1];
  if (OPEN_AT_T0.has(label) && from) add(from.start, a0); // won or lost from absent: never open here
  if (OPEN_AT_T1.has(label)) add(to.end, a1);
  switch (label) {
    case "New":
      return add(to.new, a1);
    case "Reopened":
      return add(to.reopened, a1);
    case "Advanced":
      add(from.advancedOut, a0);
      return add(to.advancedIn, a1);
    case "Slipped":
      add(from.slippedOut, a0);
      return add(to.slippedIn, a1);
    case "Unchanged": {
      add(from.stayed, a1);
      const delta = amountOr0(a1) - amountOr0(a0);
      if (delta > 0) from.revisedUp += delta;
      else from.revisedDown -= delta;
      return;
    }
    case "Won":
    case "Lost":
    case "Dropped":
      // Won or lost straight from absent was never open here: in the totals, not in a stage's flow.
      if (from) add(label === "Won" ? from.won : label === "Lost" ? from.lost : from.dropped, a0);
      return;
    case "Closed":
      return;
  }
}

/**
 * Movement between two snapshots (DOMAIN.md §9, 机会升迁状况表): one label per opportunity, the per-stage
 * flow (start, in: new / advanced into / slipped into / reopened, out: advanced past / slipped below / won /
 * lost / dropped, end, amount revised up and down on those that stayed), the period buckets at t0 and t1,
 * the Dropped and Slipped lists, and the same flow per owner, region or class when asked.
 */
export function movement(model: HistoryModel, options: MovementOptions = {}): MovementResult | Reason {
  const chosen = chooseSnapshots(model, options);
  if ("code" in chosen) return chosen;
  const { d0, d1 } = chosen;
  const D = model.dates.length;
  const names = model.stages.map((s) => s.name);
  const flow = names.map(emptyFlow);
  const totals = emptyTotals();
  const labels: (MovementLabel | null)[] = new Array(model.opportunities.length).fill(null);
  const dropped: MovementItem[] = [];
  const slipped: MovementItem[] = [];
  const groupOf = groupKey(options.splitBy ?? "none");
  const groups = new Map<string, MovementGroup>();
  for (let o = 0; o < model.opportunities.length; o++) {
    const c0 = o * D + d0;
    const c1 = o * D + d1;
    const label = movementLabel(model.status[c0], model.stage[c0], model.status[c1], model.stage[c1]);
    labels[o] = label;
    if (label === null) continue;
    const [s0, s1, a0, a1] = [model.stage[c0], model.stage[c1], model.amount[c0], model.amount[c1]];
    add(totals[label], label === "Dropped" || label === "Closed" ? a0 : a1);
    addToFlow(flow, label, s0, s1, a0, a1);
    const item = () => ({ opportunity: model.opportunities[o], index: o, stage0: s0, stage1: s1, amount0: a0, amount1: a1, expectedClose0: model.expectedClose[c0] }); // prettier-ignore
    if (label === "Dropped") dropped.push(item());
    if (label === "Slipped") slipped.push(item());
    if (groupOf) {
      const g = groupOf(model.opportunities[o]);
      const k = g === null ? "\u0000" : g;
      let group = groups.get(k);
      if (!group) groups.set(k, (group = { label: g, flow: names.map(emptyFlow), labels: emptyTotals() }));
      add(group.labels[label], label === "Dropped" || label === "Closed" ? a0 : a1);
      addToFlow(group.flow, label, s0, s1, a0, a1);
    }
  }
  const byAmount = (a: MovementItem, b: MovementItem) =>
    amountOr0(b.amount0) - amountOr0(a.amount0) || a.index - b.index;
  return {
    d0, d1, t0: model.dates[d0], t1: model.dates[d1], labels, totals, flow,
    buckets: { t0: bucketsAt(model, d0, options.period), t1: bucketsAt(model, d1, options.period) },
    dropped: dropped.sort(byAmount), slipped: slipped.sort(byAmount),
    groups: [...groups.values()].sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : a.label.localeCompare(b.label))),
  }; // prettier-ignore
}

function groupKey(by: NonNullable<MovementOptions["splitBy"]>): ((o: HistoryOpportunity) => string | null) | null {
  return by === "none" ? null : (o) => o[by];
}

/** Open opportunities at snapshot d by period bucket, as of that snapshot's date (DOMAIN.md §6, §9). */
export function bucketsAt(
  model: HistoryModel,
  d: number,
  period: PeriodLength = "quarter",
): Record<PeriodBucket, CountAmount> {
  const out = Object.fromEntries(PERIOD_BUCKETS.map((b) => [b, zero()])) as Record<PeriodBucket, CountAmount>;
  const D = model.dates.length;
  for (let o = 0; o < model.opportunities.length; o++) {
    const c = o * D + d;
    if (model.status[c] !== OPEN) continue;
    add(out[periodBucket(model.expectedClose[c], model.dates[d], period)], model.amount[c]);
  }
  return out;
}
