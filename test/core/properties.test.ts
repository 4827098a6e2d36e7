/** Property tests (fast-check): invariants DOMAIN.md implies, checked on random inputs. */
import fc from "fast-check";
import { pipeline, score, tier, toppct } from "../../src/functions/functions";
import { readNumber } from "../../src/core/numbers";
import { kthLargest, percentileIncUnsorted } from "../../src/core/stats";
import { firstColumn } from "../functions/helpers";

const amount = fc.integer({ min: 0, max: 1_000_000 });
const column = (xs: unknown[]) => xs.map((x) => [x]);

describe("properties", () => {
  it("tiers are monotone: more contribution and more potential never give a worse tier", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 2, maxLength: 60 }), (rows) => {
        const tiers = firstColumn(tier(column(rows.map((r) => r[0])), column(rows.map((r) => r[1])))) as string[];
        for (let i = 0; i < rows.length; i++)
          for (let j = 0; j < rows.length; j++)
            if (rows[i][0] >= rows[j][0] && rows[i][1] >= rows[j][1]) expect(tiers[i] <= tiers[j]).toBe(true); // "A" < "D"
      }),
    );
  });

  it("top-X% flags at least ceil(X·n) rows and never splits a tie", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 0, max: 100 }),
        (scores, pct) => {
          const flags = firstColumn(toppct(column(scores), [[pct / 100]]));
          const count = flags.filter((f) => f === true).length;
          expect(count).toBeGreaterThanOrEqual(Math.ceil(Math.round((pct / 100) * scores.length * 1e9) / 1e9));
          // every flagged score is ≥ every unflagged one
          const minFlagged = Math.min(...scores.filter((_, i) => flags[i] === true));
          const maxOther = Math.max(...scores.filter((_, i) => flags[i] !== true));
          if (count > 0 && count < scores.length) expect(minFlagged).toBeGreaterThan(maxOther);
        },
      ),
    );
  });

  it("scores are invariant to scaling the weights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, amount, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 2, max: 1000 }),
        fc.constantFrom("rank", "minmax", "none"),
        (dims, w, k, method) => {
          const a = firstColumn(score(dims, [w], method)) as number[];
          const b = firstColumn(score(dims, [w.map((x) => x * k)], method)) as number[];
          a.forEach((x, i) => expect(b[i]).toBeCloseTo(x, 9));
          if (method === "none") return;
          for (const x of a) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100 + 1e-9);
          }
        },
      ),
    );
  });

  it("reached counts never increase along the stages", () => {
    const opp = fc.tuple(
      fc.integer({ min: 1, max: 6 }),
      amount,
      fc.constantFrom("Open", "Won", "Lost", "进行中", "赢单", "丢单"),
    );
    fc.assert(
      fc.property(fc.array(opp, { minLength: 1, maxLength: 200 }), (opps) => {
        const out = pipeline(
          column(opps.map((o) => o[0])),
          column(opps.map((o) => o[1])),
          column(opps.map((o) => o[2])),
        );
        const reached = out.slice(1, 7).map((r) => r[4] as number);
        for (let s = 1; s < reached.length; s++) expect(reached[s]).toBeLessThanOrEqual(reached[s - 1]);
        expect(reached[0]).toBe(opps.length);
      }),
    );
  });

  it("numbers written with thousands separators and a currency sign read back exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(["", ""], ["$", ""], ["¥", ""], ["$ ", ""], ["€", ""], ["USD ", ""], ["", " EUR"], ["", "元"]),
        fc.boolean(),
        (whole, cents, [before, after], negative) => {
          const digits = `${whole.toLocaleString("en-US")}.${String(cents).padStart(2, "0")}`;
          const text = `${negative ? "-" : ""}${before}${digits}${after}`;
          const read = readNumber(text);
          expect(read).toMatchObject({
            kind: "number",
            value: (negative ? -1 : 1) * Number(`${whole}.${String(cents).padStart(2, "0")}`),
          });
          const sign = (before + after).trim();
          const currency = { "": undefined, $: "USD", "¥": "CNY", "€": "EUR", USD: "USD", EUR: "EUR", 元: "CNY" };
          expect((read as { currency?: string }).currency).toBe(currency[sign as keyof typeof currency]);
        },
      ),
    );
  });

  it("selection gives the same order statistics as sorting, duplicates included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const h = (xs.length - 1) * p;
          const lo = Math.floor(h);
          const expected = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, xs.length - 1)] - sorted[lo]);
          expect(percentileIncUnsorted(Float64Array.from(xs), p)).toBeCloseTo(expected, 12);
          const k = 1 + Math.floor(p * (xs.length - 1));
          expect(kthLargest(Float64Array.from(xs), k)).toBe(sorted[xs.length - k]);
        },
      ),
    );
  });
});
