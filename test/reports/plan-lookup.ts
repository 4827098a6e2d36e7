import { parseCell } from "../../src/core/a1";
import { PlanBlock, PlanCell, SheetPlan } from "../../src/reports";

/** The block with this id; fails the test when the plan has none. */
export function block(plan: SheetPlan, id: string): PlanBlock {
  const b = plan.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`plan has no block "${id}" (has ${plan.blocks.map((x) => x.id).join(", ")})`);
  return b;
}

/** The plan cell at an A1 address, searching every block. */
export function cellAt(plan: SheetPlan, address: string): PlanCell | undefined {
  const { row, col } = parseCell(address);
  for (const b of plan.blocks) {
    const at = parseCell(b.at);
    const r = row - at.row;
    const c = col - at.col;
    if (r >= 0 && r < b.cells.length && c >= 0 && c < (b.cells[r]?.length ?? 0)) return b.cells[r][c];
  }
  return undefined;
}

/** No two blocks overlap: a layout bug would otherwise overwrite cells silently. */
export function overlappingBlocks(plan: SheetPlan): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const b of plan.blocks) {
    const at = parseCell(b.at);
    b.cells.forEach((row, r) =>
      row.forEach((_, c) => {
        const key = `${at.row + r}:${at.col + c}`;
        const other = seen.get(key);
        if (other && other !== b.id)
          clashes.push(`${b.id} overlaps ${other} at row ${at.row + r + 1}, column ${at.col + c + 1}`);
        seen.set(key, b.id);
      }),
    );
  }
  return clashes;
}
