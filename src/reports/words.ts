/**
 * The language a report sheet is written in (issue 15). Every text a report writes into the workbook (sheet
 * name, titles, headers, labels, notes, chart and axis titles) comes from a words table with one entry per
 * language, picked here, so a Chinese workbook gets Chinese sheets while formulas stay locale-independent.
 *
 * Convention for a report file: `const WORDS: Record<ReportLanguage, XWords> = { en: {...}, zh: {...} }`,
 * then `const w = wordsFor(WORDS, request.language)`. Proper names (accounts, reps, tables) and formulas
 * are never translated.
 */
export const REPORT_LANGUAGES = ["en", "zh"] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The words of `language`; a build that names none writes English, as reports always have. */
export function wordsFor<W>(table: Record<ReportLanguage, W>, language: ReportLanguage | undefined): W {
  return table[language ?? "en"];
}

/** The model's report-language setting (`model.reports.language`): follow the pane, or one language always. */
export type ReportLanguageSetting = "pane" | ReportLanguage;

/**
 * The language a build writes: the setting, or when it follows the pane, the pane's language (any `zh*` tag is
 * Chinese, anything else English).
 */
export function resolveReportLanguage(
  setting: ReportLanguageSetting | undefined,
  paneLanguage?: string,
): ReportLanguage {
  if (setting === "en" || setting === "zh") return setting;
  return /^zh\b/i.test(paneLanguage ?? "") ? "zh" : "en";
}
