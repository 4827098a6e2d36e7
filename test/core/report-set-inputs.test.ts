/**
 * The DOMAIN.md §11 report core on real-shaped inputs (the sample workbook, the CRM-shaped workbook, the
 * committed CRM exports) against figures counted here or written down by their generators, and the
 * property that group totals add up to the grand total.
 */
import fc from "fast-check";
import { contractExecution } from "../../src/core/contract-execution";
import { customerPurchases } from "../../src/core/customer-purchases";
import { buildDataset, Dataset } from "../../src/core/dataset";
import { serialFromYmd } from "../../src/core/dates";
import { TableKind } from "../../src/core/fields";
import { keyProjects } from "../../src/core/key-projects";
import { parseTable } from "../../src/core/parse-table";
import { regionalComposition } from "../../src/core/regional-composition";
import { repPerformance } from "../../src/core/rep-performance";
import { defaultModel } from "../../src/core/schemas";
import { isDefaultStageTable, StageDef } from "../../src/core/stages";
import { tierAccounts } from "../../src/core/tiering";
import { generateSample } from "../../src/sample";
import { crmWorkbook } from "../excel/crm-workbook";
import { fixtureTable, fixtureTruth } from "../fixtures/exports/csv";

const model = defaultModel();
const relClose = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

/** Every §11 total that must equal the won amount of the dataset, plus the owner/region sums. */
function checkWonTotals(data: Dataset, asOf: number, wonAmount: number, stages: readonly StageDef[] = model.stages) {
  const rep = repPerformance(data, stages);
  relClose(rep.total.amount, wonAmount);
  relClose(rep.reps.reduce((s, r) => s + r.won.amount, 0) + rep.unowned.amount, wonAmount);
  const regional = regionalComposition(data, asOf, { allYears: true });
  relClose(regional.total.amount, wonAmount);
  relClose(
    regional.regionTotals.reduce((s, r) => s + r.amount, 0),
    wonAmount,
  );
  const years = Array.from({ length: 10 }, (_, i) => 2018 + i);
  const purchases = customerPurchases(data, tierAccounts(data.accounts, model).tiers, asOf, { years });
  relClose(purchases.totals.amount + purchases.undated.amount, wonAmount);
}

describe("§11 core on the sample workbook", () => {
  const wb = generateSample();
  const table = (kind: TableKind, t: { name: string; headers: string[]; rows: unknown[][] }) =>
    parseTable(kind, { sheet: t.name, values: [t.headers, ...t.rows] as never });
  const data = buildDataset({
    accounts: table("accounts", wb.accounts),
    opportunities: table("opportunities", wb.opportunities),
    assignments: table("assignments", wb.assignments),
    quotas: table("quotas", wb.quotas),
  });
  const col = (name: string) => wb.opportunities.headers.indexOf(name);
  const wonRows = wb.opportunities.rows.filter((r) => ["Won", "赢单"].includes(r[col("Status")] as string)); // DOMAIN.md §2
  const wonAmount = wonRows.reduce((s, r) => s + (r[col("Amount")] as number), 0);

  it("adds up to the won amount counted from the sample's own rows", () => {
    expect(wonRows.length).toBeGreaterThan(50);
    checkWonTotals(data, wb.asOf, wonAmount);
  });

  it("lists key projects that each meet a rule, largest weighted first", () => {
    const tiering = tierAccounts(data.accounts, model);
    const r = keyProjects(data, model.stages, tiering, wb.asOf);
    expect(r.projects.length).toBeGreaterThan(10);
    for (const p of r.projects) {
      const o = data.opportunities[p.opportunity];
      expect(o.status).toBe(0);
      const tierRule = p.tier === "A" || p.tier === "B";
      const classRule = ["A", "B"].includes((o.projectClass ?? "").toUpperCase());
      expect(p.reasons).toEqual([...(tierRule ? ["tier"] : []), ...(classRule ? ["projectClass"] : [])]);
    }
    for (let i = 1; i < r.projects.length; i++)
      expect(r.projects[i - 1].weighted).toBeGreaterThanOrEqual(r.projects[i].weighted);
  });
});

describe("§11 core on the CRM-shaped workbook", () => {
  const { spec, truth } = crmWorkbook();
  const sheet = (name: string) => spec.sheets.find((s) => s.name === name)?.cells as never[][];
  const body = (name: string) => sheet(name).slice(0, -1); // the Total Row is not data
  const data = buildDataset({
    accounts: parseTable("accounts", { sheet: "Accounts", values: body("Accounts") }),
    opportunities: parseTable("opportunities", { sheet: "Opportunities", values: body("Opportunities") }),
    quotas: parseTable("quotas", { sheet: "Quotas", values: body("Quotas") }),
  });

  it("gives each rep the won amount of the truth, owners typed loosely matched folded", () => {
    const r = repPerformance(data, model.stages);
    for (const row of r.reps) {
      const mine = truth.opportunities.filter(
        (o) => o.status === "Won" && o.owner.toLowerCase() === row.rep.toLowerCase(),
      );
      expect([row.rep, row.won.amount]).toEqual([row.rep, mine.reduce((s, o) => s + o.amount, 0)]);
    }
    const won = truth.opportunities.filter((o) => o.status === "Won").reduce((s, o) => s + o.amount, 0);
    checkWonTotals(data, serialFromYmd(2026, 11, 23), won);
  });
});

describe("§11 core on the committed CRM exports", () => {
  const truth = fixtureTruth();
  const parse = (kind: TableKind, name: string) =>
    parseTable(
      kind,
      { sheet: name, values: fixtureTable(name), headerRow: truth[name].headerLine + 1 },
      { stages: model.stages, autoStagePreset: isDefaultStageTable(model.stages), language: "en-US" },
    );

  it.each(["salesforce-opportunities", "hubspot-deals", "chinese-crm-opportunities"])(
    "%s: every §11 won total equals the won amount the generator wrote",
    (name) => {
      const opportunities = parse("opportunities", name);
      const accounts = name.startsWith("salesforce") ? { accounts: parse("accounts", "salesforce-accounts") } : {};
      const data = buildDataset({ opportunities, ...accounts });
      // The stage table the rows were read with (a preset may have been picked), as a report builder passes it.
      checkWonTotals(data, serialFromYmd(2026, 12, 1), truth[name].wonAmount, opportunities.stages);
    },
  );
});

describe("properties", () => {
  const contract = fc.record({
    owner: fc.constantFrom("Wang", " wang", "WANG ", "Li", "", "Ｌｉ"),
    region: fc.constantFrom("East", "east", "West", ""),
    amount: fc.integer({ min: 0, max: 10_000_000 }),
    invoiced: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: "" }),
    received: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: "" }),
    signed: fc.option(fc.integer({ min: 45000, max: 46400 }), { nil: "" }),
  });

  it("contract totals per owner and per region sum to the grand total", () => {
    fc.assert(
      fc.property(fc.array(contract, { maxLength: 60 }), (rows) => {
        const values = [
          ["Contract ID", "Account", "Owner", "Region", "Signed", "Contract amount", "Invoiced", "Received"],
          ...rows.map((r, i) => [`C${i}`, "Acme", r.owner, r.region, r.signed, r.amount, r.invoiced, r.received]),
        ];
        const data = buildDataset({ contracts: parseTable("contracts", { sheet: "C", values }) });
        const result = contractExecution(data, 46400);
        expect(result.total.count).toBe(rows.length);
        for (const groups of [result.byOwner, result.byRegion]) {
          expect(groups.reduce((s, g) => s + g.count, 0)).toBe(result.total.count);
          expect(groups.reduce((s, g) => s + g.overdueCount, 0)).toBe(result.total.overdueCount);
          for (const key of ["amount", "invoiced", "received", "outstanding", "overdueOutstanding"] as const)
            expect(groups.reduce((s, g) => s + g[key], 0)).toBe(result.total[key]); // integers: exact
        }
        const owners = new Set(rows.map((r) => r.owner.normalize("NFKC").trim().toLowerCase() || "(none)"));
        expect(result.byOwner.length).toBe(owners.size);
      }),
    );
  });

  it("regional cells add up to their region and to the total; shares of a region sum to 1", () => {
    const opp = fc.record({
      region: fc.constantFrom("East", "West", "North", ""),
      cls: fc.constantFrom("A", "B", "C", ""),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(opp, { minLength: 1, maxLength: 50 }), (rows) => {
        const values = [
          ["Account", "Region", "Stage", "Status", "Amount", "Project Class"],
          ...rows.map((r) => ["Acme", r.region, "Bid", "Won", r.amount, r.cls]),
        ];
        const data = buildDataset({ opportunities: parseTable("opportunities", { sheet: "O", values }) });
        const r = regionalComposition(data, 46400, { allYears: true, columns: "projectClass" });
        const total = rows.reduce((s, x) => s + x.amount, 0);
        expect(r.total.amount).toBe(total);
        r.cells.forEach((row, i) => {
          expect(row.reduce((s, c) => s + c.amount, 0)).toBe(r.regionTotals[i].amount);
          relClose(
            row.reduce((s, c) => s + (c.shareOfRegion ?? 0), 0),
            1,
          );
        });
        r.columnTotals.forEach((c, j) => expect(r.cells.reduce((s, row) => s + row[j].amount, 0)).toBe(c.amount));
      }),
    );
  });
});
