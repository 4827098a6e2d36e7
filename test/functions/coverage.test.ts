import { coverage } from "../../src/functions/functions";
import { coverageSpill } from "../../src/functions/spills";
import { col, expectCellError, firstColumn, rng } from "./helpers";

// KAM.COVERAGE(accounts, assignAccounts, assignTeamTypes, [assignRoles], [tiers]) — DOMAIN.md §5.
describe("KAM.COVERAGE", () => {
  describe("happy path", () => {
    it("is Covered with one primary, Uncovered with none (overlays alone do not cover), Conflict with two", () => {
      const out = coverage(
        col("Acme", "Beta", "Gamma"),
        col("Acme", "Acme", "Beta", "Gamma", "Gamma"),
        col("Territory", "Solution", "Partner", "Territory", "KeyAccount"),
      );
      expect(firstColumn(out)).toEqual(["Covered", "Uncovered", "Conflict"]);
    });
    it("flags unnamed key accounts (A/B without a Key-Account primary) and over-served ones (D with one)", () => {
      const out = coverage(
        col("A1", "B1", "D1", "A2"),
        col("A1", "B1", "D1", "A2"),
        col("Territory", "地区销售", "大客户销售", "KeyAccount"),
        null as never,
        col("A", "B", "D", "A"),
      );
      expect(firstColumn(out)).toEqual(["Unnamed key account", "Unnamed key account", "Over-served", "Covered"]);
    });
    it("honours explicit roles: an overlay Territory row does not cover", () => {
      const out = coverage(col("Acme"), col("Acme", "Acme"), col("Territory", "KeyAccount"), col("Overlay", "Primary"));
      expect(firstColumn(out)).toEqual(["Covered"]);
    });
  });

  describe("wrong argument types", () => {
    it("rejects assignment ranges of different lengths", () => {
      expectCellError(
        coverage(col("A"), col("A", "B"), col("Territory"))[0][0],
        "#VALUE!",
        /assignTeamTypes has 1 cells but assignAccounts has 2/,
      );
    });
    it("rejects tiers not matching the accounts", () => {
      expectCellError(
        coverage(col("A", "B"), col("A"), col("Territory"), null as never, col("A"))[0][0],
        "#VALUE!",
        /tiers has 1 cells but accounts has 2/,
      );
    });
  });

  describe("blanks and error values in ranges", () => {
    it("gives an error only to the account whose assignment has an unknown team type (#N/A) or whose tier is bad", () => {
      const out = firstColumn(
        coverage(
          col("A", "B", "C", ""),
          col("A", "B", "C"),
          col("Territory", "Sales", "Territory"),
          null as never,
          col("", "", "Z", ""),
        ),
      );
      expect(out[0]).toBe("Covered");
      expectCellError(out[1], "#N/A", /assignment 2 has an unknown team type "Sales"/);
      expectCellError(out[2], "#VALUE!", /tier "Z" is not A, B, C or D/);
      expect(out[3]).toBe("");
    });
    it("never reads object-prototype words as a team type (DOMAIN.md §8)", () => {
      for (const word of ["constructor", "toString", "__proto__"])
        expectCellError(coverage([["Acme"]], [["Acme"]], [[word]], [["Primary"]])[0][0], "#N/A", /unknown team type/);
    });
    it("matches account keys case- and width-insensitively and ignores assignments of unlisted accounts", () => {
      expect(
        firstColumn(coverage(col("ＡＣＭＥ Corp"), col("acme corp", "Other"), col("Territory", "Territory"))),
      ).toEqual(["Covered"]);
    });
  });

  describe("segments", () => {
    it("has no segments argument; the tier argument plays that role for the key-account flags", () => {
      expect(firstColumn(coverage(col("X"), col("X"), col("KeyAccount"), null as never, col("C")))).toEqual([
        "Covered",
      ]);
    });
  });

  describe("large input", () => {
    it("classifies 100,000 accounts with 150,000 assignments", () => {
      const r = rng(13);
      const n = 100_000;
      const accounts = Array.from({ length: n }, (_, i) => [`ACC-${i}`]);
      const aa: unknown[][] = [];
      const at: unknown[][] = [];
      const expected: string[] = [];
      for (let i = 0; i < n; i++) {
        const x = r();
        const primaries = x < 0.05 ? 0 : x < 0.1 ? 2 : 1;
        expected.push(primaries === 0 ? "Uncovered" : primaries === 2 ? "Conflict" : "Covered");
        for (let k = 0; k < primaries; k++) {
          aa.push([`acc-${i}`]);
          at.push([k === 0 ? "Territory" : "KeyAccount"]);
        }
        if (r() < 0.4) {
          aa.push([`ACC-${i}`]);
          at.push(["Solution"]);
        }
      }
      expect(firstColumn(coverageSpill(accounts, aa, at))).toEqual(expected);
      // About 5.7 MB of account names and team types: above what Excel on the web carries to a function.
      expectCellError(
        coverage(accounts, aa, at)[0][0],
        "#VALUE!",
        /its ranges are about 5\.\d\d MB, more than the 4\.75 MB/,
      );
      // Two thirds of it fits, and the function itself gives the same statuses.
      const k = 60_000;
      const fewer = aa.findIndex((c) => Number(String(c[0]).slice(4)) >= k);
      expect(firstColumn(coverage(accounts.slice(0, k), aa.slice(0, fewer), at.slice(0, fewer)))).toEqual(
        expected.slice(0, k),
      );
    });
  });
});
