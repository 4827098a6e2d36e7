/**
 * The Movement report (DOMAIN.md §9) built from the pane on the playground's sample workbook, in Chromium:
 * the Data pane picks the sample's History and Leads by name, the Movement pane builds the sheet, and its
 * stage flow, labels and lists equal the core's movement between the sample's last two snapshots, computed
 * here in Node from the same seeded sample.
 */
import { isoFromSerial } from "../../src/core/dates";
import { MOVEMENT_LABELS, movement, MovementResult } from "../../src/core/movement";
import { planReport, SheetPlan } from "../../src/reports";
import { enUS as s } from "../../src/taskpane/i18n/en-US";
import { MOVEMENT_KINDS, refsOf, sampleSources } from "../reports/sample-sources";
import { blockRange } from "./expected";
import { BUILD_TIMEOUT, describeInBrowser, eventually, TEST_TIMEOUT, usePlayground } from "./harness";

const playground = usePlayground();

/** The core's movement and the sheet's plan for the sample, read as the pane reads it. */
function expectedMovement() {
  const sources = sampleSources({}, MOVEMENT_KINDS);
  const { wb, data, model } = sources;
  const result = movement(data.history!.model, { t1: wb.asOf, period: model.reports.period });
  if ("code" in result) throw new Error(result.code);
  const refs = refsOf(sources);
  const plan = planReport({ kind: "movement", data, model, asOf: wb.asOf, live: true, refs });
  return { asOf: wb.asOf, result, plan, data, model, refs };
}

const expected = expectedMovement();

/**
 * Issue 12's snapshot date option: "From snapshot" the sixth-last snapshot, picked from the pane's list of the
 * history's snapshot dates. The sheet's flow must equal the core's movement from it to the last one.
 */
function expectedFromEarlier(): { from: string; t0: string; result: MovementResult; plan: SheetPlan } {
  const { data, model } = expected;
  const dates = data.history!.model.dates.filter((d) => d <= expected.asOf);
  const t0 = dates[dates.length - 6];
  const from = isoFromSerial(t0);
  model.reports.movementFrom = from;
  const result = movement(data.history!.model, { t0, t1: expected.asOf, period: model.reports.period });
  if ("code" in result) throw new Error(result.code);
  const plan = planReport({ kind: "movement", data, model, asOf: expected.asOf, live: true, refs: expected.refs });
  return { from, t0: isoFromSerial(t0), result, plan };
}

describeInBrowser("the Movement report in the playground", () => {
  it(
    "builds the Movement sheet from the sample: stage flow, labels and lists equal the core's",
    async () => {
      const session = await playground.open();
      try {
        const pane = session.page.getByRole("complementary", { name: "Task pane" });
        for (const kind of ["history", "leads"] as const)
          await eventually(
            () => pane.getByRole("combobox", { name: s.sourceFor(s.kinds[kind]), exact: true }).inputValue(),
            (v) => expect(v).toBe(kind === "history" ? "OpportunityHistory" : "Leads"),
          );
        await pane.getByRole("tab", { name: s.tabs.movement, exact: true }).click();
        const p = pane.getByRole("tabpanel", { name: s.tabs.movement });
        await p.getByText(s.reports.movement.intro).waitFor();
        await p.getByLabel(s.reportDate).fill(isoFromSerial(expected.asOf));
        await p.getByRole("button", { name: s.build, exact: true }).click();
        await p.getByText(s.writtenTo("Movement", false)).waitFor({ timeout: BUILD_TIMEOUT });
        await p.getByText(expected.plan.summary, { exact: true }).waitFor();
        expect(await session.host.activeSheet()).toBe("Movement");

        const { result } = expected;
        const flow = await session.host.values("Movement", blockRange(expected.plan, "flowCounts"));
        const flows = ["new", "advancedIn", "slippedIn", "reopened", "advancedOut", "slippedOut", "won", "lost", "dropped"] as const; // prettier-ignore
        expect(flow.slice(1, -1)).toEqual(
          result.flow.map((f) => [f.name, f.start.count, ...flows.map((k) => f[k].count), f.end.count, 0]),
        );
        const labels = await session.host.values("Movement", blockRange(expected.plan, "labels"));
        expect(labels.slice(1).map((r) => r.slice(0, 2))).toEqual(
          MOVEMENT_LABELS.map((l) => [l, result.totals[l].count]),
        );
        const dropped = await session.host.values("Movement", blockRange(expected.plan, "dropped"));
        expect(dropped.slice(1).map((r) => r[0])).toEqual(result.dropped.map((x) => x.opportunity.id));
        expect((await session.host.charts("Movement")).map((c) => c.name)).toEqual(["MovementBridge", "MovementStages"]); // prettier-ignore
        await session.screenshot("pane-movement", pane);
        await session.screenshot("report-movement", session.page.getByRole("main", { name: "Workbook" }));

        // An earlier "From snapshot", picked among the history's snapshot dates the pane read: the sheet is
        // rebuilt between that snapshot and the last.
        const earlier = expectedFromEarlier();
        const from = p.getByRole("combobox", { name: s.options.movementFrom.label });
        await eventually(
          () => from.locator("option").allTextContents(),
          (texts) => expect(texts).toContain(earlier.t0),
        );
        await from.selectOption(earlier.t0);
        await p.getByRole("button", { name: s.refresh, exact: true }).click();
        await p.getByText(earlier.plan.summary, { exact: true }).waitFor({ timeout: BUILD_TIMEOUT });
        expect(earlier.plan.summary).toMatch(new RegExp(`^Movement ${earlier.t0} → `));
        const flow2 = await session.host.values("Movement", blockRange(earlier.plan, "flowCounts"));
        expect(flow2.slice(1, -1)).toEqual(
          earlier.result.flow.map((f) => [f.name, f.start.count, ...flows.map((k) => f[k].count), f.end.count, 0]),
        );
        expect(flow2).not.toEqual(flow);
        const subtitle = await session.host.values("Movement", "A2");
        expect(String(subtitle[0][0])).toMatch(new RegExp(`^${earlier.t0} → `));
      } finally {
        await session.close();
      }
    },
    TEST_TIMEOUT,
  );
});
