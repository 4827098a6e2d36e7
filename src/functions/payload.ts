/**
 * Excel on the web carries a custom function's arguments to the add-in, and its result back, as JSON
 * payloads limited to about 5 MB each; above it the call hangs at #BUSY! with no message. The guard in
 * args.ts measures both with this estimate and returns one clear #VALUE! instead (DOMAIN.md §8).
 */

/** Excel on the web's payload limit, and the share of it a call may use (room for the envelope). */
export const FUNCTION_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const FUNCTION_PAYLOAD_BUDGET_BYTES = Math.floor(FUNCTION_PAYLOAD_LIMIT_BYTES * 0.95);

/** UTF-8 bytes of a string in JSON (quotes included; escapes are rare in cell text and left out). */
function textBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** JSON bytes of one cell value: integers by their digits, other numbers by their shortest text. */
function cellBytes(v: unknown): number {
  switch (typeof v) {
    case "number":
      if (Number.isInteger(v) && Math.abs(v) < 1e15)
        return (v < 0 ? 2 : 1) + (v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v))));
      return String(v).length;
    case "string":
      return textBytes(v);
    case "boolean":
      return v ? 4 : 5;
    case "object":
      if (v === null) return 4;
      // A per-cell error travels as its code and message.
      return 32 + textBytes(String((v as { message?: unknown }).message ?? ""));
    default:
      return 4;
  }
}

/**
 * Estimated JSON bytes of arguments or a result (scalars and 2-D arrays), stopping once past `stopAt`
 * so a million-row argument that is clearly too large costs no full walk.
 */
export function payloadBytes(values: readonly unknown[], stopAt = Infinity): number {
  let total = 2;
  for (const v of values) {
    if (!Array.isArray(v)) {
      total += cellBytes(v) + 1;
      continue;
    }
    total += 2;
    for (const row of v) {
      if (!Array.isArray(row)) {
        total += cellBytes(row) + 1;
        continue;
      }
      total += 2; // brackets (the comma after the row is counted like a cell's)
      for (let j = 0; j < row.length; j++) total += cellBytes(row[j]) + 1;
      if (total > stopAt) return total;
    }
  }
  return total;
}
