/**
 * The host counts a custom function's argument and result payloads (test/host/README.md [payload]): past
 * the limit the call gives #ERROR! where Excel on the web would hang at #BUSY!. With the real 5 MB limit
 * the product's own guard answers first, with its clear #VALUE!.
 */
import { FUNCTION_PAYLOAD_BUDGET_BYTES, FUNCTION_PAYLOAD_LIMIT_BYTES } from "../../src/functions/payload";
import { createHost, SeedCell } from "../host";

function host(cells: SeedCell[][], functionPayloadLimitBytes?: number) {
  return createHost({ functionPayloadLimitBytes, workbook: { sheets: [{ name: "Data", cells }] } });
}

describe("custom-function payloads in the host", () => {
  it("refuses a call whose arguments are over the limit, and counts the result too", () => {
    const cells: SeedCell[][] = Array.from({ length: 300 }, (_, i) => [i + 0.123456789, i]);
    const h = host(cells, 4000);
    h.setCell("Data", "D1", "=KAM.BAND(A1:A300)"); // about 5.1 KB of arguments
    h.setCell("Data", "E1", "=KAM.BAND(B1:B300)"); // about 1.5 KB in, 1.8 KB out
    h.setCell("Data", "F1", "=KAM.SCORE(B1:B300)"); // about 1.5 KB in, about 5 KB of scores out
    expect(h.cell("Data", "D1").value).toBe("#ERROR!");
    expect(h.cell("Data", "E1").value).toBe("L");
    expect(h.cell("Data", "F1").value).toBe("#ERROR!");
    const roomy = host(cells);
    roomy.setCell("Data", "D1", "=KAM.BAND(A1:A300)");
    expect(roomy.cell("Data", "D1").value).toBe("L");
  });

  it("at 5 MB, a live KAM.SCORE just under the limit shows the product's #VALUE! message, not a hang", () => {
    let seed = 5;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1e6;
    // Rows of four decimals until the arguments are between the product's budget (95%) and the 5 MB limit.
    const cells: SeedCell[][] = [];
    let bytes = 2;
    while (
      bytes <
      FUNCTION_PAYLOAD_BUDGET_BYTES + 0.5 * (FUNCTION_PAYLOAD_LIMIT_BYTES - FUNCTION_PAYLOAD_BUDGET_BYTES)
    ) {
      const row = [next(), next(), next(), next()];
      cells.push(row);
      bytes += JSON.stringify(row).length + 1;
    }
    const h = host(cells);
    h.setCell("Data", "F1", `=KAM.SCORE(A1:D${cells.length})`);
    expect(h.cell("Data", "F1").value).toBe("#VALUE!");
    const engine = h.model.engine.instance();
    const err = engine.getCellValue({ sheet: engine.getSheetId("Data") as number, row: 0, col: 5 }) as {
      message?: string;
    };
    expect(err.message).toMatch(/^KAM\.SCORE: its ranges are about 4\.\d\d MB, more than the 4\.75 MB/);
    // A few more rows and the arguments cannot reach the add-in at all: the host shows the hang as #ERROR!.
    h.setCell("Data", "G1", `=KAM.SCORE(A1:D${cells.length + 4000})`);
    h.setCells(
      "Data",
      `A${cells.length + 1}`,
      Array.from({ length: 4000 }, () => [next(), next(), next(), next()]),
    );
    expect(h.cell("Data", "G1").value).toBe("#ERROR!");
  });
});
