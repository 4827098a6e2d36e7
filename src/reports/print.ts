/**
 * Print setup for every report sheet, filled in one place from what every plan has (its title rows) and what
 * the build knows (the report date and the sources read): landscape, one page wide, the title rows repeated,
 * and a footer with the report date, the sources and the page number, so a sheet prints or exports to PDF as
 * it is.
 */
import { isoFromSerial } from "../core/dates";
import { PlanPrint, SheetPlan } from "./plan";
import { ReportLanguage, wordsFor } from "./words";

/** Excel keeps at most 255 characters per footer, its three sections and their &L, &C, &R codes together. */
export const FOOTER_MAX = 255;

/** Footer text as Excel's header/footer codes read it: "&" starts a code, so a literal one is "&&". */
export const footerText = (text: string): string => text.replace(/&/g, "&&");

/** The words of the footer, one table per report language (issue 15). */
export interface PrintWords {
  reportDate: (iso: string) => string;
  sources: (names: string) => string;
  /** How a list cut short ends, e.g. "+2 more". */
  more: (n: number) => string;
  /** Page number and count, in Excel's codes (&P, &N). */
  page: string;
}

export const ENGLISH_PRINT_WORDS: PrintWords = {
  reportDate: (iso) => `Report date ${iso}`,
  sources: (names) => `Sources: ${names}`,
  more: (n) => `+${n} more`,
  page: "Page &P of &N",
};

export const CHINESE_PRINT_WORDS: PrintWords = {
  reportDate: (iso) => `报告日期 ${iso}`,
  sources: (names) => `数据来源：${names}`,
  more: (n) => `另 ${n} 个`,
  page: "第 &P 页，共 &N 页",
};

const PRINT_WORDS: Record<ReportLanguage, PrintWords> = { en: ENGLISH_PRINT_WORDS, zh: CHINESE_PRINT_WORDS };

/**
 * The plan's rows to repeat on each printed page: its frozen rows (title, subtitle and, where the sheet has
 * one, its header row), else its title block; none when it has neither.
 */
export function titleRowsOf(plan: SheetPlan): string | undefined {
  const frozen = plan.freeze?.rows ?? 0;
  const title = plan.blocks.find((b) => b.id === "title");
  const rows = frozen > 0 ? frozen : title && title.at === "A1" ? title.cells.length : 0;
  return rows > 0 ? `$1:$${rows}` : undefined;
}

/** "Sources: A, B, C", with as many names as fit in `room` characters of footer codes and "+n more" for the rest. */
function sourcesText(names: readonly string[], room: number, words: PrintWords): string {
  for (let shown = names.length; shown > 0; shown--) {
    const rest = names.length - shown;
    const list = [...names.slice(0, shown), ...(rest ? [words.more(rest)] : [])].join(", ");
    const text = footerText(words.sources(list));
    if (text.length <= room) return text;
  }
  // Not even one name fits: the first one, cut.
  return footerText(words.sources(names[0] ?? ""))
    .slice(0, room)
    .replace(/&$/, "");
}

/**
 * The print setup of a report sheet (plan.print): landscape, one page wide and as many pages down as needed,
 * the title rows repeated, and a footer naming the report date (the date the report is computed as of), the
 * source tables or ranges read and the page.
 */
export function printSetup(
  plan: SheetPlan,
  asOf: number,
  sources: readonly string[],
  words: PrintWords = ENGLISH_PRINT_WORDS,
): PlanPrint {
  const left = footerText(words.reportDate(isoFromSerial(asOf)));
  const right = words.page;
  const room = FOOTER_MAX - left.length - right.length - "&L&C&R".length;
  const center = sources.length ? sourcesText(sources, room, words) : "";
  const titleRows = titleRowsOf(plan);
  return {
    orientation: "Landscape",
    fitToPagesWide: 1,
    ...(titleRows ? { titleRows } : {}),
    footer: { left, center, right },
  };
}

/** The plan with its print setup, its footer in the report's language (English when absent). */
export function withPrintSetup(
  plan: SheetPlan,
  asOf: number,
  sources: readonly string[],
  language?: ReportLanguage,
): SheetPlan {
  return { ...plan, print: printSetup(plan, asOf, sources, wordsFor(PRINT_WORDS, language)) };
}
