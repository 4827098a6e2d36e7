/**
 * Workbooks can use the 1904 date system, where a serial number means a date 1,462 days later than in
 * the default 1900 system. Ninegrid's dates (ages, periods, the report date) are 1900-system serials, so a
 * date column read from a 1904 workbook would be four years off: the read refuses instead, naming the table.
 */

/** A source with date columns in a 1904-date-system workbook. */
export class Date1904Error extends Error {
  constructor(readonly sheet: string) {
    super(
      `The workbook uses the 1904 date system, and ${sheet} has date columns: Ninegrid reads dates in the 1900 date system only, so it would put them four years off. Copy the data into a workbook that uses the 1900 date system (File > Options > Advanced, "Use 1904 date system" unchecked).`,
    );
    this.name = "Date1904Error";
  }
}

/**
 * Queues a probe in the next sync (read-only): DATE(1904,1,1) is 0 in the 1904 system and 1462 in the
 * 1900 system. The returned function answers after that sync.
 */
export function probeDate1904(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => probe.value === 0;
}
