/** TableColumnCollection.add and TableColumn.delete: Excel inserts or removes cells in the table's rows only. */
import { createHost, WorkbookSpec } from "../host";

// Accounts A1:C4 with a note right of it (E2), a formula below it (A6) and a small table further right (G1:G4).
const spec = (): WorkbookSpec => ({
  sheets: [
    {
      name: "Data",
      cells: [
        ["Account", "Contribution", "Potential", null, null, null, "Side"],
        ["Acme", 100, 300, null, "note", null, 1],
        ["Beta", 200, 100, null, null, null, 2],
        ["Coda", 300, 200, null, null, null, 3],
        [],
        ["=SUM(T[Contribution])", "=SUM(T[[Account]:[Potential]])", "below"],
      ],
      tables: [
        { name: "T", range: "A1:C4" },
        { name: "Side", range: "G1:G4" },
      ],
    },
  ],
});

const tableOf = (host: ReturnType<typeof createHost>, name: string) => host.tables().find((t) => t.name === name);

describe("TableColumnCollection.add", () => {
  it("appends a named column with values (header row first), shifting the cells right of the table", async () => {
    const host = createHost({ workbook: spec() });
    await host.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      const added = t.columns.add(undefined, [["ignored header"], [1], [2], [3]], "Reference");
      added.load("name,index,id,values");
      await context.sync();
      expect([added.name, added.index, added.id]).toEqual(["Reference", 3, 4]);
      expect(added.values).toEqual([["Reference"], [1], [2], [3]]);
    });
    expect(tableOf(host, "T")).toMatchObject({
      address: "Data!A1:D4",
      columns: ["Account", "Contribution", "Potential", "Reference"],
    });
    // Cells right of the table, in its rows, moved one column right; the rows below did not move.
    expect(host.values("Data", "D1:F2")).toEqual([
      ["Reference", "", ""],
      [1, "", "note"],
    ]);
    expect(tableOf(host, "Side")?.address).toBe("Data!H1:H4");
    expect(host.values("Data", "A6:C6")).toEqual([[600, 1200, "below"]]);
  });

  it("inserts at an index: later columns shift right and structured references follow their columns", async () => {
    const host = createHost({ workbook: spec() });
    await host.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      const potential = t.columns.getItem("Potential");
      t.columns.add(1, [["Region"], ["North"], ["South"], ["East"]]);
      potential.load("index");
      await context.sync();
      // A column keeps its identity when one is inserted before it.
      expect(potential.index).toBe(3);
    });
    expect(tableOf(host, "T")?.columns).toEqual(["Account", "Region", "Contribution", "Potential"]);
    expect(host.values("Data", "A2:D2")).toEqual([["Acme", "North", 100, 300]]);
    expect(host.formulas("Data", "A6:B6")).toEqual([["=SUM(T[Contribution])", "=SUM(T[[Account]:[Potential]])"]]);
    // T[Contribution] now reads column C; the span Account:Potential widened to include the text column.
    expect(host.values("Data", "A6:B6")).toEqual([[600, 1200]]);
    host.setCell("Data", "C3", 1000);
    expect(host.values("Data", "A6")).toEqual([[1400]]);
  });

  it('names unnamed columns "Column1", "Column2" and makes a duplicate header unique', async () => {
    const host = createHost({ workbook: spec() });
    await host.run(async (context) => {
      const columns = context.workbook.tables.getItem("T").columns;
      columns.add();
      columns.add(null as unknown as number, 7);
      columns.add(-1, undefined, "Potential");
      columns.add(0, undefined, "=HYPERLINK(1)");
      columns.load("items/name");
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual([
        "=HYPERLINK(1)",
        "Account",
        "Contribution",
        "Potential",
        "Column1",
        "Column2",
        "Potential2",
      ]);
    });
    // A scalar fills the data cells; header cells hold text, never formulas.
    expect(host.values("Data", "F2:F4")).toEqual([[7], [7], [7]]);
    expect(host.formulas("Data", "A1")).toEqual([["=HYPERLINK(1)"]]);
    expect(host.cell("Data", "A1").formula).toBeNull();
  });

  it("rejects a wrong-shaped values array or index, and a shift that would split another table", async () => {
    const host = createHost({ workbook: spec() });
    const tryAdd = (index?: number, values?: (string | number)[][]) =>
      host.run(async (context) => {
        context.workbook.tables.getItem("T").columns.add(index, values);
        await context.sync();
      });
    await expect(tryAdd(undefined, [[1], [2], [3]])).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(tryAdd(4)).rejects.toMatchObject({ code: "InvalidArgument" });
    host.loadWorkbook({
      sheets: [
        {
          name: "Data",
          cells: [["A"], [1], [2], [3], [4]],
          tables: [{ name: "T", range: "A1:A2" }],
        },
      ],
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C2:C5").values = [["x"], [1], [2], [3]];
      context.workbook.worksheets.getItem("Data").tables.add("C2:C5", true);
      await context.sync();
    });
    await expect(tryAdd()).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    expect(tableOf(host, "T")?.address).toBe("Data!A1:A2");
  });
});

describe("TableColumn.delete", () => {
  it("removes the column's cells and shifts the rest of the table's rows left", async () => {
    const host = createHost({ workbook: spec() });
    await host.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.columns.getItem("Contribution").delete();
      const columns = t.columns.load("count");
      await context.sync();
      expect(columns.count).toBe(2);
    });
    expect(tableOf(host, "T")).toMatchObject({ address: "Data!A1:B4", columns: ["Account", "Potential"] });
    expect(host.values("Data", "A2:D2")).toEqual([["Acme", 300, "", "note"]]);
    expect(tableOf(host, "Side")?.address).toBe("Data!F1:F4");
    expect(host.values("Data", "F1:F2")).toEqual([["Side"], [1]]);
    // A reference to the deleted column is #REF!; the span shrank with the table.
    expect(host.values("Data", "A6:C6")).toEqual([["#REF!", 600, "below"]]);
  });

  it("makes proxies of the deleted column unusable, and refuses to delete a table's only column", async () => {
    const host = createHost({ workbook: spec() });
    await host.run(async (context) => {
      const column = context.workbook.tables.getItem("T").columns.getItemAt(2);
      column.delete();
      await context.sync();
      column.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    await expect(
      host.run(async (context) => {
        context.workbook.tables.getItem("Side").columns.getItemAt(0).delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
