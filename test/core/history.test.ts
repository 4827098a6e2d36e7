/** DOMAIN.md §9 history input: both shapes detected by header, bad rows skipped with located reasons, rep figures. */
import { serialFromYmd } from "../../src/core/dates";
import { ABSENT, parseHistory } from "../../src/core/history";
import { movement } from "../../src/core/movement";
import { repHistory } from "../../src/core/rep-history";
import { OPEN, WON } from "../../src/core/stages";
import { STACKED } from "./movement-fixture";

const d = (iso: string) => serialFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Labels by opportunity ID between the last two snapshots. */
function labels(values: unknown[][]) {
  const h = parseHistory({ sheet: "H", values: values as never });
  const m = movement(h.model);
  if ("code" in m) throw new Error(m.code);
  return Object.fromEntries(h.model.opportunities.map((o, i) => [o.id ?? o.name, m.labels[i]]));
}

describe("history input (DOMAIN.md §9)", () => {
  it("detects stacked snapshots and a stage history by header, English or Chinese", () => {
    const stacked = parseHistory({ sheet: "H", values: STACKED as never });
    expect(stacked.model.shape).toBe("snapshots");
    const chinese = [
      ["统计日期", "商机编号", "客户名称", "负责人", "商机阶段", "状态", "金额(万元)", "预计签约日期"],
      ...STACKED.slice(1),
    ];
    const zh = parseHistory({ sheet: "历史", values: chinese as never });
    expect(zh.errors).toEqual([]);
    expect(zh.model.shape).toBe("snapshots");
    expect(labels(chinese)).toEqual(labels(STACKED));
    expect(zh.model.amount[zh.model.dates.length * 0]).toBe(200 * 1e4); // 金额(万元): O2 at the first snapshot
    const history = parseHistory({
      sheet: "阶段变更记录",
      values: [
        ["商机编号", "阶段", "进入阶段日期"],
        ["X1", "验证商机", "2026-03-02"],
        ["X1", "商机立项", "2026年3月10日"],
      ],
    });
    expect(history.model.shape).toBe("stageHistory");
    expect(history.errors).toEqual([]);
  });

  it("reads a Salesforce OpportunityHistory export: OPPORTUNITYID, not the history row's own ID", () => {
    const h = parseHistory(
      {
        sheet: "OpportunityHistory",
        values: [
          ["ID", "OPPORTUNITYID", "STAGENAME", "AMOUNT", "CREATEDDATE"],
          ["008A1", "006X", "Prospecting", 100, "2026-03-02 09:15:00"],
          ["008A2", "006X", "Qualification", 120, "2026-03-12"],
          ["008A3", "006Y", "Prospecting", 50, "2026-03-12"],
          ["008A4", "006Y", "Closed Lost", 50, "2026-03-16"],
        ],
      },
      { stages: undefined, autoStagePreset: true },
    );
    // CREATEDDATE of a history row is when the stage was entered; it is not a synonym, so no shape yet.
    expect(h.errors.map((e) => e.code)).toEqual(["historyNeedsDate"]);
    const mapped = parseHistory(
      {
        sheet: "OpportunityHistory",
        values: [
          ["ID", "OPPORTUNITYID", "STAGENAME", "AMOUNT", "CREATEDDATE"],
          ["008A1", "006X", "Prospecting", 100, "2026-03-02"],
          ["008A2", "006X", "Qualification", 120, "2026-03-12"],
        ],
      },
      { autoStagePreset: true, mapping: { entered: "CREATEDDATE" } },
    );
    expect(mapped.errors).toEqual([]);
    expect(mapped.model.opportunities.map((o) => o.id)).toEqual(["006X"]);
    expect(mapped.model.stages[0].name).toBe("Prospecting"); // the Salesforce preset was picked from the stage column
  });

  it("samples a stage history weekly back from its last entry: the state on each date is the latest entry", () => {
    const h = parseHistory({
      sheet: "H",
      values: [
        ["Opportunity ID", "Stage", "Date Entered", "Amount"],
        ["A", "Verify", "2026-03-02", 10],
        ["A", "Needs analysis", "2026-03-11", 30],
        ["A", "Closed Won", "2026-03-16", 35],
      ],
    });
    const m = h.model;
    // Last entry 2026-03-16; weekly back while on or after the first entry (03-02): 03-02, 03-09, 03-16.
    expect(m.dates).toEqual([d("2026-03-02"), d("2026-03-09"), d("2026-03-16")]);
    expect(Array.from(m.status)).toEqual([OPEN, OPEN, WON]);
    expect(Array.from(m.stage)).toEqual([0, 0, -1]);
    expect(Array.from(m.amount)).toEqual([10, 10, 35]);
    expect(m.entered[0]).toBe(d("2026-03-02"));
    expect(m.entered[2]).toBe(d("2026-03-11")); // entered after the 03-09 snapshot, still known
    expect(Number.isNaN(m.entered[1])).toBe(true);
  });

  it("skips a text date, a blank date and a duplicate row, each with a located reason, and keeps the rest", () => {
    const values = [
      ["Snapshot Date", "Opportunity ID", "Account", "Stage", "Amount"],
      ["2026-03-06", "P1", "Acme", "Verify", 10],
      ["next week", "P2", "Acme", "Verify", 20],
      ["", "P3", "Acme", "Verify", 30],
      ["2026-03-06", "P1", "Acme", "Approve", 10],
      ["2026-03-13", "P1", "Acme", "Approve", 10],
      ["2026-03-13", "P4", "Acme", "Verify", 40],
    ];
    const h = parseHistory({ sheet: "Hist", values, headerRow: 3 });
    expect(h.errors.map((e) => [e.address, e.code, e.params])).toEqual([
      ["A5", "textNotADate", { text: "next week" }],
      ["A6", "requiredBlank", { field: "snapshot" }],
      ["B7", "duplicateHistoryRow", { key: "P1", date: "2026-03-06", firstRow: 4 }],
    ]);
    expect(h.errors[2].reason).toBe('opportunity "P1" already has a row for 2026-03-06 (row 4)');
    expect([h.rowsRead, h.rowsSkipped]).toEqual([6, 3]);
    expect(labels(values)).toEqual({ P1: "Advanced", P4: "New" });
  });

  it("keys by account + opportunity name without an ID column, with a warning; a row with neither is skipped", () => {
    const values = [
      ["As Of", "Account Name", "Opportunity Name", "Stage", "Amount"],
      ["2026-03-06", "Acme", "ERP", "Verify", 10],
      ["2026-03-06", "ACME ", "CRM", "Verify", 10],
      ["2026-03-13", "acme", "erp", "Approve", 10],
      ["2026-03-13", "Acme", "", "Approve", 10],
    ];
    const h = parseHistory({ sheet: "H", values });
    expect(h.model.keyedBy).toBe("accountAndName");
    expect(h.warnings.map((w) => [w.address, w.code])).toEqual([["A1", "historyKeyedByName"]]);
    expect(h.errors.map((e) => [e.address, e.code])).toEqual([["C5", "historyNoKey"]]);
    // The latest row's spelling names the opportunity.
    expect(labels(values)).toEqual({ erp: "Advanced", CRM: "Dropped" });
  });

  it("fills what a stage history leaves out from the current opportunities, by ID", () => {
    const h = parseHistory(
      {
        sheet: "H",
        values: [
          ["Opportunity ID", "Stage", "Date Entered"],
          ["A", 1, "2026-03-02"],
          ["A", 2, "2026-03-09"],
        ],
      },
      {
        current: [
          { row: 2, id: "a", account: 0, accountText: "Acme", owner: "Wang", region: "East", stage: 1, status: OPEN,
            amount: 77, created: null, stageEntered: null, expectedClose: null, projectClass: null },
        ], // prettier-ignore
      },
    );
    expect(Array.from(h.model.amount)).toEqual([77, 77]);
    expect(h.model.opportunities[0]).toMatchObject({ id: "A", account: "Acme", owner: "Wang", region: "East" });
  });

  it("needs a snapshot date or a date entered column", () => {
    const h = parseHistory({
      sheet: "H",
      values: [
        ["Opportunity ID", "Stage"],
        ["A", "Verify"],
      ],
    });
    expect(h.errors.map((e) => [e.address, e.code])).toEqual([["A1", "historyNeedsDate"]]);
    expect(h.model.dates).toEqual([]);
  });
});

describe("rep performance from history (DOMAIN.md §9)", () => {
  // prettier-ignore
  const values = [
    ["Opportunity ID", "Owner", "Stage", "Date Entered", "Amount"],
    ["A", "Wang", "Verify", "2026-01-05", 100],
    ["A", "Wang", "Approve", "2026-01-15", 100], // 10 days
    ["A", "Wang", "Needs analysis", "2026-02-04", 100], // 20 days
    ["B", "Wang", "Verify", "2026-01-10", 500],
    ["B", "Wang", "Approve", "2026-01-16", 500], // 6 days
    ["B", "Wang", "Closed Won", "2026-02-20", 500],
    ["C", "Li", "Verify", "2026-02-01", 70],
    ["C", "Li", "Closed Lost", "2026-02-10", 70],
    ["D", "Li", "Verify", "2025-06-01", 40], // open in Verify since June: stalled
  ];

  it("counts stages advanced, median days per stage, won, lost, success rate, new and stalled per owner", () => {
    const h = parseHistory({ sheet: "H", values });
    expect(h.errors).toEqual([]);
    const r = repHistory(h.model);
    expect(r.end).toBe(d("2026-02-20"));
    expect(r.start).toBe(d("2026-02-20") - 91);
    const wang = r.lines.find((l) => l.owner === "Wang");
    const li = r.lines.find((l) => l.owner === "Li");
    // Weekly snapshots ending 02-20: A is in Verify on 01-09, Approve on 01-16, Needs analysis from 02-06 (2 steps);
    // B first shows in Approve (01-16), then won: no step. Both first appear in the window: 2 new.
    expect(wang).toEqual({
      owner: "Wang", stagesAdvanced: 2, medianDaysToAdvance: 10, won: 1, wonAmount: 500, lost: 0, successRate: 1,
      newOpportunities: 2, stalled: 0,
    }); // prettier-ignore
    // C is new and lost; D was there from the first snapshot and has sat in Verify since 2025-06-01.
    expect(li).toEqual({
      owner: "Li", stagesAdvanced: 0, medianDaysToAdvance: null, won: 0, wonAmount: 0, lost: 1, successRate: 0,
      newOpportunities: 1, stalled: 1,
    }); // prettier-ignore
    expect(r.total).toMatchObject({ stagesAdvanced: 2, medianDaysToAdvance: 10, won: 1, lost: 1, successRate: 0.5 });
    expect(r.total).toMatchObject({ newOpportunities: 3, stalled: 1 });
  });

  it("leaves out what happened before the window", () => {
    const h = parseHistory({ sheet: "H", values });
    const r = repHistory(h.model, { weeks: 2 }); // (02-06, 02-20]
    const wang = r.lines.find((l) => l.owner === "Wang");
    // Only B's win (seen 02-20) is in the window; A's last step was seen on 02-06, the window's open end.
    expect(wang).toMatchObject({ stagesAdvanced: 0, won: 1, newOpportunities: 0, medianDaysToAdvance: null });
    expect(r.lines.find((l) => l.owner === "Li")).toMatchObject({ lost: 1, newOpportunities: 0 });
    expect(ABSENT).toBe(-1);
  });
});
