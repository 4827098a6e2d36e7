import { parseTable } from "../../src/core/parse-table";
import { readDate, serialFromYmd } from "../../src/core/dates";
import { readNumber } from "../../src/core/numbers";

// DOMAIN.md §2: input tables, header detection, coercion and located errors.
describe("header detection", () => {
  it("maps English headers case- and spacing-insensitively", () => {
    const t = parseTable("accounts", {
      sheet: "Accounts",
      values: [
        ["account id", "ACCOUNT NAME", "Vertical", "Revenue LTM", "Potential Value"],
        ["C1", "Acme", "Energy", 100, 200],
      ],
    });
    expect(t.mapping).toMatchObject({
      accountId: 0,
      name: 1,
      industry: 2,
      contribution: 3,
      potential: 4,
      region: null,
    });
    expect(t.rows[0]).toMatchObject({
      accountId: "C1",
      name: "Acme",
      industry: "Energy",
      contribution: 100,
      potential: 200,
      region: null,
      _row: 2,
    });
  });

  it("maps Chinese and full-width headers", () => {
    const t = parseTable("opportunities", {
      sheet: "商机",
      values: [
        ["商机编号", "客户名称", "负责人", "商机阶段", "状态", "预计金额", "进入阶段日期", "ＡＭＯＵＮＴ"],
        ["O1", "华东电网", "王伟", "需求分析", "赢单", "1,200", "2026/3/5", 9],
      ],
    });
    expect(t.mapping).toMatchObject({
      opportunityId: 0,
      account: 1,
      owner: 2,
      stage: 3,
      status: 4,
      amount: 5,
      stageEntered: 6,
    });
    expect(t.rows[0]).toMatchObject({
      account: "华东电网",
      stage: 2,
      status: 1,
      amount: 1200,
      stageEntered: serialFromYmd(2026, 3, 5),
    });
  });

  it("lets the user override any mapping by header text or column index, taking the column away from another field", () => {
    const values = [
      ["Name", "Sales", "Upside", "Segment"],
      ["Acme", 1, 2, "x"],
    ];
    expect(parseTable("accounts", { sheet: "S", values }).missing).toEqual(["name", "potential"]);
    const t = parseTable(
      "accounts",
      { sheet: "S", values },
      { mapping: { name: "name", potential: 2, industry: null } },
    );
    expect(t.missing).toEqual([]);
    expect(t.rows[0]).toMatchObject({ name: "Acme", contribution: 1, potential: 2, industry: null });
  });

  it("reports a missing required column at the header row and reads no rows", () => {
    const t = parseTable("quotas", { sheet: "Q", values: [["Rep"], ["A"], ["B"]], headerRow: 3, firstColumn: 2 });
    expect(t.errors).toEqual([
      {
        sheet: "Q",
        row: 3,
        column: "",
        address: "C3",
        code: "missingColumn",
        params: { field: "quota" },
        reason: "no column for required field quota",
      },
    ]);
    expect(t.rowsSkipped).toBe(2);
  });
});

describe("bad input", () => {
  const values = [
    ["Account ID", "Account Name", "Contribution", "Potential", "Manual Tier"],
    ["C1", "Good", "¥2,000", "$ 3,500.50", "a"],
    ["C2", "", 10, 10, ""],
    ["C3", "Ambiguous", "3.5M", 10, ""],
    ["C4", "Negative", -5, "about 2000", ""],
    ["C5", "Error", "#N/A", 10, "E"],
    ["", "", "", "", ""],
    ["C6", '=HYPERLINK("http://x","y")', 1, 1, ""],
  ];
  const t = parseTable("accounts", { sheet: "Accounts", values, headerRow: 4, firstColumn: 1 });

  it("keeps good rows, coercing currency text, and keeps hostile text as text", () => {
    expect(t.rows.map((r) => [r.name, r.contribution, r.potential, r.manualTier])).toEqual([
      ["Good", 2000, 3500.5, "A"],
      ['=HYPERLINK("http://x","y")', 1, 1, null],
    ]);
    expect(t.rows.map((r) => r._row)).toEqual([5, 11]);
  });

  it("counts numbers read from text per field in good rows only, with the first cell (live formulas skip them)", () => {
    // Row 7's "3.5M" is bad, so its row is skipped; the text in skipped rows does not count.
    expect(t.textNumbers).toEqual({ contribution: { count: 1, first: "D5" }, potential: { count: 1, first: "E5" } });
    const more = parseTable("quotas", {
      sheet: "Quotas",
      values: [
        ["Rep", "Quota"],
        ["A", 5],
        ["B", "12,000"],
        ["C", "¥1,200,000"],
        ["D", "x"],
      ],
    });
    expect(more.textNumbers).toEqual({ quota: { count: 2, first: "B3" } });
  });

  it("locates every bad cell with sheet, row, column and reason, skipping but counting the row", () => {
    expect(t.errors.map((e) => `${e.address} ${e.column}: ${e.reason}`)).toEqual([
      "C6 Account Name: name is blank",
      'D7 Contribution: "3.5M" is not a number',
      "D8 Contribution: contribution -5 is negative",
      'E8 Potential: "about 2000" is not a number',
      "D9 Contribution: Excel error #N/A",
    ]);
    // A bad optional cell is a warning: the cell is blanked, never the reason a row is skipped.
    expect(t.warnings.map((e) => `${e.address} ${e.column}: ${e.reason}`)).toEqual([
      'F9 Manual Tier: "E" is not a tier A–D',
    ]);
    expect([t.rowsRead, t.rowsSkipped]).toEqual([6, 4]);
  });

  it("never modifies the source values", () => {
    const copy = JSON.parse(JSON.stringify(values));
    parseTable("accounts", { sheet: "Accounts", values });
    expect(values).toEqual(copy);
  });

  it("accepts a won opportunity without a stage but not an open one", () => {
    const o = parseTable("opportunities", {
      sheet: "O",
      values: [
        ["Account", "Stage", "Status", "Amount"],
        ["A", "", "Won", 5],
        ["B", "", "Open", 5],
        ["C", "Pitch", "", 5],
      ],
    });
    expect(o.rows.map((r) => [r.account, r.stage])).toEqual([["A", null]]);
    expect(o.errors.map((e) => e.reason)).toEqual(["stage is blank", 'unknown stage "Pitch"']);
  });
});

describe("cell coercion", () => {
  it.each([
    ["1,234", 1234],
    ["¥2,000", 2000],
    ["$ 3,500.50", 3500.5],
    ["￥1,000元", 1000],
    ["(1,200)", -1200],
    ["-$5", -5],
    ["12%", 0.12],
    [" 42 ", 42],
  ])("reads %p as %p", (text, value) => expect(readNumber(text)).toMatchObject({ kind: "number", value }));

  it.each(["3.5M", "about 2000", "1,23", "1.2.3", "$", "TRUE", "#VALUE!"])("rejects %p", (text) =>
    expect(readNumber(text).kind).toBe("bad"),
  );

  it.each([
    [46090, 46090],
    ["2026-03-31", serialFromYmd(2026, 3, 31)],
    ["2026/3/31", serialFromYmd(2026, 3, 31)],
    ["2026年3月31日", serialFromYmd(2026, 3, 31)],
    ["31/03/2026", serialFromYmd(2026, 3, 31)],
    ["2026-03-31T10:00:00Z", serialFromYmd(2026, 3, 31)],
  ])("reads date %p", (v, serial) => expect(readDate(v)).toEqual({ kind: "number", value: serial }));

  it("matches Excel's serials and refuses ambiguous or impossible dates", () => {
    expect(serialFromYmd(1900, 3, 1)).toBe(61); // Excel: 1900-03-01 is 61 (after the fictitious 1900-02-29)
    expect(serialFromYmd(2026, 11, 23)).toBe(46349);
    expect(readDate("03/04/2026")).toMatchObject({ kind: "bad", reason: expect.stringMatching(/ambiguous/) });
    expect(readDate("2026-02-30").kind).toBe("bad");
    expect(readDate("next week").kind).toBe("bad");
  });
});
