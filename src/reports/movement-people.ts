/**
 * The Movement sheet's people sections (DOMAIN.md §9): rep performance from history over 13 weeks ending at
 * t1 (人员绩效考核 by 升迁时间 and 成功率), and with a Leads table the weekly lead promotion table per owner and
 * per source (客户线索升迁状况表) and the leads to reclaim.
 */
import { isoFromSerial } from "../core/dates";
import { LeadLine, leadReport } from "../core/leads";
import { repHistory, RepHistoryLine } from "../core/rep-history";
import type { MovementSheet } from "./movement-sheet";
import { PlanCell } from "./plan";
import { DATE, DECIMAL, NUMBER, PERCENT } from "./styles";

/** Rep performance over the 13 weeks ending at t1 (DOMAIN.md §9 default window). */
export const REP_WEEKS = 13;
/** Leads open longer than this many days and not promoted are to reclaim (DOMAIN.md §9 default). */
export const RECLAIM_DAYS = 14;

const orBlank = (x: number | null): PlanCell => (x === null ? "" : x);

export function repSection({ b, w, history, result }: MovementSheet): void {
  const rep = repHistory(history.model, { end: result.t1, weeks: REP_WEEKS });
  b.caption("repCaption", w.repCaption(isoFromSerial(rep.start), isoFromSerial(rep.end)));
  const row = (owner: string, l: RepHistoryLine): PlanCell[] => [
    owner, l.stagesAdvanced, orBlank(l.medianDaysToAdvance), l.won, l.lost, orBlank(l.successRate), l.wonAmount,
    l.newOpportunities, l.stalled,
  ]; // prettier-ignore
  const rows = [...rep.lines.map((l) => row(l.owner ?? w.none, l)), row(w.total, rep.total)];
  const p = b.block("rep", { col: 1 }, [w.repHeader, ...rows], {
    header: true,
    numberFormat: ["General", NUMBER, DECIMAL, NUMBER, NUMBER, PERCENT, NUMBER, NUMBER, NUMBER],
  });
  b.format({ range: p.range(rows.length, 0, 1, p.cols), bold: true, borderBottom: "#7F7F7F" });
}

/** The weekly lead tables and the to-reclaim list; nothing when no Leads table was picked. */
export function leadsSection({ b, w, request }: MovementSheet): void {
  const leads = request.data.leads;
  if (!leads) return;
  const report = leadReport(leads, { asOf: request.asOf, reclaimDays: RECLAIM_DAYS });
  const [from, to] = [isoFromSerial(report.from + 1), isoFromSerial(report.asOf)];
  const line = (label: string, l: LeadLine): PlanCell[] => [
    label, l.assigned, l.promoted, orBlank(l.promotionRate), orBlank(l.medianDaysToPromote), l.open, l.reclaimed,
  ]; // prettier-ignore
  const format = ["General", NUMBER, NUMBER, PERCENT, DECIMAL, NUMBER, NUMBER];
  for (const by of ["owner", "source"] as const) {
    b.caption(`leads-${by}Caption`, w.leadsCaption(by, from, to));
    const lines = by === "owner" ? report.byOwner : report.bySource;
    const rows = [...lines.map((l) => line(l.label ?? w.none, l)), line(w.total, report.total)];
    const p = b.block(`leads-${by}`, { col: 1 }, [w.leadsHeader(by), ...rows], { header: true, numberFormat: format });
    b.format({ range: p.range(rows.length, 0, 1, p.cols), bold: true, borderBottom: "#7F7F7F" });
  }
  b.caption("reclaimCaption", w.reclaimCaption(report.toReclaim.length, RECLAIM_DAYS));
  if (!report.toReclaim.length) return;
  const rows = report.toReclaim.map(({ lead, daysOpen }) => [
    lead.id ?? lead.name ?? "", lead.source ?? "", lead.owner ?? "", lead.created ?? "", w.leadStatus[lead.status],
    daysOpen, lead.row,
  ]); // prettier-ignore
  b.block("reclaim", { col: 1 }, [w.reclaimHeader, ...rows], {
    header: true,
    numberFormat: ["General", "General", "General", DATE, "General", NUMBER, "General"],
  });
}
