/**
 * Formulas evaluated by HyperFormula: structured references, recalculation after a user edit, table growth,
 * spills, laziness, and the HyperFormula gaps found while building the host (checked by trying them).
 */
import { createHost, WorkbookSpec } from "../host";

const opps: WorkbookSpec = {
  sheets: [
    {
      name: "Pipeline data",
      cells: [
        ["Account", "Stage", "Amount", "Owner"],
        ["Acme", "Bid", 100, "Li"],
        ["Beta", "Verify", 50, "Wang"],
        ["Coda", "Bid", 25, "Li"],
        ["Dyne", "Negotiate & sign", 10, "Zhao"],
        ["Echo", "Bid", 5, "Wang"],
      ],
      tables: [{ name: "Opps", range: "A1:D6" }],
    },
  ],
};

async function writeFormulas(
  host: ReturnType<typeof createHost>,
  sheet: string,
  address: string,
  formulas: string[][],
) {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    const target = ws.isNullObject ? context.workbook.worksheets.add(sheet) : ws;
    target.getRange(address).formulas = formulas;
    await context.sync();
  });
}

describe("structured references", () => {
  it("SUMIFS over a table recalculates after a user edit", async () => {
    const host = createHost({ workbook: opps });
    await writeFormulas(host, "Report", "A1", [['=SUMIFS(Opps[Amount],Opps[Stage],"Bid")']]);
    expect(host.cell("Report", "A1")).toMatchObject({ value: 130, formula: '=SUMIFS(Opps[Amount],Opps[Stage],"Bid")' });
    host.setCell("Pipeline data", "C2", 1000);
    expect(host.values("Report", "A1")).toEqual([[1030]]);
    host.setCell("Pipeline data", "B3", "Bid");
    expect(host.values("Report", "A1")).toEqual([[1080]]);
  });

  it("understands #Data, #All, #Headers, column spans, [@Col] and an implicit table", async () => {
    const host = createHost({ workbook: opps });
    await writeFormulas(host, "Report", "A1:F1", [
      [
        "=SUM(Opps[[#Data],[Amount]])",
        "=ROWS(Opps[#All])",
        "=INDEX(Opps[#Headers],1,3)",
        "=COLUMNS(Opps[[Stage]:[Owner]])",
        '=COUNTIFS(Opps[Owner],"Li",Opps[Amount],">20")',
        "=ROWS(Opps[])",
      ],
    ]);
    expect(host.values("Report", "A1:F1")).toEqual([[190, 6, "Amount", 3, 2, 5]]);
    // A formula in a table row refers to its own row; outside the table, [@Col] has no table to refer to.
    await host.run(async (context) => {
      const t = context.workbook.tables.getItem("Opps");
      t.columns.getItem("Owner").name = "Rep";
      await context.sync();
    });
    await writeFormulas(host, "Pipeline data", "D2:D3", [["=[@Amount]*2"], ["=Opps[@Amount]+1"]]);
    await writeFormulas(host, "Pipeline data", "F2", [["=[@Amount]"]]);
    expect(host.values("Pipeline data", "D1:D3")).toEqual([["Rep"], [200], [51]]);
    expect(host.values("Pipeline data", "F2")).toEqual([["#REF!"]]);
  });

  it("refuses the short form for a header with special characters, as Excel does: T[[Rev. 2025]] only", async () => {
    const host = createHost({ workbook: opps });
    host.setCell("Pipeline data", "C1", "Rev. 2025");
    host.setCell("Pipeline data", "B1", "Sales Stage");
    await writeFormulas(host, "Report", "A1:E1", [
      [
        "=SUM(Opps[Rev. 2025])",
        "=SUM(Opps[[Rev. 2025]])",
        '=COUNTIFS(Opps[Sales Stage],"Bid")',
        "=SUM(Opps[[Sales Stage]:[Rev. 2025]])",
        "=SUM(Opps[Rev'. 2025])",
      ],
    ]);
    expect(host.values("Report", "A1:E1")).toEqual([["#REF!", 190, 3, 190, "#REF!"]]);
    // Inside the table (column D), a row reference needs the inner brackets too.
    await writeFormulas(host, "Pipeline data", "D2:D3", [["=[@[Rev. 2025]]*2"], ["=[@Rev. 2025]"]]);
    expect(host.values("Pipeline data", "D2:D3")).toEqual([[200], ["#REF!"]]);
  });

  it("gives #REF! for an unknown table or column, and recovers when the table appears", async () => {
    const host = createHost();
    await writeFormulas(host, "Sheet1", "A1:B1", [["=SUM(Later[Amount])", "=SUM(Later[Nope])"]]);
    expect(host.values("Sheet1", "A1:B1")).toEqual([["#REF!", "#REF!"]]);
    host.setCells("Sheet1", "D1", [["Amount"], [3], [4]]);
    await host.run(async (context) => {
      const t = context.workbook.tables.add("Sheet1!D1:D3", true);
      t.name = "Later";
      await context.sync();
    });
    expect(host.values("Sheet1", "A1:B1")).toEqual([[7, "#REF!"]]);
  });

  it("follows a table that grows (rows.add) and a renamed column header", async () => {
    const host = createHost({ workbook: opps });
    await writeFormulas(host, "Report", "A1", [["=SUM(Opps[Amount])"]]);
    await host.run(async (context) => {
      const t = context.workbook.tables.getItem("Opps");
      t.rows.add(undefined, [["Fox", "Bid", 1000, "Li"]]);
      await context.sync();
    });
    expect(host.values("Report", "A1")).toEqual([[1190]]);
    expect(host.tables()[0]).toMatchObject({ address: "'Pipeline data'!A1:D7", rows: 6 });
    host.setCell("Pipeline data", "C1", "Value");
    expect(host.values("Report", "A1")).toEqual([["#REF!"]]);
    expect(host.tables()[0].columns).toEqual(["Account", "Stage", "Value", "Owner"]);
  });
});

describe("evaluation", () => {
  it("returns Excel error strings, spills dynamic arrays, and re-spills once a blocking cell is cleared", async () => {
    const host = createHost();
    await writeFormulas(host, "Sheet1", "A1:B1", [["=1/0", "=SEQUENCE(3)"]]);
    expect(host.values("Sheet1", "A1:B3")).toEqual([
      ["#DIV/0!", 1],
      ["", 2],
      ["", 3],
    ]);
    host.setCell("Sheet1", "B3", "blocker");
    expect(host.values("Sheet1", "B1")).toEqual([["#SPILL!"]]);
    host.setCell("Sheet1", "B3", null);
    expect(host.values("Sheet1", "B1:B3")).toEqual([[1], [2], [3]]);
  });

  it("accepts Excel's bare TRUE/FALSE literals (HyperFormula needs TRUE())", async () => {
    const host = createHost({ workbook: opps });
    await writeFormulas(host, "Report", "A1:B1", [
      ['=TEXTJOIN(", ",TRUE,Opps[Owner])', '=VLOOKUP("Coda",Opps[[Account]:[Amount]],3,FALSE)'],
    ]);
    expect(host.values("Report", "A1:B1")).toEqual([["Li, Wang, Li, Zhao, Wang", 25]]);
  });

  it("is not built until a formula's value is needed, however large the workbook", async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [i, `name ${i}`, i * 2]);
    const host = createHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C100000").values = rows;
      await context.sync();
    });
    expect(host.engineBuilt()).toBe(false);
    host.setCell("Sheet1", "E1", "=SUM(A1:A100000)");
    // A formula alone does not build it either; reading its value does.
    expect(host.engineBuilt()).toBe(false);
    expect(host.values("Sheet1", "E1")).toEqual([[4_999_950_000]]);
    expect(host.engineBuilt()).toBe(true);
  });

  it("keeps one engine across syncs and sheet changes", async () => {
    const host = createHost();
    await writeFormulas(host, "Sheet1", "A1", [["=Other!A1+1"]]);
    await writeFormulas(host, "Other", "A1", [["=40+1"]]);
    expect(host.values("Sheet1", "A1")).toEqual([[42]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Other").delete();
      await context.sync();
    });
    expect(host.values("Sheet1", "A1")).toEqual([["#REF!"]]);
    expect(host.model.engine.builds).toBe(1);
  });

  it("uses Excel's 1900 date system (serial 1 = 1900-01-01, with the phantom 1900-02-29)", () => {
    const host = createHost();
    host.setCells("Sheet1", "A1", [
      ["=DATE(2024,3,5)", "=DATE(1900,1,1)", "=DATE(1900,3,1)", "=DAY(60)", '=TEXT(45356,"yyyy-mm-dd")'],
    ]);
    expect(host.values("Sheet1", "A1:E1")).toEqual([[45356, 1, 61, 29, "2024-03-05"]]);
  });

  it("resolves workbook names in formulas", async () => {
    const host = createHost({ workbook: opps });
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Pipeline data");
      context.workbook.names.add("Amounts", ws.getRange("C2:C6"));
      ws.getRange("F1").formulas = [["=SUM(Amounts)"]];
      await context.sync();
    });
    expect(host.values("Pipeline data", "F1")).toEqual([[190]]);
  });
});

/**
 * What HyperFormula 3.5 does with formulas the reports may want. These assertions pin the current
 * behaviour; if an upgrade changes it, this test says so.
 */
describe("HyperFormula capabilities (as tried through the host)", () => {
  const cases: [string, string, unknown][] = [
    ["FILTER spills the matching rows", "=FILTER(Opps[Account],Opps[Amount]>20)", ["Acme", "Beta", "Coda"]],
    [
      "TEXTJOIN with a bare TRUE (translated to TRUE())",
      '=TEXTJOIN(",",TRUE,Opps[Stage])',
      ["Bid,Verify,Bid,Negotiate & sign,Bid"],
    ],
    ["SUM of COUNTIFS with an array-constant criterion", '=SUM(COUNTIFS(Opps[Stage],{"Bid","Verify"}))', [4]],
    [
      "SUMPRODUCT of COUNTIFS with an array-constant criterion",
      '=SUMPRODUCT(COUNTIFS(Opps[Stage],{"Bid","Verify"}))',
      [4],
    ],
    ["PERCENTILE.INC over a structured reference", "=PERCENTILE.INC(Opps[Amount],0.5)", [25]],
    ["UNIQUE", "=ROWS(UNIQUE(Opps[Owner]))", [3]],
    ["XLOOKUP", '=XLOOKUP("Dyne",Opps[Account],Opps[Amount])', [10]],
    ["PERCENTRANK.INC is missing (#NAME?)", "=PERCENTRANK.INC(Opps[Amount],25)", ["#NAME?"]],
    ["SORTBY is missing (#NAME?)", "=SORTBY(Opps[Account],Opps[Amount])", ["#NAME?"]],
    ["LET is missing (#NAME?)", "=LET(x,1,x+1)", ["#NAME?"]],
    ["spill references (A1#) do not parse (#ERROR!)", "=SUM(A1#)", ["#ERROR!"]],
  ];
  it.each(cases)("%s", async (_title, formula, expected) => {
    const host = createHost({ workbook: opps });
    await writeFormulas(host, "Report", "B1", [[formula]]);
    const got = host.values("Report", `B1:B${(expected as unknown[]).length}`).map((r) => r[0]);
    expect(got).toEqual(expected);
  });

  it("COUNTIFS with an array-constant criterion spills one count per criterion, as in Excel 365", async () => {
    const host = createHost({ workbook: opps });
    await writeFormulas(host, "Report", "B1", [['=COUNTIFS(Opps[Stage],{"Bid","Verify"})']]);
    expect(host.values("Report", "B1:D1")).toEqual([[3, 1, ""]]);
  });
});

describe("Excel text rules HyperFormula lacks", () => {
  const names: WorkbookSpec = {
    sheets: [
      {
        name: "Names",
        cells: [
          ["Rep", "Amount"],
          ['\'=HYPERLINK("http://x","y")', 100],
          ["'=a<b", 20],
          ['Say "hi"', 3],
          ["Mia", 4],
          ['\'=HYPERLINK("http://x","y") 2', 5],
        ],
      },
    ],
  };

  it('reads "" inside a string literal as one quote, also in criteria', async () => {
    const host = createHost({ workbook: names });
    await writeFormulas(host, "Names", "D1:F1", [
      ['=LEN("a""b")', '=SUMIFS(B2:B6,A2:A6,"Say ""hi""")', '=IF(A4="Say ""hi""","same","")'],
    ]);
    expect(host.values("Names", "D1:F1")).toEqual([[3, 3, "same"]]);
    expect(host.formulas("Names", "D1")).toEqual([['=LEN("a""b")']]);
  });

  it("reads only a criterion's leading operator: ==x matches the text =x, <>=x everything else", async () => {
    const host = createHost({ workbook: names });
    await writeFormulas(host, "Names", "D1:H1", [
      [
        '=SUMIFS(B2:B6,A2:A6,"==HYPERLINK(""http://x"",""y"")")',
        '=SUMIFS(B2:B6,A2:A6,"==a<b")',
        '=COUNTIFS(A2:A6,"<>=a<b")',
        '=SUMIFS(B2:B6,A2:A6,"==hyperlink*")',
        '=SUMIFS(B2:B6,A2:A6,"=Mia")',
      ],
    ]);
    expect(host.values("Names", "D1:H1")).toEqual([[100, 20, 4, 105, 4]]);
  });
});
