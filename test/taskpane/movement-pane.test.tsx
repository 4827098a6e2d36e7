/**
 * The Movement pane's snapshot date options (issue 12) in the real pane over the in-memory host: once the picked
 * history is read, From snapshot and To snapshot list its three snapshot dates (test/core/movement-fixture.ts),
 * and the picked one reaches the build with the model.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BuildOptions, BuildResult } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports/plan";
import { HISTORY } from "../reports/movement-fixture";
import { createServices, TaskpaneServices } from "../../src/taskpane/services";
import { Rendered, renderPane } from "./render";

const WORKBOOK = {
  sheets: [
    {
      name: "Opp History",
      cells: HISTORY,
      numberFormats: HISTORY.map((r, i) => r.map((_, c) => (i > 0 && (c === 0 || c === 7) ? "yyyy-mm-dd" : null))),
      tables: [{ name: "OpportunityHistory", range: `A1:H${HISTORY.length}` }],
    },
  ],
};

describe("the Movement pane's snapshot dates", () => {
  it("lists the history's snapshots, latest first, and builds with the one picked", async () => {
    const user = userEvent.setup();
    const buildReport = jest.fn(
      async (_kind: ReportKind, _options: BuildOptions) =>
        ({ sheetName: "Movement", summary: "done", replaced: false, read: { syncs: 1, chunks: 0 } }) as unknown as BuildResult, // prettier-ignore
    );
    // The real check, counted: the dates are read only once the Movement tab is opened, and once per pick.
    const rendered: { pane?: Rendered } = {};
    const checkData = jest.fn<ReturnType<TaskpaneServices["checkData"]>, Parameters<TaskpaneServices["checkData"]>>(
      (...args) => createServices((rendered.pane as Rendered).host.run).checkData(...args),
    );
    rendered.pane = renderPane({ workbook: WORKBOOK, services: { buildReport, checkData } });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "Opportunity history table" })).toHaveProperty("value", "OpportunityHistory"), // prettier-ignore
      { timeout: 10_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(checkData).not.toHaveBeenCalled(); // every pane is mounted at start; a hidden one reads nothing
    await user.click(screen.getByRole("tab", { name: "Movement" }));
    const pane = screen.getByRole("tabpanel", { name: "Movement" });
    const from = await within(pane).findByRole("combobox", { name: "From snapshot" }, { timeout: 10_000 });
    const texts = () => Array.from(from.querySelectorAll("option")).map((o) => o.textContent);
    expect(texts()).toEqual(["As Compare with says", "2026-03-20", "2026-03-13", "2026-03-06"]);
    expect(within(pane).getAllByText("3 snapshots in the history, 2026-03-06 to 2026-03-20.")).toHaveLength(2);
    expect(checkData).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("tab", { name: "Data" }));
    await user.click(screen.getByRole("tab", { name: "Movement" }));
    expect(await within(pane).findByRole("combobox", { name: "From snapshot" })).toBeTruthy();
    expect(checkData).toHaveBeenCalledTimes(1); // the same pick is not read again
    await user.selectOptions(from, "2026-03-06");
    await user.click(within(pane).getByRole("button", { name: "Build" }));
    await waitFor(() => expect(buildReport).toHaveBeenCalledTimes(1));
    expect(buildReport.mock.calls[0][1].model.reports).toMatchObject({ movementFrom: "2026-03-06", movementTo: "" });
  });
});
