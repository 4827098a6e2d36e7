/**
 * Every report built through the adapter into the in-memory host, on the sample workbook: the numbers
 * written (read back after recalculation) equal the core's, live reports follow an edit to a source
 * cell, reruns are idempotent, and the user's source sheets stay byte-for-byte unchanged.
 */
import { TIERS } from "../../src/core/tiers";
import { tierAccounts } from "../../src/core/tiering";
import { pipelineReport } from "../../src/core/pipeline-report";
import { quotaReviews } from "../../src/core/quota-review";
import { defaultModel } from "../../src/core/schemas";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { createHost } from "../host";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec } from "./sample-workbook";

const model = defaultModel();
const { spec, wb } = sampleWorkbookSpec();
const SOURCES = ["Accounts", "Opportunities", "Assignments", "Quotas"];
const build = (host: ReturnType<typeof createHost>, kind: ReportKind, live = true) =>
  buildReport(host.run, kind, { model, selections: SAMPLE_SELECTIONS, live, asOf: wb.asOf });

async function coreResults(host: ReturnType<typeof createHost>) {
  const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
  const t = tierAccounts(dataset.accounts, model);
  return {
    dataset,
    t,
    pipeline: pipelineReport(dataset, model.stages, {
      asOf: wb.asOf,
      period: "quarter",
      splitBy: "region",
      tiers: t.tiers,
    }),
    quotas: quotaReviews(dataset, model.stages),
  };
}

describe("reports built into the host", () => {
  it("Nine-Grid: live counts and sums equal the core's, and follow an edit to a source cell", async () => {
    const host = createHost({ workbook: spec });
    const before = Object.fromEntries(SOURCES.map((s) => [s, host.snapshot(s)]));
    const r = await build(host, "nineGrid");
    expect(r.sheetName).toBe("Nine-Grid");
    const { t, dataset } = await coreResults(host);
    const counts = host.values("Nine-Grid", "C10:E12");
    const expected = [2, 1, 0].map((cb) =>
      [2, 1, 0].map(
        (pb) => dataset.accounts.filter((_, i) => t.contributionBand[i] === cb && t.potentialBand[i] === pb).length,
      ),
    );
    expect(counts).toEqual(expected);
    expect(host.values("Nine-Grid", "D21:D24").map((x) => x[0])).toEqual(
      TIERS.map((tier) => t.computed.filter((x) => x === tier).length),
    );
    for (const s of SOURCES) expect(host.snapshot(s)).toBe(before[s]);

    // Make the smallest account the largest: it moves to the contribution-H row after recalculation.
    const smallest = dataset.accounts.reduce((a, b) => (b.contribution < a.contribution ? b : a));
    host.setCell("Accounts", `E${smallest.row}`, 10 ** 12);
    const after = await coreResults(host);
    const recounted = [2, 1, 0].map((cb) =>
      [2, 1, 0].map(
        (pb) =>
          after.dataset.accounts.filter((_, i) => after.t.contributionBand[i] === cb && after.t.potentialBand[i] === pb)
            .length,
      ),
    );
    expect(host.values("Nine-Grid", "C10:E12")).toEqual(recounted);
    expect(recounted).not.toEqual(expected);
  });

  it("Pipeline: live stage counts, amounts, reached and win rate equal the core's and follow edits", async () => {
    const host = createHost({ workbook: spec });
    await build(host, "pipeline");
    const { pipeline } = await coreResults(host);
    const rows = host.values("Pipeline", "B5:K10");
    pipeline.overall.stages.forEach((st, k) => {
      expect(rows[k][0]).toBe(st.name);
      expect(rows[k][2]).toBe(st.openCount);
      expect(rows[k][3]).toBeCloseTo(st.openAmount, 6);
      expect(rows[k][4]).toBeCloseTo(st.weighted, 6);
      expect(rows[k][5]).toBe(st.reached);
    });
    expect(host.values("Pipeline", "D12:E13")).toEqual([
      [pipeline.overall.won.count, pipeline.overall.won.amount],
      [pipeline.overall.lost.count, pipeline.overall.lost.amount],
    ]);
    expect(host.values("Pipeline", "D14")[0][0]).toBeCloseTo(pipeline.overall.winRate as number, 12);

    const open = wb.opportunities.rows.findIndex((r) => r[5] === "Open" && r[4] === "Bid");
    host.setCell("Opportunities", `G${open + 2}`, 1_000_000_000);
    const after = await coreResults(host);
    expect(host.values("Pipeline", "E9")[0][0]).toBeCloseTo(after.pipeline.overall.stages[4].openAmount, 6);
  });

  it("Quotas: live quota and won per rep equal the core's", async () => {
    const host = createHost({ workbook: spec });
    const r = await build(host, "quotas");
    expect(r.sheetName).toBe("Quota Review");
    const { quotas, dataset } = await coreResults(host);
    const rows = host.values("Quota Review", `B5:E${4 + quotas.length}`);
    // Named won is blank, as named quota, for a rep with no named-account side (no Key-Account primary, no figure).
    const keyAccountReps = new Set(
      dataset.assignments.filter((a) => a.teamType === "KeyAccount" && a.role === "Primary").map((a) => a.rep),
    );
    const namedWon = (q: (typeof quotas)[number]) =>
      keyAccountReps.has(q.rep) || q.namedWon || q.namedQuota || q.lastYearNamed ? q.namedWon : "";
    quotas.forEach((q, k) =>
      expect([rows[k][0], rows[k][1], rows[k][2], rows[k][3]]).toEqual([q.rep, q.quota, q.won, namedWon(q)]),
    );
  });

  it("Coverage: statuses and flag counts equal the core's", async () => {
    const host = createHost({ workbook: spec });
    const r = await build(host, "coverage", false);
    expect(r.summary).toMatch(/uncovered/);
    const flags = host.values("Coverage", "I6:J10");
    expect(flags.map((x) => x[0])).toEqual(["Uncovered", "Conflict", "Unnamed key account", "Over-served", "Covered"]);
    expect(flags.reduce((a, x) => a + (x[1] as number), 0)).toBe(wb.accounts.rows.length);
  });

  it("reruns of every report are idempotent and never add sheets", async () => {
    const host = createHost({ workbook: spec });
    const kinds: ReportKind[] = ["nineGrid", "coverage", "pipeline", "quotas"];
    for (const k of kinds) await build(host, k);
    const names = host.sheetNames();
    const snaps = names.map((n) => host.snapshot(n));
    for (const k of kinds) await build(host, k);
    expect(host.sheetNames()).toEqual(names);
    expect(names.map((n) => host.snapshot(n))).toEqual(snaps);
  });
});
