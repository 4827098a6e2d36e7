// DOMAIN.md §2: date columns read with their cells' number formats (what Office.js gives as numberFormat).
import { readDate, serialFromYmd } from "../../src/core/dates";
import { formatKind } from "../../src/core/number-formats";
import { formatColumns, parseTable } from "../../src/core/parse-table";

describe("formatKind", () => {
  it.each([
    ["General", "general"],
    ["", "general"],
    [undefined, "general"],
    ["@", "text"],
    ["yyyy-mm-dd", "date"],
    ["m/d/yyyy", "date"],
    ["[$-409]mmmm d, yyyy;@", "date"],
    ['yyyy"年"m"月"d"日"', "date"],
    ["h:mm AM/PM", "date"],
    ["[h]:mm:ss", "date"],
    ["0.00", "number"],
    ["#,##0", "number"],
    ['0.0 "days"', "number"],
    ["0.00E+00", "number"],
    ["#,##0;[Red]-#,##0", "number"],
    ["0%", "percent"],
    ["0.0%", "percent"],
    ["$#,##0.00", "currency"],
    ["¥#,##0", "currency"],
    ["[$€-407] #,##0.00", "currency"],
    ['"CNY" #,##0', "number"],
  ])("%p is %p", (format, kind) => expect(formatKind(format)).toBe(kind));
});

describe("readDate with the cell's number format", () => {
  const serial = serialFromYmd(2026, 3, 5); // 46086

  it("takes any serial formatted as a date, and any serial ≥ 1 when the format is unknown", () => {
    expect(readDate(serial, "yyyy-mm-dd")).toEqual({ kind: "number", value: serial });
    expect(readDate(12.75, "m/d/yyyy")).toEqual({ kind: "number", value: 12 });
    expect(readDate(12)).toEqual({ kind: "number", value: 12 });
  });

  it("takes a General, text or plain-number serial only in a plausible range (1950–2100)", () => {
    expect(readDate(serial, "General")).toEqual({ kind: "number", value: serial });
    expect(readDate(serial, "@")).toEqual({ kind: "number", value: serial });
    expect(readDate(serial + 0.5, "0.00")).toEqual({ kind: "number", value: serial });
    expect(readDate(serialFromYmd(1950, 1, 1), "General").kind).toBe("number");
    expect(readDate(serialFromYmd(1949, 12, 31), "General")).toEqual({
      kind: "bad",
      code: "numberNotADate",
      params: { value: 18263, format: "General" },
      reason: "18263 is not a date (its format is General; format the cell as a date)",
    });
    expect(readDate(12, "General")).toMatchObject({ kind: "bad", reason: expect.stringMatching(/^12 is not a date/) });
    expect(readDate(2024, "0")).toMatchObject({ kind: "bad", reason: expect.stringContaining("format is 0;") });
    expect(readDate(serialFromYmd(2101, 1, 1), "#,##0").kind).toBe("bad");
  });

  it("rejects percentages, currency amounts and numbers below 1 whatever the format", () => {
    expect(readDate(serial, "0%")).toEqual({
      kind: "bad",
      code: "dateFormattedAs",
      params: { value: 46086, as: "percent", format: "0%" },
      reason: "46086 is formatted as a percentage (0%), not a date",
    });
    expect(readDate(serial, "$#,##0")).toEqual({
      kind: "bad",
      code: "dateFormattedAs",
      params: { value: 46086, as: "currency", format: "$#,##0" },
      reason: "46086 is formatted as currency ($#,##0), not a date",
    });
    expect(readDate(0.5, "yyyy-mm-dd")).toEqual({
      kind: "bad",
      code: "serialNotADate",
      params: { value: 0.5 },
      reason: "0.5 is not a date",
    });
  });

  it("reads date text as before, whatever the format", () => {
    expect(readDate("2026-03-05", "@")).toEqual({ kind: "number", value: serial });
    expect(readDate("2026-03-05", "0%")).toEqual({ kind: "number", value: serial });
  });
});

describe("parseTable with number formats", () => {
  const values = [
    ["Account", "Stage", "Amount", "Created", "Close Date"],
    ["Acme", 1, 1000, 46086, 46100],
    ["Beta", 2, 2000, 12, 46100],
    ["Coda", 3, 3000, 46086, 1.5],
    ["Dune", 4, 4000, 46086, "2026-04-01"],
  ];
  const numberFormats = [
    ["General", "General", "General", "General", "General"],
    ["General", "General", "#,##0", "yyyy-mm-dd", "General"],
    ["General", "General", "#,##0", "General", "yyyy-mm-dd"],
    ["General", "General", "#,##0", "yyyy-mm-dd", "0%"],
    ["General", "General", "#,##0", "@", "@"],
  ];

  it("blanks a date cell that is clearly not a date, with a located warning, and keeps the row (DOMAIN.md §2)", () => {
    const t = parseTable("opportunities", { sheet: "Opps", values, numberFormats, headerRow: 3, firstColumn: 1 });
    expect(t.rows.map((r) => [r.account, r.created, r.expectedClose])).toEqual([
      ["Acme", 46086, 46100],
      ["Beta", null, 46100],
      ["Coda", 46086, null],
      ["Dune", 46086, serialFromYmd(2026, 4, 1)],
    ]);
    expect(t.errors).toEqual([]);
    expect(t.warnings).toEqual([
      {
        sheet: "Opps",
        row: 5,
        column: "Created",
        address: "E5",
        code: "numberNotADate",
        params: { value: 12, format: "General" },
        reason: "12 is not a date (its format is General; format the cell as a date)",
      },
      {
        sheet: "Opps",
        row: 6,
        column: "Close Date",
        address: "F6",
        code: "dateFormattedAs",
        params: { value: 1.5, as: "percent", format: "0%" },
        reason: "1.5 is formatted as a percentage (0%), not a date",
      },
    ]);
    expect([t.rowsRead, t.rowsSkipped]).toEqual([4, 0]);
  });

  it("without formats (or where a cell's format is unknown) reads serials as before", () => {
    const t = parseTable("opportunities", { sheet: "Opps", values });
    expect(t.rows.map((r) => [r.created, r.expectedClose])).toEqual([
      [46086, 46100],
      [12, 46100],
      [46086, 1],
      [46086, serialFromYmd(2026, 4, 1)],
    ]);
    const partial = parseTable("opportunities", { sheet: "Opps", values, numberFormats: [numberFormats[0]] });
    expect(partial.errors).toEqual([]);
  });

  it("names the columns whose formats the parser uses: the mapped date fields", () => {
    expect(formatColumns("opportunities", values[0])).toEqual([3, 4]);
    expect(formatColumns("opportunities", values[0], { created: null })).toEqual([4]);
    expect(formatColumns("accounts", ["Account", "Contribution", "Potential"])).toEqual([]);
  });
});
