// A1 column letters and addresses. Excel's grid ends at column XFD, the 16,384th ("Excel specifications and
// limits", support.microsoft.com).
import { cellAddress, columnLetter, parseCell, rangeAddress } from "../../src/core/a1";
import { columnLetters as hostColumnLetters } from "../host/a1";

describe("columnLetter", () => {
  it("counts A..Z, then AA, then AAA, up to XFD", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual([
      "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD",
    ]); // prettier-ignore
  });

  it("agrees with the in-memory host's own letters (written separately) on every column of the grid", () => {
    const differ: number[] = [];
    for (let c = 0; c < 16384; c++) if (columnLetter(c) !== hostColumnLetters(c)) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("reads back through parseCell, and builds cell and range addresses", () => {
    for (const col of [0, 25, 26, 701, 702, 16383]) expect(parseCell(`${columnLetter(col)}7`)).toEqual({ row: 6, col });
    expect(cellAddress(0, 0)).toBe("A1");
    expect(rangeAddress(3, 27, 2, 3)).toBe("AB4:AD5");
    expect(rangeAddress(3, 27, 1, 1)).toBe("AB4");
  });
});
