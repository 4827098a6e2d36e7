/**
 * The Key Accounts review sheet (DOMAIN.md §10, ESP steps 2–5 and 8): the highlights, one row per key
 * account with every §10 figure and its status scores per area as a colour-scaled heat grid, and Step 8 per
 * key-account rep. Scores, answers, actions, target, completeness and plan status are live formulas over the
 * plan tables in a live build (key-accounts-live.ts); won and pipeline are the core's values; ratios,
 * weakest area, the attention flags, the highlight counts and Step 8 are formulas over the sheet's own cells.
 */
import { cellAddress, columnLetter } from "../core/a1";
import { isoFromSerial } from "../core/dates";
import { PlanTables } from "../core/esp-parse";
import { AREAS } from "../core/esp-questions";
import { AccountReview, KeyAccountReview, RepReview, reviewKeyAccounts, STALE_AFTER_DAYS } from "../core/esp-review";
import { PLAN_STATUS_WORDS } from "../core/esp-values";
import { PLAN_KINDS } from "../core/fields";
import { keyAccounts } from "../core/key-accounts";
import { BuildRequest, ReportDefinition } from "./definition";
import * as L from "./key-accounts-live";
import { KEY_ACCOUNTS_WORDS, KeyAccountsWords } from "./key-accounts-words";
import { LiveSkipped, PlanCell, SheetPlan } from "./plan";
import { PlanBuilder, Placed } from "./plan-builder";
import { exactCriterion, textCriterion } from "./sources";
import { ALERT_FILL, ATTAINMENT_SCALE, DATE, NUMBER, PERCENT } from "./styles";
import { englishNumber } from "./summary";
import { wordsFor } from "./words";

/** Columns of the per-account table, in order: the heat grid of area scores comes first, next to the account. */
const COLS = [
  "account", "tier", "previousTier", "owner", "area0", "area1", "area2", "area3", "overall", "weakest", "target",
  "won", "attainment", "pipeline", "completeness", "planStatus", "answered", "lastAssessed", "days", "open",
  "overdue", "attention",
] as const; // prettier-ignore
type Col = (typeof COLS)[number];
const C = Object.fromEntries(COLS.map((c, i) => [c, i])) as Record<Col, number>;
const FORMATS: Record<Col, string> = {
  account: "General", tier: "General", previousTier: "General", owner: "General", target: NUMBER, won: NUMBER,
  attainment: PERCENT, pipeline: NUMBER, completeness: "0%", planStatus: "General", area0: "0%", area1: "0%",
  area2: "0%", area3: "0%", overall: "0%", weakest: "General", answered: "0", lastAssessed: DATE, days: "0",
  open: "0", overdue: "0", attention: "General",
}; // prettier-ignore

const WIDTHS: Record<Col, number> = {
  account: 30, tier: 11, previousTier: 8, owner: 14, area0: 12, area1: 12, area2: 12, area3: 12, overall: 9,
  weakest: 16, target: 13, won: 13, attainment: 11, pipeline: 13, completeness: 11, planStatus: 10, answered: 9,
  lastAssessed: 11, days: 8, open: 8, overdue: 8, attention: 40,
}; // prettier-ignore

const EMPTY_TABLES: PlanTables = { plans: [], status: [], actions: [], errors: [], warnings: [], parsed: {} };

/** "$C$4" from "C4": the report date cell every row's formulas point at. */
const absolute = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

interface Sheet {
  b: PlanBuilder;
  w: KeyAccountsWords;
  review: KeyAccountReview;
  live: L.LiveRefs;
  /** Absolute address of the report date cell. */
  asOf: string;
  /** Absolute address of the area headers of the per-account table. */
  areaHeads: string;
  /** Skipped plan-table rows the live formulas met (filled by the rows' formulas). */
  hits: L.RowHits;
  plans: BuildRequest["plans"];
}

/** The review of the request's key accounts (DOMAIN.md §10), from the core. */
export function keyAccountReview(r: BuildRequest): KeyAccountReview {
  const keys = keyAccounts(r.data.accounts, r.tiering, r.data.assignments);
  return reviewKeyAccounts({
    data: r.data,
    keyAccounts: keys,
    tables: r.plans?.tables ?? EMPTY_TABLES,
    stages: r.model.stages,
    asOf: r.asOf,
    previousTier: (i) => r.data.accounts[i].previousTier ?? null,
  });
}

export function buildKeyAccounts(r: BuildRequest): SheetPlan {
  const w = wordsFor(KEY_ACCOUNTS_WORDS, r.language);
  const review = keyAccountReview(r);
  const live = L.liveRefs(r.plans, r.live);
  const b = new PlanBuilder("keyAccounts", w.sheet);
  const anyLive = Boolean(live.status || live.actions || live.plans);
  b.title(w.title, w.subtitle(isoFromSerial(r.asOf), review.accounts.length, anyLive));
  const highlights = b.block("highlights", { col: 1 }, [[w.reportDate, r.asOf], [w.highlights, ""], [w.noPlan, 0], [w.noAssessment, 0], [w.staleAssessment, 0], [w.overdueActions, 0]]); // prettier-ignore
  b.format({ range: highlights.cell(0, 1), numberFormat: DATE, horizontalAlignment: "Left" });
  b.format({ range: highlights.range(1, 0, 1, 2), bold: true, borderBottom: "#7F7F7F" });
  const sheet: Sheet = {
    b,
    w,
    review,
    live,
    asOf: absolute(highlights.cell(0, 1)),
    areaHeads: "",
    hits: {},
    plans: r.plans,
  };
  b.caption("accountsCaption", w.accountsCaption);
  const table = accountsSection(sheet);
  highlightCounts(sheet, highlights, table);
  b.skip();
  b.caption("repsCaption", w.repsCaption);
  repsSection(sheet, table);
  b.widths({ A: 2, ...Object.fromEntries(COLS.map((c) => [columnLetter(1 + C[c]), WIDTHS[c]])) });
  const n = review.accounts;
  return b.finish(
    {
      freeze: { rows: 0, columns: 2 },
      tabColor: "#C55A11",
      liveSkipped: liveSkippedOf(sheet),
      summary: {
        kind: "keyAccounts",
        accounts: n.length,
        noPlan: n.filter((a) => a.highlights.noPlan).length,
        noAssessment: n.filter((a) => a.highlights.noAssessment).length,
        stale: n.filter((a) => a.highlights.staleAssessment).length,
        overdue: n.filter((a) => a.highlights.overdueActions).length,
        reps: review.reps.length,
      },
    },
    summariseKeyAccounts,
  );
}

/** One row per key account, the heat grid of area scores and the attention flags. */
function accountsSection(s: Sheet): Placed {
  const { b, w, review } = s;
  const top = b.cursor;
  s.areaHeads = `${absolute(cellAddress(top, 1 + C.area0))}:${absolute(cellAddress(top, 1 + C.area3))}`;
  const header = COLS.map((c) => (c.startsWith("area") ? w.areas[AREAS[Number(c.slice(4))]] : w.head[c as keyof KeyAccountsWords["head"]])); // prettier-ignore
  const rows = review.accounts.map((a, i) => accountRow(s, a, top + 1 + i));
  const table = b.block("keyAccounts", { col: 1 }, [header, ...(rows.length ? rows : [[w.noKeyAccounts]])], {
    header: true,
    numberFormat: rows.length ? COLS.map((c) => FORMATS[c]) : "General",
  });
  const n = rows.length;
  if (n > 0) {
    // A fixed 0–100% scale, so a director comparing two months sees one colour for one score.
    b.conditional({ kind: "colorScale", range: table.range(1, C.area0, n, 5), colors: ATTAINMENT_SCALE, scale: { min: 0, max: 1 } }); // prettier-ignore
    b.conditional({ kind: "colorScale", range: table.range(1, C.attainment, n, 1), colors: ATTAINMENT_SCALE });
    const flag = table.cell(1, C.attention).replace(/^([A-Z]+)/, "$$$1");
    b.conditional({ kind: "formula", range: table.range(1, C.account, n, 1), formula: `=LEN(${flag})>0`, fill: ALERT_FILL }); // prettier-ignore
    b.format({ range: table.range(1, C.tier, n, 2), horizontalAlignment: "Center" });
  }
  const note = b.block("heatNote", { col: 1 }, [[w.heatNote]]);
  b.format({ range: note.cell(0, 0), italic: true, fontColor: "#595959" });
  skippedNotes(s);
  return table;
}

/** Rows listed in a note: the first few, then "…". */
const rowList = (rows: readonly number[]) => rows.slice(0, 12).join(", ") + (rows.length > 12 ? ", …" : "");

/** One located note per plan table with rows the core skipped, naming those a live formula still counts. */
function skippedNotes(s: Sheet): void {
  for (const kind of PLAN_KINDS) {
    const rows = (s.plans?.skipped?.[kind] ?? []).map((r) => r.row);
    if (rows.length === 0) continue;
    const counted = [...(s.hits[kind]?.counted ?? [])].sort((x, y) => x - y);
    const sheet = s.plans?.tables.parsed[kind]?.sheet ?? kind;
    const note = s.b.block(`skipped-${kind}`, { col: 1 }, [[s.w.skippedRows(sheet, rowList(rows), rowList(counted))]]);
    s.b.format({ range: note.cell(0, 0), fontColor: "#C00000" });
  }
}

/** The skipped plan-table rows the live formulas met, per table, for the pane's warning. */
function liveSkippedOf(s: Sheet): LiveSkipped | undefined {
  const out: LiveSkipped = {};
  for (const kind of PLAN_KINDS) {
    const h = s.hits[kind];
    if (!h || h.rows.size === 0) continue;
    const sheet = s.plans?.tables.parsed[kind]?.sheet;
    out[kind] = { rows: [...h.rows].sort((x, y) => x - y), excluded: h.counted.size === 0, sheet };
  }
  return Object.keys(out).length ? out : undefined;
}

/** Account `a` on sheet row `row` (0-based): live or static figures, then the row's own formulas. */
function accountRow(s: Sheet, a: AccountReview, row: number): PlanCell[] {
  const { w, live } = s;
  const at = (c: Col) => cellAddress(row, 1 + C[c]);
  const ctx: L.RowContext = { account: `$${at("account")}`, name: a.name, asOf: s.asOf, skipped: live.skipped, hits: s.hits }; // prettier-ignore
  const st = live.status;
  const ac = live.actions;
  const pl = live.plans;
  const area = (i: number): PlanCell => (st ? L.scoreFormula(st, ctx, AREAS[i]) : (a.areaScores[AREAS[i]] ?? ""));
  const areas = `${at("area0")}:${at("area3")}`;
  const cells: Record<Col, PlanCell> = {
    account: a.name,
    tier: a.tier ?? "",
    previousTier: a.previousTier ?? "",
    owner: a.owner ?? "",
    area0: area(0),
    area1: area(1),
    area2: area(2),
    area3: area(3),
    overall: st ? L.scoreFormula(st, ctx, null) : (a.overall ?? ""),
    weakest: { formula: `=IF(COUNT(${areas})=0,"",INDEX(${s.areaHeads},1,MATCH(MIN(${areas}),${areas},0)))` },
    target: pl ? L.targetFormula(pl.refs, ctx) : (a.annualTarget ?? ""),
    won: a.wonThisYear,
    attainment: { formula: `=IF(N(${at("target")})>0,${at("won")}/${at("target")},"")` },
    pipeline: a.weightedPipeline,
    completeness: pl ? L.completenessFormula(pl, ctx) : a.completeness,
    planStatus: pl ? L.planStatusFormula(pl.refs, ctx, a.planRow) : a.planStatus ? w.planStatus[a.planStatus] : "",
    answered: st ? L.answeredFormula(st, ctx) : a.answered,
    lastAssessed: st ? L.lastAssessedFormula(st, ctx, a.lastAssessed) : (a.lastAssessed ?? ""),
    days: { formula: `=IF(${at("lastAssessed")}="","",${s.asOf}-${at("lastAssessed")})` },
    open: ac ? L.actionsFormula(ac, ctx, false) : a.openActions,
    overdue: ac ? L.actionsFormula(ac, ctx, true) : a.overdueActions,
    attention: attentionFormula(w, at),
  };
  return COLS.map((c) => cells[c]);
}

/** The §10 highlights of a row as words, from the row's own cells (so they follow live figures). */
function attentionFormula(w: KeyAccountsWords, at: (c: Col) => string): PlanCell {
  const f = w.flags;
  const parts = [
    `IF(${at("completeness")}=0,"; ${f.noPlan}","")`,
    `IF(${at("answered")}=0,"; ${f.noAssessment}","")`,
    `IF(AND(${at("answered")}>0,OR(${at("days")}="",N(${at("days")})>${STALE_AFTER_DAYS})),"; ${f.stale}","")`,
    `IF(${at("overdue")}>0,"; ${f.overdue}","")`,
  ];
  return { formula: `=MID(${parts.join("&")},3,200)` };
}

/** How many key accounts have each highlight, counted over the table's columns. */
function highlightCounts(s: Sheet, highlights: Placed, table: Placed): void {
  const n = s.review.accounts.length;
  const col = (c: Col) => table.range(1, C[c], Math.max(n, 1), 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const days = col("days");
  const answered = col("answered");
  const counts = [
    `=COUNTIF(${col("completeness")},0)`,
    `=COUNTIF(${answered},0)`,
    `=COUNTIFS(${answered},">0",${days},">${STALE_AFTER_DAYS}")+COUNTIFS(${answered},">0",${days},"")`,
    `=COUNTIF(${col("overdue")},">0")`,
  ];
  counts.forEach((formula, i) => s.b.setCell(highlights, 2 + i, 1, n ? { formula } : 0));
}

/** Step 8 per key-account rep, as formulas over the per-account table (so live edits flow through). */
function repsSection(s: Sheet, table: Placed): void {
  const { b, w, review } = s;
  const n = review.accounts.length;
  const col = (c: Col) => table.range(1, C[c], Math.max(n, 1), 1).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const top = b.cursor;
  const header = Object.values(w.reps);
  const rows = review.reps.map((r, i) => repRow(r, top + 1 + i, col, w));
  const placed = b.block("reps", { col: 1 }, [header, ...rows], {
    header: true,
    numberFormat: ["General", "0", NUMBER, NUMBER, PERCENT, "0", "0", "0", PERCENT],
  });
  if (rows.length)
    b.conditional({ kind: "colorScale", range: placed.range(1, 4, rows.length, 1), colors: ATTAINMENT_SCALE });
}

function repRow(r: RepReview, row: number, col: (c: Col) => string, w: KeyAccountsWords): PlanCell[] {
  const at = (c: number) => cellAddress(row, 1 + c);
  const owner = r.rep === null ? `""` : textCriterion(r.rep, `$${at(0)}`);
  const by = `${col("owner")},${owner}`;
  const agreed = (extra: string) =>
    PLAN_STATUS_WORDS.Agreed.map((sp) => `COUNTIFS(${by},${col("planStatus")},${exactCriterion(sp)}${extra})`).join("+"); // prettier-ignore
  const fresh = `,${col("days")},"<=${STALE_AFTER_DAYS}"`;
  return [
    r.rep ?? w.noOwner,
    { formula: `=COUNTIFS(${by})` },
    { formula: `=SUMIFS(${col("target")},${by})` },
    { formula: `=SUMIFS(${col("won")},${by})` },
    { formula: `=IF(${at(2)}>0,${at(3)}/${at(2)},"")` },
    { formula: `=${agreed("")}` },
    { formula: `=COUNTIFS(${by}${fresh})` },
    { formula: `=${agreed(fresh)}` },
    { formula: `=IF(${at(1)}>0,${at(7)}/${at(1)},"")` },
  ];
}

/** The numbers of the summary, worded by the pane in the user's language. */
export interface KeyAccountsSummary {
  kind: "keyAccounts";
  accounts: number;
  noPlan: number;
  noAssessment: number;
  stale: number;
  overdue: number;
  reps: number;
}

export function summariseKeyAccounts(s: KeyAccountsSummary): string {
  return (
    `Key-account review of ${englishNumber(s.accounts)} key accounts: ${englishNumber(s.noPlan)} without a plan, ` +
    `${englishNumber(s.noAssessment)} not assessed, ${englishNumber(s.stale)} with a stale assessment, ` +
    `${englishNumber(s.overdue)} with overdue actions.`
  );
}

/** The Key Accounts review (DOMAIN.md §10). */
export const keyAccountsDefinition: ReportDefinition<KeyAccountsSummary> = {
  kind: "keyAccounts",
  sources: {
    required: ["accounts"],
    optional: ["opportunities", "assignments", "rates"],
    plans: ["accountPlans", "accountStatus", "actionPlan"],
  },
  live: true,
  controls: [],
  build: buildKeyAccounts,
  summarise: summariseKeyAccounts,
};
