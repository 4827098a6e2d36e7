/**
 * Tier migration on the Nine-Grid sheet (DOMAIN.md §9, ESP step 7 re-evaluates every account's tier each
 * period): when the accounts table has a previous-tier column, a from × to matrix A–D with the accounts new
 * to a tier and those no longer tiered, and the lists of upgrades and downgrades.
 */
import { tierMigration, TierMove } from "../core/tier-migration";
import { TIERS } from "../core/tiers";
import type { NineGridContext } from "./nine-grid-context";
import { PlanCell } from "./plan";
import { NUMBER, TIER_COLORS, TIER_FONT } from "./styles";
import { ReportLanguage, wordsFor } from "./words";

interface MigrationWords {
  caption: string;
  corner: string;
  removed: string;
  added: string;
  total: string;
  note: string;
  upgrades(n: number): string;
  downgrades(n: number): string;
  listHeader: [string, string, string];
}

const plural = (n: number) => `${n.toLocaleString("en-US")} account${n === 1 ? "" : "s"}`;

const WORDS: Record<ReportLanguage, MigrationWords> = {
  en: {
    caption: "Tier migration: previous tier → tier now (上期 → 本期)",
    corner: "Previous ↓ / now →",
    removed: "No tier now",
    added: "New (no previous tier)",
    total: "Total",
    note: "Rows: the Previous Tier column; columns: the tier in force now (approved manual tiers included).",
    upgrades: (n) => `Upgrades: ${plural(n)} moved to a better tier`,
    downgrades: (n) => `Downgrades: ${plural(n)} moved to a lower tier`,
    listHeader: ["Account", "Previous tier", "Tier now"],
  },
  zh: {
    caption: "客户分级变动：上期分级 → 本期分级",
    corner: "上期 ↓ / 本期 →",
    removed: "本期无分级",
    added: "新增（上期无分级）",
    total: "合计",
    note: "行为“上期分级”列，列为本期生效的分级（含已审批的手动调级）。",
    upgrades: (n) => `升级：${n.toLocaleString("en-US")} 个客户分级上调`,
    downgrades: (n) => `降级：${n.toLocaleString("en-US")} 个客户分级下调`,
    listHeader: ["客户", "上期分级", "本期分级"],
  },
};

/** The migration matrix and the two lists, below everything else; nothing when no account has a previous tier. */
export function placeTierMigration(ctx: NineGridContext, language: ReportLanguage | undefined): void {
  const { b, accounts, t } = ctx;
  if (!accounts.some((a) => a.previousTier)) return;
  const w = wordsFor(WORDS, language);
  const m = tierMigration(accounts, t.tiers);
  b.skip();
  b.caption("migrationCaption", w.caption);
  const top = b.cursor + 1; // 1-based row of the header
  const sumRow = (r: number) => ({ formula: `=SUM(C${r}:G${r})` });
  const rows: PlanCell[][] = [
    [w.corner, ...TIERS, w.removed, w.total],
    ...TIERS.map((tier, i) => [tier, ...m.matrix[i], m.removed[i], sumRow(top + 1 + i)]),
    [w.added, ...m.added, "", sumRow(top + 5)],
    [w.total, ...["C", "D", "E", "F", "G", "H"].map((c) => ({ formula: `=SUM(${c}${top + 1}:${c}${top + 5})` }))],
  ];
  const p = b.block("migration", { col: 1, gap: 0 }, rows, { header: true, numberFormat: NUMBER });
  TIERS.forEach((tier, i) => {
    const tint = { fill: TIER_COLORS[tier], fontColor: TIER_FONT[tier], bold: true };
    b.format({ range: p.cell(1 + i, 0), ...tint });
    b.format({ range: p.cell(0, 1 + i), ...tint });
    b.format({ range: p.cell(1 + i, 1 + i), bold: true }); // unchanged on the diagonal
  });
  b.format({ range: p.range(6, 0, 1, p.cols), bold: true, borderBottom: "#7F7F7F" });
  const note = b.block("migrationNote", { col: 1 }, [[w.note]]);
  b.format({ range: note.cell(0, 0), italic: true, fontColor: "#595959" });
  placeMoves(ctx, "upgrades", w.upgrades(m.upgrades.length), m.upgrades, w);
  placeMoves(ctx, "downgrades", w.downgrades(m.downgrades.length), m.downgrades, w);
}

function placeMoves(ctx: NineGridContext, id: string, caption: string, moves: TierMove[], w: MigrationWords): void {
  ctx.b.caption(`${id}Caption`, caption);
  if (!moves.length) return ctx.b.skip();
  ctx.b.block(id, { col: 1 }, [w.listHeader, ...moves.map((x) => [x.name, x.from, x.to])], { header: true });
}
