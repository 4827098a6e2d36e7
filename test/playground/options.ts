/** The playground's query parameters: `?lang=zh-CN`, `?empty=1`, `?slow=<ms>`, `?dark=1`, `?paneWidth=<px>`. */

export interface PlaygroundOptions {
  /** Office's display language as the pane sees it (default en-US). */
  displayLanguage: string;
  /** Start with a blank workbook (one empty "Sheet1") instead of the sample. */
  empty: boolean;
  /** Extra milliseconds before every `context.sync()` (0 = none). */
  slowMs: number;
  /** Office's dark theme for the pane. */
  dark: boolean;
  /** Width of the task pane's web view in CSS pixels, its scroll bar included (null: the page's 380). */
  paneWidth: number | null;
}

/** Narrower or wider than any task pane Office shows; outside this a `paneWidth` is ignored. */
export const PANE_WIDTH_RANGE = { min: 200, max: 1200 } as const;

const truthy = (v: string | null): boolean => v !== null && v !== "0" && v.toLowerCase() !== "false";

export function parseOptions(search: string): PlaygroundOptions {
  const q = new URLSearchParams(search);
  const lang = q.get("lang")?.trim();
  const slow = Number(q.get("slow") ?? "0");
  const width = Number(q.get("paneWidth") ?? "NaN");
  return {
    displayLanguage: lang ? lang : "en-US",
    empty: truthy(q.get("empty")),
    slowMs: Number.isFinite(slow) && slow > 0 ? slow : 0,
    dark: truthy(q.get("dark")),
    paneWidth:
      Number.isFinite(width) && width >= PANE_WIDTH_RANGE.min && width <= PANE_WIDTH_RANGE.max
        ? Math.round(width)
        : null,
  };
}
