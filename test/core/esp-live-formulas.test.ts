/**
 * The live formulas proposed for the Key Accounts review sheet (DOMAIN.md §10; design note of issue 13),
 * evaluated by a spreadsheet engine (HyperFormula) over the ESP sample's three tables, must equal the
 * core's review account by account. A1 ranges stand in for the structured references the sheet will use
 * (AccountStatus[Score] is Status!$F$2:$F$n here).
 */
import { HyperFormula } from "hyperformula";
import { buildDataset } from "../../src/core/dataset";
import { AREA_NAMES, AREAS } from "../../src/core/esp-questions";
import { parsePlanTables } from "../../src/core/esp-parse";
import { reviewKeyAccounts } from "../../src/core/esp-review";
import { keyAccounts } from "../../src/core/key-accounts";
import { parseTable } from "../../src/core/parse-table";
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { generateSample, SampleTable } from "../../src/sample";
import { generateEspSample } from "../../src/sample/esp";

type Grid = (number | string | boolean | null)[][];
const sample = generateSample({ accounts: 120, opportunities: 0 });
const esp = generateEspSample(sample);
const source = (t: SampleTable) => ({ sheet: t.name, values: [t.headers, ...t.rows] });

/** Column `letter` of sheet `sheet`'s data rows 2..n+1 as an absolute A1 range. */
const col = (sheet: string, letter: string, rows: number) => `${sheet}!$${letter}$2:$${letter}$${rows + 1}`;

/** The review formulas of one key account on row `r` (1-based) of the Review sheet; the report date is in $P$1. */
function reviewFormulas(r: number, n: { status: number; actions: number; plans: number }): string[] {
  const S = (c: string) => col("Status", c, n.status);
  const P = (c: string) => col("Actions", c, n.actions);
  const L = (c: string) => col("Plans", c, n.plans);
  const acct = `$A${r}`;
  const answered = `${S("F")},">=0"`;
  const area = (c: string) =>
    `=IFERROR(SUMPRODUCT(--(${S("A")}=${acct}),--(${S("C")}=${c}$1),${S("E")},${S("F")})` +
    `/(5*SUMIFS(${S("E")},${S("A")},${acct},${S("C")},${c}$1,${answered})),"")`;
  const last = `MAXIFS(${S("H")},${S("A")},${acct},${answered})`;
  const openIn = (status: string, extra = "") => `COUNTIFS(${P("A")},${acct},${P("F")},"${status}"${extra})`;
  const overdue = `,${P("E")},"<"&$P$1`;
  const filled = ["D", "E", "F", "G", "H", "I", "J"].map((c) => `COUNTIFS(${L("A")},${acct},${L(c)},"<>")`);
  return [
    area("B"),
    area("C"),
    area("D"),
    area("E"),
    `=IFERROR(SUMPRODUCT(--(${S("A")}=${acct}),${S("E")},${S("F")})/(5*SUMIFS(${S("E")},${S("A")},${acct},${answered})),"")`,
    `=COUNTIFS(${S("A")},${acct},${answered})`,
    `=IF(${last}=0,"",${last})`,
    `=IF(H${r}="","",$P$1-H${r})`,
    `=${openIn("Open")}+${openIn("")}`,
    `=${openIn("Open", overdue)}+${openIn("", overdue)}`,
    `=IF(COUNTIFS(${L("A")},${acct})=0,0,(${filled.join("+")})/7)`,
    `=IF(COUNTIFS(${L("A")},${acct},${L("I")},">=0")=0,"",SUMIFS(${L("I")},${L("A")},${acct}))`,
    `=IFERROR(INDEX(${L("K")},MATCH(${acct},${L("A")},0))&"","")`,
    `=IF(COUNT(B${r}:E${r})=0,"",INDEX($B$1:$E$1,1,MATCH(MIN(B${r}:E${r}),B${r}:E${r},0)))`,
  ];
}

describe("Key Accounts review: live formulas equal the core (HyperFormula)", () => {
  const data = buildDataset({
    accounts: parseTable("accounts", source(sample.accounts)),
    assignments: parseTable("assignments", source(sample.assignments)),
  });
  const keys = keyAccounts(data.accounts, tierAccounts(data.accounts, defaultModel()), data.assignments);
  const tables = parsePlanTables({
    accountPlans: source(esp.accountPlans),
    accountStatus: source(esp.accountStatus),
    actionPlan: source(esp.actionPlan),
  });
  const review = reviewKeyAccounts({
    data: { ...data, opportunities: [] },
    keyAccounts: keys,
    tables,
    stages: defaultModel().stages,
    asOf: sample.asOf,
  });

  it("per key account: area and overall scores, answered, last assessment, days, open and overdue actions, completeness, target, plan status, weakest area", () => {
    const n = {
      status: esp.accountStatus.rows.length,
      actions: esp.actionPlan.rows.length,
      plans: esp.accountPlans.rows.length,
    };
    const header = ["Account", ...AREAS.map((a) => AREA_NAMES[a].en), "Overall", "Answered", "Last", "Days", "Open", "Overdue", "Completeness", "Target", "Status", "Weakest", sample.asOf]; // prettier-ignore
    const grid: Grid = [header, ...keys.map((k, i) => [k.name, ...reviewFormulas(i + 2, n)])];
    const hf = HyperFormula.buildFromSheets(
      {
        Plans: [esp.accountPlans.headers, ...esp.accountPlans.rows],
        Status: [esp.accountStatus.headers, ...esp.accountStatus.rows],
        Actions: [esp.actionPlan.headers, ...esp.actionPlan.rows],
        Review: grid,
      },
      // Excel evaluates SUMPRODUCT's arguments as arrays; HyperFormula does so only with array arithmetic on.
      { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true },
    );
    const sheet = hf.getSheetId("Review") as number;
    const cell = (row: number, column: number) => hf.getCellValue({ sheet, row, col: column });
    const blankIsNull = (v: unknown) => (v === "" ? null : v);
    review.accounts.forEach((a, i) => {
      const row = i + 1;
      const live = Array.from({ length: 14 }, (_, c) => cell(row, c + 1));
      expect(live.filter((v) => typeof v === "object" && v !== null)).toEqual([]); // no #VALUE! or #DIV/0!
      AREAS.forEach((area, j) => {
        const s = a.areaScores[area];
        if (s === null) expect(live[j]).toBe("");
        else expect(live[j] as number).toBeCloseTo(s, 12);
      });
      if (a.overall === null) expect(live[4]).toBe("");
      else expect(live[4] as number).toBeCloseTo(a.overall, 12);
      expect([live[5], blankIsNull(live[6]), blankIsNull(live[7]), live[8], live[9]]).toEqual([
        a.answered, a.lastAssessed, a.daysSinceAssessment, a.openActions, a.overdueActions,
      ]); // prettier-ignore
      expect(live[10] as number).toBeCloseTo(a.completeness, 12);
      expect(blankIsNull(live[11])).toBe(a.annualTarget);
      expect(blankIsNull(live[12])).toBe(a.planStatus);
      expect(blankIsNull(live[13])).toBe(a.weakestArea === null ? null : AREA_NAMES[a.weakestArea].en);
    });
    // The comparison covers every case: blank areas, no assessment, overdue actions, no plan, agreed plans.
    const some = (pick: (a: (typeof review.accounts)[number]) => boolean) => review.accounts.some(pick);
    expect(review.accounts.length).toBeGreaterThanOrEqual(20);
    expect(some((a) => a.areaScores.competition === null && a.overall !== null)).toBe(true);
    expect(
      some((a) => a.answered === 0) &&
        some((a) => a.overdueActions > 0) &&
        some((a) => a.planRow !== null && a.completeness === 0),
    ).toBe(true);
    expect(some((a) => a.planStatus === "Agreed") && some((a) => a.weakestArea === "decision")).toBe(true);
    hf.destroy();
  });
});
