/**
 * Section "report-set": the DOMAIN.md §11 core of contract execution and customer purchases on 100,000
 * contracts over 300,000 opportunities (10,000 / 30,000 with --quick), against an arquero group-by doing
 * the same sums. The tables are parsed once before timing; arquero gets owners and regions already
 * resolved (the core resolves them from opportunity and account itself), so the ratio favours arquero.
 */
import { op, table } from "arquero";
import { contractExecution } from "../../src/core/contract-execution";
import { customerPurchases } from "../../src/core/customer-purchases";
import { buildDataset, Dataset } from "../../src/core/dataset";
import { TableKind } from "../../src/core/fields";
import { parseTable } from "../../src/core/parse-table";
import { WON } from "../../src/core/stages";
import { generateSample, mulberry32, SampleTable } from "../../src/sample";
import { wonDate, yearOf } from "../../src/core/won-deals";
import { round1, round2, runsFor, timeRuns } from "../lib/timing";
import type { BenchSection, SectionOutput } from "../lib/types";

/** `count` contracts over the won deals (cycling), amounts and payments drawn from a seeded generator. */
function contractsTable(data: Dataset, count: number, seed: number, asOf: number): SampleTable {
  const rng = mulberry32(seed);
  const rnd = () => rng.next();
  const won = data.opportunities.filter((o) => o.status === WON);
  const rows = Array.from({ length: count }, (_, i) => {
    const o = won[i % won.length];
    const amount = Math.round(rnd() * 1e6);
    const invoiced = Math.round(amount * rnd());
    return [
      `HT-${i + 1}`,
      o.accountText,
      o.id,
      null,
      asOf - Math.floor(rnd() * 900),
      amount,
      invoiced,
      Math.round(invoiced * rnd()),
    ];
  });
  const headers = [
    "Contract ID",
    "Account",
    "Opportunity ID",
    "Owner",
    "Signed",
    "Contract Amount",
    "Invoiced",
    "Received",
  ];
  return { name: "Contracts", headers, rows };
}

const parse = (kind: TableKind, t: SampleTable) =>
  parseTable(kind, { sheet: t.name, values: [t.headers, ...t.rows] as never });

/** The arquero version of contract execution: derive outstanding and overdue, then roll up by owner and by region. */
function contractsArquero(cols: Record<string, unknown[]>, asOf: number) {
  const t = table(cols).params({ asOf }).derive({
    outstanding: "d.amount > d.received ? d.amount - d.received : 0",
    overdue: "d.signed != null && $.asOf - d.signed > 90 && d.received < d.amount ? 1 : 0",
  });
  const sums = {
    count: op.count(), amount: op.sum("amount"), invoiced: op.sum("invoiced"), received: op.sum("received"),
    outstanding: op.sum("outstanding"), overdue: op.sum("overdue"),
  }; // prettier-ignore
  return { byOwner: t.groupby("owner").rollup(sums).numRows(), byRegion: t.groupby("region").rollup(sums).numRows() };
}

/** The arquero version of customer purchases: won deals' amount and count per account and year, then per account. */
function purchasesArquero(cols: Record<string, unknown[]>, years: number[]) {
  const [first, last] = [years[0], years[years.length - 1]];
  return table(cols)
    .params({ first, last })
    .filter("d.year >= $.first && d.year <= $.last")
    .groupby("account", "year")
    .rollup({ amount: op.sum("amount"), deals: op.count() })
    .groupby("account")
    .rollup({ total: op.sum("amount"), deals: op.sum("deals"), years: op.count() })
    .numRows();
}

export const reportSetSection: BenchSection = {
  name: "report-set",
  description: "§11 contract execution and customer purchases core vs an arquero group-by",
  async run(opts): Promise<SectionOutput> {
    const [accounts, opportunities, contracts] = opts.quick ? [10_000, 30_000, 10_000] : [100_000, 300_000, 100_000];
    const wb = generateSample({ accounts, opportunities, seed: opts.seed });
    const base = buildDataset({
      accounts: parse("accounts", wb.accounts),
      opportunities: parse("opportunities", wb.opportunities),
    });
    const data = buildDataset({
      accounts: parse("accounts", wb.accounts),
      opportunities: parse("opportunities", wb.opportunities),
      contracts: parse("contracts", contractsTable(base, contracts, opts.seed, wb.asOf)),
    });
    const tiers = data.accounts.map(() => null);
    const runs = runsFor(contracts, opts.runs);
    const core = [
      { task: "contract execution", rows: contracts, t: timeRuns(() => contractExecution(data, wb.asOf), runs) },
      {
        task: "customer purchases",
        rows: opportunities,
        t: timeRuns(() => customerPurchases(data, tiers, wb.asOf), runs),
      },
    ];
    const lines = core[0].t.last as ReturnType<typeof contractExecution>;
    const contractCols = {
      owner: lines.contracts.map((l) => l.owner), region: lines.contracts.map((l) => l.region),
      signed: lines.contracts.map((l) => l.signed), amount: lines.contracts.map((l) => l.amount),
      invoiced: lines.contracts.map((l) => l.invoiced), received: lines.contracts.map((l) => l.received),
    }; // prettier-ignore
    const wonOpps = data.opportunities.filter((o) => o.status === WON && wonDate(o).date !== null);
    const purchaseCols = {
      account: wonOpps.map((o) => o.accountText), amount: wonOpps.map((o) => o.amount),
      year: wonOpps.map((o) => yearOf(wonDate(o).date as number)),
    }; // prettier-ignore
    const years = (core[1].t.last as ReturnType<typeof customerPurchases>).years;
    const aq = [
      timeRuns(() => contractsArquero(contractCols, wb.asOf), runs),
      timeRuns(() => purchasesArquero(purchaseCols, years), runs),
    ];
    const agree = [
      aq[0].last.byOwner === lines.byOwner.length && aq[0].last.byRegion === lines.byRegion.length,
      aq[1].last === (core[1].t.last as ReturnType<typeof customerPurchases>).accounts.length,
    ];
    core.forEach((c, i) =>
      opts.log(
        `  ${c.task.padEnd(19)} core ${c.t.ms.toFixed(1)} ms  arquero ${aq[i].ms.toFixed(1)} ms  groups agree: ${agree[i]}`,
      ),
    );
    return {
      core: core.map((c) => ({ task: c.task, rows: c.rows, ms: round1(c.t.ms), runs })),
      arquero: core.map((c, i) => ({ task: c.task, rows: c.rows, ms: round1(aq[i].ms), runs })),
      ratios: core.map((c, i) => ({
        task: c.task,
        rows: c.rows,
        vsHyperFormula: null,
        vsArquero: round2(aq[i].ms / c.t.ms),
      })),
      extra: { accounts, opportunities, contracts, agree },
    };
  },
};
