/** The host's total row (test/host/README.md): where each table range starts and ends when totals show. */
import { createHost } from "../host";

const host = () =>
  createHost({
    workbook: {
      sheets: [
        {
          name: "S",
          cells: [
            ["Name", "Amount"],
            ["a", 10],
            ["b", 32],
            ["Total", "=SUBTOTAL(109,T[Amount])"],
          ],
          tables: [{ name: "T", range: "A1:B4", showTotals: true }],
        },
      ],
    },
  });

describe("a table with a total row", () => {
  it("includes it in getRange, leaves it out of getDataBodyRange and T[Col], and gives it as getTotalRowRange", async () => {
    const h = host();
    const got = await h.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      const all = t.getRange().load("address");
      const body = t.getDataBodyRange().load("address,values");
      const totals = t.getTotalRowRange().load("address,values");
      const rows = t.rows.load("count");
      t.load("showTotals");
      await context.sync();
      return {
        all: all.address,
        body: body.address,
        totals: totals.address,
        values: totals.values,
        rows: rows.count,
        on: t.showTotals,
      };
    });
    expect(got).toEqual({
      all: "S!A1:B4",
      body: "S!A2:B3",
      totals: "S!A4:B4",
      values: [["Total", 42]],
      rows: 2,
      on: true,
    });
    expect(h.tables()[0]).toMatchObject({ address: "S!A1:B4", dataAddress: "S!A2:B3", rows: 2, showTotals: true });
  });

  it("has no total row range once totals are off (ItemNotFound, as Office.js)", async () => {
    const h = host();
    await expect(
      h.run(async (context) => {
        const t = context.workbook.tables.getItem("T");
        t.showTotals = false;
        t.getTotalRowRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
