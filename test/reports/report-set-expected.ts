/**
 * What the DOMAIN.md §11 report sheets should show for the fixture (test/core/report-set.fixture.ts),
 * computed here with plain loops over its truth rows, never with the code under test.
 */
import { CONTRACTS, REPORT_AS_OF, serial } from "../core/report-set.fixture";

/** The test's own figures per contract: blanks count 0, overdue = signed > days ago and not fully received. */
export function expectedLines(days: number) {
  return CONTRACTS.map((c) => {
    const invoiced = c.invoiced === "" ? 0 : c.invoiced;
    const received = c.received === "" ? 0 : c.received;
    const signed = serial(c.signed);
    return {
      id: c.id,
      owner: c.expectOwner === null ? "(none)" : c.expectOwner.toLowerCase() === "wang" ? "Wang" : c.expectOwner,
      region: c.expectRegion === null ? "(none)" : c.expectRegion.toLowerCase() === "east" ? "East" : c.expectRegion,
      amount: c.amount,
      invoiced,
      received,
      outstanding: Math.max(c.amount - received, 0),
      overdue: signed !== null && received < c.amount && REPORT_AS_OF - signed > days,
    };
  });
}

/** Per group: count, amount, invoiced, received, outstanding, overdue count, overdue outstanding, by hand. */
export function expectedGroups(days: number, key: "owner" | "region") {
  const out = new Map<string, number[]>();
  for (const l of expectedLines(days)) {
    const t = out.get(l[key]) ?? [0, 0, 0, 0, 0, 0, 0];
    const add = [1, l.amount, l.invoiced, l.received, l.outstanding, l.overdue ? 1 : 0, l.overdue ? l.outstanding : 0];
    out.set(
      l[key],
      t.map((x, i) => x + add[i]),
    );
  }
  return [...out.entries()].map(([label, t]) => [label, ...t]).sort((a, b) => (b[5] as number) - (a[5] as number));
}

/**
 * By hand from the fixture's won deals (rep, quota, won, deals, new-customer wins and amount, new-industry wins and
 * amount, wins whose newness the dates cannot tell): Wang wins Alpha first (2024) and Beta first (2025), and Zeta,
 * which has no industry; Smith's two Gamma wins share a date, so both are new; Lee's Epsilon wins include an
 * undated one, so neither can be told.
 */
export const REP_ROWS = [
  ["Wang", 5000, 3750, 4, 3, 2950, 1, 2000, 1],
  ["Smith", 2000, 2500, 3, 2, 1000, 3, 2500, 0],
  ["Kim", 1000, 0, 0, 0, 0, 0, 0, 0],
  ["Lee", "", 1650, 4, 1, 400, 2, 1100, 2],
];

/**
 * Regional composition by hand, as of 2026-06-30 (year to date 2026-01-01 … 06-30, against 2025-01-01 … 06-30):
 * East: Energy O9 800 + O19 120, Retail O12 900 + O13 100; West: Energy O11 700 (dated by stage entry); North:
 * Zeta O18 350, an account not in the table, so no industry. Last year: East Energy O8 1500, and Epsilon's
 * O15 300 with no region. O14 and O16 have no date (650 left out); O7 and O10 fall outside both spans.
 */
export const REGIONAL = {
  columns: ["Energy", "Retail", "(none)", "Finance"],
  rows: [
    ["East", 920, 1000, 0, 0, 1920],
    ["West", 700, 0, 0, 0, 700],
    ["North", 0, 0, 350, 0, 350],
    ["(none)", 0, 0, 0, 0, 0],
    ["Total", 1620, 1000, 350, 0, 2970],
  ],
  change: [
    ["East", 1920, 1500, 420, 1920 / 1500 - 1],
    ["West", 700, 0, 700, ""],
    ["North", 350, 0, 350, ""],
    ["(none)", 0, 300, -300, -1],
    ["Total", 2970, 1800, 1170, 2970 / 1800 - 1],
  ],
};

/**
 * Customer purchases by hand, years 2024–2026 as of 2026-06-30 (account, tier left out, per year, total, deals,
 * repeat, growth): Alpha O7 2024, O8 2025, O9 + O19 2026; Beta O10 2025, O11 2026 (dated by stage entry);
 * Gamma O12 + O13 2026; Zeta O18 2026; Epsilon O15 2025 (its O16 and Delta's O14 have no date).
 */
export const PURCHASES = [
  ["Alpha", 2000, 1500, 920, 4420, 4, "Repeat", 920 / 1500 - 1],
  ["Beta", 0, 600, 700, 1300, 2, "Repeat", 700 / 600 - 1],
  ["Gamma", 0, 0, 1000, 1000, 2, "", ""],
  ["Zeta", 0, 0, 350, 350, 1, "", ""],
  ["Epsilon", 0, 300, 0, 300, 1, "", -1],
  ["Total", 2000, 2400, 2970, 7370, 10, 2, 2970 / 2400 - 1],
];
