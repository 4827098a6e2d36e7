/**
 * The monthly pack through the adapter into the in-memory host (issue 14): every report and a contents
 * sheet linking to each by its final name, in one all-or-nothing write whose fixed round trips do not grow
 * with the number of reports; a cancel leaves the workbook as it was; a rerun replaces only its own sheets.
 */
import { unquote } from "../../src/core/a1";
import { isoFromSerial } from "../../src/core/dates";
import { applyPlans, BuildCancelled, REPORT_TAG } from "../../src/excel/apply-plan";
import { insertSamplePlanTables } from "../../src/excel/plan-tables-sample";
import { buildPack, PackRefused } from "../../src/excel/apply-pack";
import { buildReport } from "../../src/excel/build-report";
import { REPORT_KINDS, reportOf } from "../../src/reports";
import { CONTENTS_KIND, contentsPlan, sheetLink } from "../../src/reports/contents-sheet";
import { createHost } from "../host";
import { PACK_KINDS, packHost, packOptions, RERUN_KINDS, withEarlierPack } from "./pack-operations";
import { SAMPLE_SELECTIONS } from "./sample-workbook";
import { sheetPlan } from "./sheet-plan";
import { SAMPLE, SPEC } from "./write-operations";

/** The sheet a HYPERLINK("#'Sheet'!A1", …) formula opens, and the text it shows. */
function linkOf(formula: string): { sheet: string; label: string } {
  const m = /^=HYPERLINK\("#((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/.exec(formula);
  if (!m) throw new Error(`not a sheet link: ${formula}`);
  const location = m[1].replace(/""/g, '"');
  expect(location.endsWith("!A1")).toBe(true);
  return { sheet: unquote(location), label: m[2].replace(/""/g, '"') };
}

/** A cell's stored style as the host's sheet snapshot has it (CellInfo leaves out underline and vertical alignment). */
function styleOf(host: ReturnType<typeof createHost>, sheet: string, address: string): Record<string, unknown> {
  const { cells } = JSON.parse(host.snapshot(sheet)) as { cells: [string, { s?: Record<string, unknown> }][] };
  return cells.find(([a]) => a === address)?.[1].s ?? {};
}

const tagOf = (host: ReturnType<typeof createHost>, sheet: string) =>
  JSON.parse(host.customProperties(sheet)[REPORT_TAG] ?? "null") as { kind: string; state: string } | null;

describe("sheetLink", () => {
  it("quotes the sheet as Excel does in a reference, inside a string literal", () => {
    expect(sheetLink("Nine-Grid (2)", "Nine-grid").formula).toBe(`=HYPERLINK("#'Nine-Grid (2)'!A1","Nine-grid")`);
    expect(sheetLink('Bob\'s "best" sheet', 'Say "hi"').formula).toBe(
      `=HYPERLINK("#'Bob''s ""best"" sheet'!A1","Say ""hi""")`,
    );
    expect(linkOf(sheetLink('Bob\'s "best" sheet', 'Say "hi"').formula)).toEqual({
      sheet: 'Bob\'s "best" sheet',
      label: 'Say "hi"',
    });
  });
});

describe("the monthly pack", () => {
  it("writes every report and a contents sheet, first and active, linking to each sheet", async () => {
    const host = packHost();
    const result = await buildPack(host.run, PACK_KINDS, packOptions(true));
    // The user's "Contents" sheet is never taken: the pack's contents sheet is "Contents (2)".
    expect(result.contents).toMatchObject({ kind: CONTENTS_KIND, sheetName: "Contents (2)", replaced: false });
    expect(host.values("Contents", "A1:B1")).toEqual([["my notes", 42]]);
    const contents = result.contents.sheetName;
    expect(host.activeSheet()).toBe(contents);
    expect(host.sheetNames()).toEqual([
      ...SPEC.sheets.map((s) => s.name),
      "Contents",
      contents,
      ...result.reports.map((r) => r.sheetName),
    ]);
    expect(result.reports.map((r) => r.kind)).toEqual(PACK_KINDS);
    for (const r of result.reports) expect(tagOf(host, r.sheetName)).toEqual({ kind: r.kind, state: "ready" });
    expect(tagOf(host, contents)).toEqual({ kind: "contents", state: "ready" });
    for (const name of host.sheetNames()) expect(host.sheetInfo(name).visibility).toBe("Visible");

    // Title, report date, one row per report: number, link (by final name), the English summary.
    expect(host.values(contents, "B2:B3")).toEqual([
      ["Monthly pack"],
      [`Report date ${isoFromSerial(SAMPLE.asOf)} · ${PACK_KINDS.length} reports`],
    ]);
    expect(host.values(contents, "B6:D6")).toEqual([["#", "Report", "Summary"]]);
    result.reports.forEach((r, i) => {
      const row = 7 + i;
      const [[n, link, summary]] = host.formulas(contents, `B${row}:D${row}`);
      expect(n).toBe(i + 1);
      expect(linkOf(String(link)).sheet).toBe(r.sheetName);
      // The link shows the report sheet's own title (its A1).
      expect(linkOf(String(link)).label).toBe(host.values(r.sheetName, "A1")[0][0]);
      expect(host.values(contents, `C${row}`)[0][0]).toBe(host.values(r.sheetName, "A1")[0][0]);
      expect(summary).toBe(r.summary);
    });
  });

  it("lists the source tables with their rows, hides gridlines, and sets tall rows and print", async () => {
    const host = packHost();
    const result = await buildPack(host.run, ["nineGrid", "pipeline"], packOptions(false));
    const contents = result.contents.sheetName;
    // Reports at rows 5–8 (caption, header, two reports), a gap, then the sources from row 10.
    expect(host.values(contents, "B10:D12")).toEqual([
      ["Data sources", "", ""],
      ["", "Table", "Read from"],
      ["", "Accounts", `Accounts · ${SAMPLE.accounts.rows.length} rows`],
    ]);
    const rows = host.values(contents, "C12:D15").map((r) => r.join(" | "));
    expect(rows).toEqual([
      `Accounts | Accounts · ${SAMPLE.accounts.rows.length} rows`,
      `Opportunities | Opportunities · ${SAMPLE.opportunities.rows.length} rows`,
      `Assignments | Assignments · ${SAMPLE.assignments.rows.length} rows`,
      `Quotas | Quotas · ${SAMPLE.quotas.rows.length} rows`,
    ]);
    const info = host.sheetInfo(contents);
    expect(info.showGridlines).toBe(false);
    expect(info.rowHeights[2]).toBe(54); // the title row
    expect(info.rowHeights[7]).toBe(40); // a report's row
    expect(host.cell(contents, "B2")).toMatchObject({ bold: true, fontSize: 28 });
    expect(styleOf(host, contents, "C7")).toMatchObject({
      underline: "Single",
      fontColor: "#0563C1",
      verticalAlignment: "Center",
    });
    expect(host.pageLayout(contents)).toMatchObject({ orientation: "Portrait" });
    // The report sheets keep their own print setup and gridlines.
    expect(host.pageLayout(result.reports[0].sheetName)).toMatchObject({ orientation: "Landscape" });
    expect(host.sheetInfo(result.reports[0].sheetName).showGridlines).toBe(true);
  });

  it("links to the name a report actually got when a user's sheet has its name", async () => {
    const host = createHost({ workbook: { sheets: [...SPEC.sheets, { name: "Nine-Grid", cells: [["mine"]] }] } });
    const result = await buildPack(host.run, ["coverage", "nineGrid"], packOptions(false));
    const nineGrid = result.reports.find((r) => r.kind === "nineGrid")?.sheetName;
    expect(nineGrid).toBe("Nine-Grid (2)");
    const [[coverageLink], [nineGridLink]] = host.formulas(result.contents.sheetName, "C7:C8");
    expect(linkOf(String(nineGridLink)).sheet).toBe("Nine-Grid (2)");
    expect(linkOf(String(coverageLink)).sheet).toBe(result.reports[0].sheetName);
    expect(host.values("Nine-Grid", "A1")).toEqual([["mine"]]);
  });

  it("links to a sheet whose name holds an apostrophe (a linked plan built after the names are decided)", async () => {
    const host = createHost({ workbook: { sheets: [{ name: "Bob's", cells: [["user"]] }] } });
    const report = sheetPlan({ sheetName: "Bob's", blocks: [{ id: "title", at: "A1", cells: [["Bob's report"]] }] });
    const written = await applyPlans(host.run, [
      {
        kind: CONTENTS_KIND,
        sheetName: "Contents",
        build: (names) =>
          contentsPlan(
            { asOf: SAMPLE.asOf, sources: [], reports: [{ kind: "nineGrid", title: "Bob's report", summary: "s" }] },
            names,
          ),
      },
      report,
    ]);
    expect(written.sheets.map((s) => s.sheetName)).toEqual(["Contents", "Bob's (2)"]);
    const [[formula]] = host.formulas("Contents", "C7");
    expect(formula).toBe(`=HYPERLINK("#'Bob''s (2)'!A1","Bob's report")`);
    expect(linkOf(String(formula)).sheet).toBe("Bob's (2)");
    expect(host.values("Contents", "C7")).toEqual([["Bob's report"]]);
  });

  it("builds Key Accounts over the workbook's plan tables, as a build of that report alone does", async () => {
    const withPlans = async () => {
      const host = packHost();
      await insertSamplePlanTables(
        host.run,
        SAMPLE,
        { kinds: ["accounts", "assignments"], tables: ["Accounts", "Assignments"] },
        "en-US",
      );
      return host;
    };
    const alone = await withPlans();
    const single = await buildReport(alone.run, "keyAccounts", packOptions(false));
    const packed = await withPlans();
    const pack = await buildPack(packed.run, ["nineGrid", "keyAccounts"], packOptions(false));
    const sheet = pack.reports[1].sheetName;
    expect(sheet).toBe(single.sheetName);
    const used = alone.usedRange(single.sheetName) as string;
    const range = used.slice(used.indexOf("!") + 1);
    expect(packed.values(sheet, range)).toEqual(alone.values(single.sheetName, range));
    // The plan tables' answers are there: the review is not the empty one a build without them gives.
    const empty = await buildPack(packHost().run, ["keyAccounts"], packOptions(false));
    expect(empty.reports[0].summaryData).not.toEqual(pack.reports[1].summaryData);
  });

  it("keeps the fixed round trips of one report however many reports it holds", async () => {
    const one = await buildPack(packHost().run, ["nineGrid"], packOptions(true, { budgetBytes: 3000 }));
    const all = await buildPack(packHost().run, PACK_KINDS, packOptions(true, { budgetBytes: 3000 }));
    const fixed = (r: typeof one) => r.roundTrips - r.chunks;
    expect(all.chunks).toBeGreaterThan(one.chunks);
    expect(fixed(all)).toBe(fixed(one));
    expect(fixed(all)).toBe(4); // list sheets, read tags, create build sheets, commit
    const single = await buildReport(packHost().run, "nineGrid", { ...packOptions(true), budgetBytes: 3000 });
    expect(single.roundTrips - single.chunks).toBe(fixed(all));
    // Reading the sources once for the pack costs what one report that reads them all costs: Key Accounts
    // reads the picked lists and looks for the plan tables too.
    const widest = await buildReport(packHost().run, "keyAccounts", { ...packOptions(true), budgetBytes: 3000 });
    expect(all.read.syncs - all.read.chunks).toBe(widest.read.syncs - widest.read.chunks);
    expect(widest.read.syncs - widest.read.chunks).toBeGreaterThan(single.read.syncs - single.read.chunks);
  });

  it("refuses an empty pack and a report whose required lists are not picked, before reading anything", async () => {
    const host = packHost();
    await expect(buildPack(host.run, [], packOptions(false))).rejects.toBeInstanceOf(PackRefused);
    const needs = REPORT_KINDS.find((k) => reportOf(k).sources.required.includes("opportunities"));
    const selections = { accounts: SAMPLE_SELECTIONS.accounts };
    await expect(
      buildPack(host.run, [needs ?? "pipeline"], { ...packOptions(false), selections }),
    ).rejects.toMatchObject({ reason: "missingSources", kind: needs ?? "pipeline" });
    expect(host.stats.syncs).toBe(0);
  });
});

describe("a pack that is cancelled or rerun", () => {
  it("cancelled part-way through its chunks leaves the workbook exactly as it was", async () => {
    const host = packHost();
    await withEarlierPack(host);
    const before = host.workbookSnapshot();
    const controller = new AbortController();
    let seen = 0;
    const pending = buildPack(host.run, PACK_KINDS, {
      ...packOptions(false),
      budgetBytes: 3000,
      signal: controller.signal,
      onProgress: (f) => {
        seen = f;
        if (f > 0.5) controller.abort();
      },
    });
    await expect(pending).rejects.toBeInstanceOf(BuildCancelled);
    expect(seen).toBeGreaterThan(0.5);
    expect(host.workbookSnapshot()).toBe(before);
  });

  it("replaces only its own sheets: the user's sheet and a report outside the pack stay as they were", async () => {
    const host = packHost();
    await withEarlierPack(host);
    const names = host.sheetNames();
    const quotaSheet = names.find((n) => tagOf(host, n)?.kind === "quotas") as string;
    const keep = { notes: host.snapshot("Contents"), quotas: host.snapshot(quotaSheet) };
    const earlier = Object.fromEntries(RERUN_KINDS.map((k) => [k, names.find((n) => tagOf(host, n)?.kind === k)]));

    const again = await buildPack(host.run, RERUN_KINDS, packOptions(false));
    expect(host.sheetNames()).toEqual(names);
    expect(again.contents).toMatchObject({ sheetName: "Contents (2)", replaced: true });
    for (const r of again.reports) expect(r).toMatchObject({ sheetName: earlier[r.kind], replaced: true });
    expect(host.snapshot("Contents")).toBe(keep.notes);
    expect(host.snapshot(quotaSheet)).toBe(keep.quotas);
    // And the same rerun again changes nothing.
    const once = host.workbookSnapshot();
    await buildPack(host.run, RERUN_KINDS, packOptions(false));
    expect(host.workbookSnapshot()).toBe(once);
  });

  it("a commit that fails part-way through, before any earlier sheet is deleted, leaves the workbook as it was", async () => {
    const clean = packHost();
    await withEarlierPack(clean);
    const start = clean.syncSerial;
    clean.resetStats();
    await buildPack(clean.run, RERUN_KINDS, packOptions(false));
    const commit = clean.stats.requests[clean.stats.requests.length - 1].actions;
    const k = clean.syncSerial - start; // the commit is the last round trip
    const firstDelete = commit.indexOf("Worksheet.delete");
    expect(firstDelete).toBeGreaterThan(commit.length / 2);
    // Every delete of an earlier sheet is at the very end, after the tags.
    expect(commit.slice(firstDelete).every((a) => a === "Worksheet.delete")).toBe(true);
    const step = Math.max(1, Math.floor(firstDelete / 12));
    for (let applied = 0; applied <= firstDelete; applied += step) {
      const host = packHost();
      await withEarlierPack(host);
      const before = host.workbookSnapshot();
      host.failSyncAt(k, "GeneralException", undefined, applied);
      await expect(buildPack(host.run, RERUN_KINDS, packOptions(false))).rejects.toMatchObject({
        code: "GeneralException",
      });
      expect([applied, host.workbookSnapshot()]).toEqual([applied, before]);
    }
  }, 60_000);

  it("keeps each rerun sheet where the earlier one was, when the user moved them around", async () => {
    const host = packHost();
    await withEarlierPack(host);
    const sheetsOf = (kind: string) => host.sheetNames().find((n) => tagOf(host, n)?.kind === kind) as string;
    // The user drags the pack's sheets apart and out of order, between their own sheets.
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem(sheetsOf("pipeline")).position = 0;
      sheets.getItem(sheetsOf("contents")).position = 3;
      sheets.getItem(sheetsOf("nineGrid")).position = 2;
      await context.sync();
    });
    const order = host.sheetNames();
    await buildPack(host.run, RERUN_KINDS, packOptions(false));
    expect(host.sheetNames()).toEqual(order);
  });

  it("uses the summaries it is given, in the sheet's language", async () => {
    const host = packHost();
    const result = await buildPack(host.run, ["quotas"], {
      ...packOptions(false),
      reportLanguage: "zh",
      summaryText: (s) => `摘要 ${s.kind}`,
    });
    expect(result.contents.sheetName).toBe("目录");
    expect(host.values("目录", "B2")).toEqual([["月度报告包"]]);
    expect(host.values("目录", "B6:D7")).toEqual([
      ["序号", "报告", "摘要"],
      [1, host.values(result.reports[0].sheetName, "A1")[0][0], "摘要 quotas"],
    ]);
    expect(result.reports[0].summary).toBe(reportOf("quotas").summarise(result.reports[0].summaryData as never));
  });
});
