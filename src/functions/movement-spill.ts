/** KAM.MOVEMENT's body (DOMAIN.md §9): two aligned stage columns (and statuses) in, one movement label per row out. */
import { cellText, CellValue, isBlank } from "../core/cells";
import { ABSENT } from "../core/history";
import { movementLabel } from "../core/movement";
import { OPEN, readStatus, StageDef, stageResolver } from "../core/stages";
import { isOmitted, requireSameLength, Spill, spillFew, toVector, Vector } from "./args";
import { cellError, CellError } from "./cell-error";
import { readStages } from "./spills";

/** One opportunity at one snapshot as read from its cells: status (ABSENT when both are blank) and stage. */
type Side = { status: number; stage: number } | CellError;

/** Reads one side of a row: blank stage and status is absent; an outcome word in the stage sets the status. */
function sideReader(
  stages: readonly StageDef[],
  which: "previous" | "current",
): (stage: CellValue, status: CellValue) => Side {
  const resolve = stageResolver(stages);
  return (stageCell, statusCell) => {
    if (isBlank(stageCell) && isBlank(statusCell)) return { status: ABSENT, stage: -1 };
    const given = readStatus(statusCell);
    if (given < 0) return cellError("#N/A", `${which} status "${cellText(statusCell)}" is not Open, Won or Lost`);
    const r = resolve(stageCell);
    if (r.outcome !== null) {
      if (!isBlank(statusCell) && given !== r.outcome)
        return cellError(
          "#VALUE!",
          `${which} stage "${cellText(stageCell)}" contradicts status "${cellText(statusCell)}"`,
        );
      return { status: r.outcome, stage: -1 };
    }
    if (r.stage >= 0) return { status: given, stage: r.stage };
    if (isBlank(stageCell)) {
      // A closed deal needs no stage to be closed; an open one does.
      return given === OPEN
        ? cellError("#VALUE!", `${which} stage is blank for an open opportunity`)
        : { status: given, stage: -1 };
    }
    return cellError("#N/A", `unknown ${which} stage "${cellText(stageCell)}"`);
  };
}

/**
 * KAM.MOVEMENT body (DOMAIN.md §9): per row, how one opportunity moved from the previous snapshot to the
 * current one: New, Advanced, Slipped, Unchanged, Won, Lost, Dropped, Reopened or Closed; "" when absent
 * both times (a blank stage and status is absent). Statuses default to Open, or come from outcome words.
 */
export function movementSpill(
  previousStages: unknown,
  currentStages: unknown,
  previousStatuses?: unknown,
  currentStatuses?: unknown,
  stageTable?: unknown,
): Spill {
  const p = toVector(previousStages, "previousStages");
  const c = toVector(currentStages, "currentStages");
  requireSameLength(p, "previousStages", c, "currentStages");
  const optional = (arg: unknown, name: string): Vector | null => {
    if (isOmitted(arg)) return null;
    const v = toVector(arg, name);
    requireSameLength(p, "previousStages", v, name);
    return v;
  };
  const ps = optional(previousStatuses, "previousStatuses");
  const cs = optional(currentStatuses, "currentStatuses");
  const stages = readStages(stageTable);
  const before = sideReader(stages, "previous");
  const after = sideReader(stages, "current");
  return spillFew(p, (i) => {
    const a = before(p.at(i), ps ? ps.at(i) : null);
    if ("code" in a) return a;
    const b = after(c.at(i), cs ? cs.at(i) : null);
    if ("code" in b) return b;
    return movementLabel(a.status, a.stage, b.status, b.stage) ?? "";
  });
}
