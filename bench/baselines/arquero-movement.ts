/**
 * arquero baseline for DOMAIN.md §9 movement: the snapshots at t0 and t1 filtered out of the stacked history,
 * joined on the opportunity ID, and each row labelled by the §9 table. Statuses are 0 open, 1 won, 2 lost; an
 * opportunity missing from a snapshot has no row there. Expressions are strings (see arquero.ts for why).
 */
import { table } from "arquero";

export interface StackedColumns {
  id: string[];
  date: Float64Array;
  stage: Int16Array;
  status: Int8Array;
}

/** Label counts between snapshot dates t0 and t1, by the same table as src/core/movement.ts. */
export function movementArquero(cols: StackedColumns, t0: number, t1: number): Record<string, number> {
  const all = table({ id: cols.id, date: cols.date, stage: cols.stage, status: cols.status }).params({ t0, t1 });
  const before = all.filter("d.date == $.t0").select({ id: "id", stage: "g0", status: "s0" });
  const after = all.filter("d.date == $.t1").select({ id: "id", stage: "g1", status: "s1" });
  const labelled = before.join_full(after, "id").derive({
    label:
      "(d.s0 == 1 || d.s0 == 2) ? (d.s1 == 0 ? 'Reopened' : 'Closed')" +
      " : d.s1 == 1 ? 'Won' : d.s1 == 2 ? 'Lost' : d.s0 == null ? 'New' : d.s1 == null ? 'Dropped'" +
      " : d.g1 > d.g0 ? 'Advanced' : d.g1 < d.g0 ? 'Slipped' : 'Unchanged'",
  });
  const counts = labelled.groupby("label").count();
  const labels = counts.array("label");
  const n = counts.array("count");
  const out: Record<string, number> = {};
  for (let i = 0; i < counts.numRows(); i++) out[String(labels[i])] = Number(n[i]);
  return out;
}
