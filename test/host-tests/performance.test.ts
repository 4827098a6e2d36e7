/** Performance sanity: the host keeps up with the adapter's block writes. */
import { createHost } from "../host";

it("writes 100,000 rows × 10 columns in 5 syncs of 20,000 rows within a few seconds", async () => {
  const host = createHost();
  const started = Date.now();
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.add("Big");
    for (let block = 0; block < 5; block++) {
      const rows = Array.from({ length: 20_000 }, (_, i) => {
        const r = block * 20_000 + i;
        return [r, `Account ${r}`, r * 1.5, "Energy", r % 7, r % 3 === 0, "Bid", 1000 + r, "East", r / 3];
      });
      ws.getRangeByIndexes(block * 20_000, 0, 20_000, 10).values = rows;
      // One sync per block is the adapter's pattern (not a loop over cells).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    const last = ws.getRange("A100000:J100000");
    last.load("values");
    await context.sync();
    expect(last.values[0].slice(0, 3)).toEqual([99_999, "Account 99999", 149_998.5]);
  });
  const elapsed = Date.now() - started;
  expect(host.stats.syncs).toBe(6);
  const writes = host.stats.requests.slice(0, 5);
  expect(writes.map((r) => r.ops)).toEqual([2, 1, 1, 1, 1]); // the first also adds the sheet
  expect(writes.every((r) => r.bytes > 1_000_000 && r.bytes < 5 * 1024 * 1024)).toBe(true);
  expect(host.usedRange("Big")).toBe("Big!A1:J100000");
  expect(host.engineBuilt()).toBe(false);
  expect(elapsed).toBeLessThan(5000);
});
