/**
 * The nine-box of the Nine-Grid sheet (issue 15): the 3×3 grid as a picture made of native cells, one box per
 * cell filled in its tier's colour, showing the tier letter, the account count and the top names cut to fit
 * the box, and under the sheet the full list of every box's accounts. Plain cells, fills and widths only, so
 * it prints, exports and opens without the add-in.
 */
import { Tier } from "../core/tiers";
import { bandCode, BANDS, NineGridContext } from "./nine-grid-context";
import { PlanCell } from "./plan";
import { NUMBER, TIER_COLORS, TIER_FONT } from "./styles";

/** Names shown in a box; the rest are counted ("+12"), and listed in full in the table under the sheet. */
export const BOX_NAMES = 2;
/** Rows of one box: the tier and count, the names, and the count of the others. */
export const BOX_ROWS = 2 + BOX_NAMES;
/** A box is one column of the sheet, 18 characters wide (columns C–E, as the matrices above). */
export const BOX_WIDTH = 18;
/**
 * A name in a box: 15 character widths, room for capitals and bold wider than Excel's digit width the column is
 * measured in (seen in the rendered sheet: 17 cut "Redwood Power Gr…" off at the box's edge).
 */
export const BOX_NAME_WIDTH = 15;
/**
 * Row heights in points: a box's tier line taller for its 12-point letter, its name lines at the default, and
 * a thin white row between band rows, so on screen and on a slide each box reads as one tile (Excel's default
 * row is 15 points; without these the gap between band rows was as tall as a name line).
 */
export const BOX_HEIGHTS = { header: 18, tierLine: 24, nameLine: 16, gap: 6 } as const;

/** Display width of a text in Excel characters: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/** `text` cut to `width` characters with "…" when it is longer, at a character, never inside a surrogate pair. */
export function fitText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Names joined by ", " within `width` characters: as many whole names as fit, then "+n" for the others; when
 * not even the first fits, the first cut to fit. Never wider than `width`.
 */
export function fitNames(names: readonly string[], width: number, more: (n: number) => string): string {
  const tail = (k: number) => (k > 0 ? ` ${more(k)}` : "");
  for (let shown = names.length; shown > 0; shown--) {
    const text = names.slice(0, shown).join(", ") + tail(names.length - shown);
    if (textWidth(text) <= width) return text;
  }
  if (!names.length) return "";
  const rest = tail(names.length - 1);
  return fitText(names[0], width - textWidth(rest)) + rest;
}

/** The accounts of one box, highest contribution first. */
const byContribution = (ctx: NineGridContext, idx: readonly number[]) =>
  [...idx].sort((x, y) => ctx.accounts[y].contribution - ctx.accounts[x].contribution);

/**
 * The nine-box at the cursor: a header of potential bands, then per contribution band one row of three boxes
 * (BOX_ROWS rows each, a white row between band rows), each filled and lettered by the model's tier map.
 */
export function placeNineBox(ctx: NineGridContext): void {
  const { b, w, model } = ctx;
  b.caption("nineBoxCaption", w.nineBoxCaption);
  const rows: PlanCell[][] = [["", ...BANDS.map(w.potential)]];
  BANDS.forEach((cb, r) => {
    const boxes = BANDS.map((pb) => boxLines(ctx, model.tierMap[r][BANDS.indexOf(pb)] as Tier, cb, pb));
    for (let k = 0; k < BOX_ROWS; k++) rows.push([k === 0 ? w.contribution(cb) : "", ...boxes.map((x) => x[k])]);
    if (r < BANDS.length - 1) rows.push(["", "", "", ""]);
  });
  const box = b.block("nineBox", { col: 1 }, rows, { header: true });
  b.rowHeight(box, 0, BOX_HEIGHTS.header);
  BANDS.forEach((_, r) => {
    const top = 1 + r * (BOX_ROWS + 1);
    b.rowHeight(box, top, BOX_HEIGHTS.tierLine);
    for (let k = 1; k < BOX_ROWS; k++) b.rowHeight(box, top + k, BOX_HEIGHTS.nameLine);
    if (r < BANDS.length - 1) b.rowHeight(box, top + BOX_ROWS, BOX_HEIGHTS.gap);
    b.format({ range: box.cell(top, 0), bold: true, verticalAlignment: "Center" });
    BANDS.forEach((__, c) => {
      const tier = model.tierMap[r][c] as Tier;
      const colour = { fill: TIER_COLORS[tier], fontColor: TIER_FONT[tier], horizontalAlignment: "Center" as const };
      b.format({ range: box.range(top, 1 + c, BOX_ROWS, 1), ...colour, wrap: false });
      b.format({ range: box.cell(top, 1 + c), bold: true, fontSize: 12, verticalAlignment: "Center" });
    });
  });
}

/** The lines of one box: "A · 45 accounts", the first names cut to fit, and "+43 more". */
function boxLines(ctx: NineGridContext, tier: Tier, cb: (typeof BANDS)[number], pb: (typeof BANDS)[number]): string[] {
  const idx = byContribution(ctx, ctx.members[bandCode(cb)][bandCode(pb)]);
  const names = idx.slice(0, BOX_NAMES).map((i) => fitText(ctx.accounts[i].name, BOX_NAME_WIDTH));
  while (names.length < BOX_NAMES) names.push("");
  const rest = idx.length - BOX_NAMES;
  return [ctx.w.boxTitle(tier, idx.length), ...names, rest > 0 ? ctx.w.boxMore(rest) : ""];
}

/**
 * Under the sheet: every account of the nine-box, box by box (high contribution and potential first), the
 * name last, in the sheet's widest column with nothing to its right, so no name is cut.
 */
export function placeBoxList(ctx: NineGridContext): void {
  const { b, w, model, accounts } = ctx;
  b.caption("boxListCaption", w.boxListCaption);
  const rows: PlanCell[][] = [w.boxListHeader];
  BANDS.forEach((cb, r) =>
    BANDS.forEach((pb, c) => {
      for (const i of byContribution(ctx, ctx.members[bandCode(cb)][bandCode(pb)]))
        rows.push([
          model.tierMap[r][c],
          w.band(cb),
          w.band(pb),
          accounts[i].contribution,
          accounts[i].potential,
          accounts[i].name,
        ]);
    }),
  );
  b.block("boxList", { col: 1 }, rows, {
    header: true,
    numberFormat: ["General", "General", "General", NUMBER, NUMBER, "General"],
  });
}
