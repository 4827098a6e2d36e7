/**
 * What an Excel number format code says a cell holds, as far as reading a source needs to know: a date,
 * text ("@"), General, a percentage or currency amount, or some other number.
 */
export type FormatKind = "date" | "text" | "general" | "percent" | "currency" | "number";

// Currency symbols Excel puts in built-in and locale formats (the [$€-407] form is handled separately).
const CURRENCY = /[$€£¥￥₩₹₽¢]/;

/**
 * Classifies a number format code (the first section, for positive numbers). Literal text in quotes or
 * after a backslash, colours and conditions in brackets are ignored, so `yyyy"年"m"月"d"日"` is a date and
 * `0.0 "days"` is not; `[$€-407]` is currency, `[$-409]` only a locale; `[h]:mm` elapsed time counts as a date.
 */
export function formatKind(format: string | null | undefined): FormatKind {
  // A table has a handful of distinct formats and hundreds of thousands of cells: classify each once.
  const key = format ?? "";
  let kind = kindCache.get(key);
  if (kind === undefined) {
    if (kindCache.size >= KIND_CACHE_LIMIT) kindCache.clear();
    kindCache.set(key, (kind = classify(key)));
  }
  return kind;
}

const KIND_CACHE_LIMIT = 4096;
const kindCache = new Map<string, FormatKind>();

function classify(format: string): FormatKind {
  const code = format.trim();
  if (code === "" || code.toLowerCase() === "general") return "general";
  if (code === "@") return "text";
  let plain = "";
  let currency = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === ";") break; // the first section decides
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++; // an escaped literal, or the character a width/fill refers to
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      const inside = code.slice(i + 1, end < 0 ? code.length : end);
      if (/^\$[^-]/.test(inside)) currency = true;
      if (/^(h+|m+|s+)$/i.test(inside)) plain += "h"; // elapsed time
      i = end < 0 ? code.length : end;
    } else plain += ch;
  }
  if (plain.includes("%")) return "percent";
  if (currency || CURRENCY.test(plain)) return "currency";
  if (plain.trim() === "@") return "text";
  if (/[dmyhse]/i.test(plain.replace(/E[+-]/g, "").replace(/general/gi, ""))) return "date";
  return "number";
}
