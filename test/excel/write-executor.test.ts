/**
 * The write executor and the faults issue 9 reproduced: a retry after a mid-build failure, a retry of the
 * score columns, a cancel mid-write, columns Excel cannot undo, and the journal a run that died leaves.
 */
import { applyPlan } from "../../src/excel/apply-plan";
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { COLUMNS_SETTING, writeScoreAndTierColumns } from "../../src/excel/write-columns";
import { executeWrite, WriteCancelled } from "../../src/excel/write-executor";
import { SheetPlan } from "../../src/reports";
import { errorText } from "../../src/taskpane/context";
import { stringsFor } from "../../src/taskpane/i18n";
import { createHost } from "../host";
import { sheetPlan } from "./sheet-plan";
import { model, NO_DELAY, SAMPLE, SPEC } from "./write-operations";

const plan = (rows: number): SheetPlan =>
  sheetPlan({ blocks: [{ id: "data", at: "B2", cells: Array.from({ length: rows }, (_, i) => [`Account ${i}`, i]) }] });

describe("reports through the executor", () => {
  it("a retry after cell-edit mode at sync 6 of a 60k-row build writes the whole report (issue 9's repro)", async () => {
    const host = createHost();
    host.failSyncAt(6, "InvalidOperationInCellEditMode");
    const result = await applyPlan(host.run, plan(60_000), { budgetBytes: 256 * 1024, ...NO_DELAY });
    expect(result.sheetName).toBe("Nine-Grid");
    expect(host.sheetNames()).toEqual(["Sheet1", "Nine-Grid"]);
    expect(host.values("Nine-Grid", "B2:C3")).toEqual([
      ["Account 0", 0],
      ["Account 1", 1],
    ]);
    expect(host.values("Nine-Grid", "B60001:C60001")).toEqual([["Account 59999", 59999]]);
  });

  it("a failure in the commit leaves the previous report, and its name, in place", async () => {
    const host = createHost();
    await applyPlan(host.run, plan(5), NO_DELAY);
    const before = host.workbookSnapshot();
    host.failSyncAt(5, "GeneralException"); // 2 reads, build sheet, 1 chunk, then the swap
    await expect(applyPlan(host.run, plan(7), NO_DELAY)).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.workbookSnapshot()).toBe(before);
  });
});

describe("a report commit Excel stops part-way", () => {
  const decorated = (rows: number): SheetPlan => ({
    ...plan(rows),
    formats: [{ range: "B2:C2", bold: true, fill: "#1F3864" }],
    conditionalFormats: [{ kind: "colorScale", range: `C2:C${rows + 1}`, colors: ["#FFFFFF", "#2E75B6"] }],
    charts: [
      { id: "c", type: "ColumnClustered", title: "T", from: "E2", to: "J12", series: [{ name: "V", values: "C2:C4" }] },
    ],
    columnWidths: [{ column: "B", width: 20 }],
    freeze: { rows: 1, columns: 0 },
    tabColor: "#1F4E79",
  });
  const rebuilt = async (fail?: number) => {
    const host = createHost({ workbook: { sheets: [{ name: "Notes", cells: [["mine"]] }] } });
    await applyPlan(host.run, decorated(5), NO_DELAY);
    host.model.active = host.model.sheetOrThrow("Notes"); // the user went back to their own sheet
    const before = host.workbookSnapshot();
    // 2 reads, the build sheet, 1 chunk, then the commit (the 5th round trip).
    if (fail !== undefined) host.failSyncAt(5, "GeneralException", undefined, fail);
    const error = await applyPlan(host.run, decorated(7), NO_DELAY).then(
      () => null,
      (e: unknown) => e,
    );
    return { host, before, error };
  };

  it("leaves the previous report whole, or the new one, after any number of the commit's actions", async () => {
    const clean = await rebuilt();
    const commit = clean.host.stats.requests[clean.host.stats.requests.length - 1];
    expect(commit.actions).toContain("Worksheet.delete");
    expect(commit.actions[commit.actions.length - 1]).toBe("Worksheet.delete"); // the irreversible step is last
    const reference = clean.host.workbookSnapshot();
    const outcomes: string[] = [];
    for (let n = 0; n < commit.actions.length; n++) {
      const { host, before, error } = await rebuilt(n);
      const after = host.workbookSnapshot();
      expect(error).not.toBeNull();
      if (after !== before) outcomes.push(`stopped after ${n} of ${commit.actions.length}: changed the workbook`);
    }
    expect(outcomes).toEqual([]);
    expect(reference).not.toBe(clean.before);
  });
});

describe("score and tier columns through the executor", () => {
  it("a retry after cell-edit mode mid-write leaves one set of columns, never Score (2)", async () => {
    const host = createHost({ workbook: SPEC });
    host.failSyncAt(6, "InvalidOperationInCellEditMode");
    const result = await writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model,
      mode: "values",
      budgetBytes: 300,
      ...NO_DELAY,
    });
    expect(result.columns).toEqual({ score: "Score", tier: "Tier", keyAccount: "Key account" });
    const columns = host.tables().find((t) => t.name === "Accounts")?.columns ?? [];
    expect(columns.slice(-3)).toEqual(["Score", "Tier", "Key account"]);
    expect(columns.filter((c) => /Score|writing/.test(c))).toEqual(["Score"]);
  });

  it("removes the columns it added to the user's table when a chunk fails (Excel cannot undo them)", async () => {
    const host = createHost({ workbook: SPEC });
    const before = host.workbookSnapshot();
    const headers = host.tables()[0].columns;
    // Reading the sources takes 2 syncs, the table 2 more; the 5th adds the columns, the 7th is a chunk.
    host.failSyncAt(7, "GeneralException");
    const write = writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "values", budgetBytes: 300 });
    await expect(write).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.stats.requests.some((r) => r.actions.includes("TableColumnCollection.add"))).toBe(true);
    expect(host.tables()[0].columns).toEqual(headers);
    expect(host.settings()[COLUMNS_SETTING]).toBeUndefined();
    expect(host.workbookSnapshot()).toBe(before);
  });

  it("a run that died with its cleanup leaves a journal; the next run removes its columns", async () => {
    const host = createHost({ workbook: SPEC });
    const headers = host.tables()[0].columns;
    host.failSyncAt(7, "GeneralException");
    host.failSyncAt(8, "InvalidOperationInCellEditMode"); // the cleanup fails too: Excel is busy
    const options = { table: "Accounts", model, mode: "values" as const, budgetBytes: 300 };
    await expect(writeScoreAndTierColumns(host.run, options)).rejects.toBeTruthy();
    expect(host.tables()[0].columns.filter((c) => c.endsWith("(writing)"))).toHaveLength(3);

    await writeScoreAndTierColumns(host.run, options);
    expect(host.tables()[0].columns).toEqual([...headers, "Score", "Tier", "Key account"]);
    expect(JSON.stringify(host.settings()[COLUMNS_SETTING])).not.toContain("writing");
  });

  it("a cancel mid-write throws WriteCancelled and writes nothing (it used to return success)", async () => {
    const host = createHost({ workbook: SPEC });
    const before = host.workbookSnapshot();
    const abort = new AbortController();
    host.afterSync(6, () => abort.abort());
    const write = writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model,
      mode: "values",
      budgetBytes: 300,
      signal: abort.signal,
    });
    await expect(write).rejects.toBeInstanceOf(WriteCancelled);
    expect(host.workbookSnapshot()).toBe(before);
  });
});

describe("sample workbook through the executor", () => {
  it("a retry after its first chunk never creates Accounts (2)", async () => {
    const host = createHost();
    host.failSyncAt(4, "InvalidOperationInCellEditMode");
    const result = await insertSampleWorkbook(host.run, SAMPLE, { budgetBytes: 4000, ...NO_DELAY });
    expect(result.sheets).toEqual([
      "Accounts", "Opportunities", "Assignments", "Quotas", "Contracts", "Opportunity History", "Leads",
    ]); // prettier-ignore
    expect(host.sheetNames()).toEqual(["Sheet1", ...result.sheets]);
  });
});

describe("executeWrite", () => {
  it("halves a request Excel refuses as too large, down to single rows, and reports a row that never fits", async () => {
    const host = createHost({ requestLimitBytes: 2000 });
    const rows = Array.from({ length: 40 }, (_, i) => [`row ${i} ${"x".repeat(60)}`]);
    const { stats } = await executeWrite(host.run, { budgetBytes: 100_000 }, async (s) => {
      const sheet = s.context.workbook.worksheets.getItem("Sheet1");
      await s.write([{ sheet, address: "A1:A40", property: "values", payload: rows, bytes: 3000 }]);
      await s.commit(
        () => undefined,
        () => undefined,
      );
    });
    expect(host.values("Sheet1", "A40")).toEqual([[rows[39][0]]]);
    expect(stats.chunks).toBeGreaterThan(1);
    expect(host.stats.requests.filter((r) => r.error === "RequestPayloadSizeLimitExceeded").length).toBeGreaterThan(0);

    const tiny = createHost({ requestLimitBytes: 50 });
    const write = executeWrite(tiny.run, {}, async (s) => {
      const sheet = s.context.workbook.worksheets.getItem("Sheet1");
      await s.write([{ sheet, address: "A1", property: "values", payload: [["y".repeat(200)]], bytes: 200 }]);
    });
    await expect(write).rejects.toThrow(/single row of A1 is larger/);
    // The pane words it in the user's language, naming the range (it used to show this English in Chinese).
    const error = await write.catch((e: unknown) => e);
    expect(errorText(error, stringsFor("zh-CN"))).toBe(
      "A1 中有一行超出 Excel 单次请求的上限，因此未写入任何内容。请缩短该行最长的文本后重试。",
    );
    expect(errorText(error, stringsFor("en-US"))).toMatch(/^One row of A1 is larger than Excel accepts/);
  });

  it("reports progress that never goes down and ends at 1", async () => {
    const host = createHost();
    const seen: number[] = [];
    await applyPlan(host.run, plan(2000), { budgetBytes: 4096, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
  });
});
