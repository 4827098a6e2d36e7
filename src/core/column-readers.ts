import { cellText, CellValue, excelErrorOf, isBlank } from "./cells";
import { CurrencyRates } from "./currency-rates";
import { DateOrder, inferDateOrder, orderOfLanguage, readDate } from "./dates";
import { FieldSpec } from "./fields";
import { headerUnit } from "./headers";
import { clip, MoneyRead, NumberRead, NumberUnit, readFraction, readNumber } from "./numbers";
import { Explained, explain, Reason } from "./reasons";
import { readRole, readTeamType } from "./coverage";
import { readStatus, StageResolution } from "./stages";
import { readTier } from "./tiers";
import { readActionStatus, readArea, readPlanStatus, readScore } from "./esp-values";
import { readLeadStatus } from "./leads";

export type ParsedValue = string | number | null;
/** One cell read: its value, or why it cannot be used. */
export type Read = { ok: true; value: ParsedValue } | ({ ok: false } & Explained);
export const ok = (value: ParsedValue): Read => ({ ok: true, value });
export const bad = (reason: Reason): Read => ({ ok: false, ...explain(reason) });

/** What the parser knows about one column before reading its cells (DOMAIN.md §2.1 units, currencies, dates). */
export interface ColumnContext {
  /** Unit and currency of a number column: from the header, else the currency most of its cells are in. */
  unit?: NumberUnit;
  /** Day/month order of a date column's numeric text dates. */
  dateOrder?: DateOrder | null;
  /** Rates to the base currency, when the user gave a Rates table. */
  rates?: CurrencyRates;
  /** A column-level warning (dates read in the display language's order). */
  warning?: Reason;
}

const BLANK: Reason = { code: "blank", params: {} };
/** Why a number or date read failed. */
const badOf = (n: NumberRead): Read => bad(n.kind === "bad" ? n : BLANK);
const text = (v: CellValue) => ({ text: clip(cellText(v)) });

/** The most frequent currency among a column's text cells, or undefined when none names one. */
function columnCurrency(
  cells: (r: number) => CellValue,
  rows: number,
  unit: NumberUnit | undefined,
): string | undefined {
  if (unit?.currency) return unit.currency;
  const counts = new Map<string, number>();
  for (let r = 0; r < rows; r++) {
    const v = cells(r);
    if (typeof v !== "string") continue;
    const read = readNumber(v, unit);
    if (read.kind === "number" && read.currency) counts.set(read.currency, (counts.get(read.currency) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [c, n] of counts) if (best === undefined || n > (counts.get(best) as number)) best = c;
  return best;
}

/**
 * Prepares a column for reading (DOMAIN.md §2.1): the unit its header declares, the currency its cells
 * are in, and for a date column the day/month order its text dates say, else the display language's,
 * with a warning saying which was used when any cell needed it.
 */
export function columnContext(
  spec: FieldSpec,
  header: string,
  cells: (r: number) => CellValue,
  rows: number,
  options: { language?: string; rates?: CurrencyRates },
): ColumnContext {
  if (spec.type === "amount" || spec.type === "number") {
    const declared = headerUnit(header);
    const unit: NumberUnit | undefined = declared && !declared.percent ? declared : undefined;
    const currency = columnCurrency(cells, rows, unit);
    return {
      unit: { exponent: unit?.exponent ?? 0, ...unit, ...(currency ? { currency } : {}) },
      rates: options.rates,
    };
  }
  if (spec.type === "date") {
    const column: CellValue[] = [];
    for (let r = 0; r < rows; r++) if (typeof cells(r) === "string") column.push(cells(r));
    const { order, conflict } = inferDateOrder(column);
    if (order || conflict) return { dateOrder: order };
    const needed = column.some((v) => readDate(v).kind === "bad" && readDate(v, undefined, "dmy").kind === "number");
    if (!needed) return { dateOrder: null };
    const byLanguage = orderOfLanguage(options.language);
    return {
      dateOrder: byLanguage,
      warning: { code: "dateOrderAssumed", params: { order: byLanguage, language: options.language ?? "en-US" } },
    };
  }
  return {};
}

/** A number read in its column's currency, converted with the Rates table when it is in another one. */
function inColumnCurrency(n: MoneyRead, ctx: ColumnContext): Read | number {
  if (n.kind !== "number") return badOf(n);
  const column = ctx.unit?.currency;
  const cell = n.currency ?? column;
  if (cell === undefined || cell === column) {
    const rate = ctx.rates && cell !== undefined ? ctx.rates.get(cell) : undefined;
    return rate === undefined ? n.value : n.value * rate;
  }
  const rate = ctx.rates?.get(cell);
  if (rate !== undefined) return n.value * rate;
  return ctx.rates
    ? bad({ code: "noRate", params: { currency: cell } })
    : bad({ code: "currencyMismatch", params: { currency: cell, column: column ?? "" } });
}

/** Reads one cell of a field (DOMAIN.md §2): type coercion only; blanks and the stage/status rules are the caller's. */
export function readCell(
  spec: FieldSpec,
  v: CellValue,
  ctx: ColumnContext,
  stageOf: (v: CellValue) => StageResolution,
  format?: string,
): Read {
  if (isBlank(v)) return ok(null);
  const err = excelErrorOf(v);
  if (err) return bad({ code: "excelError", params: { error: err } });
  switch (spec.type) {
    case "text":
      return ok(cellText(v));
    case "amount":
    case "number": {
      const n = inColumnCurrency(readNumber(v, ctx.unit), ctx);
      if (typeof n !== "number") return n;
      return spec.type === "amount" && n < 0
        ? bad({ code: "negativeAmount", params: { field: spec.key, value: n } })
        : ok(n);
    }
    case "percent": {
      const n = readFraction(v);
      return n.kind === "number" ? ok(n.value) : badOf(n);
    }
    case "date": {
      const d = readDate(v, format, ctx.dateOrder);
      return d.kind === "number" ? ok(d.value) : badOf(d);
    }
    case "tier":
      return readTier(v) ? ok(readTier(v)) : bad({ code: "notATier", params: text(v) });
    case "status": {
      const s = readStatus(v);
      return s >= 0 ? ok(s) : bad({ code: "notAStatus", params: text(v) });
    }
    case "stage": {
      const s = stageOf(v);
      return s.stage >= 0 || s.outcome !== null ? ok(s.stage) : bad({ code: "unknownStage", params: text(v) });
    }
    case "leadStatus": {
      const status = readLeadStatus(v);
      return status ? ok(status) : bad({ code: "notALeadStatus", params: text(v) });
    }
    case "teamType":
      return readTeamType(v) ? ok(readTeamType(v)) : bad({ code: "notATeamType", params: text(v) });
    case "role": {
      const role = readRole(v, "Territory"); // the team type only matters for a blank role, handled above
      return role ? ok(role) : bad({ code: "notARole", params: text(v) });
    }
    case "score": {
      const score = readScore(v);
      return score === null ? bad({ code: "notAScore", params: text(v) }) : ok(score);
    }
    case "planStatus":
      return readPlanStatus(v) ? ok(readPlanStatus(v)) : bad({ code: "notAPlanStatus", params: text(v) });
    case "actionStatus":
      return readActionStatus(v) ? ok(readActionStatus(v)) : bad({ code: "notAnActionStatus", params: text(v) });
    case "area":
      return readArea(v) ? ok(readArea(v)) : bad({ code: "notAnArea", params: text(v) });
  }
}
