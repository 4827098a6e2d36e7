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
