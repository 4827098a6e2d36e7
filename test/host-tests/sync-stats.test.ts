/** Round trips, payload bytes, the 5 MB limits, simulated cell-edit mode and suspended calculation. */
import { createHost, PAYLOAD_LIMIT_BYTES } from "../host";

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe("round trips", () => {
  it("counts one per context.sync() that carries actions", async () => {
    const host = createHost();
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[1]];
      await context.sync();
      ws.getRange("A2").values = [[2]];
      ws.getRange("A3").values = [[3]];
      await context.sync();
      await context.sync(); // nothing queued: Office.js does not go to the host
      const r = ws.getRange("A1:A3");
      r.load("values");
      await context.sync();
    });
    expect(host.stats.syncs).toBe(3);
    expect(host.stats.emptySyncs).toBe(1);
    expect(host.stats.requests.map((r) => r.ops)).toEqual([1, 2, 1]);
    expect(host.stats.requests[1].actions).toEqual(["Range.values=", "Range.values="]);
    host.resetStats();
    expect(host.stats).toMatchObject({ syncs: 0, requests: [], totalRequestBytes: 0, maxRequestBytes: 0 });
  });

  it("counts request and response bytes, as UTF-8, including the values written and read", async () => {
    const host = createHost();
    const ascii = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i * 1.5]);
    const chinese = Array.from({ length: 100 }, () => ["客户名称", "销售额"]);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B100").values = ascii;
      await context.sync();
      ws.getRange("A1:B100").values = chinese;
      await context.sync();
      const r = ws.getRange("A1:B100");
      r.load("values");
      await context.sync();
    });
    const [a, c, read] = host.stats.requests;
    expect(a.bytes).toBeGreaterThan(utf8(JSON.stringify(ascii)));
    expect(a.bytes).toBeLessThan(utf8(JSON.stringify(ascii)) + 400);
    // 7 Chinese characters per row, 3 bytes each in UTF-8.
    expect(c.bytes).toBeGreaterThan(utf8(JSON.stringify(chinese)));
    expect(utf8(JSON.stringify(chinese))).toBeGreaterThan(2100);
    expect(c.bytes).toBeLessThan(utf8(JSON.stringify(chinese)) + 400);
    expect(read.responseBytes).toBeGreaterThan(utf8(JSON.stringify(chinese)));
    expect(host.stats.totalRequestBytes).toBe(a.bytes + c.bytes + read.bytes);
    expect(host.stats.maxRequestBytes).toBe(Math.max(a.bytes, c.bytes, read.bytes));
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const host = createHost();
    // 60,000 rows × 10 cells of 8 characters: about 6.6 MB of JSON.
    const big = Array.from({ length: 60_000 }, () => new Array(10).fill("abcdefgh"));
    let caught: unknown;
    await host
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("Z1").values = [["before"]];
        const ws = context.workbook.worksheets.add("Big");
        ws.getRange("A1:J60000").values = big;
        await context.sync();
      })
      .catch((e) => (caught = e));
    expect(caught).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(host.values("Sheet1", "Z1")).toEqual([[""]]);
    expect(host.stats.requests[0]).toMatchObject({ error: "RequestPayloadSizeLimitExceeded" });
    expect(host.stats.requests[0].bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("accepts the same rows in blocks under the limit", async () => {
    const host = createHost();
    const block = Array.from({ length: 30_000 }, () => new Array(10).fill("abcdefgh"));
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:J30000").values = block;
      await context.sync();
      ws.getRange("A30001:J60000").values = block;
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(host.values("Sheet1", "J60000")).toEqual([["abcdefgh"]]);
  });

  it("rejects a response over the limit with ResponsePayloadSizeLimitExceeded", async () => {
    const host = createHost({ responseLimitBytes: 10_000 });
    host.setCells(
      "Sheet1",
      "A1",
      Array.from({ length: 2000 }, (_, i) => [`value ${i}`]),
    );
    await expect(
      host.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2000");
        r.load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("failures", () => {
  it("simulates cell-edit mode: the next n syncs reject and apply nothing; then a retry succeeds", async () => {
    const host = createHost();
    host.failNextSyncs(2, "InvalidOperationInCellEditMode");
    const write = () =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["done"]];
        await context.sync();
      });
    await expect(write()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(write()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(host.values("Sheet1", "A1")).toEqual([[""]]);
    await write();
    expect(host.values("Sheet1", "A1")).toEqual([["done"]]);
    expect(host.stats.requests.map((r) => r.error ?? "ok")).toEqual([
      "InvalidOperationInCellEditMode",
      "InvalidOperationInCellEditMode",
      "ok",
    ]);
  });

  it("records suspendApiCalculationUntilNextSync on the request it was called in", async () => {
    const host = createHost();
    await host.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1+2"]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[1]];
      await context.sync();
    });
    expect(host.stats.requests.map((r) => r.suspendedCalculation)).toEqual([true, false]);
    expect(host.values("Sheet1", "A1")).toEqual([[3]]);
  });
});
