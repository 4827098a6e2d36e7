import { exactCriterion } from "./sources";

/** Excel reads at most this many characters of a COUNTIFS/SUMIFS criterion. */
const MAX_CRITERION = 255;

/**
 * A COUNTIFS/SUMIFS criterion matching exactly the label written in `cell` (a group label of the §11 report
 * sheets: an owner, region, industry or account). A label of letters, digits, spaces and common punctuation
 * is matched through its cell, so the formula follows an edit of the label; any other is written out as
 * `"=text"`, wildcards escaped: a leading "=" makes Excel compare for equality, so text such as `a<b`,
 * `"quoted"` or `=cmd|…` is never read as an operator. Labels too long for a criterion fall back to
 * exactCriterion's prefix match.
 */
export function labelCriterion(text: string, cell: string): string {
  if (text.length <= MAX_CRITERION && /^[\p{L}\p{N}][\p{L}\p{N} _.,&'()/-]*$/u.test(text)) return cell;
  const body = `=${text.replace(/[~*?]/g, "~$&")}`;
  if (body.length <= MAX_CRITERION) return `"${body.replace(/"/g, '""')}"`;
  return exactCriterion(text);
}

/** How many leading characters of a label a too-long criterion still compares (with margin for escapes). */
const COMPARED = 240;

/**
 * The labels a criterion cannot tell from another of the list: equal ignoring case (COUNTIFS ignores case),
 * or too long for a criterion and equal to another label that far. Sheets write their sums as values.
 */
export function ambiguousLabels(labels: readonly string[]): Set<string> {
  const keyOf = (l: string) => {
    const lower = l.toLowerCase();
    // Only a label written as a prefix criterion (too long) matches by its start; any other matches whole.
    const prefix = `=${l.replace(/[~*?]/g, "~$&")}`.length > MAX_CRITERION;
    return prefix ? `*${lower.slice(0, COMPARED)}` : `=${lower}`;
  };
  const seen = new Map<string, number>();
  for (const l of labels) seen.set(keyOf(l), (seen.get(keyOf(l)) ?? 0) + 1);
  return new Set(labels.filter((l) => (seen.get(keyOf(l)) ?? 0) > 1));
}

/**
 * About how many cell comparisons Excel may spend on a §11 sheet's SUMIFS/COUNTIFS at each recalculation:
 * above it the sums are written as values (100,000 accounts against 100,000 deals would take minutes).
 */
export const LIVE_COMPARISONS = 50_000_000;
