/**
 * Which two snapshots the Movement report compares (DOMAIN.md §9: "the two chosen snapshots t0 < t1, default
 * the last two"). The user picks dates; each is taken as the latest snapshot on or before it, and a date that
 * is not a snapshot itself is kept as asked, so the sheet and the pane can say which snapshot stood in for it.
 */
import { isoFromSerial, serialFromYmd } from "./dates";
import { Reason } from "./reasons";

/** How the two snapshots were asked for. */
export interface SnapshotChoice {
  /** The report date: without `to`, t1 is the latest snapshot on or before it. */
  asOf: number;
  /** The date asked for t1 ("To snapshot"). */
  to?: number;
  /** The date asked for t0 ("From snapshot"); it wins over `back`. */
  from?: number;
  /** Without `from`: t0 is the snapshot on or before this many days before t1; else the snapshot before t1. */
  back?: number;
}

/** The snapshots chosen: indices into the history's dates, their dates, and a date asked that was not one. */
export interface ChosenSnapshots {
  d0: number;
  d1: number;
  t0: number;
  t1: number;
  /** The `from` or `to` date asked for when it is not a snapshot date (the snapshot before it stands in). */
  asked0: number | null;
  asked1: number | null;
}

/** The index of the latest date on or before `date` in ascending `dates`; -1 when none. */
export function latestOnOrBefore(dates: readonly number[], date: number): number {
  let lo = 0;
  let hi = dates.length; // the first index whose date is after `date`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The two snapshots to compare (DOMAIN.md §9), or why they cannot be, worded with the option that is at fault:
 * a chosen date before every snapshot, a `from` not before `to`, or both falling on the same snapshot.
 */
export function chooseSnapshotDates(dates: readonly number[], choice: SnapshotChoice): ChosenSnapshots | Reason {
  const iso = isoFromSerial;
  if (dates.length < 2) return { code: "needTwoSnapshots", params: { found: dates.length } };
  const { from, to } = choice;
  if (from !== undefined && to !== undefined && from >= to)
    return { code: "movementDatesReversed", params: { from: iso(from), to: iso(to) } };
  const first = iso(dates[0]);
  const d1 = latestOnOrBefore(dates, to ?? choice.asOf);
  if (d1 < 0)
    return to !== undefined
      ? { code: "movementDateBeforeHistory", params: { option: "to", date: iso(to), first } }
      : { code: "noSnapshotBefore", params: { date: iso(choice.asOf) } };
  let d0: number;
  if (from !== undefined) {
    d0 = latestOnOrBefore(dates, from);
    if (d0 < 0) return { code: "movementDateBeforeHistory", params: { option: "from", date: iso(from), first } };
    if (d0 >= d1)
      return { code: "movementFromNotBefore", params: { from: iso(from), t0: iso(dates[d0]), t1: iso(dates[d1]) } };
  } else {
    // 4 or 13 weeks back, or the snapshot just before t1; there is none before the first.
    const target = choice.back === undefined ? dates[d1] - 1 : dates[d1] - choice.back;
    d0 = latestOnOrBefore(dates, target);
    if (d0 < 0) return { code: "noSnapshotBefore", params: { date: iso(target) } };
  }
  const asked = (date: number | undefined, d: number) => (date === undefined || date === dates[d] ? null : date);
  return { d0, d1, t0: dates[d0], t1: dates[d1], asked0: asked(from, d0), asked1: asked(to, d1) };
}

/** A date option as stored with the model (yyyy-mm-dd, blank for the default) as an Excel serial. */
export function dateOption(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
