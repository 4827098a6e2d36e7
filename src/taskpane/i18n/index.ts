import { enUS, Strings } from "./en-US";
import { zhCN } from "./zh-CN";

export type { Strings };
export type Language = "en-US" | "zh-CN";
export const LANGUAGES: readonly Language[] = ["en-US", "zh-CN"];

const STRINGS: Record<Language, Strings> = { "en-US": enUS, "zh-CN": zhCN };

/** The pane's language for Office's display language: Chinese for any zh-* tag, else English. */
export function pickLanguage(displayLanguage: string | undefined): Language {
  return /^zh\b/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}

export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}
