/**
 * DOMAIN.md §9 movement on a hand-checkable fixture: 12 opportunities over 3 weekly snapshots, every label
 * between the last two. Every expected figure below was worked out by hand from the table (see comments).
 */
import { serialFromYmd } from "../../src/core/dates";
import { parseHistory } from "../../src/core/history";
import { movement, MovementResult } from "../../src/core/movement";
import { S1, S2, S3, STACKED } from "./movement-fixture";

const d = (iso: string) => serialFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

function build(values = STACKED): MovementResult {
  const h = parseHistory({ sheet: "History", values });
  expect(h.errors).toEqual([]);
  const m = movement(h.model, { splitBy: "owner" });
  if ("code" in m) throw new Error(m.code);
  return m;
}

const ca = (count: number, amount: number) => ({ count, amount });

describe("movement between the last two snapshots (DOMAIN.md §9)", () => {
  it("gives each opportunity its label", () => {
    const h = parseHistory({ sheet: "History", values: STACKED });
    const m = build();
    const byId = Object.fromEntries(h.model.opportunities.map((o, i) => [o.id, m.labels[i]]));
    expect(byId).toEqual({
      O1: "New", O2: "Advanced", O3: "Slipped", O4: "Unchanged", O5: "Unchanged", O6: "Won", O7: "Lost",
      O8: "Dropped", O9: "Reopened", O10: "Closed", O11: "Closed", O12: "Won",
    }); // prettier-ignore
    expect([m.t0, m.t1]).toEqual([d(S2), d(S3)]);
  });

  it("totals each label (amount at t1; Dropped and Closed at t0)", () => {
    expect(build().totals).toEqual({
      New: ca(1, 100), Advanced: ca(1, 250), Slipped: ca(1, 300), Unchanged: ca(2, 950), Won: ca(2, 1200),
      Lost: ca(1, 800), Dropped: ca(1, 90), Reopened: ca(1, 120), Closed: ca(2, 1060),
    }); // prettier-ignore
  });

  it("lays out the per-stage flow: start, in, out, end and revisions", () => {
    const f = build().flow;
    const zero = ca(0, 0);
    expect(f.map((s) => s.name)).toEqual([
      "Verify", "Approve", "Needs analysis", "Value presentation", "Bid", "Negotiate & sign",
    ]); // prettier-ignore
    // Verify: O1 new.
    expect(f[0]).toMatchObject({ start: zero, new: ca(1, 100), end: ca(1, 100) });
    // Approve: O2 200 + O8 90 at start; O9 reopened 120; O2 advanced past, O8 dropped.
    expect(f[1]).toMatchObject({
      start: ca(2, 290), reopened: ca(1, 120), advancedOut: ca(1, 200), dropped: ca(1, 90), end: ca(1, 120),
    }); // prettier-ignore
    // Needs analysis: O4 stayed (400 → 450), O3 slipped in at 300.
    expect(f[2]).toMatchObject({
      start: ca(1, 400), slippedIn: ca(1, 300), stayed: ca(1, 450), revisedUp: 50, revisedDown: 0, end: ca(2, 750),
    }); // prettier-ignore
    // Value presentation: O7 lost.
    expect(f[3]).toMatchObject({ start: ca(1, 800), lost: ca(1, 800), end: zero });
    // Bid: O3 300 + O5 600 at start; O2 advanced in at 250; O3 slipped below; O5 revised down 100.
    expect(f[4]).toMatchObject({
      start: ca(2, 900), advancedIn: ca(1, 250), slippedOut: ca(1, 300), stayed: ca(1, 500),
      revisedUp: 0, revisedDown: 100, end: ca(2, 750),
    }); // prettier-ignore
    // Negotiate & sign: O6 won.
    expect(f[5]).toMatchObject({ start: ca(1, 700), won: ca(1, 700), end: zero });
  });

  it("buckets open opportunities by expected close at t0 and at t1, each as of its own date (quarters)", () => {
    const b = build().buckets;
    // 2026-03-13: O5, O6 close in Q1; O2, O7 in Q2; O3 (Q3), O4 and O8 (no date) incubating.
    expect(b.t0).toEqual({ current: ca(2, 1300), next: ca(2, 1000), incubating: ca(3, 790) });
    // 2026-03-20: O1, O5 in Q1; O2, O9 in Q2; O3 (Q3) and O4 (no date) incubating.
    expect(b.t1).toEqual({ current: ca(2, 600), next: ca(2, 370), incubating: ca(2, 750) });
  });

  it("lists the Dropped and Slipped opportunities with owner, stages and amounts", () => {
    const m = build();
    expect(m.dropped.map((x) => [x.opportunity.id, x.opportunity.owner, x.stage0, x.amount0])).toEqual([
      ["O8", "Li", 1, 90],
    ]);
    expect(m.slipped.map((x) => [x.opportunity.id, x.opportunity.owner, x.stage0, x.stage1, x.amount1])).toEqual([
      ["O3", "Wang", 4, 2, 300],
    ]);
  });

  it("splits the flow and labels by owner", () => {
    const m = build();
    expect(m.groups.map((g) => g.label)).toEqual(["Li", "Wang", "Zhao"]);
    const li = m.groups[0];
    // Li: O5 stayed in Bid, O6 won, O7 lost, O8 dropped.
    expect(li.labels.Unchanged).toEqual(ca(1, 500));
    expect(li.labels.Won).toEqual(ca(1, 700));
    expect(li.flow[4]).toMatchObject({ start: ca(1, 600), stayed: ca(1, 500), revisedDown: 100, end: ca(1, 500) });
  });

  it("compares two chosen snapshots: the first and the second", () => {
    const h = parseHistory({ sheet: "History", values: STACKED });
    const m = movement(h.model, { t0: d(S1), t1: d(S2) + 3 }); // a date between snapshots takes the one before
    if ("code" in m) throw new Error(m.code);
    expect([m.t0, m.t1]).toEqual([d(S1), d(S2)]);
    // S1 → S2: O4 Verify → Needs analysis advanced; O5, O7, O9, O11 appear (O9 and O11 lost: Lost; O5, O7 New).
    expect(m.totals.Advanced).toEqual(ca(1, 400));
    expect(m.totals.New).toEqual(ca(2, 1400));
    expect(m.totals.Lost).toEqual(ca(2, 180));
    // Unchanged: O2 200, O3 300, O6 700, O8 90. Closed: O10 won both times, 1000.
    expect(m.totals.Unchanged).toEqual(ca(4, 1290));
    expect(m.totals.Closed).toEqual(ca(1, 1000));
    expect(m.totals.Dropped).toEqual(ca(0, 0));
  });

  it("says why when two snapshots cannot be compared", () => {
    const one = parseHistory({
      sheet: "History",
      values: STACKED.slice(0, 3).filter((r, i) => i === 0 || r[0] === S1),
    });
    expect(movement(one.model)).toMatchObject({ code: "needTwoSnapshots", params: { found: 1 } });
    const h = parseHistory({ sheet: "History", values: STACKED });
    expect(movement(h.model, { t0: d(S3), t1: d(S2) })).toMatchObject({ code: "snapshotsOutOfOrder" });
    expect(movement(h.model, { t1: d("2026-01-01") })).toMatchObject({
      code: "noSnapshotBefore",
      params: { date: "2026-01-01" },
    });
  });
});
