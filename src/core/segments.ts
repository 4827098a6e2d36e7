import { cellText, CellValue, foldText } from "./cells";
import { ScratchPool } from "./scratch";

/** Rows grouped by segment as small integer codes, so per-segment work is array indexing, not map lookups. */
export interface Segments {
  codes: Int32Array;
  labels: string[];
}

/**
 * Encodes a segment per row (DOMAIN.md §3: thresholds differ by industry). Keys match case- and
 * width-insensitively; a blank segment is a segment of its own. Without keys every row is segment 0.
 */
export function encodeSegments(keys: readonly CellValue[] | null, rowCount: number): Segments {
  if (!keys) return { codes: zeroCodes(rowCount), labels: [""] };
  const codes = new Int32Array(rowCount);
  const index = new Map<string, number>();
  // Raw cell → code first: folding (NFKC) every one of a million cells would cost more than the scoring.
  const seen = new Map<CellValue, number>();
  const labels: string[] = [];
  for (let i = 0; i < rowCount; i++) {
    const raw = keys[i];
    let code = seen.get(raw);
    if (code === undefined) {
      const label = cellText(raw);
      const key = foldText(label);
      code = index.get(key);
      if (code === undefined) {
        code = labels.length;
        index.set(key, code);
        labels.push(label);
      }
      seen.set(raw, code);
    }
    codes[i] = code;
  }
  return { codes, labels };
}

// All rows in segment 0, shared: nothing writes to a Segments' codes, and a fresh 4 MB array per
// million-row call was external memory that brought on full garbage collections.
let zeros = new Int32Array(0);
function zeroCodes(n: number): Int32Array {
  if (zeros.length < n) zeros = new Int32Array(n);
  return zeros.length === n ? zeros : zeros.subarray(0, n);
}

/**
 * Each segment's population in row order (unsorted), for order statistics by selection: one
 * sequential pass, no sort. NaN values are left out. With a pool, a single segment's population is
 * scratch (valid until the next call).
 */
export function unsortedPopulations(values: Float64Array, seg: Segments, pool?: ScratchPool): Float64Array[] {
  const k = seg.labels.length;
  if (k === 1) {
    // A plain loop: TypedArray.prototype.filter costs ~100 ms on a million rows, this ~3 ms.
    const pop = pool ? pool.float64("population", values.length) : new Float64Array(values.length);
    let m = 0;
    for (let i = 0; i < values.length; i++) if (values[i] === values[i]) pop[m++] = values[i];
    return [pop.subarray(0, m)];
  }
  const counts = new Int32Array(k);
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) counts[seg.codes[i]]++;
  const pops = Array.from(counts, (c) => new Float64Array(c));
  const fill = new Int32Array(k);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      const c = seg.codes[i];
      pops[c][fill[c]++] = v;
    }
  }
  return pops;
}
