/**
 * Hostile account and rep names end to end (issue: "Hostile names arrive as text"): seeded into the
 * sample workbook as a user would type them, read by the adapter, and written by all four reports,
 * live and static. On every report sheet each name reads back as exactly the source text, and no
 * cell holds it as a formula; the live numbers of hostile reps still equal the core's.
 */
import { quotaReviews } from "../../src/core/quota-review";
import { defaultModel, Model } from "../../src/core/schemas";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { generateSample, SampleWorkbook } from "../../src/sample";
import { createHost } from "../host";
import { parseRect } from "../host/a1";
import { SAMPLE_SELECTIONS, workbookSpecOf } from "./sample-workbook";

const LONG = `${"Лонг name 名称 ".repeat(400)}`.slice(0, 5000);
const HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@foo", LONG, "🚀 Acme", "شركة", "'quoted"];
// Rep names differ from account names, so a rep found on a sheet is not an account by the same name.
const HOSTILE_REPS = HOSTILE.map((n, k) => (k === 4 ? `${n.slice(0, 4990)}rep-${k}` : `${n} rep`));
HOSTILE_REPS[1] = "+12";
HOSTILE_REPS[2] = "-3";

/** The dirty sample with hostile names given to clean accounts, and to reps everywhere a rep is named. */
function hostileWorkbook(): SampleWorkbook {
  const wb = generateSample({ dirty: true });
  const dirtyRows = new Set(wb.dirtyCells.filter((d) => d.table === "Accounts").map((d) => d.row));
  const nameCol = wb.accounts.headers.indexOf("Account Name");
  const clean = wb.accounts.rows.map((_, i) => i).filter((i) => !dirtyRows.has(i));
  HOSTILE.forEach((name, k) => (wb.accounts.rows[clean[7 * k + 3]][nameCol] = name));

  const owner = wb.opportunities.headers.indexOf("Owner");
  const assigned = wb.assignments.headers.indexOf("Rep");
  const owners = new Set(wb.opportunities.rows.map((r) => r[owner]));
  // A rep whose quota cell is dirty ("¥1,200,000" as text) is left alone: live SUMIFS skips text amounts.
  const dirtyQuota = new Set(wb.dirtyCells.filter((d) => d.table === "Quotas").map((d) => d.row));
  const reps = wb.quotas.rows
    .filter((_, i) => !dirtyQuota.has(i))
    .map((r) => r[0] as string)
    .filter((rep) => owners.has(rep));
  const renamed = new Map(HOSTILE_REPS.map((name, k) => [reps[k], name]));
  const rename = (rows: unknown[][], col: number) =>
    rows.forEach((r) => (r[col] = renamed.get(r[col] as string) ?? r[col]));
  rename(wb.opportunities.rows, owner);
  rename(wb.assignments.rows, assigned);
  rename(wb.quotas.rows, 0);
  return wb;
}

const wb = hostileWorkbook();
const model: Model = { ...defaultModel(), reports: { ...defaultModel().reports, splitBy: "owner" } };
const KINDS: ReportKind[] = ["nineGrid", "coverage", "pipeline", "quotas"];

/** Every cell of a report sheet's used range: its value, and its formula text (null for a constant). */
function cellsOf(host: ReturnType<typeof createHost>, sheet: string) {
  const used = host.usedRange(sheet) as string;
  const local = used.slice(used.lastIndexOf("!") + 1);
  const { row, col, cols } = parseRect(local);
  const model = host.model.sheetOrThrow(sheet);
  return host
    .values(sheet, local)
    .flat()
    .map((value, i) => ({ value, formula: model.formulaAt(row + Math.floor(i / cols), col + (i % cols)) ?? null }));
}

describe.each([true, false])("hostile names, live %p", (live) => {
  const host = createHost({ workbook: workbookSpecOf(wb) });
  const sheets: Partial<Record<ReportKind, string>> = {};

  beforeAll(async () => {
    for (const kind of KINDS)
      sheets[kind] = (
        await buildReport(host.run, kind, { model, selections: SAMPLE_SELECTIONS, live, asOf: wb.asOf })
      ).sheetName;
  });

  it("the names read back from the source as typed", async () => {
    const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
    const names = new Set(dataset.accounts.map((a) => a.name));
    for (const name of HOSTILE) expect(names.has(name)).toBe(true);
    const reps = new Set(dataset.quotas.map((q) => q.rep));
    for (const rep of HOSTILE_REPS) expect(reps.has(rep)).toBe(true);
  });

  it.each(KINDS)("%s: no hostile name became a formula, and each cell showing one holds it as text", (kind) => {
    const cells = cellsOf(host, sheets[kind] as string);
    const hostile = new Set([...HOSTILE, ...HOSTILE_REPS]);
    const shown = cells.filter((c) => hostile.has(String(c.value)));
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) expect(c.formula).toBeNull();
    // A name turned formula would show its formula text (and another value, "y" for the HYPERLINK).
    expect(cells.filter((c) => c.formula !== null && /^=(HYPERLINK|\+1|-2|@foo|'quoted)/i.test(c.formula))).toEqual([]);
    // Excel's limits: 32,767 characters in a cell, 8,192 in a formula, 255 in a formula's text constant.
    expect(cells.filter((c) => String(c.value).length > 32_767)).toEqual([]);
    const formulas = cells.map((c) => c.formula).filter((f): f is string => f !== null);
    expect(formulas.filter((f) => f.length > 8192)).toEqual([]);
    const literals = formulas.flatMap((f) => f.match(/"(?:[^"]|"")*"/g) ?? []);
    expect(literals.filter((l) => l.slice(1, -1).replace(/""/g, '"').length > 255)).toEqual([]);
  });

  it("every hostile account name appears verbatim on the Nine-Grid and Coverage sheets", () => {
    for (const kind of ["nineGrid", "coverage"] as const) {
      const values = new Set(cellsOf(host, sheets[kind] as string).map((c) => c.value));
      expect(HOSTILE.filter((name) => !values.has(name))).toEqual([]);
    }
  });

  it("every hostile rep name appears verbatim on the Quota Review, Pipeline (by owner) and Coverage sheets", () => {
    for (const kind of ["quotas", "pipeline"] as const) {
      const values = new Set(cellsOf(host, sheets[kind] as string).map((c) => c.value));
      expect(HOSTILE_REPS.filter((rep) => !values.has(rep))).toEqual([]);
    }
    // Coverage cells name every rep of a team type, joined with ", ".
    const named = new Set(cellsOf(host, sheets.coverage as string).flatMap((c) => String(c.value).split(", ")));
    expect(HOSTILE_REPS.filter((rep) => !named.has(rep))).toEqual([]);
  });

  it("the Quota Review's quota and won of each hostile rep equal the core's", async () => {
    const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
    const reviews = quotaReviews(dataset, model.stages);
    const sheet = sheets.quotas as string;
    const rows = host.values(sheet, `B5:D${4 + reviews.length}`);
    const k = HOSTILE_REPS.map((rep) => reviews.findIndex((q) => q.rep === rep));
    expect(k.every((i) => i >= 0)).toBe(true);
    expect(k.map((i) => rows[i])).toEqual(k.map((i) => [reviews[i].rep, reviews[i].quota, reviews[i].won]));
  });
});
