/**
 * Cancel reaches Write score and tier columns and Insert sample workbook: the pane passes a signal, shows
 * Cancel while the write runs, and says nothing was written; the workbook is as it was.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { writeScoreAndTierColumns, WriteColumnsOptions } from "../../src/excel/write-columns";
import { generateSample } from "../../src/sample";
import { Host } from "../host";
import { renderPane } from "./render";

/** Starts the real operation only once the user has pressed Cancel, so the cancel lands mid-operation. */
function whenAborted<T>(signal: AbortSignal | undefined, start: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (!signal) reject(new Error("the pane passed no cancel signal"));
    else signal.addEventListener("abort", () => start().then(resolve, reject));
  });
}

describe("cancelling writes from the pane", () => {
  it("Write score and tier columns: Cancel stops it and nothing is written", async () => {
    const user = userEvent.setup();
    let host: Host | null = null;
    const writeColumns = (o: WriteColumnsOptions) =>
      whenAborted(o.signal, () => writeScoreAndTierColumns((host as Host).run, o));
    const rendered = renderPane({ workbook: "sample", services: { writeColumns } });
    host = rendered.host;
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
      { timeout: 10_000 },
    );
    const before = host.workbookSnapshot();
    await user.click(screen.getByRole("tab", { name: "Model" }));
    const pane = screen.getByRole("tabpanel", { name: "Model" });
    await user.click(within(pane).getByRole("button", { name: "Write score and tier columns" }));
    await user.click(await within(pane).findByRole("button", { name: "Cancel" }));
    expect(await within(pane).findByText("Cancelled; nothing was written.")).toBeTruthy();
    expect(within(pane).queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(host.workbookSnapshot()).toBe(before);
  });

  it("Insert sample workbook: Cancel stops it and no sheet is added", async () => {
    const user = userEvent.setup();
    let host: Host | null = null;
    const insertSample = (language: "en-US" | "zh-CN", _variant?: string, signal?: AbortSignal) =>
      whenAborted(signal, async () => {
        const wb = generateSample({ accounts: 30, opportunities: 60 });
        return { ...(await insertSampleWorkbook((host as Host).run, wb, { language, signal })), asOf: wb.asOf };
      });
    const rendered = renderPane({ services: { insertSample } });
    host = rendered.host;
    const before = host.workbookSnapshot();
    await user.click(await screen.findByRole("button", { name: "Insert sample workbook" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Cancelled; nothing was written.")).toBeTruthy();
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(host.workbookSnapshot()).toBe(before);
  });
});
