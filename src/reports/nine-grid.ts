import { formatCut } from "../core/bands";
import { isoFromSerial } from "../core/dates";
import { AccountRecord, Dataset } from "../core/dataset";
import { Model } from "../core/schemas";
import { encodeSegments } from "../core/segments";
import { TieringResult } from "../core/tiering";
import { Tier, TIERS } from "../core/tiers";
import { PlanCell, SheetPlan } from "./plan";
import { placeScatter } from "./nine-grid-chart";
import { ReportDefinition } from "./definition";
import { NineGridSummary, summariseNineGrid } from "./summary";
import { PlanBuilder, Placed } from "./plan-builder";
import { criterionMatches, MAX_CORRECTIONS, SkippedRow, TermSet } from "./live-criteria";
import { ColumnRefs, exactCriterion, LiveSummable } from "./sources";
import { DECIMAL, NUMBER, SCALE_HIGH, SCALE_LOW, TIER_COLORS, TIER_FONT, TIER_MEANING } from "./styles";

export interface NineGridInput {
  data: Dataset;
  model: Model;
  tiering: TieringResult;
  asOf: number;
  /** Live: counts and sums are COUNTIFS/SUMIFS over the source table; static: values only. */
  live: boolean;
  refs: ColumnRefs;
  /** Account rows the core skipped: live cuts and counts leave out those with numbers (DOMAIN.md §6). */
  skipped?: readonly SkippedRow[];
  /** Whether live cuts over a source column equal the core's; when not, the grid is written as values. */
  summable?: LiveSummable;
}

/** Positions listed in one live cut's exclusion at most; beyond, the cut is written as a value. */
const MAX_EXCLUDED_POSITIONS = 500;

const BANDS = ["H", "M", "L"] as const; // display order: high first
const bandCode = (b: (typeof BANDS)[number]) => 2 - BANDS.indexOf(b); // L=0, M=1, H=2 as in the core

/** COUNTIFS criteria pairs selecting one band of one axis, given the cells holding its two cuts. */
function bandCriteria(ref: string, band: (typeof BANDS)[number], c1: string, c2: string): string {
  if (band === "L") return `${ref},"<"&${c1}`;
  if (band === "M") return `${ref},">="&${c1},${ref},"<"&${c2}`;
  return `${ref},">="&${c2}`;
}

/**
 * The Nine-Grid sheet (DOMAIN.md §4): cut points, a 3×3 matrix of account counts and of total
 * contribution (colour-scaled), the tier of each cell and its top accounts, a tier summary with the
 * effect of approved overrides and the pending ones, a scatter chart with the cut lines, and
 * optionally one matrix per segment.
 */
export function buildNineGrid(input: NineGridInput): SheetPlan {
  const { data, model, tiering: t, refs } = input;
  const accounts = data.accounts;
  const seg = t.segments;
  const segmented = model.segmentBy !== "none" && seg.labels.length > 1;
  // Per-segment matrices group by the model's segment; without one, by the accounts' industry or region.
  const segField = model.segmentBy !== "none" ? model.segmentBy : displaySegmentField(model, accounts);
  const display = segmented
    ? seg
    : segField
      ? encodeSegments(
          accounts.map((a) => a[segField] ?? ""),
          accounts.length,
        )
      : seg;
  const cRef = refs("accounts", "contribution");
  const pRef = refs("accounts", "potential");
  const sRef = segField ? refs("accounts", segField) : null;
  const liveRefs = input.live && cRef !== null && pRef !== null && (!segmented || sRef !== null);
  // Cuts and band counts compare the numbers themselves: read unlike Excel (text, 万, converted), all are values.
  const unlike = (["contribution", "potential"] as const).filter((f) => !(input.summable?.("accounts", f) ?? true));
  const live = liveRefs && unlike.length === 0;
  // Skipped rows with a number in a column still feed PERCENTILE.INC and COUNTIFS over it: left out below.
  const skipped = live ? (input.skipped ?? []) : [];
  const numericIn = (field: string) => skipped.filter((r) => typeof r.cells[field] === "number");
  const inBands = skipped.filter(
    (r) => typeof r.cells.contribution === "number" && typeof r.cells.potential === "number",
  );
  const bandsExcluded = inBands.length <= MAX_CORRECTIONS;
  const b = new PlanBuilder("nineGrid", "Nine-Grid");
  b.title(
    "Nine-grid: contribution × potential (九宫格)",
    `As of ${isoFromSerial(input.asOf)} · ${accounts.length.toLocaleString("en-US")} accounts · ${segmented ? `cuts per ${model.segmentBy}` : "one population"} · ${live ? "live formulas over the source table" : "values"}`,
  );

  // Cuts: one row per segment (or "All"); live percentile cuts are PERCENTILE.INC over the source column.
  const segRows = segmented
    ? seg.labels.map((l, i) => ({ label: l || "(blank)", code: i }))
    : [{ label: "All", code: 0 }];
  // The cuts the core applied to each segment: the builder never matches override labels itself.
  const rule = (axis: "contribution" | "potential", code: number) => t.rules[code].cuts[axis];
  const cutCell = (axis: "contribution" | "potential", k: 0 | 1, s: { label: string; code: number }): PlanCell => {
    const value = t.cuts[axis][s.code][k];
    const cut = rule(axis, s.code)[k];
    const ref = axis === "contribution" ? cRef : pRef;
    const excluded = numericIn(axis).map((r) => r.position);
    if (!live || cut.kind === "abs" || segmented || !ref) return Number.isFinite(value) ? value : null;
    if (excluded.length === 0) return { formula: `=PERCENTILE.INC(${ref},${cut.p})` };
    if (excluded.length > MAX_EXCLUDED_POSITIONS) return Number.isFinite(value) ? value : null;
    // The skipped rows by their position in the column, so the cut is the core's (PERCENTILE.INC skips text).
    const kept = `FILTER(${ref},ISNA(MATCH(SEQUENCE(ROWS(${ref})),{${excluded.join(",")}},0)))`;
    return { formula: `=PERCENTILE.INC(${kept},${cut.p})` };
  };
  const cuts = b.block(
    "cuts",
    { col: 1 },
    [
      ["Cuts", "Contribution cut 1", "Contribution cut 2", "Potential cut 1", "Potential cut 2", "Rule"],
      ...segRows.map((s) => [
        s.label,
        cutCell("contribution", 0, s),
        cutCell("contribution", 1, s),
        cutCell("potential", 0, s),
        cutCell("potential", 1, s),
        `${rule("contribution", s.code).map(formatCut).join(" / ")} · ${rule("potential", s.code).map(formatCut).join(" / ")}`,
      ]),
    ],
    { header: true, numberFormat: ["General", DECIMAL, DECIMAL, DECIMAL, DECIMAL, "General"] },
  );

  // Per-cell account indices, by (contribution band, potential band).
  const members: number[][][] = [0, 1, 2].map(() => [[], [], []]);
  const segMembers = new Map<number, number[][][]>();
  for (let i = 0; i < accounts.length; i++) {
    const cb = t.contributionBand[i];
    const pb = t.potentialBand[i];
    if (cb < 0 || pb < 0) continue;
    members[cb][pb].push(i);
    const code = display.codes[i];
    if (!segMembers.has(code))
      segMembers.set(
        code,
        [0, 1, 2].map(() => [[], [], []]),
      );
    (segMembers.get(code) as number[][][])[cb][pb].push(i);
  }
  const sumContribution = (idx: number[]) => idx.reduce((a, i) => a + accounts[i].contribution, 0);

  // Segment matrices come first in the formulas' eyes: when cuts differ by segment, the overall matrix sums them.
  const segmentMatrices: { label: string; counts: Placed; sums: Placed }[] = [];
  const matrixCells = (
    id: string,
    title: string,
    grid: number[][][],
    value: (idx: number[]) => number,
    formula: ((cb: (typeof BANDS)[number], pb: (typeof BANDS)[number]) => string) | null,
    left?: Placed,
  ): Placed => {
    const cells = [
      [title, "Potential H", "Potential M", "Potential L"],
      ...BANDS.map((cb) => [
        `Contribution ${cb}`,
        ...BANDS.map((pb): PlanCell =>
          formula ? { formula: formula(cb, pb) } : value(grid[bandCode(cb)][bandCode(pb)]),
        ),
      ]),
    ];
    const options = { header: true, numberFormat: NUMBER };
    return left ? b.beside(left, id, cells, options) : b.block(id, { col: 1 }, cells, options);
  };

  const showSegments = segmented || (model.reports.perSegmentMatrices && segField !== null);
  const segCutRow = (label: string) => (segmented ? segRows.findIndex((s) => s.label === label) + 1 : 1);
  // The segment cells as written, per segment code: the core folds them, COUNTIFS only ignores case (DOMAIN.md §6).
  const spellingsOf = (code: number): (string | number)[] => {
    const out = new TermSet();
    accounts.forEach((a, i) => {
      if (display.codes[i] !== code || !segField) return;
      out.add([{ field: segField, ref: "", value: a.cells?.[segField] ?? a[segField] ?? "" }]);
    });
    return out.terms.map((t) => t[0].value);
  };
  const liveFormula =
    (kind: "count" | "sum", segLabel: string | null, code = 0) =>
    (cb: (typeof BANDS)[number], pb: (typeof BANDS)[number]) => {
      const r = segLabel === null ? 1 : segCutRow(segLabel);
      const crit = (c: string, p: string, sg?: { ref: string; value: string | number }) => {
        const out = [
          bandCriteria(c, cb, cuts.cell(r, 1), cuts.cell(r, 2)),
          bandCriteria(p, pb, cuts.cell(r, 3), cuts.cell(r, 4)),
        ];
        if (sg) out.push(`${sg.ref},${typeof sg.value === "number" ? sg.value : exactCriterion(sg.value)}`);
        return out.join(",");
      };
      const fn = (c: string, p: string, sg?: { ref: string; value: string | number }) =>
        kind === "count" ? `COUNTIFS(${crit(c, p, sg)})` : `SUMIFS(${c},${crit(c, p, sg)})`;
      const spellings = segLabel !== null && sRef ? spellingsOf(code) : null;
      const terms = spellings
        ? spellings.map((value) => fn(cRef as string, pRef as string, { ref: sRef as string, value }))
        : [fn(cRef as string, pRef as string)];
      // Each skipped row with numbers in both columns is subtracted where it falls (COUNTIFS of its own cells).
      const minus = bandsExcluded
        ? inBands
            .flatMap((x) => {
              if (!spellings) return [`-${fn(x.refs.contribution, x.refs.potential)}`];
              const field = segField as string;
              const value = spellings.find((v) => criterionMatches(x.cells[field], v));
              return value === undefined || !x.refs[field]
                ? []
                : [`-${fn(x.refs.contribution, x.refs.potential, { ref: x.refs[field], value })}`];
            })
            .join("")
        : "";
      if (!terms.length) return "=0";
      return `=${terms.join("+")}${minus}`;
    };

  b.skip();
  b.caption("matrixCaption", "Accounts and contribution by band");
  const overallFromSegments = (kind: "counts" | "sums") => (cb: (typeof BANDS)[number], pb: (typeof BANDS)[number]) =>
    `=${segmentMatrices.map((m) => m[kind].cell(1 + BANDS.indexOf(cb), 1 + BANDS.indexOf(pb))).join("+")}`;
  // When cuts differ by segment, these are filled below with sums of the segment matrices.
  const counts = matrixCells(
    "counts",
    "Accounts",
    members,
    (idx) => idx.length,
    live && !segmented ? liveFormula("count", null) : null,
  );
  const sums = matrixCells(
    "sums",
    "Contribution",
    members,
    sumContribution,
    live && !segmented ? liveFormula("sum", null) : null,
    counts,
  );
  b.below([counts, sums]);

  // Tier letters of the nine cells, coloured by tier, and each cell's top accounts by contribution.
  const tierGrid = b.block(
    "tierMap",
    { col: 1 },
    [
      ["Tier", "Potential H", "Potential M", "Potential L"],
      ...BANDS.map((cb, r) => [`Contribution ${cb}`, ...model.tierMap[r]]),
    ],
    { header: true },
  );
  BANDS.forEach((_, r) =>
    BANDS.forEach((__, c) => {
      const tier = model.tierMap[r][c] as Tier;
      b.format({
        range: tierGrid.cell(1 + r, 1 + c),
        fill: TIER_COLORS[tier],
        fontColor: TIER_FONT[tier],
        bold: true,
        horizontalAlignment: "Center",
      });
    }),
  );
  const topN = model.reports.topNames;
  const topNames = (idx: number[]) =>
    [...idx]
      .sort((x, y) => accounts[y].contribution - accounts[x].contribution)
      .slice(0, topN)
      .map((i) => accounts[i].name)
      .join(", ");
  const top = b.beside(
    tierGrid,
    "topAccounts",
    [
      [`Top ${topN} by contribution`, "Potential H", "Potential M", "Potential L"],
      ...BANDS.map((cb) => [`Contribution ${cb}`, ...BANDS.map((pb) => topNames(members[bandCode(cb)][bandCode(pb)]))]),
    ],
    { header: true },
  );
  b.format({ range: top.range(1, 1, 3, 3), wrap: true });
  b.below([tierGrid, top]);

  // Tier summary: live grid counts come from the matrix cells mapped to each tier.
  const cellsOfTier = (tier: Tier, m: Placed) =>
    model.tierMap
      .flatMap((row, r) => row.map((x, c) => (x === tier ? m.cell(1 + r, 1 + c) : null)))
      .filter((a): a is string => a !== null);
  const effective = (tier: Tier) => t.tiers.filter((x) => x === tier).length;
  const keyAccounts = (tier: Tier) => t.tiers.reduce((a, x, i) => a + (x === tier && t.keyAccount[i] === 1 ? 1 : 0), 0);
  const gridCount = (tier: Tier): PlanCell => {
    const cells = cellsOfTier(tier, counts);
    return live
      ? { formula: cells.length ? `=${cells.join("+")}` : "=0" }
      : t.computed.filter((x) => x === tier).length;
  };
  const gridSum = (tier: Tier): PlanCell => {
    const cells = cellsOfTier(tier, sums);
    return live
      ? { formula: cells.length ? `=${cells.join("+")}` : "=0" }
      : t.computed.reduce((a, x, i) => a + (x === tier ? accounts[i].contribution : 0), 0);
  };
  b.caption("summaryCaption", "Tier summary (A–D)");
  const summary = b.block(
    "tierSummary",
    { col: 1 },
    [
      [
        "Tier",
        "Meaning",
        "Accounts (nine-grid)",
        "Contribution (nine-grid)",
        "After approved overrides",
        `Key accounts (top ${Math.round(model.topPercent.default * 100)}%)`,
      ],
      ...TIERS.map((tier) => [
        tier,
        TIER_MEANING[tier],
        gridCount(tier),
        gridSum(tier),
        effective(tier),
        keyAccounts(tier),
      ]),
      [
        "Total",
        "",
        { formula: `=SUM(${counts.range(1, 1, 3, 3)})` },
        { formula: `=SUM(${sums.range(1, 1, 3, 3)})` },
        t.tiers.filter((x) => x !== null).length,
        Array.from(t.keyAccount).filter((k) => k === 1).length,
      ],
    ],
    { header: true, numberFormat: ["General", "General", NUMBER, NUMBER, NUMBER, NUMBER] },
  );
  TIERS.forEach((tier, r) =>
    b.format({
      range: summary.cell(1 + r, 0),
      fill: TIER_COLORS[tier],
      fontColor: TIER_FONT[tier],
      bold: true,
      horizontalAlignment: "Center",
    }),
  );
  b.format({ range: summary.range(5, 0, 1, 6), bold: true });

  placeScatter(b, {
    accounts,
    tiering: t,
    logScale: model.reports.logScale,
    liveCuts: live && !segmented,
    segmented,
    cuts,
  });

  // Pending overrides: a manual tier without an approver does not take effect (DOMAIN.md §4).
  if (t.pending.length) {
    b.caption(
      "pendingCaption",
      `Pending approval: ${t.pending.length} manual tier${t.pending.length === 1 ? "" : "s"} without an approver (computed tier stays)`,
    );
    b.block(
      "pending",
      { col: 1 },
      [
        ["Account", "Computed tier", "Requested tier", "Source row"],
        ...t.pending.map((p) => [
          accounts[p.account].name,
          t.computed[p.account] ?? "",
          p.manual,
          accounts[p.account].row,
        ]),
      ],
      { header: true },
    );
  }

  if (model.reports.perSegmentMatrices && !showSegments)
    b.caption(
      "segmentsCaption",
      "One matrix per segment needs a segment: map an Industry or Region column of the accounts, or choose Segment by.",
    );
  if (showSegments) {
    b.caption(
      "segmentsCaption",
      segmented || model.segmentBy !== "none"
        ? `One matrix per ${segField}`
        : `One matrix per ${segField} (cuts from all accounts; choose Segment by to cut each ${segField} separately)`,
    );
    display.labels.forEach((label, code) => {
      const grid = segMembers.get(code) ?? [0, 1, 2].map(() => [[], [], []]);
      const shown = label || "(blank)";
      const cm = matrixCells(
        `segment:${shown}:counts`,
        shown,
        grid,
        (idx) => idx.length,
        live && sRef ? liveFormula("count", shown, code) : null,
      );
      const sm = matrixCells(
        `segment:${shown}:sums`,
        `${shown} contribution`,
        grid,
        sumContribution,
        live && sRef ? liveFormula("sum", shown, code) : null,
        cm,
      );
      b.below([cm, sm]);
      segmentMatrices.push({ label: shown, counts: cm, sums: sm });
      b.conditional({ kind: "colorScale", range: cm.range(1, 1, 3, 3), colors: [SCALE_LOW, SCALE_HIGH] });
    });
  }

  // Segmented and live: the overall matrices are the sums of the segment matrices.
  if (live && segmented)
    for (const [m, kind] of [
      [counts, "counts"],
      [sums, "sums"],
    ] as const)
      BANDS.forEach((cb, r) =>
        BANDS.forEach((pb, c) => b.setCell(m, 1 + r, 1 + c, { formula: overallFromSegments(kind)(cb, pb) })),
      );
  for (const m of [counts, sums])
    b.conditional({ kind: "colorScale", range: m.range(1, 1, 3, 3), colors: [SCALE_LOW, SCALE_HIGH] });
  b.widths({ A: 2, B: 24, C: 18, D: 18, E: 18, F: 18, G: 26, H: 20, I: 20, J: 20 });
  const banded = t.tiers.filter((x) => x !== null).length;
  const unbanded = accounts.length - banded;
  const skippedRows = [...new Set([...numericIn("contribution"), ...numericIn("potential")].map((x) => x.row))];
  return b.finish(
    {
      liveSkipped: skippedRows.length
        ? {
            accounts: {
              rows: skippedRows.sort((x, y) => x - y),
              excluded: bandsExcluded && skippedRows.length <= MAX_EXCLUDED_POSITIONS,
            },
          }
        : undefined,
      staticColumns: liveRefs ? unlike.map((field) => ({ table: "accounts" as const, field })) : [],
      freeze: { rows: 3, columns: 0 },
      tabColor: TIER_COLORS.A,
      summary: {
        kind: "nineGrid",
        accounts: banded,
        tiers: { A: effective("A"), B: effective("B"), C: effective("C"), D: effective("D") },
        unbanded,
        pendingOverrides: t.pending.length,
      },
    },
    summariseNineGrid,
  );
}

/**
 * What "one matrix per segment" groups by when the model has no segment: the accounts' industry (the
 * accounts table's segment column, DOMAIN.md §2), else their region; null when neither has a value.
 */
function displaySegmentField(model: Model, accounts: readonly AccountRecord[]): "industry" | "region" | null {
  if (!model.reports.perSegmentMatrices) return null;
  for (const field of ["industry", "region"] as const)
    if (accounts.some((a) => (a[field] ?? "").trim() !== "")) return field;
  return null;
}

/** The Nine-Grid report (DOMAIN.md §4). */
export const nineGridDefinition: ReportDefinition<NineGridSummary> = {
  kind: "nineGrid",
  sources: { required: ["accounts"], optional: ["rates"] },
  live: true,
  controls: [
    { type: "select", option: "segmentBy", values: ["none", "industry", "region"] },
    { type: "switch", option: "perSegmentMatrices" },
    { type: "switch", option: "logScale" },
  ],
  build: (r) => buildNineGrid({ ...r, skipped: r.skipped?.accounts }),
  summarise: summariseNineGrid,
};
