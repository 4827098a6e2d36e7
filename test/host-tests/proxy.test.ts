/**
 * Proxy semantics: reads need load + sync, writes are queued and applied at sync, paths resolve lazily,
 * *OrNullObject proxies report isNullObject after the next sync, and a proxy cannot outlive its batch.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-navigational-load --
   this file checks what the host does when the rules those lints enforce are broken (and the { select, expand } load form). */
import { createHost, HostError } from "../host";

const seeded = () =>
  createHost({
    workbook: {
      sheets: [
        {
          name: "Data",
          cells: [
            ["Account", "Amount"],
            ["Acme", 10],
            ["Beta", 20],
          ],
        },
        { name: "Notes", cells: [["hello"]] },
      ],
    },
  });

describe("property reads", () => {
  it("throw PropertyNotLoaded before load, and after load until the sync", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      expect(() => range.values).toThrow(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      range.load("values");
      expect(() => range.values).toThrow(HostError);
      await context.sync();
      expect(range.values).toEqual([
        ["Account", "Amount"],
        ["Acme", 10],
        ["Beta", 20],
      ]);
      // Only what was loaded is available.
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("carry Excel's code, debugInfo and error location", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      let caught: unknown;
      try {
        void ws.name;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(HostError);
      const err = caught as HostError;
      expect(err.code).toBe("PropertyNotLoaded");
      expect(err.name).toBe("RichApi.Error");
      expect(err.debugInfo).toMatchObject({ code: "PropertyNotLoaded", errorLocation: "Worksheet.name" });
    });
  });

  it("are a snapshot taken at the sync", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("B2");
      cell.load("values");
      await context.sync();
      host.setCell("Data", "B2", 99);
      expect(cell.values).toEqual([[10]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[99]]);
    });
  });

  it("return what this proxy last wrote, as Office.js caches assignments", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("C1");
      cell.values = [["=1+1"]];
      expect(cell.values).toEqual([["=1+1"]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[2]]);
    });
  });

  it("accept every load form: string, array, { select }, nested object, and items/ paths", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const r1 = sheets.getItem("Data").getRange("A1");
      const r2 = sheets.getItem("Data").getRange("A2");
      const r3 = sheets.getItem("Data").getRange("A3");
      const r4 = sheets.getItem("Data").getRange("B2");
      r1.load("values, address");
      r2.load(["values", "format/fill/color"]);
      r3.load({ select: "values,rowIndex", expand: "format" });
      r4.load({ values: true, format: { font: { bold: true } } });
      sheets.load("items/name");
      await context.sync();
      expect([r1.values, r1.address]).toEqual([[["Account"]], "Data!A1"]);
      expect([r2.values, r2.format.fill.color]).toEqual([[["Acme"]], "#FFFFFF"]);
      expect([r3.values, r3.rowIndex]).toEqual([[["Beta"]], 2]);
      expect([r4.values, r4.format.font.bold]).toEqual([[[10]], false]);
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Notes"]);
    });
  });

  it("of a ClientResult wait for the sync too", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});

describe("queued writes", () => {
  it("apply only at sync, in order, and objects returned by add() work in the same sync", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.add("X");
      ws.getRange("A1").values = [[1]];
      ws.getRange("A1").values = [[2]];
      expect(host.sheetNames()).toEqual(["Data", "Notes"]);
      await context.sync();
      expect(host.sheetNames()).toEqual(["Data", "Notes", "X"]);
      expect(host.values("X", "A1")).toEqual([[2]]);
    });
  });

  it("are sent by Excel.run when the batch ends without a sync", async () => {
    const host = seeded();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("B1").values = [["late"]];
    });
    expect(host.values("Notes", "B1")).toEqual([["late"]]);
    expect(host.stats.syncs).toBe(1);
  });

  it("reject the sync at the first failing action; earlier actions stay applied, later ones do not", async () => {
    const host = seeded();
    await expect(
      host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Notes").getRange("A2").values = [["before"]];
        sheets.getItem("Missing").getRange("A1").values = [["x"]];
        sheets.getItem("Notes").getRange("A3").values = [["after"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound", debugInfo: { errorLocation: "Range.values" } });
    expect(host.values("Notes", "A2:A3")).toEqual([["before"], [""]]);
  });

  it("leave a path that no action uses unresolved, so a missing item is not an error", async () => {
    const host = seeded();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Missing");
      context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await context.sync();
    });
  });
});

describe("object identity across syncs", () => {
  it("re-evaluates range paths in each sync, but keeps sheets by identity through a rename", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const used = ws.getUsedRange();
      used.load("address");
      await context.sync();
      expect(used.address).toBe("Data!A1:B3");
      ws.getRange("C5").values = [["more"]];
      ws.name = "Renamed";
      await context.sync();
      used.load("address");
      ws.load("name");
      await context.sync();
      expect(used.address).toBe("Renamed!A1:C5");
      expect(ws.name).toBe("Renamed");
    });
  });
});

describe("null objects", () => {
  it("report isNullObject after the next sync, without a load", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const found = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
    });
  });

  it("refuse property reads and actions", async () => {
    const host = seeded();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/null object/);
      missing.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("getItem on a missing item rejects the sync with ItemNotFound", async () => {
    const host = seeded();
    const run = host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Missing");
      ws.load("name");
      await context.sync();
    });
    await expect(run).rejects.toBeInstanceOf(HostError);
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("request contexts", () => {
  it("refuse proxies after Excel.run has finished", async () => {
    const host = seeded();
    const range = await host.run(async (context) => context.workbook.worksheets.getItem("Data").getRange("A1"));
    expect(() => {
      range.values = [[1]];
    }).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  it("refuse mixing proxies of two contexts", async () => {
    const host = seeded();
    await host.run(async (outer) => {
      const a1 = outer.workbook.worksheets.getItem("Data").getRange("A1");
      await host.run(async (inner) => {
        const ws = inner.workbook.worksheets.getItem("Data");
        expect(() => ws.freezePanes.freezeAt(a1)).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
      });
    });
  });

  it("context.sync passes a value through", async () => {
    const host = seeded();
    await host.run(async (context) => {
      await expect(context.sync(42)).resolves.toBe(42);
    });
  });
});
