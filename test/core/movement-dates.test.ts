/**
 * Which two snapshots Movement compares (DOMAIN.md §9, issue 12 "the two snapshot dates, default the last
 * two"), on four weekly snapshot serials 100, 107, 114, 121 where every answer can be read off by hand.
 */
import { serialFromYmd } from "../../src/core/dates";
import { chooseSnapshotDates, dateOption, latestOnOrBefore } from "../../src/core/movement-dates";
import { parseModel } from "../../src/core/schemas";

const DATES = [100, 107, 114, 121];
const iso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);

describe("latestOnOrBefore", () => {
  it("takes the latest snapshot on or before a date, -1 before the first", () => {
    expect([99, 100, 101, 106, 107, 120, 121, 500].map((d) => latestOnOrBefore(DATES, d))).toEqual([
      -1, 0, 0, 0, 1, 2, 3, 3,
    ]);
    expect(latestOnOrBefore([], 5)).toBe(-1);
  });
});

describe("chooseSnapshotDates", () => {
  it("defaults to the last two snapshots on or before the report date", () => {
    expect(chooseSnapshotDates(DATES, { asOf: 130 })).toEqual({ d0: 2, d1: 3, t0: 114, t1: 121, asked0: null, asked1: null }); // prettier-ignore
    // A report date between snapshots: t1 is the one before it (114), t0 the one before that.
    expect(chooseSnapshotDates(DATES, { asOf: 118 })).toMatchObject({ t0: 107, t1: 114 });
  });

  it("takes a chosen from and to as the snapshots on or before them, and keeps a date that is not one", () => {
    // From 103 → snapshot 100; to 121 is a snapshot itself.
    expect(chooseSnapshotDates(DATES, { asOf: 130, from: 103, to: 121 })).toEqual({
      d0: 0, d1: 3, t0: 100, t1: 121, asked0: 103, asked1: null,
    }); // prettier-ignore
    // To 116 → snapshot 114 (the report date no longer matters); from 107 is a snapshot.
    expect(chooseSnapshotDates(DATES, { asOf: 130, from: 107, to: 116 })).toEqual({
      d0: 1, d1: 2, t0: 107, t1: 114, asked0: null, asked1: 116,
    }); // prettier-ignore
    // To after the last snapshot: the last one, said as asked.
    expect(chooseSnapshotDates(DATES, { asOf: 130, to: 200 })).toMatchObject({ t0: 114, t1: 121, asked1: 200 });
  });

  it("a from date wins over weeks back; weeks back count from t1", () => {
    expect(chooseSnapshotDates(DATES, { asOf: 130, back: 14 })).toMatchObject({ t0: 107, t1: 121 }); // 121 − 14 = 107
    expect(chooseSnapshotDates(DATES, { asOf: 130, back: 10 })).toMatchObject({ t0: 107, t1: 121 }); // 111 → 107
    expect(chooseSnapshotDates(DATES, { asOf: 130, back: 14, from: 100 })).toMatchObject({ t0: 100, t1: 121 });
  });

  it("says which date is at fault when the choice cannot be compared", () => {
    expect(chooseSnapshotDates(DATES, { asOf: 130, from: 99 })).toEqual({
      code: "movementDateBeforeHistory",
      params: { option: "from", date: iso(99), first: iso(100) },
    });
    expect(chooseSnapshotDates(DATES, { asOf: 130, to: 50 })).toEqual({
      code: "movementDateBeforeHistory",
      params: { option: "to", date: iso(50), first: iso(100) },
    });
    // From after to, as asked: before any snapping.
    expect(chooseSnapshotDates(DATES, { asOf: 130, from: 115, to: 110 })).toEqual({
      code: "movementDatesReversed",
      params: { from: iso(115), to: iso(110) },
    });
    expect(chooseSnapshotDates(DATES, { asOf: 130, from: 110, to: 110 })).toMatchObject({ code: "movementDatesReversed" }); // prettier-ignore
    // From 108 and to 112 both take snapshot 107.
    expect(chooseSnapshotDates(DATES, { asOf: 130, from: 108, to: 112 })).toEqual({
      code: "movementFromNotBefore",
      params: { from: iso(108), t0: iso(107), t1: iso(107) },
    });
    // From after the report date's snapshot, no to: the same snapshot as t1.
    expect(chooseSnapshotDates(DATES, { asOf: 118, from: 125 })).toMatchObject({
      code: "movementFromNotBefore",
      params: { t0: iso(121), t1: iso(114) },
    });
  });

  it("keeps the old reasons for the report date and weeks back", () => {
    expect(chooseSnapshotDates([100], { asOf: 130 })).toEqual({ code: "needTwoSnapshots", params: { found: 1 } });
    expect(chooseSnapshotDates(DATES, { asOf: 90 })).toEqual({ code: "noSnapshotBefore", params: { date: iso(90) } });
    expect(chooseSnapshotDates(DATES, { asOf: 130, back: 91 })).toEqual({
      code: "noSnapshotBefore",
      params: { date: iso(30) },
    });
    // t1 the first snapshot: none before it.
    expect(chooseSnapshotDates(DATES, { asOf: 101 })).toMatchObject({ code: "noSnapshotBefore" });
  });
});

describe("the snapshot date options saved with the model", () => {
  it("reads yyyy-mm-dd as a serial and blank as the default", () => {
    expect(dateOption("2026-03-06")).toBe(serialFromYmd(2026, 3, 6));
    expect(dateOption("")).toBeUndefined();
  });

  it("loads a model saved before the options existed, with both dates blank", () => {
    // As saved before issue 12's date options: reports without movementFrom and movementTo.
    const old = { version: 1, reports: { output: "static", movementCompare: "4weeks", movementSplitBy: "owner" } };
    const parsed = parseModel(old);
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    expect(parsed.model.reports).toMatchObject({
      output: "static",
      movementCompare: "4weeks",
      movementSplitBy: "owner",
      movementFrom: "",
      movementTo: "",
    });
    const none = parseModel({ version: 1 });
    expect(none.ok && [none.model.reports.movementFrom, none.model.reports.movementTo]).toEqual(["", ""]);
  });

  it("keeps a chosen date and refuses one that is not a date, at its path", () => {
    const ok = parseModel({ reports: { movementFrom: "2026-02-27", movementTo: "2026-03-27" } });
    expect(ok.ok && ok.model.reports.movementFrom).toBe("2026-02-27");
    const bad = parseModel({ reports: { movementFrom: "2026-02-30" } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => [i.path, i.code])).toEqual([["reports.movementFrom", "isoDate"]]);
  });
});
