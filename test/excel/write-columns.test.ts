/** writeScoreAndTierColumns against the in-memory Excel host: live spills, values in the table, user columns kept. */
import { enUS } from "../../src/taskpane/i18n/en-US";
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { loadSources } from "../../src/excel/build-report";
import { COLUMNS_SETTING, writeScoreAndTierColumns, WriteColumnsRefused } from "../../src/excel/write-columns";
import { createHost } from "../host";
import { sampleWorkbookSpec, workbookSpecOf } from "./sample-workbook";
import { generateSample } from "../../src/sample";

const setup = (accounts = 40) => {
  const { spec, wb } = sampleWorkbookSpec({ accounts, opportunities: 50, movement: false });
  return { host: createHost({ workbook: spec }), wb };
};
const model = defaultModel();

describe("writeScoreAndTierColumns, live", () => {
  it("writes one spilling formula per column right of the table, after an empty column", async () => {
    const { host, wb } = setup();
    const result = await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "live" });
    const width = wb.accounts.headers.length; // 10 columns: A..J, gap K, block L:N
    expect(width).toBe(10);
    expect(result).toMatchObject({
      mode: "live",
      sheet: "Accounts",
      address: "L1:N2",
      columns: { score: "Score", tier: "Tier", keyAccount: "Key account" },
    });
    expect(host.values("Accounts", "K1:N1")).toEqual([["", "Score", "Tier", "Key account"]]);
    const [[score, tier, key]] = host.formulas("Accounts", "L2:N2");
    expect(score).toBe('=KAM.SCORE(Accounts[[Contribution]:[Winnability]],{40,30,15,15},"rank")');
    expect(tier).toMatch(
      /KAM\.TIER\(Accounts\[Contribution\],Accounts\[Potential\],\{"P50","P80"\},\{"P50","P80"\},\{"A","B","C";"B","C","D";"C","D","D"\}\)/,
    );
    expect(key).toMatch(/^=KAM\.TOPPCT\(KAM\.SCORE\(/);
    // The table itself is unchanged: spills cannot live inside a table.
    expect(host.tables().find((t) => t.name === "Accounts")?.columns).toEqual(wb.accounts.headers);

    // The spills agree with the core on every row.
    const { dataset } = await loadSources(host.run, { accounts: { table: "Accounts" } }, model);
    const t = tierAccounts(dataset.accounts, model);
    const n = wb.accounts.rows.length;
    const spilled = host.values("Accounts", `L2:N${n + 1}`);
    dataset.accounts.forEach((a, i) => {
      const [s, tr, k] = spilled[a.row - 2];
      expect(s).toBeCloseTo(t.score[i], 9);
      expect(tr).toBe(t.tiers[i] ?? "");
      expect(k).toBe(t.keyAccount[i] === 1);
    });
    const record = Object.values(JSON.parse(host.settings()[COLUMNS_SETTING] as string).tables);
    expect(record).toEqual([expect.objectContaining({ table: "Accounts", mode: "live", block: "L1:N2" })]);
  });

  it("replaces its own block on a rerun, and refuses when the cells it needs hold user data", async () => {
    const { host } = setup();
    await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "live" });
    const again = await writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model: { ...model, method: "minmax" },
      mode: "live",
    });
    expect(again.address).toBe("L1:N2");
    expect(host.formulas("Accounts", "L2")[0][0]).toContain('"minmax"');

    const other = setup();
    other.host.setCell("Accounts", "M5", "my note");
    await expect(
      writeScoreAndTierColumns(other.host.run, { table: "Accounts", model, mode: "live" }),
    ).rejects.toBeInstanceOf(WriteColumnsRefused);
    expect(other.host.values("Accounts", "M5")).toEqual([["my note"]]);
    expect(other.host.values("Accounts", "L1")).toEqual([[""]]);
  });

  it("is not stopped by user cells beside or below the block, only by cells inside it", async () => {
    const { host, wb } = setup();
    const n = wb.accounts.rows.length + 1; // last table row: 41
    host.setCell("Accounts", "P3", "beside"); // right of the block L:N
    host.setCell("Accounts", `M${n + 5}`, "below"); // under the spills
    host.setCell("Accounts", "K7", "in the gap"); // the empty column between table and block is not written
    host.resetStats();
    const result = await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "live" });
    expect(result.address).toBe("L1:N2");
    expect(result.roundTrips).toBe(4);
    expect(host.values("Accounts", "P3")).toEqual([["beside"]]);
    expect(host.values("Accounts", `M${n + 5}`)).toEqual([["below"]]);
    expect(host.values("Accounts", "K7")).toEqual([["in the gap"]]);
    expect(host.values("Accounts", `M${n}`)[0][0]).toMatch(/^[ABCD]$/); // the spill reached the last row

    // A rerun over its own spills, with the same user cells around, is allowed too.
    const again = await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "live" });
    // Every cell of the block is its own output, so there is nothing to look at: table, header, commit.
    expect(again.roundTrips).toBe(3);
    expect(host.values("Accounts", "P3")).toEqual([["beside"]]);
  });

  it("refuses with the first user cell inside the spill path, also one typed into its own old spill", async () => {
    const { host, wb } = setup();
    const n = wb.accounts.rows.length + 1;
    host.setCell("Accounts", "P3", "beside");
    host.setCell("Accounts", `N${n}`, 0); // the key-account spill's last cell
    host.setCell("Accounts", "M9", '=""'); // a formula showing nothing is still the user's
    const refused = writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "live" });
    await expect(refused).rejects.toBeInstanceOf(WriteColumnsRefused);
    // As data the task pane words in its language.
    await expect(refused).rejects.toMatchObject({
      refusal: { code: "notEmpty", cell: "M9", more: 1, sheet: "Accounts", range: `L1:N${n}`, table: "Accounts" },
    });
    const refusal = ((await refused.catch((e: unknown) => e)) as WriteColumnsRefused).refusal;
    expect(enUS.columnsRefused(refusal)).toContain(
      `Cell M9 on "Accounts" is not empty (and 1 more): the live columns need L1:N${n}, right of table Accounts, to be empty.`,
    );
    expect(host.formulas("Accounts", "L2:N2")).toEqual([["", "", ""]]);
    expect(host.values("Accounts", `N${n}`)).toEqual([[0]]);

    // Written once, then a user types into the tier spill: it shows #SPILL!, and a rerun names the cell
    // instead of taking it for a spilled result.
    const other = setup();
    await writeScoreAndTierColumns(other.host.run, { table: "Accounts", model, mode: "live" });
    other.host.setCell("Accounts", "M6", "my note");
    expect(other.host.values("Accounts", "M2")).toEqual([["#SPILL!"]]);
    await expect(
      writeScoreAndTierColumns(other.host.run, { table: "Accounts", model, mode: "live" }),
    ).rejects.toMatchObject({ refusal: { code: "notEmpty", cell: "M6", more: 0 } });
    expect(other.host.values("Accounts", "M6")).toEqual([["my note"]]);
    expect(other.host.formulas("Accounts", "M2")[0][0]).toMatch(/KAM\.TIER\(/); // nothing was cleared
  });
});

// Values mode adds table columns with TableColumnCollection.add (ExcelApi 1.4: append with a name).
describe("writeScoreAndTierColumns, values", () => {
  it("adds Score, Tier and Key account columns to the table with the core's values", async () => {
    const { host, wb } = setup();
    const result = await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "values" });
    const table = host.tables().find((t) => t.name === "Accounts");
    expect(table?.columns).toEqual([...wb.accounts.headers, "Score", "Tier", "Key account"]);
    expect(result.address).toBe(`K1:M${wb.accounts.rows.length + 1}`);
    const { dataset } = await loadSources(host.run, { accounts: { table: "Accounts" } }, model);
    const t = tierAccounts(dataset.accounts, model);
    const written = host.values("Accounts", `K2:M${wb.accounts.rows.length + 1}`);
    dataset.accounts.forEach((a, i) => {
      expect(written[a.row - 2]).toEqual([t.score[i], t.tiers[i] ?? "", t.keyAccount[i] === 1]);
    });
    expect(host.formulas("Accounts", "K2")[0][0]).toBe(written[0][0]); // a value, not a formula
    expect(host.numberFormats("Accounts", "K2")).toEqual([["0.0"]]);
  });

  it("never overwrites a user's Score column: it writes Score (2), and reuses its own on a rerun", async () => {
    const { spec } = sampleWorkbookSpec({ accounts: 20, opportunities: 20, movement: false });
    const sheet = spec.sheets[0];
    const cells = sheet.cells as (string | number | boolean | null)[][];
    cells[0].push("Score");
    for (let i = 1; i < cells.length; i++) cells[i].push(`user ${i}`);
    sheet.tables = [{ name: "Accounts", range: `A1:K${cells.length}` }];
    const host = createHost({ workbook: spec });
    const first = await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "values" });
    expect(first.columns.score).toBe("Score (2)");
    expect(host.values("Accounts", "K2:K3")).toEqual([["user 1"], ["user 2"]]);
    const second = await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "values" });
    expect(second.columns).toEqual(first.columns);
    expect(
      host
        .tables()
        .find((t) => t.name === "Accounts")
        ?.columns.slice(-4),
    ).toEqual(["Score", "Score (2)", "Tier", "Key account"]);
  });

  it("switching from live to values removes its own spill block first", async () => {
    const { host, wb } = setup();
    await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "live" });
    await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "values" });
    expect(
      host
        .tables()
        .find((t) => t.name === "Accounts")
        ?.columns.slice(-3),
    ).toEqual(["Score", "Tier", "Key account"]);
    expect(
      host
        .formulas("Accounts", "K2:N2")
        .flat()
        .some((f) => String(f).startsWith("=")),
    ).toBe(false);
    expect(
      host
        .values("Accounts", `N1:N${wb.accounts.rows.length + 1}`)
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });

  it("switching from values to live deletes its own table columns; cells right of them move back", async () => {
    const { host, wb } = setup();
    const n = wb.accounts.rows.length + 1;
    host.setCell("Accounts", "K3", "user note"); // in the gap column: our value columns push it to N3
    await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "values" });
    expect(host.values("Accounts", "N3")).toEqual([["user note"]]);
    const live = await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: "live" });
    expect(host.tables().find((t) => t.name === "Accounts")?.columns).toEqual(wb.accounts.headers);
    expect(live.address).toBe("L1:N2");
    expect(host.values("Accounts", "K1:N1")).toEqual([["", "Score", "Tier", "Key account"]]);
    expect(host.values("Accounts", "K3")).toEqual([["user note"]]);
    expect(host.formulas("Accounts", "L2")[0][0]).toMatch(/^=KAM\.SCORE\(/);
    expect(host.values("Accounts", `M${n}`)[0][0]).toMatch(/^[ABCD]$/);
  });

  it("keeps every request under the budget on a large table", async () => {
    const { host, wb } = setup(3000);
    host.resetStats();
    const result = await writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model,
      mode: "values",
      budgetBytes: 16 * 1024,
    });
    expect(result.roundTrips).toBeGreaterThan(4);
    expect(host.stats.maxRequestBytes).toBeLessThan(64 * 1024);
    expect(host.values("Accounts", `L${wb.accounts.rows.length + 1}`)[0][0]).toMatch(/^[ABCD]?$/);
  });
});

describe("writeScoreAndTierColumns, live, hostile headers", () => {
  // Headers with the characters a structured reference must escape: [ ] # '.
  const RENAMED: Record<string, string> = {
    Contribution: "Contribution [net]",
    Potential: "Potential#",
    Reference: "Rep's 'ref'",
    Industry: "Industry's #1 [seg]",
  };
  const mapping = {
    contribution: "Contribution [net]",
    potential: "Potential#",
    reference: "Rep's 'ref'",
    industry: 2,
  };

  it("writes formulas whose references find those columns: the spills equal the core's values", async () => {
    const wb = generateSample({ accounts: 40, opportunities: 10, movement: false });
    wb.accounts.headers = wb.accounts.headers.map((h) => RENAMED[h] ?? h);
    const host = createHost({ workbook: workbookSpecOf(wb) });
    const segmented = { ...model, segmentBy: "industry" as const };
    const result = await writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model: segmented,
      mode: "live",
      mapping,
    });
    expect(result.warnings).toEqual([]);
    const [[score]] = host.formulas("Accounts", "L2");
    expect(score).toBe(
      "=KAM.SCORE(Accounts[[Contribution '[net']]:[Winnability]],{40,30,15,15},\"rank\",Accounts[[Industry''s '#1 '[seg']]])",
    );
    const { dataset } = await loadSources(host.run, { accounts: { table: "Accounts", mapping } }, segmented);
    const t = tierAccounts(dataset.accounts, segmented);
    const spilled = host.values("Accounts", `L2:N${wb.accounts.rows.length + 1}`);
    expect(dataset.accounts).toHaveLength(40);
    dataset.accounts.forEach((a, i) => {
      const [s, tr, k] = spilled[a.row - 2];
      expect(s).toBeCloseTo(t.score[i], 9);
      expect(tr).toBe(t.tiers[i] ?? "");
      expect(k).toBe(t.keyAccount[i] === 1);
    });
  });

  it("says in English what live formulas cannot express", async () => {
    const { host } = setup();
    const m = {
      ...model,
      segmentBy: "industry" as const,
      cuts: { ...model.cuts, bySegment: { Energy: { contribution: [1, 2] as [number, number] } } },
      topPercent: { default: 0.3, bySegment: { Energy: 0.5 } },
    };
    const result = await writeScoreAndTierColumns(host.run, { table: "Accounts", model: m, mode: "live" });
    expect(result.warnings).toEqual([{ code: "liveOverallCuts" }, { code: "liveTopPercent", percent: 20 }]);
    // The pane words them; the English lives only in en-US.ts.
    expect(result.warnings.map(enUS.columnsWarning)).toEqual([
      "Live formulas use the overall cuts; per-segment cut overrides apply in values mode only.",
      expect.stringMatching(/^Live key-account flags use 20% for segments without their own top-X%/),
    ]);
  });

  it("refuses, writing nothing, when contribution or potential has no column", async () => {
    const { host } = setup();
    const refused = writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model,
      mode: "live",
      mapping: { potential: null },
    });
    await expect(refused).rejects.toMatchObject({ refusal: { code: "unmapped" } });
    expect(host.values("Accounts", "L1:N2")).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });
});
