/**
 * A small number-format renderer for `Range.text`: General, "0", "0.0", "#,##0", "#,##0.00", "0%", "0.0%",
 * currency prefixes and literal suffixes, up to four ";" sections, "@", and dates/times built from
 * y, m, d, h, s tokens ("yyyy-mm-dd", "m/d/yyyy", "hh:mm"). Enough to check what a report shows.
 */
import { ErrorValue, Scalar } from "./cells";

/** Excel's General format, roughly as a standard-width column shows it (up to 11 characters). */
export function formatGeneral(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant, exp] = n.toExponential(5).split("e");
    const m = mant.replace(/\.?0+$/, "");
    const e = Number(exp);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (Number.isInteger(n)) return String(n);
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return n.toFixed(decimals).replace(/\.?0+$/, "");
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      cur += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes quoted literals, escapes, colour/condition brackets and padding so tokens can be inspected. */
function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

function isDateFormat(section: string): boolean {
  return /[yd]|h|s/i.test(stripLiterals(section).replace(/General/gi, "")) && !/[#0?]/.test(stripLiterals(section));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatDate(serial: number, section: string): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  const parts = {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    n: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
  let out = "";
  const src = section.replace(/\[[^\]]*\]/g, "");
  let lastWasHour = false;
  for (let i = 0; i < src.length;) {
    const ch = src[i];
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      out += src.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? src.length : end + 1;
      continue;
    }
    if (ch === "\\") {
      out += src[i + 1] ?? "";
      i += 2;
      continue;
    }
    const lower = ch.toLowerCase();
    if ("ymdhs".includes(lower)) {
      let j = i;
      while (j < src.length && src[j].toLowerCase() === lower) j++;
      const n = j - i;
      i = j;
      switch (lower) {
        case "y":
          out += n <= 2 ? String(parts.y % 100).padStart(2, "0") : String(parts.y);
          break;
        case "m":
          if (lastWasHour || /^[^a-z]*s/i.test(src.slice(i))) {
            out += n >= 2 ? String(parts.n).padStart(2, "0") : String(parts.n);
          } else if (n >= 3) out += n === 3 ? MONTHS[parts.m - 1] : MONTHS[parts.m - 1];
          else out += n === 2 ? String(parts.m).padStart(2, "0") : String(parts.m);
          break;
        case "d":
          out += n >= 2 ? String(parts.d).padStart(2, "0") : String(parts.d);
          break;
        case "h":
          out += n >= 2 ? String(parts.h).padStart(2, "0") : String(parts.h);
          break;
        case "s":
          out += n >= 2 ? String(parts.s).padStart(2, "0") : String(parts.s);
          break;
      }
      lastWasHour = lower === "h";
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function formatNumberSection(n: number, section: string): string {
  if (/^\s*General\s*$/i.test(section)) return formatGeneral(n);
  const core = stripLiterals(section);
  const percent = core.includes("%");
  const value = percent ? n * 100 : n;
  const numberPart = /[#0?][#0?,.]*/.exec(core)?.[0] ?? "";
  const dot = numberPart.indexOf(".");
  const decimals = dot < 0 ? 0 : numberPart.slice(dot + 1).replace(/[^0#?]/g, "").length;
  const grouping = /[#0?],[#0?]/.test(numberPart);
  const trailingCommas = /,+$/.exec(numberPart.split(".")[0])?.[0].length ?? 0;
  const scaled = value / Math.pow(1000, trailingCommas);
  let digits = Math.abs(scaled).toFixed(decimals);
  if (grouping) {
    const [i, f] = digits.split(".");
    digits = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (f !== undefined ? `.${f}` : "");
  }
  // Optional decimals ("#") are trimmed.
  const optional = dot < 0 ? 0 : numberPart.slice(dot + 1).replace(/[^#]/g, "").length;
  if (optional > 0 && digits.includes(".")) {
    let trimmed = digits;
    for (let k = 0; k < optional && trimmed.endsWith("0"); k++) trimmed = trimmed.slice(0, -1);
    digits = trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed;
  }
  if (/^0*$/.test(numberPart.split(".")[0].replace(/[#,?]/g, "")) && !numberPart.split(".")[0].includes("0")) {
    if (digits.startsWith("0.")) digits = digits.slice(1);
    else if (digits === "0") digits = "";
  }
  // Rebuild: literal text before and after the numeric token, in order.
  let out = "";
  let placed = false;
  for (let i = 0; i < section.length;) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      out += section[i + 1] ?? "";
      i += 2;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "_" || ch === "*") {
      if (ch === "_") out += " ";
      i += 2;
    } else if ("#0?,.".includes(ch)) {
      if (!placed) {
        out += digits;
        placed = true;
      }
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** What `Range.text` shows for a cell with this value and number format. */
export function formatValue(v: Scalar | undefined, numberFormat: string | undefined): string {
  if (v === undefined || v === "") return "";
  if (v instanceof ErrorValue) return v.code;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const format = numberFormat && numberFormat !== "" ? numberFormat : "General";
  const sections = splitSections(format);
  if (typeof v === "string") {
    const textSection = sections[3] ?? (sections.length === 1 && sections[0].includes("@") ? sections[0] : undefined);
    if (!textSection) return v;
    return textSection.replace(/"([^"]*)"/g, "$1").replace(/@/g, v);
  }
  if (format.trim() === "@") return formatGeneral(v);
  let section = sections[0];
  let n = v;
  if (v < 0 && sections.length >= 2 && sections[1] !== "") {
    section = sections[1];
    n = -v;
  } else if (v === 0 && sections.length >= 3 && sections[2] !== "") section = sections[2];
  if (isDateFormat(section)) return formatDate(n, section);
  const text = formatNumberSection(n, section);
  return n < 0 && section === sections[0] && !/^\s*General\s*$/i.test(section) ? `-${text}` : text;
}
