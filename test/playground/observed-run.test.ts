/** The pane's `run` in the playground: `after` once per batch (resolved or rejected), `slowMs` before each sync. */
import { createHost } from "../host";
import { observedRun } from "./observed-run";

test("calls after() once each batch has settled, before its caller sees the result", async () => {
  const host = createHost();
  const events: string[] = [];
  const run = observedRun(host.run, { after: () => events.push("after") });
  const value = await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    await context.sync();
    events.push("batch");
    return 42;
  });
  events.push(`caller ${value}`);
  await expect(
    run(async (context) => {
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  events.push("caller rejected");
  expect(events).toEqual(["batch", "after", "caller 42", "after", "caller rejected"]);
});

test("slowMs delays every sync, the implicit last one included, and changes nothing else", async () => {
  const host = createHost();
  const run = observedRun(host.run, { slowMs: 80 });
  const started = Date.now();
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.values = [[5]];
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([[5]]);
    context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["=A1*2"]];
  });
  expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 80 - 5);
  expect(host.values("Sheet1", "A1:B1")).toEqual([[5, 10]]);
  expect(host.stats.syncs).toBe(2);

  // Without slowMs the same batch is immediate.
  const fast = observedRun(host.run);
  const t = Date.now();
  await fast(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [[1]];
    await context.sync();
  });
  expect(Date.now() - t).toBeLessThan(80);
});
