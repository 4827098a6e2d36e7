/**
 * Report language (issue 15): the setting saved with the model, how a build resolves it, and the words of
 * every registered report in Chinese.
 */
import { defaultModel, parseModel } from "../../src/core/schemas";
import { applyPlan, REPORT_TAG } from "../../src/excel/apply-plan";
import { buildReport, Selections } from "../../src/excel/build-report";
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { isFormula, planReport, REPORT_KINDS, reportOf, ReportKind, SheetPlan } from "../../src/reports";
import { CHINESE_PRINT_WORDS, ENGLISH_PRINT_WORDS, withPrintSetup } from "../../src/reports/print";
import { ReportLanguage, resolveReportLanguage } from "../../src/reports/words";
import { generateSample, SampleWorkbook } from "../../src/sample";
import { sheetPlan } from "../excel/sheet-plan";
import { NO_DELAY } from "../excel/write-operations";
import { createHost, Host } from "../host";
import { refsOf, samplePlan, sampleSources } from "./sample-sources";

describe("report language setting", () => {
  it("defaults to following the pane, and a model saved before the setting existed still loads", () => {
    expect(defaultModel().reports.language).toBe("pane");
    const old = parseModel({
      version: 1,
      reports: { output: "static", period: "month", splitBy: "owner", logScale: true, topNames: 5 },
    });
    expect(old.ok && old.model.reports).toMatchObject({ language: "pane", output: "static", topNames: 5 });
    const zh = parseModel({ reports: { language: "zh" } });
    expect(zh.ok && zh.model.reports.language).toBe("zh");
    const bad = parseModel({ reports: { language: "fr" } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => [i.path, i.code])).toEqual([["reports.language", "invalidOption"]]);
  });

  it("resolves to en or zh: the setting, else the pane's language", () => {
    expect(resolveReportLanguage("pane", "zh-CN")).toBe("zh");
    expect(resolveReportLanguage("pane", "zh-TW")).toBe("zh");
    expect(resolveReportLanguage("pane", "en-US")).toBe("en");
    expect(resolveReportLanguage("pane", undefined)).toBe("en");
    expect(resolveReportLanguage("en", "zh-CN")).toBe("en");
    expect(resolveReportLanguage("zh", "en-US")).toBe("zh");
    expect(resolveReportLanguage(undefined, "de-DE")).toBe("en");
  });

  it("words the print footer in the report's language; English when none is given", () => {
    const s = sampleSources({ accounts: 40, opportunities: 80 });
    const plan = samplePlan(s, "nineGrid", false);
    const asOf = 46358; // 2026-12-02
    expect(withPrintSetup(plan, asOf, ["Accounts"]).print?.footer).toEqual({
      left: ENGLISH_PRINT_WORDS.reportDate("2026-12-02"),
      center: "Sources: Accounts",
      right: "Page &P of &N",
    });
    expect(withPrintSetup(plan, asOf, ["Accounts", "Quotas"], "zh").print?.footer).toEqual({
      left: "报告日期 2026-12-02",
      center: "数据来源：Accounts, Quotas",
      right: CHINESE_PRINT_WORDS.page,
    });
  });
});

const ASOF = 46358; // 2026-12-02, as the golden files

/** Every formula of a plan, in block order, then its conditional formats' formulas. */
function formulasOf(plan: SheetPlan): string[] {
  const cells = plan.blocks.flatMap((b) =>
    b.cells
      .flat()
      .filter(isFormula)
      .map((c) => `${b.at}:${c.formula}`),
  );
  const rules = plan.conditionalFormats.map((c) => (c.kind === "formula" ? `${c.range}:${c.formula}` : c.range));
  return [...cells, ...rules];
}

/** A formula with its quoted text replaced, e.g. COUNTIF(…,"Uncovered") → COUNTIF(…,""). */
const withoutText = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');
const textsOf = (f: string) => [...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);

describe("report words per language", () => {
  const s = sampleSources({ accounts: 120, opportunities: 300 });
  const plan = (kind: ReportKind, live: boolean, language: ReportLanguage) =>
    planReport({ kind, data: s.data, model: s.model, asOf: s.wb.asOf, live, refs: refsOf(s), language });

  it.each(REPORT_KINDS.flatMap((kind) => [true, false].map((live) => [kind, live] as const)))(
    "%s (live %s): the Chinese plan has the English plan's formulas, ranges and charts; only words differ",
    (kind, live) => {
      const en = plan(kind, live, "en");
      const zh = plan(kind, live, "zh");
      expect(plan(kind, live, undefined as never)).toEqual(en); // no language is English
      expect(zh.sheetName).not.toBe(en.sheetName);
      expect(zh.blocks.map((b) => [b.id, b.at, b.cells.length, b.numberFormat])).toEqual(
        en.blocks.map((b) => [b.id, b.at, b.cells.length, b.numberFormat]),
      );
      const [fe, fz] = [formulasOf(en), formulasOf(zh)];
      expect(fz.map(withoutText)).toEqual(fe.map(withoutText));
      // Where a formula's quoted text differs, it is a criterion or result naming a word of the sheet: Chinese.
      fz.forEach((f, i) => {
        const [te, tz] = [textsOf(fe[i]), textsOf(f)];
        tz.forEach((t, k) => {
          if (t !== te[k]) expect([f, t]).toEqual([f, expect.stringMatching(/[\u3400-\u9fff]/)]);
        });
      });
      expect(zh.charts.map((c) => c.series.map((x) => [x.values, x.xValues]))).toEqual(
        en.charts.map((c) => c.series.map((x) => [x.values, x.xValues])),
      );
      expect(zh.summaryData).toEqual(en.summaryData);
    },
  );

  it("gives every report a valid Chinese sheet name of its own", () => {
    const names = REPORT_KINDS.map((kind) => plan(kind, false, "zh").sheetName);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
      expect(name).toMatch(/[\u3400-\u9fff]/);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 4)).toEqual(["九宫格", "客户覆盖模型", "商机阶段", "指标回顾"]);
  });
});

const LATIN = /[A-Za-z]/;
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

/**
 * Short codes allowed on a Chinese sheet, each with its reason. Everything else with a Latin letter and no
 * Chinese must be a proper name from the data (collected below) or a tier letter.
 */
const ALLOWED: [RegExp, string][] = [
  [/^[A-D]$/, "tier letters A–D are the model's own codes (DOMAIN.md §4)"],
  [
    /^(P\d+(\.\d+)?|[\d.,]+)( \/ (P\d+(\.\d+)?|[\d.,]+))?( · (P\d+(\.\d+)?|[\d.,]+) \/ (P\d+(\.\d+)?|[\d.,]+))?$/,
    "cut rules as typed in the model (P50 = PERCENTILE.INC)",
  ],
  [/^KAM\.[A-Z]+$/, "custom function names are never translated"],
];

/** Every text the sample's sources hold (accounts, reps, teams, industries, regions, stages, IDs, lead sources as written), and their sheet and table names. */
function dataTexts(wb: SampleWorkbook, host: Host): Set<string> {
  const out = new Set<string>(host.sheetNames());
  for (const t of host.tables()) out.add(t.name);
  for (const table of [wb.accounts, wb.opportunities, wb.assignments, wb.quotas, wb.contracts, wb.history, wb.leads])
    for (const row of table?.rows ?? []) for (const c of row) if (typeof c === "string") out.add(c.trim());
  for (const st of defaultModel().stages) [st.name, ...st.aliases].forEach((x) => out.add(x));
  return out;
}

/** Whether a text on a Chinese sheet is acceptable: it has Chinese, no Latin, or every listed part is a name. */
function acceptable(text: string, names: ReadonlySet<string>): boolean {
  const t = text.trim();
  if (!LATIN.test(t) || CJK.test(t) || names.has(t)) return true;
  if (ALLOWED.some(([re]) => re.test(t))) return true;
  // Lists of names ("Ada, Ben"), and names cut short to fit a box ("Zhongxin Techno…").
  return t.split(/,\s*|;\s*/).every((part) => {
    const p = part.trim();
    if (p === "" || names.has(p)) return true;
    const cut = p.endsWith("…") ? p.slice(0, -1) : null;
    return cut !== null && cut.length >= 3 && [...names].some((n) => n.startsWith(cut));
  });
}

interface SampleHost {
  host: Host;
  wb: SampleWorkbook;
  selections: Selections;
  /** Proper names from the data, collected before any report is written. */
  names: Set<string>;
}

/** The sample inserted as the pane does it (every table it has, picked by kind). */
async function sampleHost(): Promise<SampleHost> {
  const host = createHost();
  const wb = generateSample();
  const inserted = await insertSampleWorkbook(host.run, wb);
  const selections = Object.fromEntries(inserted.kinds.map((kind, i) => [kind, { table: inserted.tables[i] }]));
  return { host, wb, selections, names: dataTexts(wb, host) };
}

/** Builds `kind` in `language` and lists every text on its sheet that is neither Chinese nor a name or code. */
async function englishLeft(
  { host, selections, names }: SampleHost,
  kind: ReportKind,
  language: "en" | "zh",
): Promise<{ sheet: string; found: string[] }> {
  const model = { ...defaultModel(), reports: { ...defaultModel().reports, language } };
  const result = await buildReport(host.run, kind, { model, selections, live: true, asOf: ASOF, language: "en-US" });
  const sheet = result.sheetName;
  const found: string[] = [];
  const check = (where: string, text: unknown) => {
    if (typeof text === "string" && !acceptable(text, names)) found.push(`${where}: ${text}`);
  };
  check("sheet name", sheet);
  const used = host.usedRange(sheet, true);
  if (used)
    host.values(sheet, used).forEach((row, r) => row.forEach((v, c) => check(`${sheet} r${r + 1}c${c + 1}`, v)));
  for (const chart of host.charts(sheet)) {
    check(`chart ${chart.name} title`, chart.title);
    chart.axes.forEach((a) => check(`chart ${chart.name} axis`, a.title?.text));
    chart.series.forEach((x) => check(`chart ${chart.name} series`, x.name));
  }
  const footer = host.pageLayout(sheet).footer;
  check("footer left", footer.left.replace(/&[A-Z]/g, ""));
  check("footer right", footer.right.replace(/&[A-Z]/g, ""));
  return { sheet, found };
}

describe("Chinese report sheets of the sample: no English left but names and formulas", () => {
  let sample: SampleHost;
  beforeAll(async () => {
    sample = await sampleHost();
  });

  it("the scan finds the English of an English sheet (so it can fail)", async () => {
    const { found } = await englishLeft(await sampleHost(), "nineGrid", "en");
    expect(found).toEqual(
      expect.arrayContaining([
        "sheet name: Nine-Grid",
        expect.stringMatching(/: Tier summary \(A–D\)$/),
        "chart NineGridScatter title: Accounts by contribution and potential",
        expect.stringMatching(/^footer left: Report date/),
      ]),
    );
  });

  it.each(REPORT_KINDS.map((k) => [k]))("%s", async (kind) => {
    const missing = reportOf(kind).sources.required.filter((k) => !(k in sample.selections));
    expect(missing).toEqual([]); // the sample must hold every list a report needs
    const { sheet, found } = await englishLeft(sample, kind, "zh");
    expect(found).toEqual([]);
    expect(sheet).toMatch(CJK);
  });
});

describe("a rerun in the other language replaces Ninegrid's own sheet (ownership by report, not by name)", () => {
  const grid = (sheetName: string, text: string) =>
    sheetPlan({ sheetName, blocks: [{ id: "title", at: "A1", cells: [[text]] }] });
  const EN = grid("Nine-Grid", "Nine-grid");
  const ZH = grid("九宫格", "九宫格");

  it("takes the new language's sheet name, in the old sheet's place, and back again", async () => {
    const host = createHost({ workbook: { sheets: [{ name: "Notes", cells: [["mine"]] }] } });
    await applyPlan(host.run, EN);
    const zh = await applyPlan(host.run, ZH);
    expect(zh).toMatchObject({ sheetName: "九宫格", replaced: true });
    expect(host.sheetNames()).toEqual(["Notes", "九宫格"]);
    expect(host.values("九宫格", "A1")).toEqual([["九宫格"]]);
    expect(JSON.parse(host.customProperties("九宫格")[REPORT_TAG])).toEqual({ kind: "nineGrid", state: "ready" });
    const en = await applyPlan(host.run, EN);
    expect(en).toMatchObject({ sheetName: "Nine-Grid", replaced: true });
    expect(host.sheetNames()).toEqual(["Notes", "Nine-Grid"]);
  });

  it("never takes a user's sheet of the new name: the report gets the first free one and the user's stays", async () => {
    const host = createHost({ workbook: { sheets: [{ name: "九宫格", cells: [["我的笔记", 42]] }] } });
    const before = host.snapshot("九宫格");
    await applyPlan(host.run, EN);
    const zh = await applyPlan(host.run, ZH);
    expect(zh).toMatchObject({ sheetName: "九宫格 (2)", replaced: true });
    expect(host.snapshot("九宫格")).toBe(before);
    expect(host.sheetNames().sort()).toEqual(["九宫格", "九宫格 (2)"].sort());
    // A rerun in the same language keeps the numbered name, as before.
    expect(await applyPlan(host.run, ZH)).toMatchObject({ sheetName: "九宫格 (2)", replaced: true });
  });

  it("a rerun failing at any round trip leaves the previous report with its own name", async () => {
    const clean = createHost();
    await applyPlan(clean.run, EN);
    const start = clean.syncSerial;
    await applyPlan(clean.run, ZH);
    const syncs = clean.syncSerial - start;
    expect(syncs).toBeGreaterThan(3);
    const outcomes = new Set<string>();
    for (let k = 1; k <= syncs; k++) {
      const host = createHost();
      await applyPlan(host.run, EN);
      const before = host.snapshot("Nine-Grid");
      host.failSyncAt(k, "GeneralException");
      const outcome = await applyPlan(host.run, ZH, NO_DELAY).then(
        () => "done",
        () => "failed",
      );
      outcomes.add(outcome);
      if (outcome === "failed") {
        expect([k, host.sheetNames()]).toEqual([k, ["Sheet1", "Nine-Grid"]]);
        expect(host.snapshot("Nine-Grid")).toBe(before);
      } else expect([k, host.sheetNames()]).toEqual([k, ["Sheet1", "九宫格"]]);
    }
    expect(outcomes).toEqual(new Set(["failed"])); // every round trip's fault fails the run: none is retried away
  });
});
