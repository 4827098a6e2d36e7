/** The live block's free-space rules, without Excel: which cells are looked at and which count as taken. */
import { cellsToCheck, occupiedCells, previousBlock } from "../../src/excel/live-block-space";

const target = { row: 0, col: 11, rows: 41, cols: 3 }; // L1:N41

describe("cellsToCheck", () => {
  it("looks at the whole target on a first run", () => {
    expect(cellsToCheck(target, null, 40)).toEqual([
      { row: 0, col: 11, rows: 41, cols: 1 },
      { row: 0, col: 12, rows: 41, cols: 1 },
      { row: 0, col: 13, rows: 41, cols: 1 },
    ]);
  });

  it("skips its own spilling columns, and looks under an anchor that shows #SPILL!", () => {
    const old = previousBlock(
      "L1:N2",
      [
        ["Score", "Tier", "Key account"],
        ["=KAM.SCORE(T[[A]:[D]])", "=KAM.TIER(T[A],T[B])", "=SUM(1)"],
      ],
      [
        ["Score", "Tier", "Key account"],
        [12.5, "#SPILL!", 1],
      ],
    );
    expect(old).toEqual({ row: 0, col: 11, owned: [true, true, false], spilling: [true, false, false] });
    expect(cellsToCheck(target, old, 40)).toEqual([
      { row: 2, col: 12, rows: 39, cols: 1 }, // below the blocked tier anchor
      { row: 0, col: 13, rows: 41, cols: 1 }, // the user replaced our key-account formula
    ]);
  });

  it("looks above and below its old block when the table has moved", () => {
    const old = previousBlock(
      "L3:N4",
      [
        ["S", "T", "K"],
        ['=KAM.SCORE(T[A],{1},"rank")', '=IF(1,"A",KAM.TIER(T[A],T[B]))', "=KAM.TOPPCT(KAM.SCORE(T[A]))"],
      ],
      [
        ["S", "T", "K"],
        [1, "A", true],
      ],
    );
    expect(cellsToCheck(target, old, 10)[0]).toEqual({ row: 0, col: 11, rows: 2, cols: 1 });
    expect(cellsToCheck(target, old, 10)[1]).toEqual({ row: 13, col: 11, rows: 28, cols: 1 });
  });
});

describe("occupiedCells", () => {
  it("counts every non-empty cell and names the first in reading order", () => {
    expect(occupiedCells([{ rowIndex: 0, columnIndex: 11, formulas: [[""], [""]] }])).toBeNull();
    expect(
      occupiedCells([
        { rowIndex: 8, columnIndex: 13, formulas: [[""], ["x"]] },
        { rowIndex: 4, columnIndex: 12, formulas: [[""], ['=""'], [0]] },
      ]),
    ).toEqual({ first: "M6", count: 3 });
  });
});
