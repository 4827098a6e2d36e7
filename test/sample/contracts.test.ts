/** The sample's Contracts table (DOMAIN.md §11): contracts of won deals, partly invoiced and received, some overdue. */
import { contractExecution } from "../../src/core/contract-execution";
import { buildDataset } from "../../src/core/dataset";
import { TableKind } from "../../src/core/fields";
import { parseTable } from "../../src/core/parse-table";
import { generateSample, localizeHeaders, SampleTable } from "../../src/sample";

const wb = generateSample();
const contracts = wb.contracts as SampleTable;
const parse = (kind: TableKind, t: SampleTable) =>
  parseTable(kind, { sheet: t.name, values: [t.headers, ...t.rows] as never });

describe("sample Contracts table", () => {
  const oppCol = (h: string) => wb.opportunities.headers.indexOf(h);
  const col = (h: string) => contracts.headers.indexOf(h);
  const oppById = new Map(wb.opportunities.rows.map((r) => [r[oppCol("Opportunity ID")], r]));

  it("has one contract for most won deals, with the deal's account, owner and amount, signed after the win", () => {
    const won = wb.opportunities.rows.filter((r) => ["Won", "赢单"].includes(r[oppCol("Status")] as string));
    expect(contracts.rows.length).toBeGreaterThan(0.8 * won.length);
    expect(contracts.rows.length).toBeLessThanOrEqual(won.length);
    const seen = new Set<unknown>();
    for (const c of contracts.rows) {
      const o = oppById.get(c[col("Opportunity ID")]) as unknown[];
      expect(["Won", "赢单"]).toContain(o[oppCol("Status")]);
      expect(seen.has(c[col("Opportunity ID")])).toBe(false);
      seen.add(c[col("Opportunity ID")]);
      expect([c[col("Account")], c[col("Owner")], c[col("Contract Amount")]]).toEqual([
        o[oppCol("Account")],
        o[oppCol("Owner")],
        o[oppCol("Amount")],
      ]);
      const signed = c[col("Signed")] as number;
      expect(signed).toBeGreaterThanOrEqual(Math.min(o[oppCol("Expected Close")] as number, wb.asOf));
      expect(signed).toBeLessThanOrEqual(wb.asOf);
      const [amount, invoiced, received] = ["Contract Amount", "Invoiced", "Received"].map((h) => c[col(h)] as number);
      expect(invoiced).toBeLessThanOrEqual(amount);
      expect(received).toBeLessThanOrEqual(invoiced);
    }
  });

  it("reads with no bad row, linked to its accounts and opportunities, in English and in Chinese", () => {
    for (const t of [contracts, localizeHeaders(contracts, "zh-CN")]) {
      const data = buildDataset({
        accounts: parse("accounts", wb.accounts),
        opportunities: parse("opportunities", wb.opportunities),
        contracts: parse("contracts", t),
      });
      expect(data.counts.contracts).toEqual({ rowsRead: contracts.rows.length, rowsSkipped: 0 });
      expect(data.warnings.filter((w) => w.sheet === "Contracts")).toEqual([]);
      expect(data.contracts?.every((c) => c.account >= 0 && c.opportunity >= 0)).toBe(true);
    }
  });

  it("tells a story: some not invoiced, some partly invoiced, partly received, fully received, and overdue", () => {
    const data = buildDataset({
      accounts: parse("accounts", wb.accounts),
      opportunities: parse("opportunities", wb.opportunities),
      contracts: parse("contracts", contracts),
    });
    const lines = contractExecution(data, wb.asOf).contracts;
    const count = (f: (l: (typeof lines)[number]) => boolean) => lines.filter(f).length;
    expect(count((l) => l.invoiced === 0)).toBeGreaterThan(0);
    expect(count((l) => l.invoiced > 0 && l.invoiced < l.amount)).toBeGreaterThan(5);
    expect(count((l) => l.received > 0 && l.received < l.amount)).toBeGreaterThan(5);
    expect(count((l) => l.received === l.amount)).toBeGreaterThan(5);
    expect(count((l) => l.overdue)).toBeGreaterThan(5);
    expect(count((l) => l.overdue)).toBeLessThan(lines.length / 2);
  });

  it("is the same on every run", () => {
    expect(generateSample().contracts).toEqual(contracts);
  });
});
