/**
 * Every KAM.* function fed random garbage (fast-check): mixed types, huge and tiny numbers, error cells,
 * 32k-character text, ragged and mismatched ranges, garbage in every optional argument. DOMAIN.md §8 and
 * §12: a function never throws, spills one row per input row (or one #VALUE! cell for an argument it
 * cannot use), and a clean row never gets an error because of the garbage around it.
 */
import fc from "fast-check";
import { isCellError } from "../../src/functions/cell-error";
import * as kam from "../../src/functions/functions";

type Fn = (...args: unknown[]) => unknown[][];
const LONG = 32_767; // Excel's most characters in a cell

/** Text of up to 32k characters, including "a" + 32k spaces + "b", which a backtracking number pattern took seconds on. */
const longText = fc.oneof(
  fc.constant(`a${" ".repeat(LONG - 2)}b`),
  fc.constant("x".repeat(LONG)),
  fc.constant("9".repeat(LONG)),
  fc.constant("客".repeat(LONG)),
  fc.constant(`${"1,".repeat(LONG / 2 - 1)}5`),
  fc.constant(`P${"5".repeat(LONG - 1)}`),
);

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, 0, -0, 1e-300),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "Won", "Lost", "Open", "Bid", "KeyAccount", "Territory", "P50", "A", "D", "(1,200)", "12%", "1,2345", "¥2,000", "constructor", "__proto__", "toString", "=1+1"),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ code: "#N/A", type: "NA" }, { code: "#VALUE!", type: "VALUE" }),
  longText,
); // prettier-ignore

const grid = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** A range argument: usually n×1 like the main one, sometimes another size, ragged, a scalar or omitted. */
const argFor = (n: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: grid(n, 1) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).chain((c) => grid(Math.max(1, n - 1), c)) },
    { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: cell },
    { weight: 1, arbitrary: fc.constant(null) },
    // A bare 1-D array such as [null] (a caller's mistake Excel never makes).
    { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 3 }) },
  );

/** Excel's 1-row or n-row shape of a spill; a single error cell is an argument the function refused. */
function checkShape(out: unknown, rows: number, id: string): void {
  expect(Array.isArray(out)).toBe(true);
  const spill = out as unknown[][];
  expect(spill.every((r) => Array.isArray(r))).toBe(true);
  const refused = spill.length === 1 && spill[0].length === 1 && isCellError(spill[0][0]);
  if (!refused) expect([id, spill.length]).toEqual([id, rows]);
}

const FUNCTIONS: { id: string; fn: Fn; params: number; width?: number }[] = [
  { id: "SCORE", fn: kam.score as Fn, params: 4, width: 4 },
  { id: "BAND", fn: kam.band as Fn, params: 4 },
  { id: "TIER", fn: kam.tier as Fn, params: 6 },
  { id: "TOPPCT", fn: kam.toppct as Fn, params: 3 },
  { id: "WEIGHTED", fn: kam.weighted as Fn, params: 4 },
  { id: "COVERAGE", fn: kam.coverage as Fn, params: 5 },
  { id: "PIPELINE", fn: kam.pipeline as Fn, params: 4 },
  { id: "MOVEMENT", fn: kam.movement as Fn, params: 5 },
];

describe.each(FUNCTIONS)("KAM.$id on garbage", ({ id, fn, params, width }) => {
  it("never throws and spills one row per input row (or one #VALUE! for an unusable argument)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 25 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              grid(n, width ?? 1),
              fc.array(argFor(n), { minLength: params - 1, maxLength: params - 1 }),
            ),
          ),
        ([n, main, rest]) => {
          let out: unknown[][] = [];
          expect(() => (out = fn(main, ...rest))).not.toThrow();
          // KAM.PIPELINE spills a stage report, not a row per opportunity.
          if (id === "PIPELINE") expect(out.length === 1 || out.length >= 10).toBe(true);
          else checkShape(out, n, id);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Clean rows mixed with garbage rows, for functions whose rows do not depend on each other's readability. */
describe("clean rows never error because of garbage rows", () => {
  const finite = fc.double({ min: -1e308, max: 1e308, noNaN: true });
  const rowsOf = <T>(clean: fc.Arbitrary<T>) =>
    fc.array(
      fc.oneof(
        clean.map((v) => ({ clean: true, v })),
        cell.map((v) => ({ clean: false, v })),
      ),
      {
        minLength: 1,
        maxLength: 40,
      },
    );
  const cleanOnes = (rows: { clean: boolean }[], out: unknown[][]) =>
    rows.forEach((r, i) => {
      if (r.clean) expect([i, isCellError(out[i][0])]).toEqual([i, false]);
    });

  it("KAM.SCORE, KAM.BAND, KAM.TOPPCT and KAM.TIER", () => {
    fc.assert(
      fc.property(rowsOf(finite), rowsOf(finite), (a, b) => {
        const n = Math.min(a.length, b.length);
        const col = (rows: { v: unknown }[]) => rows.slice(0, n).map((r) => [r.v]);
        const both = a.slice(0, n).map((r, i) => ({ clean: r.clean && b[i].clean }));
        cleanOnes(a.slice(0, n), kam.band(col(a)));
        cleanOnes(a.slice(0, n), kam.toppct(col(a)));
        cleanOnes(a.slice(0, n), kam.score(col(a)));
        // Scores of clean rows are finite and within 0–100, whatever the magnitudes (DOMAIN.md §12).
        for (const method of ["rank", "minmax"]) {
          const scores = kam.score(col(a), undefined, method);
          a.slice(0, n).forEach((r, i) => {
            if (!r.clean) return;
            const x = scores[i][0] as number;
            expect([i, method, Number.isFinite(x) && x >= -1e-9 && x <= 100 + 1e-9]).toEqual([i, method, true]);
          });
        }
        cleanOnes(both, kam.score(a.slice(0, n).map((r, i) => [r.v, b[i].v])));
        cleanOnes(both, kam.tier(col(a), col(b)));
      }),
      { numRuns: 100 },
    );
  });

  it("KAM.WEIGHTED", () => {
    const clean = fc.tuple(
      fc.double({ min: 0, max: 1e308, noNaN: true }),
      fc.constantFrom("Bid", "Verify", 3, "谈判签约", "Value presentation"),
      fc.constantFrom("Open", "Won", "Lost", "赢单", null),
    );
    const row = fc.oneof(
      clean.map((v) => ({ clean: true, v })),
      fc.tuple(cell, cell, cell).map((v) => ({ clean: false, v })),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const col = (k: number) => rows.map((r) => [r.v[k]]);
        const out = kam.weighted(col(0), col(1), col(2));
        cleanOnes(rows, out);
        rows.forEach((r, i) => {
          if (r.clean) expect(Number.isFinite(out[i][0] as number)).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("KAM.COVERAGE", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), cell, cell), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(cell, cell), { maxLength: 30 }),
        (accounts, junk) => {
          // Clean accounts have unique names and only readable assignments; junk assignments name other accounts.
          const names = accounts.map(([clean, v], i) => (clean ? `CLEAN-${i}` : v));
          const assigned = accounts.flatMap(([clean], i) =>
            clean ? [[`CLEAN-${i}`, i % 2 ? "Territory" : "KeyAccount"]] : [],
          );
          const rows = [...assigned, ...junk.filter(([a]) => !String(a).startsWith("CLEAN-"))];
          const out = kam.coverage(
            names.map((x) => [x]),
            rows.length ? rows.map((r) => [r[0]]) : [[""]],
            rows.length ? rows.map((r) => [r[1]]) : [[""]],
          );
          cleanOnes(
            accounts.map(([clean]) => ({ clean })),
            out,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("names of Object.prototype are never known words (DOMAIN.md §8)", () => {
  const na = (v: unknown) => isCellError(v) && (v as { code: string }).code === "#N/A";
  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])("%s", (word) => {
    expect(na(kam.weighted([[1000]], [["Bid"]], [[word]])[0][0])).toBe(true);
    expect(na(kam.weighted([[1000]], [[word]])[0][0])).toBe(true);
    expect(na(kam.coverage([["Acme"]], [["Acme"]], [[word]], [["Primary"]])[0][0])).toBe(true);
  });
});
