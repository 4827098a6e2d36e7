/** The playground's query parameters: `?lang=zh-CN`, `?empty=1`, `?slow=<ms>`, `?dark=1`. */

export interface PlaygroundOptions {
  /** Office's display language as the pane sees it (default en-US). */
  displayLanguage: string;
  /** Start with a blank workbook (one empty "Sheet1") instead of the sample. */
  empty: boolean;
  /** Extra milliseconds before every `context.sync()` (0 = none). */
  slowMs: number;
  /** Office's dark theme for the pane. */
  dark: boolean;
}

const truthy = (v: string | null): boolean => v !== null && v !== "0" && v.toLowerCase() !== "false";

export function parseOptions(search: string): PlaygroundOptions {
  const q = new URLSearchParams(search);
  const lang = q.get("lang")?.trim();
  const slow = Number(q.get("slow") ?? "0");
  return {
    displayLanguage: lang ? lang : "en-US",
    empty: truthy(q.get("empty")),
    slowMs: Number.isFinite(slow) && slow > 0 ? slow : 0,
    dark: truthy(q.get("dark")),
  };
}
