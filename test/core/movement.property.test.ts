/**
 * DOMAIN.md §9 movement properties on random histories: exactly one label per opportunity (checked against
 * the §9 table written out here), start + in − out = end for every stage, and a stage history giving the
 * same model as the equivalent stacked snapshots.
 */
import fc from "fast-check";
import { serialFromYmd } from "../../src/core/dates";
import { HistoryModel, parseHistory } from "../../src/core/history";
import { MovementLabel, movement } from "../../src/core/movement";
import { DEFAULT_STAGES } from "../../src/core/stages";

/** One opportunity at one snapshot: absent, open at a stage, won or lost; with an amount. */
type State = { kind: "absent" } | { kind: "open" | "won" | "lost"; stage: number; amount: number };

const K = DEFAULT_STAGES.length;
const state: fc.Arbitrary<State> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "absent" as const }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant("open" as const), stage: fc.nat(K - 1), amount: fc.nat(1000) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom("won" as const, "lost" as const),
      stage: fc.nat(K - 1),
      amount: fc.nat(1000),
    }),
  },
);
const START = serialFromYmd(2026, 1, 2);
const dateText = (d: number) => START + 7 * d;

/** A history: opportunities × snapshots. */
const history = fc
  .record({ opps: fc.integer({ min: 1, max: 25 }), snaps: fc.integer({ min: 2, max: 6 }) })
  .chain(({ opps, snaps }) =>
    fc.array(fc.array(state, { minLength: snaps, maxLength: snaps }), { minLength: opps, maxLength: opps }),
  );

const statusText = { open: "Open", won: "Won", lost: "Lost" } as const;

/** The stacked-snapshot table of a history (the snapshot of week 0 always has someone, so dates line up). */
function stacked(h: State[][]): (string | number)[][] {
  const rows: (string | number)[][] = [["Snapshot Date", "Opportunity ID", "Account", "Stage", "Status", "Amount"]];
  for (let d = 0; d < h[0].length; d++)
    h.forEach((states, o) => {
      const s = states[d];
      if (s.kind !== "absent")
        rows.push([dateText(d), `O${o}`, "Acme", DEFAULT_STAGES[s.stage].name, statusText[s.kind], s.amount]);
    });
  return rows;
}

/** DOMAIN.md §9's table, row by row, as written there. */
function expectedLabel(p: State, c: State): MovementLabel | null {
  const closed = (s: State) => s.kind === "won" || s.kind === "lost";
  if (p.kind === "absent" && c.kind === "open") return "New";
  if (p.kind === "open" && c.kind === "open")
    return c.stage > p.stage ? "Advanced" : c.stage < p.stage ? "Slipped" : "Unchanged";
  if ((p.kind === "open" || p.kind === "absent") && c.kind === "won") return "Won";
  if ((p.kind === "open" || p.kind === "absent") && c.kind === "lost") return "Lost";
  if (p.kind === "open" && c.kind === "absent") return "Dropped";
  if (closed(p) && c.kind === "open") return "Reopened";
  if (closed(p)) return "Closed";
  return null;
}

function build(h: State[][]): HistoryModel {
  const parsed = parseHistory({ sheet: "H", values: stacked(h) });
  expect(parsed.errors).toEqual([]);
  return parsed.model;
}

const present = (h: State[][]) => h.filter((states) => states.some((s) => s.kind !== "absent"));
/** A stacked table has a snapshot only where some opportunity is listed: every week must list one. */
const everyWeekListed = (h: State[][]) =>
  h.length > 0 && h[0].every((_, d) => h.some((states) => states[d].kind !== "absent"));

describe("movement properties (DOMAIN.md §9)", () => {
  it("gives every opportunity exactly the label of the §9 table, for any two snapshots", () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.nat(), (raw, a, b) => {
        const h = present(raw);
        fc.pre(everyWeekListed(h));
        const model = build(h);
        const D = h[0].length;
        const [i, j] = [a % D, b % D];
        fc.pre(i < j);
        const m = movement(model, { t0: dateText(i), t1: dateText(j) });
        if ("code" in m) throw new Error(m.code);
        model.opportunities.forEach((o, k) => {
          const states = h[Number((o.id as string).slice(1))];
          expect(m.labels[k]).toBe(expectedLabel(states[i], states[j]));
        });
        const counted = Object.values(m.totals).reduce((n, t) => n + t.count, 0);
        expect(counted).toBe(m.labels.filter((l) => l !== null).length);
      }),
      { numRuns: 150 },
    );
  });

  it("balances every stage: start + in − out = end, in counts and (with revisions) in amounts", () => {
    fc.assert(
      fc.property(history, (raw) => {
        const h = present(raw);
        fc.pre(everyWeekListed(h));
        const m = movement(build(h));
        if ("code" in m) throw new Error(m.code);
        const D = h[0].length;
        m.flow.forEach((f, s) => {
          const ins = [f.new, f.advancedIn, f.slippedIn, f.reopened];
          const outs = [f.advancedOut, f.slippedOut, f.won, f.lost, f.dropped];
          const sum = (xs: { count: number; amount: number }[], k: "count" | "amount") =>
            xs.reduce((t, x) => t + x[k], 0);
          expect(f.start.count + sum(ins, "count") - sum(outs, "count")).toBe(f.end.count);
          expect(f.start.amount + sum(ins, "amount") - sum(outs, "amount") + f.revisedUp - f.revisedDown).toBeCloseTo(
            f.end.amount,
            6,
          );
          // start and end are the opportunities open in the stage at t0 and t1, counted straight from the data.
          const openAt = (d: number) =>
            h.filter((states) => states[d].kind === "open" && (states[d] as { stage: number }).stage === s);
          expect(f.start.count).toBe(openAt(D - 2).length);
          expect(f.end.count).toBe(openAt(D - 1).length);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("builds the same model from a stage history as from the equivalent stacked snapshots", () => {
    // A stage history cannot say an opportunity left the list, so these histories never drop one.
    const noDrops = history.map((h) =>
      h.map((states) => {
        const first = states.findIndex((s) => s.kind !== "absent");
        return states.map((s, d) =>
          first < 0 || d < first ? { kind: "absent" as const } : s.kind === "absent" ? states[first] : s,
        );
      }),
    );
    fc.assert(
      fc.property(noDrops, (raw) => {
        const h = present(raw);
        fc.pre(everyWeekListed(h));
        const fromSnapshots = build(h);
        // One stage-history row per change: first appearance, or another stage, status or amount.
        const rows: (string | number)[][] = [["Opportunity ID", "Stage", "Status", "Amount", "Date Entered"]];
        for (let d = 0; d < h[0].length; d++)
          h.forEach((states, o) => {
            const [p, s] = [states[d - 1], states[d]];
            if (s.kind === "absent") return;
            if (p && p.kind === s.kind && p.stage === s.stage && p.amount === s.amount) return;
            rows.push([`O${o}`, DEFAULT_STAGES[s.stage].name, statusText[s.kind], s.amount, dateText(d)]);
          });
        const parsed = parseHistory({ sheet: "H", values: rows }, { dates: fromSnapshots.dates });
        expect(parsed.errors).toEqual([]);
        const fromHistory = parsed.model;
        expect(fromHistory.dates).toEqual(fromSnapshots.dates);
        expect(fromHistory.opportunities.map((o) => o.key)).toEqual(fromSnapshots.opportunities.map((o) => o.key));
        for (const field of ["status", "stage", "amount", "since", "entered"] as const)
          expect([field, Array.from(fromHistory[field])]).toEqual([field, Array.from(fromSnapshots[field])]);
      }),
      { numRuns: 150 },
    );
  });
});
