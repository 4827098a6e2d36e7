/** The sample's movement inputs (DOMAIN.md §9): 13 weekly snapshots with believable movement, leads, previous tiers. */
import { buildDataset } from "../../src/core/dataset";
import { parseHistory } from "../../src/core/history";
import { leadReport, parseLeads } from "../../src/core/leads";
import { movement, MOVEMENT_LABELS, MovementResult } from "../../src/core/movement";
import { parseTable } from "../../src/core/parse-table";
import { repHistory } from "../../src/core/rep-history";
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { tierMigration } from "../../src/core/tier-migration";
import { Tier } from "../../src/core/tiers";
import { generateHistory, generateLeads, generatePreviousTiers, generateSample, HISTORY_WEEKS } from "../../src/sample";

const wb = generateSample();
const history = generateHistory(wb);
const parsed = parseHistory({ sheet: history.name, values: [history.headers, ...history.rows] });

function moved(t0?: number): MovementResult {
  const m = movement(parsed.model, t0 === undefined ? {} : { t0 });
  if ("code" in m) throw new Error(m.code);
  return m;
}

describe("sample history (DOMAIN.md §9)", () => {
  it("is 13 weekly snapshots, read with no error, ending at the report date", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.model.dates).toHaveLength(HISTORY_WEEKS);
    expect(parsed.model.dates[HISTORY_WEEKS - 1]).toBe(wb.asOf);
    expect(parsed.model.dates.every((d, i) => i === 0 || d - parsed.model.dates[i - 1] === 7)).toBe(true);
  });

  it("ends with the Opportunities table as it is: same deals, stages, statuses and amounts", () => {
    const opps = parseTable("opportunities", {
      sheet: "Opportunities",
      values: [wb.opportunities.headers, ...wb.opportunities.rows],
    });
    const m = parsed.model;
    const D = m.dates.length;
    const last = new Map(
      m.opportunities.map((o, i) => [o.id, [m.status[i * D + D - 1], m.stage[i * D + D - 1], m.amount[i * D + D - 1]]]),
    );
    expect(opps.rows).toHaveLength(wb.opportunities.rows.length);
    for (const r of opps.rows)
      expect([r.opportunityId, last.get(r.opportunityId as string)]).toEqual([
        r.opportunityId,
        [r.status ?? 0, r.stage ?? -1, r.amount], // a blank status is Open
      ]);
    // Everything else in the last week is absent: the dropped deals.
    expect(m.opportunities.length - opps.rows.length).toBeGreaterThan(0);
  });

  it("shows every kind of movement, last week and over the quarter, with advances far more common than slips", () => {
    const week = moved();
    for (const label of [
      "New",
      "Advanced",
      "Slipped",
      "Unchanged",
      "Won",
      "Lost",
      "Dropped",
      "Reopened",
      "Closed",
    ] as const)
      expect([label, week.totals[label].count > 0]).toEqual([label, true]);
    expect(week.totals.Advanced.count).toBeGreaterThan(3 * week.totals.Slipped.count);
    // In a week most open deals stall where they are; over the quarter most move.
    expect(week.totals.Unchanged.count).toBeGreaterThan(week.totals.Advanced.count + week.totals.Slipped.count);
    const quarter = moved(parsed.model.dates[0]);
    expect(quarter.totals.Advanced.count).toBeGreaterThan(quarter.totals.Unchanged.count);
    expect(MOVEMENT_LABELS.reduce((n, l) => n + week.totals[l].count, 0)).toBe(week.labels.filter(Boolean).length);
  });

  it("gives every rep figures from history: advances with a median time, wins and losses, stalled deals", () => {
    const r = repHistory(parsed.model);
    expect(r.total.stagesAdvanced).toBeGreaterThan(0);
    expect(r.total.medianDaysToAdvance).toBeGreaterThan(0);
    expect(r.total.successRate).toBeGreaterThan(0.2);
    expect(r.total.successRate).toBeLessThan(0.8);
    expect(r.total.stalled).toBeGreaterThan(0);
    expect(r.lines.filter((l) => l.won > 0).length).toBeGreaterThan(r.lines.length / 2);
  });
});

describe("sample leads and previous tiers (DOMAIN.md §9)", () => {
  it("has leads in both languages, some promoted within days, and a short to-reclaim list", () => {
    const leads = generateLeads(wb);
    const p = parseLeads({ sheet: "Leads", values: [leads.headers, ...leads.rows] });
    expect(p.errors).toEqual([]);
    const r = leadReport(p.leads, { asOf: wb.asOf, from: wb.asOf - 28 });
    expect(r.total.promoted).toBeGreaterThan(0);
    expect(r.total.medianDaysToPromote).toBeGreaterThan(0);
    expect(r.bySource.length).toBe(5);
    expect(r.toReclaim.length).toBeGreaterThan(0);
    expect(r.toReclaim.length).toBeLessThan(p.leads.length / 5);
    expect(new Set(p.leads.map((l) => l.status))).toEqual(new Set(["New", "Working", "Promoted", "Reclaimed"]));
  });

  it("has a previous tier per account: mostly the same as now, with upgrades, downgrades and new accounts", () => {
    const previous = generatePreviousTiers(wb);
    const values = [[...wb.accounts.headers, "Previous Tier"], ...wb.accounts.rows.map((r, i) => [...r, previous[i]])];
    const ds = buildDataset({ accounts: parseTable("accounts", { sheet: "Accounts", values }) });
    const m = tierMigration(ds.accounts, tierAccounts(ds.accounts, defaultModel()).tiers as (Tier | null)[]);
    const stayed = m.matrix.reduce((n, row, i) => n + row[i], 0);
    expect(stayed).toBeGreaterThan(0.7 * ds.accounts.length);
    expect(m.upgrades.length).toBeGreaterThan(0);
    expect(m.downgrades.length).toBeGreaterThan(0);
    expect(m.added.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
