/**
 * The Movement sheet's middle sections (DOMAIN.md §9): open pipeline by period bucket (当期/下期/培育) at t0
 * and t1, the stage flow per owner, region or class when asked, and the Dropped and Slipped lists.
 */
import { isoFromSerial } from "../core/dates";
import { MovementItem, StageFlow } from "../core/movement";
import { PERIOD_BUCKETS } from "../core/pipeline";
import type { MovementSheet } from "./movement-sheet";
import { PlanCell } from "./plan";
import { DATE, NUMBER } from "./styles";

/** Open count and amount per bucket at each snapshot, each bucketed as of its own date, and the change. */
export function bucketsSection({ b, w, request, result }: MovementSheet): void {
  const [t0, t1] = [isoFromSerial(result.t0), isoFromSerial(result.t1)];
  b.caption("bucketsCaption", w.bucketsCaption(request.model.reports.period));
  const top = b.cursor + 1; // 1-based row of the first bucket
  const rows: PlanCell[][] = PERIOD_BUCKETS.map((k, i) => {
    const [a, z] = [result.buckets.t0[k], result.buckets.t1[k]];
    return [w.buckets[k], a.count, a.amount, z.count, z.amount, { formula: `=F${top + i + 1}-D${top + i + 1}` }];
  });
  b.block("buckets", { col: 1 }, [w.bucketsHeader(t0, t1), ...rows], { header: true, numberFormat: NUMBER });
}

const FLOW_KEYS: readonly (keyof StageFlow)[] = [
  "start", "new", "advancedIn", "slippedIn", "reopened", "advancedOut", "slippedOut", "won", "lost", "dropped", "end",
]; // prettier-ignore

/** The counts flow again per group of the split (values), one row per group and stage. */
export function splitSection({ b, w, request, result }: MovementSheet): void {
  const by = request.model.reports.movementSplitBy;
  if (by === "none") return;
  b.caption("splitCaption", w.splitCaption(by));
  const rows: PlanCell[][] = [[w.splitNames[by], ...w.flowHeader.slice(0, 12)]];
  for (const g of result.groups)
    for (const f of g.flow) {
      const counts = FLOW_KEYS.map((k) => (f[k] as { count: number }).count);
      if (counts.some((c) => c > 0)) rows.push([g.label ?? w.none, f.name, ...counts]);
    }
  b.block("split", { col: 1 }, rows, { header: true, numberFormat: NUMBER });
}

const amountOrBlank = (x: number): PlanCell => (Number.isNaN(x) ? "" : x);

/** The Dropped list (收回) then the Slipped list, largest amount at t0 first, with each one's source row. */
export function listsSection({ b, w, history, result }: MovementSheet): void {
  const stageName = (s: number) => history.model.stages[s]?.name ?? "";
  const who = (x: MovementItem) => {
    const o = x.opportunity;
    return [o.id ?? o.name ?? "", o.account ?? "", o.owner ?? ""];
  };
  b.caption("droppedCaption", w.droppedCaption(result.dropped.length));
  if (result.dropped.length) {
    const rows = result.dropped.map((x) => [
      ...who(x), stageName(x.stage0), amountOrBlank(x.amount0), amountOrBlank(x.expectedClose0), x.opportunity.row,
    ]); // prettier-ignore
    b.block("dropped", { col: 1 }, [w.droppedHeader, ...rows], {
      header: true,
      numberFormat: ["General", "General", "General", "General", NUMBER, DATE, "General"],
    });
  } else b.skip();
  b.caption("slippedCaption", w.slippedCaption(result.slipped.length));
  if (result.slipped.length) {
    const rows = result.slipped.map((x) => [
      ...who(x), stageName(x.stage0), stageName(x.stage1), amountOrBlank(x.amount0), amountOrBlank(x.amount1),
      x.opportunity.row,
    ]); // prettier-ignore
    b.block("slipped", { col: 1 }, [w.slippedHeader, ...rows], {
      header: true,
      numberFormat: ["General", "General", "General", "General", "General", NUMBER, NUMBER, "General"],
    });
  } else b.skip();
}
