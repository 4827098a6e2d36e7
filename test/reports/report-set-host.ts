/**
 * The DOMAIN.md §11 fixture (test/core/report-set.fixture.ts) as a host workbook: Accounts, Opportunities,
 * Contracts and Quotas, each an Excel table on its own sheet from A1, with date columns formatted as dates.
 * Names can be swapped for hostile ones (accounts, owners, regions) and headers for other spellings, so the
 * report tests build through the real adapter (read, plan, apply) and read the sheet back after recalculation.
 */
import { columnLetter } from "../../src/core/a1";
import { defaultModel, Model } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { ReportKind } from "../../src/reports";
import { ACCOUNTS, CONTRACTS, OPPS, REPORT_AS_OF, serial } from "../core/report-set.fixture";
import { createHost, SeedCell, WorkbookSpec } from "../host";
import { parseRect } from "../host/a1";

type Cell = SeedCell;
const DATE = "yyyy-mm-dd";
/** A user's text cell as typed in Excel: an apostrophe keeps "=…", "+1" and "'x" as text. */
const typed = (v: Cell): Cell => (typeof v === "string" && /^[=+\-@']/.test(v) ? `'${v}` : v);
const when = (d: [number, number, number] | null): Cell => serial(d) ?? "";

export interface SetOptions {
  /** Renames every account, owner and region (the same name everywhere it occurs). */
  rename?: (name: string) => string;
  /** Replaces header texts, by table, e.g. `{ Contracts: { "Contract ID": "Contract #" } }`. */
  headers?: Record<string, Record<string, string>>;
}

function sheet(name: string, headers: string[], rows: Cell[][], dates: string[], o: SetOptions) {
  const shown = headers.map((h) => o.headers?.[name]?.[h] ?? h);
  const formats = headers.map((h) => (dates.includes(h) ? DATE : null));
  const cells = [shown, ...rows.map((r) => r.map(typed))];
  return {
    name,
    cells,
    numberFormats: cells.map((_, i) => (i === 0 ? headers.map(() => null) : formats)),
    tables: [{ name, range: `A1:${columnLetter(headers.length - 1)}${rows.length + 1}` }],
  };
}

/** The fixture workbook, optionally with hostile names and other header spellings. */
export function reportSetSpec(o: SetOptions = {}): WorkbookSpec {
  const n = (s: string) => (s === "" ? "" : (o.rename ?? ((x) => x))(s));
  return {
    sheets: [
      sheet(
        "Accounts",
        ["Account ID", "Account Name", "Industry", "Region", "Contribution", "Potential", "Account Owner"],
        ACCOUNTS.map((a, i) => [a.id, n(a.name), a.industry, n(a.region), 100 * (i + 1), 100, n(a.owner)]),
        [],
        o,
      ),
      sheet(
        "Opportunities",
        ["Opportunity ID", "Account", "Owner", "Region", "Stage", "Status", "Amount", "Created", "Stage Entered",
          "Expected Close", "Project Class", "Next Step"], // prettier-ignore
        OPPS.map((x) => [x.id, n(x.account), n(x.owner), n(x.region), x.stage, x.status, x.amount, when(x.created),
          when(x.entered), when(x.close), x.projectClass, x.nextStep]), // prettier-ignore
        ["Created", "Stage Entered", "Expected Close"],
        o,
      ),
      sheet(
        "Contracts",
        ["Contract ID", "Account", "Opportunity ID", "Owner", "Region", "Signed", "Contract amount", "Invoiced",
          "Received"], // prettier-ignore
        CONTRACTS.map((c) => [c.id, n(c.account), c.opportunityId, n(c.owner), n(c.region), when(c.signed), c.amount,
          c.invoiced, c.received]), // prettier-ignore
        ["Signed"],
        o,
      ),
      sheet(
        "Quotas",
        ["Rep", "Quota"],
        [
          [n("Wang"), 5000],
          [n("Smith"), 2000],
          [n("Kim"), 1000],
        ],
        [],
        o,
      ),
    ],
  };
}

export const SET_SELECTIONS = {
  accounts: { table: "Accounts" },
  opportunities: { table: "Opportunities" },
  contracts: { table: "Contracts" },
  quotas: { table: "Quotas" },
} as const;

/** A model with some report options changed. */
export function modelWith(reports: Partial<Model["reports"]> = {}): Model {
  const m = defaultModel();
  return { ...m, reports: { ...m.reports, ...reports } };
}

/** Builds one report into a fresh host over the fixture workbook, as of the fixture's date. */
export async function buildSet(kind: ReportKind, live: boolean, o: SetOptions & { model?: Model } = {}) {
  const host = createHost({ workbook: reportSetSpec(o) });
  const result = await buildReport(host.run, kind, {
    model: o.model ?? defaultModel(),
    selections: SET_SELECTIONS,
    live,
    asOf: REPORT_AS_OF,
  });
  const used = host.usedRange(result.sheetName) as string;
  const local = used.slice(used.indexOf("!") + 1);
  return {
    host,
    result,
    local,
    values: host.values(result.sheetName, local),
    formulas: host.formulas(result.sheetName, local),
  };
}

/** Hostile names (issue 14): formula-like, structured-reference-like, quotes, very long, Chinese, emoji. */
export const HOSTILE_NAMES = [
  "=cmd|' /C calc'!A0",
  "[#Totals]",
  "O'Brien",
  `${"Very long name ".repeat(30)}end`,
  "华东大区 客户",
  "🚀 Rocket *?~",
  '"quoted" & co.',
];

/** Each fixture name gets a hostile one (distinct per name, ignoring case and spaces), so every label on a sheet is hostile. */
export function hostileRename(): (name: string) => string {
  const given = new Map<string, string>();
  return (raw) => {
    const name = raw.trim().toLowerCase(); // "wang " and "Wang" are one owner: one hostile name
    let h = given.get(name);
    if (!h) {
      const k = given.size;
      h = `${HOSTILE_NAMES[k % HOSTILE_NAMES.length]}${k >= HOSTILE_NAMES.length ? ` ${k}` : ""}`;
      given.set(name, h);
    }
    return h;
  };
}

/** Live and static sheets hold the same values cell by cell (the subtitle, which says which, left out). */
export function expectSameValues(live: unknown[][], fixed: unknown[][]): void {
  expect(live.length).toBe(fixed.length);
  live.forEach((row, r) =>
    row.forEach((x, c) => {
      if (r === 1 && c === 0) return;
      const y = fixed[r][c];
      if (typeof x === "number" && typeof y === "number") expect([r, c, x]).toEqual([r, c, expect.closeTo(y, 6)]);
      else expect([r, c, x]).toEqual([r, c, y]);
    }),
  );
}

/** How many cells of a sheet hold a formula. */
export const formulaCount = (formulas: unknown[][]) =>
  formulas.flat().filter((f) => typeof f === "string" && f.startsWith("=")).length;

/**
 * The cells of a report sheet that show one of `names`: each must hold it as a constant (never a formula);
 * returns how many there are, so a test can also check the names were written at all.
 */
export function namesAsText(host: ReturnType<typeof createHost>, sheet: string, names: readonly string[]): number {
  const used = host.usedRange(sheet) as string;
  const local = used.slice(used.lastIndexOf("!") + 1);
  const { row, col, cols } = parseRect(local);
  const model = host.model.sheetOrThrow(sheet);
  const wanted = new Set(names);
  const shown = host
    .values(sheet, local)
    .flat()
    .map((value, i) => ({ value, formula: model.formulaAt(row + Math.floor(i / cols), col + (i % cols)) ?? null }))
    .filter((c) => wanted.has(String(c.value)));
  for (const c of shown) expect([c.value, c.formula]).toEqual([c.value, null]);
  return shown.length;
}
