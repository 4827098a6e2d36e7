/** DOMAIN.md §9 leads: the weekly lead promotion table per owner and source, and the to-reclaim list, by hand. */
import { serialFromYmd } from "../../src/core/dates";
import { leadReport, parseLeads, readLeadStatus } from "../../src/core/leads";

const d = (iso: string) => serialFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

// prettier-ignore
const LEADS = [
  ["线索编号", "线索来源", "负责人", "创建日期", "线索状态", "转化商机编号", "转化日期"],
  ["L1", "Web", "Wang", "2026-03-14", "已转化", "O1", "2026-03-18"], // promoted in 4 days
  ["L2", "Web", "Wang", "2026-03-16", "跟进", "", ""],
  ["L3", "Event", "Li", "2026-03-17", "New", "", ""],
  ["L4", "Event", "Li", "2026-03-15", "Working", "O9", "2026-03-19"], // a converted opportunity: promoted, 4 days
  ["L5", "Web", "Li", "2026-03-19", "已收回", "", ""],
  ["L6", "Web", "Wang", "2026-03-01", "新建", "", ""], // open 19 days on 03-20: to reclaim
  ["L7", "Event", "Li", "2026-02-20", "Working", "", ""], // open 28 days: to reclaim
  ["L8", "Event", "Li", "2026-03-05", "Working", "", ""], // open 15 days: to reclaim
  ["L9", "Web", "Wang", "2026-03-06", "跟进中", "", ""], // open exactly 14 days: not yet
  ["L10", "Web", "Wang", "2026-02-01", "Reclaimed", "", ""], // already reclaimed
  ["L1", "Web", "Wang", "2026-03-14", "Promoted", "", ""], // duplicate ID
  ["L12", "Web", "Wang", "2026-03-15", "maybe", "", ""], // not a status
];

describe("leads (DOMAIN.md §9)", () => {
  it("reads lead statuses in English, Chinese and CRM spellings, and nothing else", () => {
    expect(
      [
        "New",
        "新建",
        "Open - Not Contacted",
        "跟进",
        "Working - Contacted",
        "已转化",
        "Closed - Converted",
        "已收回",
      ].map(readLeadStatus),
    ).toEqual(["New", "New", "New", "Working", "Working", "Promoted", "Promoted", "Reclaimed"]);
    expect(["constructor", "__proto__", "", "Promoted?"].map(readLeadStatus)).toEqual([null, null, null, null]);
  });

  it("skips a duplicate lead and an unknown status with located errors", () => {
    const p = parseLeads({ sheet: "Leads", values: LEADS });
    expect(p.errors.map((e) => [e.address, e.code])).toEqual([
      ["E13", "notALeadStatus"],
      ["A12", "duplicateLead"],
    ]);
    expect(p.leads.map((l) => l.id)).toEqual(["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10"]);
  });

  it("tables the week's leads per owner and per source, and lists those to reclaim", () => {
    const { leads } = parseLeads({ sheet: "Leads", values: LEADS });
    const r = leadReport(leads, { asOf: d("2026-03-20") });
    expect(r.from).toBe(d("2026-03-13"));
    // Created in (03-13, 03-20]: L1, L2 (Wang); L3, L4, L5 (Li).
    expect(r.byOwner).toEqual([
      { label: "Li", assigned: 3, promoted: 1, promotionRate: 1 / 3, medianDaysToPromote: 4, open: 1, reclaimed: 1 },
      { label: "Wang", assigned: 2, promoted: 1, promotionRate: 0.5, medianDaysToPromote: 4, open: 1, reclaimed: 0 },
    ]);
    // Event: L3, L4; Web: L1, L2, L5.
    expect(r.bySource).toEqual([
      { label: "Event", assigned: 2, promoted: 1, promotionRate: 0.5, medianDaysToPromote: 4, open: 1, reclaimed: 0 },
      { label: "Web", assigned: 3, promoted: 1, promotionRate: 1 / 3, medianDaysToPromote: 4, open: 1, reclaimed: 1 },
    ]);
    expect(r.total).toMatchObject({ assigned: 5, promoted: 2, promotionRate: 0.4 });
    expect(r.toReclaim.map((x) => [x.lead.id, x.daysOpen])).toEqual([
      ["L7", 28],
      ["L6", 19],
      ["L8", 15],
    ]);
  });

  it("takes the last date as the report date and a custom reclaim limit", () => {
    const { leads } = parseLeads({ sheet: "Leads", values: LEADS });
    const r = leadReport(leads, { reclaimDays: 20 });
    expect(r.asOf).toBe(d("2026-03-19")); // the latest created or converted date
    expect(r.toReclaim.map((x) => x.lead.id)).toEqual(["L7"]); // 27 days; L6 is 18
  });
});
