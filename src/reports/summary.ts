/**
 * The English number wording every report's one-line summary shares. Each report's summary data and its
 * English line live in its report file; the registry unites them (ReportSummary).
 */
const n = (x: number) => x.toLocaleString("en-US");
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
/** A number in English with thousands separators, and a count with its noun, for every report's summary. */
export { n as englishNumber, plural as englishCount };
