/** KAM.* custom functions evaluated inside the host: spills, per-cell errors, and agreement with functions.ts. */
import * as kam from "../../src/functions/functions";
import { createHost, KAM_FUNCTIONS, WorkbookSpec } from "../host";

/** Seeded PRNG (mulberry32) so the data is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function accounts(n: number): WorkbookSpec {
  const r = rng(7);
  const rows: (string | number | null)[][] = [
    ["Account", "Industry", "Contribution", "Potential", "Reference", "Winnability"],
  ];
  for (let i = 0; i < n; i++)
    rows.push([
      `Account ${i + 1}`,
      ["Energy", "Finance", "Retail"][i % 3],
      Math.round(r() * 1_000_000),
      Math.round(r() * 2_000_000),
      i % 11 === 0 ? null : Math.ceil(r() * 10),
      Math.ceil(r() * 10),
    ]);
  rows[5][2] = "n/a"; // a bad cell: that row's tier is #VALUE!
  return { sheets: [{ name: "Accounts", cells: rows, tables: [{ name: "Accounts", range: `A1:F${n + 1}` }] }] };
}

const column = (spec: WorkbookSpec, c: number) => (spec.sheets[0].cells ?? []).slice(1).map((row) => [row[c] ?? ""]);

describe("KAM.TIER in a live report", () => {
  it("spills one tier per table row, equal cell by cell to calling KAM.TIER directly", async () => {
    const spec = accounts(400);
    const host = createHost({ workbook: spec });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.add("Nine grid");
      ws.getRange("B2").formulas = [["=KAM.TIER(Accounts[Contribution],Accounts[Potential])"]];
      await context.sync();
    });
    const expected = kam.tier(column(spec, 2), column(spec, 3));
    const got = host.values("Nine grid", "B2:B401");
    expect(got).toHaveLength(400);
    got.forEach((row, i) => {
      const e = expected[i][0];
      expect(row[0]).toBe(typeof e === "object" ? (e as { code: string }).code : e);
    });
    expect(got[4][0]).toBe("#VALUE!");
    expect(new Set(got.map((r) => r[0]))).toEqual(new Set(["A", "B", "C", "D", "#VALUE!"]));
    // Only the anchor holds a formula; the rest are spilled values.
    expect(host.cell("Nine grid", "B2").formula).toBe("=KAM.TIER(Accounts[Contribution],Accounts[Potential])");
    expect(host.cell("Nine grid", "B3").formula).toBeNull();
    expect(host.usedRange("Nine grid")).toBe("'Nine grid'!B2:B401");
  });

  it("recalculates when a source cell changes", async () => {
    const spec = accounts(20);
    const host = createHost({ workbook: spec });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Accounts").getRange("H2").formulas = [
        ["=KAM.TIER(Accounts[Contribution],Accounts[Potential],{100,200},{100,200})"],
      ];
      await context.sync();
    });
    host.setCell("Accounts", "C2", 250);
    host.setCell("Accounts", "D2", 250);
    expect(host.values("Accounts", "H2")).toEqual([["A"]]);
    host.setCell("Accounts", "D2", 50);
    expect(host.values("Accounts", "H2")).toEqual([["C"]]);
  });
});

describe("other KAM functions", () => {
  it("SCORE with default weights, TOPPCT over a nested SCORE, and BAND with scalar cuts", async () => {
    const spec = accounts(30);
    const host = createHost({ workbook: spec });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.add("Score");
      ws.getRange("A1:C1").formulas = [
        [
          "=KAM.SCORE(Accounts[[Contribution]:[Winnability]])",
          "=KAM.TOPPCT(KAM.SCORE(Accounts[[Contribution]:[Winnability]]),0.2)",
          '=KAM.BAND(Accounts[Potential],500000,"P80")',
        ],
      ];
      await context.sync();
    });
    const dims = (spec.sheets[0].cells ?? []).slice(1).map((r) => r.slice(2, 6).map((v) => v ?? ""));
    const score = kam.score(dims);
    const top = kam.toppct(score, [[0.2]]);
    const band = kam.band(column(spec, 3), 500000, "P80");
    const got = host.values("Score", "A1:C30");
    const plain = (v: unknown) => (typeof v === "object" && v !== null ? (v as { code: string }).code : v);
    got.forEach((row, i) => {
      expect(row[0]).toBe(plain(score[i][0]));
      expect(row[1]).toBe(plain(top[i][0]));
      expect(row[2]).toBe(plain(band[i][0]));
    });
    expect(got.filter((r) => r[1] === true).length).toBeGreaterThanOrEqual(6);
  });

  it("PIPELINE spills its stage report (stages + 5 rows × 6 columns, blank when no rows were skipped)", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          {
            name: "Opps",
            cells: [
              ["Stage", "Amount", "Status"],
              ["Bid", 100, "Open"],
              ["Verify", 50, "Open"],
              ["Bid", 20, "Won"],
              ["Approve", 10, "Lost"],
            ],
            tables: [{ name: "Opps", range: "A1:C5" }],
          },
        ],
      },
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Opps").getRange("E1").formulas = [
        ["=KAM.PIPELINE(Opps[Stage],Opps[Amount],Opps[Status])"],
      ];
      await context.sync();
    });
    const direct = kam.pipeline(
      [["Bid"], ["Verify"], ["Bid"], ["Approve"]],
      [[100], [50], [20], [10]],
      [["Open"], ["Open"], ["Won"], ["Lost"]],
    );
    const got = host.values("Opps", "E1:J11");
    expect(got.slice(0, direct.length)).toEqual(direct);
    expect(got[10]).toEqual(["", "", "", "", "", ""]);
    expect(got[0][0]).toBe("Stage");
    expect(got[9][0]).toBe("Win rate");
  });

  it("an argument error is one #VALUE! cell followed by blanks, and the message survives", async () => {
    const host = createHost({ workbook: accounts(5) });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Accounts").getRange("H1").formulas = [
        ['=KAM.SCORE(Accounts[[Contribution]:[Winnability]],{1,2},"rank")'],
      ];
      await context.sync();
    });
    expect(host.values("Accounts", "H1:H5")).toEqual([["#VALUE!"], [""], [""], [""], [""]]);
    const detail = host.model.engine
      .instance()
      .getCellValue({ sheet: host.model.sheetOrThrow("Accounts").hfId as number, row: 0, col: 7 });
    expect(detail).toMatchObject({
      value: "#VALUE!",
      message: expect.stringMatching(/weights has 2 values but dimensions has 4 columns/),
    });
  });

  it("WEIGHTED and COVERAGE spill per row", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          {
            name: "S",
            cells: [
              ["Bid", 100, "Acme", "Acme", "Territory"],
              ["Verify", 50, "Beta", "Acme", "KeyAccount"],
              ["Won", 20, "Coda", "Beta", "Solution"],
            ],
          },
        ],
      },
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("G1:H1").formulas = [
        ["=KAM.WEIGHTED(B1:B3,A1:A3)", "=KAM.COVERAGE(C1:C3,D1:D3,E1:E3)"],
      ];
      await context.sync();
    });
    const w = kam.weighted([[100], [50], [20]], [["Bid"], ["Verify"], ["Won"]]);
    const cov = kam.coverage(
      [["Acme"], ["Beta"], ["Coda"]],
      [["Acme"], ["Acme"], ["Beta"]],
      [["Territory"], ["KeyAccount"], ["Solution"]],
    );
    const plain = (v: unknown) => (typeof v === "object" && v !== null ? (v as { code: string }).code : v);
    expect(host.values("S", "G1:H3")).toEqual(w.map((r, i) => [plain(r[0]), plain(cov[i][0])]));
  });
});

describe("KAM.MOVEMENT in the host (DOMAIN.md §9)", () => {
  it("spills one label per row beside two snapshot columns, blanks being absent", async () => {
    const host = createHost({
      workbook: {
        sheets: [
          {
            name: "S",
            cells: [
              ["Previous", "Now"],
              ["Verify", "Bid"],
              [null, "Approve"],
              ["Bid", null],
              ["Negotiate & sign", "Closed Won"],
            ],
          },
        ],
      },
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C2").formulas = [["=KAM.MOVEMENT(A2:A5,B2:B5)"]];
      await context.sync();
    });
    expect(host.values("S", "C2:C5")).toEqual([["Advanced"], ["New"], ["Dropped"], ["Won"]]);
  });
});

describe("the plugin's declarations", () => {
  it("cover every KAM.* function in functions.ts with its arity", () => {
    const exported = Object.entries(kam).filter(([, f]) => typeof f === "function");
    expect(KAM_FUNCTIONS.map((s) => s.id).sort()).toEqual(exported.map(([name]) => `KAM.${name.toUpperCase()}`).sort());
    for (const [name, fn] of exported) {
      const spec = KAM_FUNCTIONS.find((s) => s.id === `KAM.${name.toUpperCase()}`);
      expect(spec?.params.length).toBe((fn as (...a: unknown[]) => unknown).length);
      expect(spec?.fn).toBe(fn);
    }
  });
});
