/**
 * A new user pastes a CRM export and builds reports with default settings and no mapping changes
 * (DOMAIN.md §2.1, §6): through the adapter into the in-memory host, the Pipeline sheet's Won, Lost
 * and Win rate equal a count made here from each fixture's truth, live and static, and the summary
 * names the stage preset used. The export's title, total and footer lines stay outside the table.
 */
import { columnLetter } from "../../src/core/a1";
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { createHost } from "../host";
import { fixtureLines, fixtureTruth } from "../fixtures/exports/csv";

const model = defaultModel();
const truth = fixtureTruth();
const AS_OF = 46357; // 2026-12-01

/** The export pasted at A1 of its own sheet, with an Excel table over its real header and data body. */
function pasted(name: string, table: string) {
  const lines = fixtureLines(name);
  const t = truth[name];
  const width = lines[t.headerLine].length;
  const range = `A${t.headerLine + 1}:${columnLetter(width - 1)}${t.headerLine + 1 + t.bodyRows}`;
  return { name: table, cells: lines, tables: [{ name: table, range }] };
}

function counted(name: string) {
  const letters = [...truth[name].outcomes];
  const won = letters.filter((c) => c === "w").length;
  const lost = letters.filter((c) => c === "l").length;
  return { won, lost, winRate: won / (won + lost) };
}

/** The value right of a label in column B of the Pipeline sheet's stage table (counts are in column D). */
function labelled(host: ReturnType<typeof createHost>, label: string): string | number | boolean {
  const rows = host.values("Pipeline", "B1:D60");
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no "${label}" row on the Pipeline sheet`);
  return row[2];
}

describe.each([
  ["salesforce-opportunities", "Salesforce"],
  ["hubspot-deals", "HubSpot"],
  ["chinese-crm-opportunities", null],
] as const)("%s pasted as is", (name, preset) => {
  it.each([false, true])("builds the Pipeline (live %p) with won, lost and win rate as the truth", async (live) => {
    const host = createHost({ workbook: { sheets: [pasted(name, "Opportunities")] } });
    const before = host.snapshot("Opportunities");
    const r = await buildReport(host.run, "pipeline", {
      model,
      selections: { opportunities: { table: "Opportunities" } },
      live,
      asOf: AS_OF,
      language: "en-US",
    });
    const expected = counted(name);
    expect(labelled(host, "Won")).toBe(expected.won);
    expect(labelled(host, "Lost")).toBe(expected.lost);
    expect(labelled(host, "Win rate")).toBeCloseTo(expected.winRate, 12);
    expect(r.dataset.errors).toEqual([]);
    expect(r.dataset.opportunities).toHaveLength(truth[name].bodyRows);
    expect(r.stagePick?.preset ?? null).toBe(preset);
    const firstStage = { Salesforce: "Prospecting", HubSpot: "Appointment Scheduled" }[preset ?? "Salesforce"];
    if (preset) {
      expect(r.summary).toContain(`Stages read with the ${preset} preset`);
      expect(host.values("Pipeline", "B1:B60").flat()).toContain(firstStage); // the preset's stages are the rows
    } else expect(host.values("Pipeline", "B1:B60").flat()).toContain("Verify");
    expect(host.snapshot("Opportunities")).toBe(before); // the user's export is never changed
  });
});

describe("Salesforce accounts export", () => {
  it("builds the Nine-Grid with every account tiered, Annual Revenue flagged and look-alike names reported", async () => {
    const host = createHost({ workbook: { sheets: [pasted("salesforce-accounts", "Accounts")] } });
    const r = await buildReport(host.run, "nineGrid", {
      model,
      selections: { accounts: { table: "Accounts" } },
      live: false,
      asOf: AS_OF,
    });
    expect(r.dataset.errors).toEqual([]);
    expect(r.dataset.accounts).toHaveLength(truth["salesforce-accounts"].bodyRows);
    expect(r.summaryData).toMatchObject({
      kind: "nineGrid",
      accounts: truth["salesforce-accounts"].bodyRows,
      unbanded: 0,
    });
    expect(r.dataset.warnings.map((w) => w.code).sort()).toEqual(["possibleDuplicate", "suggestedColumn"]);
  });
});

describe("a Rates table (DOMAIN.md §2.1 currencies)", () => {
  const sheets = [
    {
      name: "Deals",
      cells: [
        ["Account", "Stage", "Amount"],
        ["A", "Closed Won", "USD 1,000.00"],
        ["B", "Closed Won", "EUR 1,000.00"],
        ["C", "Closed Lost", "GBP 500.00"],
        ["D", "Bid", "2,000.00 USD"],
      ],
      tables: [{ name: "Deals", range: "A1:C5" }],
    },
    {
      name: "FX",
      cells: [
        ["Currency", "Rate"],
        ["USD", 1],
        ["EUR", 1.1],
        ["GBP", 1.25],
      ],
      tables: [{ name: "Rates", range: "A1:B4" }],
    },
  ];
  const build = (withRates: boolean) => {
    const host = createHost({ workbook: { sheets } });
    const selections = { opportunities: { table: "Deals" }, ...(withRates ? { rates: { table: "Rates" } } : {}) };
    return buildReport(host.run, "pipeline", { model, selections, live: false, asOf: AS_OF }).then((r) => ({
      r,
      host,
    }));
  };

  it("refuses amounts in another currency than the column's without one, naming the cell", async () => {
    const { r } = await build(false);
    expect(r.dataset.errors.map((e) => `${e.address}: ${e.reason}`)).toEqual([
      "C3: EUR amount in a USD column",
      "C4: GBP amount in a USD column",
    ]);
  });

  it("converts them to the base currency with one", async () => {
    const { r, host } = await build(true);
    expect(r.dataset.errors).toEqual([]);
    expect(r.dataset.opportunities.map((o) => o.amount)).toEqual([1000, 1000 * 1.1, 500 * 1.25, 2000]);
    expect(labelled(host, "Won")).toBe(2);
    expect(labelled(host, "Lost")).toBe(1);
  });
});
