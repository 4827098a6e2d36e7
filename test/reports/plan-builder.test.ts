import { PlanBuilder } from "../../src/reports/plan-builder";
import { SheetPlan } from "../../src/reports/plan";

const grid = (rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r}c${c}`));
const planOf = (b: PlanBuilder): SheetPlan => b.finish({ summary: { kind: "quotas", reps: 0, met: 0 } }, () => "");
const addresses = (p: SheetPlan) => Object.fromEntries(p.blocks.map((x) => [x.id, x.at]));

describe("PlanBuilder side-by-side placement", () => {
  it("places a block beside another, top-aligned, one empty column between by default", () => {
    const b = new PlanBuilder("quotas", "Test");
    b.title("T", "sub"); // cursor at row 4
    const left = b.block("left", { col: 1 }, grid(4, 4));
    const right = b.beside(left, "right", grid(2, 3));
    expect([left.all, right.all]).toEqual(["B4:E7", "G4:I5"]);
    expect(right.cell(1, 2)).toBe("I5");
    const far = b.beside(right, "far", grid(1, 1), { gap: 0 });
    expect(far.all).toBe("J4");
    expect(addresses(planOf(b))).toMatchObject({ left: "B4", right: "G4", far: "J4" });
  });

  it("continues below the lowest of the side-by-side blocks, whichever is taller", () => {
    const b = new PlanBuilder("quotas", "Test");
    const short = b.block("short", { col: 1, gap: 0 }, grid(2, 2)); // rows 1-2
    const tall = b.beside(short, "tall", grid(5, 2)); // rows 1-5
    b.below([short, tall]);
    expect(b.block("next", { col: 1 }, grid(1, 1)).all).toBe("B7"); // one empty row under row 5
    const a = b.block("a", { col: 1 }, grid(3, 1)); // rows 9-11, cursor at 13
    const c = b.beside(a, "c", grid(1, 1), { gap: 2 });
    expect(c.all).toBe("E9");
    b.below([c, a], 0);
    expect(b.block("flush", { col: 1 }, grid(1, 1)).all).toBe("B12");
  });

  it("leaves the cursor alone when placing beside, and skips rows on request", () => {
    const b = new PlanBuilder("quotas", "Test");
    const left = b.block("left", { col: 0 }, grid(1, 2)); // row 1, cursor at row 3
    b.beside(left, "right", grid(9, 1));
    b.skip(2);
    expect(b.block("next", { col: 0 }, grid(1, 1)).all).toBe("A5");
  });

  it("gives a beside block its header row in the house style", () => {
    const b = new PlanBuilder("quotas", "Test");
    const left = b.block("left", "B2", grid(3, 2));
    b.beside(left, "right", grid(3, 3), { header: true, numberFormat: "0.0" });
    const plan = planOf(b);
    expect(plan.formats).toEqual([expect.objectContaining({ range: "E2:G2", bold: true })]);
    expect(plan.blocks.find((x) => x.id === "right")).toMatchObject({ at: "E2", numberFormat: "0.0" });
  });
});
