/**
 * How much data the live score and tier formulas would send to one KAM.* call. A custom function's
 * arguments and result travel in one payload that Excel on the web caps at about 5 MB (ARCHITECTURE.md,
 * "Excel facts"), so past that the live columns would hang at #BUSY!; Write score and tier columns then
 * writes values instead and says why.
 */
import { AccountRecord } from "../core/dataset";
import { Model } from "../core/schemas";

/** Largest payload we let one live call have: the 5 MB limit less room for the envelope. */
export const LIVE_PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

/** The longest JSON of a double ("-1.2345678901234567e-308") with its comma. */
const NUMBER_BYTES = 25;

type Dim = "contribution" | "potential" | "reference" | "winnability";

/** UTF-8 length of a cell's JSON text, without encoding it. */
function jsonLength(v: string | number | null): number {
  if (v === null) return 4;
  if (typeof v === "number") return String(v).length;
  let n = 2;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    n += c < 0x80 ? (c === 0x22 || c === 0x5c ? 2 : 1) : c < 0x800 ? 2 : 3;
  }
  return n;
}

/**
 * A quick estimate from the row count: every number at its longest, a segment label at 25 bytes.
 * Below half the limit the live formulas are safe without reading the rows.
 */
export function liveBytesFromRows(rows: number, dims: number, segmented: boolean): number {
  return rows * (dims + (segmented ? 1 : 0)) * NUMBER_BYTES;
}

/**
 * The largest payload of the three live calls, measured on the rows. Arguments and result travel in
 * separate messages, so each counts on its own: KAM.SCORE (the dimension columns and segments in, a score
 * out), KAM.TIER (contribution, potential and segments in, a letter out) and KAM.TOPPCT (the scores and
 * segments in, a flag out).
 */
export function liveBytesMeasured(accounts: readonly AccountRecord[], dims: readonly Dim[], model: Model): number {
  const seg = model.segmentBy === "none" ? null : model.segmentBy;
  let scoreIn = 0;
  let tierIn = 0;
  let topIn = 0;
  for (const a of accounts) {
    const s = seg ? jsonLength(a[seg]) + 1 : 0;
    let d = 0;
    for (const k of dims) d += jsonLength(a[k]) + 1;
    scoreIn += d + s;
    tierIn += jsonLength(a.contribution) + jsonLength(a.potential) + 2 + s;
    topIn += NUMBER_BYTES + s;
  }
  const scoresOut = accounts.length * NUMBER_BYTES;
  return Math.max(scoreIn, tierIn, topIn, scoresOut);
}
