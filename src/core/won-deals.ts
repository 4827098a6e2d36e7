import { foldText } from "./cells";
import { Dataset, OpportunityRecord } from "./dataset";
import { serialFromYmd, ymdFromSerial } from "./dates";
import { WON } from "./stages";

/** Which column a won deal's date came from (DOMAIN.md §11 reports by year). */
export type WonDateSource = "expectedClose" | "stageEntered" | "created";

/** A won deal with its date, as the §11 reports by year and by "earlier won deal" read it. */
export interface WonDeal {
  /** Index into Dataset.opportunities. */
  opportunity: number;
  /** Excel serial of the win, or null when the row has no date at all. */
  date: number | null;
  dateFrom: WonDateSource | null;
  amount: number;
}

/**
 * The date a won deal was won (DOMAIN.md §11): its close date (a CRM's Close Date is the actual one once
 * the deal is won), else the date it entered its last stage, else its creation date; null without any.
 */
export function wonDate(o: OpportunityRecord): { date: number | null; from: WonDateSource | null } {
  if (o.expectedClose !== null) return { date: o.expectedClose, from: "expectedClose" };
  if (o.stageEntered !== null) return { date: o.stageEntered, from: "stageEntered" };
  if (o.created !== null) return { date: o.created, from: "created" };
  return { date: null, from: null };
}

/** Every won opportunity with its win date (DOMAIN.md §11), in row order. */
export function wonDeals(data: Dataset): WonDeal[] {
  const out: WonDeal[] = [];
  data.opportunities.forEach((o, i) => {
    if (o.status !== WON) return;
    const d = wonDate(o);
    out.push({ opportunity: i, date: d.date, dateFrom: d.from, amount: o.amount });
  });
  return out;
}

/** Calendar year of an Excel serial. */
export const yearOf = (serial: number): number => ymdFromSerial(serial).y;

/** First and last day (Excel serials, inclusive) of a calendar year. */
export const yearSpan = (year: number): { from: number; to: number } => ({
  from: serialFromYmd(year, 1, 1),
  to: serialFromYmd(year, 12, 31),
});

/** The account a deal belongs to for the §11 reports: its index, or its folded text when it is not in the table. */
export const accountKey = (o: OpportunityRecord): string =>
  o.account >= 0 ? `#${o.account}` : `?${foldText(o.accountText)}`;

/** Region of an opportunity (DOMAIN.md §6 split): its own cell, else its account's. */
export function opportunityRegion(o: OpportunityRecord, data: Dataset): string | null {
  return o.region ?? (o.account >= 0 ? data.accounts[o.account].region : null);
}

/**
 * Groups labels case-, width- and space-insensitively (DOMAIN.md §2.1 names), keeping the first spelling
 * seen as the label; `NONE` stands for a blank.
 */
export class LabelGroups {
  static readonly NONE = "(none)";
  readonly labels: string[] = [];
  private readonly index = new Map<string, number>();

  /** The group index of a label (blank → "(none)"), adding it when new. */
  of(label: string | null): number {
    const text = label === null || label.trim() === "" ? LabelGroups.NONE : label;
    const key = text === LabelGroups.NONE ? "\u0000none" : foldText(text);
    let g = this.index.get(key);
    if (g === undefined) {
      g = this.labels.length;
      this.index.set(key, g);
      this.labels.push(text);
    }
    return g;
  }
}

/** A ratio, or null when the denominator is zero (DOMAIN.md §12: a rate with a zero denominator is blank). */
export const share = (part: number, whole: number): number | null => (whole !== 0 ? part / whole : null);
