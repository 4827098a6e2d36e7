/**
 * Golden comparison (issue 11): the sheets Ninegrid writes for the sample and a CRM-shaped workbook are
 * recorded cell by cell (values, formulas, number formats, styles, widths, merges, charts, conditional
 * formats, ownership settings) and every later build must reproduce them exactly. A refactor that changes
 * one cell fails here. After an intended change, rerun with UPDATE_GOLDEN=1 and review the JSON diff.
 */
import * as fs from "fs";
import * as path from "path";
import { defaultModel, Model } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { writeScoreAndTierColumns } from "../../src/excel/write-columns";
import { ReportKind } from "../../src/reports";
import { createHost, Host, WorkbookSpec } from "../host";
import { CRM_SELECTIONS, crmWorkbook } from "../excel/crm-workbook";
import { generateSalesforceSample, SampleTable } from "../../src/sample";
import { columnLetter } from "../../src/core/a1";
import { SAMPLE_SELECTIONS, sampleWorkbookSpec, workbookSpecOf } from "../excel/sample-workbook";

const DIR = path.join(__dirname, "__golden__");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const ASOF = 46358; // 2026-12-02, fixed so the golden files hold on any day
const KINDS: ReportKind[] = ["nineGrid", "coverage", "pipeline", "quotas"];

type Snapshot = { sheets: unknown[] } & Record<string, unknown>;

/**
 * Everything the workbook holds after the build, as stable JSON, one line per sheet for readable diffs.
 * Source sheets the run left as they were are listed by name only, to keep the files small.
 */
function snapshotOf(host: Host, before: Set<string>): string {
  const wb = JSON.parse(host.workbookSnapshot()) as Snapshot;
  const charts = Object.fromEntries(host.sheetNames().map((s) => [s, host.charts(s)]));
  // Without the host's object ids: they count every object made in the test run, so they depend on test order.
  const cfs = Object.fromEntries(
    host.sheetNames().map((s) => [s, host.conditionalFormats(s).map(({ id: _id, ...cf }) => cf)]),
  );
  const parts = { ...wb, sheets: undefined, charts, conditionalFormats: cfs, tables: host.tables() };
  return (
    [
      JSON.stringify(parts),
      ...wb.sheets.map((s) =>
        before.has(JSON.stringify(s)) ? JSON.stringify({ unchanged: (s as { name: string }).name }) : JSON.stringify(s),
      ),
    ].join("\n") + "\n"
  );
}

function compare(name: string, actual: string): void {
  const file = path.join(DIR, `${name}.jsonl`);
  if (UPDATE) {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`golden file ${file} is missing: run with UPDATE_GOLDEN=1`);
  const expected = fs.readFileSync(file, "utf8").split("\n");
  const lines = actual.split("\n");
  // Line by line first, so a failure names the sheet rather than printing megabytes.
  expected.forEach((line, i) => expect([name, i, lines[i]]).toEqual([name, i, line]));
  expect(lines.length).toBe(expected.length);
}

interface Case {
  name: string;
  workbook: () => { spec: WorkbookSpec; selections: Record<string, unknown> };
  model: () => Model;
  run: (host: Host, model: Model, selections: Record<string, unknown>) => Promise<unknown>;
}

const sample = () => ({ spec: sampleWorkbookSpec().spec, selections: SAMPLE_SELECTIONS });
const salesforce = () => ({ spec: workbookSpecOf(generateSalesforceSample()), selections: SAMPLE_SELECTIONS });
const crm = () => ({ spec: crmWorkbook().spec, selections: CRM_SELECTIONS });
const withReports =
  (r: Partial<Model["reports"]>, extra: Partial<Model> = {}) =>
  () => {
    const m = defaultModel();
    return { ...m, ...extra, reports: { ...m.reports, ...r } };
  };
const report =
  (kind: ReportKind, live: boolean, language?: string) =>
  (host: Host, model: Model, selections: Record<string, unknown>) =>
    buildReport(host.run, kind, { model, selections: selections as never, live, asOf: ASOF, language });

const CASES: Case[] = [
  ...KINDS.flatMap((kind) =>
    [true, false].map((live) => ({
      name: `sample-${kind}-${live ? "live" : "static"}`,
      workbook: sample,
      model: defaultModel,
      run: report(kind, live),
    })),
  ),
  ...KINDS.map((kind) => ({ name: `crm-${kind}-live`, workbook: crm, model: defaultModel, run: report(kind, true) })),
  ...KINDS.map((kind) => ({
    name: `crm-${kind}-static`,
    workbook: crm,
    model: defaultModel,
    run: report(kind, false),
  })),
  {
    name: "sample-nineGrid-segments-log-top5",
    workbook: sample,
    model: withReports({ perSegmentMatrices: true, logScale: true, topNames: 5 }, { segmentBy: "industry" }),
    run: report("nineGrid", true),
  },
  {
    name: "sample-nineGrid-region-static",
    workbook: sample,
    model: withReports({ perSegmentMatrices: true }, { segmentBy: "region" }),
    run: report("nineGrid", false),
  },
  ...(["none", "owner", "tier", "projectClass"] as const).map((splitBy) => ({
    name: `sample-pipeline-split-${splitBy}-month`,
    workbook: sample,
    model: withReports({ splitBy, period: "month" as const }),
    run: report("pipeline", true),
  })),
  {
    name: "sample-pipeline-rowweights-year-static",
    workbook: sample,
    model: withReports({ weightBy: "row", period: "year" }),
    run: report("pipeline", false),
  },
  { name: "salesforce-nineGrid-live", workbook: salesforce, model: defaultModel, run: report("nineGrid", true) },
  { name: "salesforce-pipeline-live", workbook: salesforce, model: defaultModel, run: report("pipeline", true) },
  { name: "sample-quotas-zh-CN", workbook: sample, model: defaultModel, run: report("quotas", true, "zh-CN") },
  ...(["live", "values"] as const).map((mode) => ({
    name: `sample-columns-${mode}`,
    workbook: sample,
    model: defaultModel,
    run: (host: Host, model: Model) => writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode }),
  })),
];

/** The sample with its 13 weekly snapshots and its Leads (DOMAIN.md §9), each an Excel table on its own sheet. */
const sampleWithHistory = () => {
  const { spec, wb } = sampleWorkbookSpec();
  const tables: [SampleTable, string][] = [[wb.history as SampleTable, "Opportunity History"], [wb.leads as SampleTable, "Leads"]]; // prettier-ignore
  for (const [t, sheet] of tables) {
    const formats = t.headers.map((h) => t.numberFormats?.[h] ?? null);
    spec.sheets.push({
      name: sheet,
      cells: [t.headers, ...t.rows],
      numberFormats: [t.headers.map(() => null), ...t.rows.map(() => formats)],
      tables: [{ name: t.name, range: `A1:${columnLetter(t.headers.length - 1)}${t.rows.length + 1}` }],
    });
  }
  const selections = { ...SAMPLE_SELECTIONS, history: { table: tables[0][0].name }, leads: { table: tables[1][0].name } }; // prettier-ignore
  return { spec, selections };
};

// The Movement report (issue 12), new here: live, static, and from a chosen earlier snapshot split by owner.
CASES.push(
  { name: "sample-movement-live", workbook: sampleWithHistory, model: defaultModel, run: report("movement", true) },
  { name: "sample-movement-static", workbook: sampleWithHistory, model: defaultModel, run: report("movement", false) },
  {
    name: "sample-movement-from-owner",
    workbook: sampleWithHistory,
    model: withReports({ movementFrom: "2026-10-01", movementSplitBy: "owner" }),
    run: report("movement", true),
  },
);

describe("golden report sheets: a refactor writes the same workbook cell for cell", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    const { spec, selections } = c.workbook();
    const host = createHost({ workbook: spec });
    const before = new Set((JSON.parse(host.workbookSnapshot()) as Snapshot).sheets.map((x) => JSON.stringify(x)));
    await c.run(host, c.model(), selections);
    compare(name, snapshotOf(host, before));
  });
});
