import { foldText } from "./cells";
import type { Dataset, OpportunityRecord } from "./dataset";
import type { TableKind } from "./fields";
import { locate, LocatedError, ParsedRow, ParsedTable } from "./parse-table";

/** One contract row (DOMAIN.md §11 Contracts table) after parsing and linking. */
export interface ContractRecord {
  /** 1-based worksheet row. */
  row: number;
  id: string | null;
  name: string | null;
  /** Index into Dataset.accounts, or -1 when the account is not in the accounts table. */
  account: number;
  accountText: string;
  opportunityId: string | null;
  /** Index into Dataset.opportunities, or -1 when the contract names none or an unknown one. */
  opportunity: number;
  owner: string | null;
  region: string | null;
  /** Signing date as an Excel serial, or null when blank or unreadable. */
  signed: number | null;
  amount: number;
  /** Invoiced and received amounts; null when the cell is blank (nothing invoiced or received yet). */
  invoiced: number | null;
  received: number | null;
  deliveryStatus: string | null;
}

/** What linking the contracts table adds to a dataset: the records, and rows skipped or worth a look. */
export interface LinkedContracts {
  contracts: ContractRecord[];
  errors: LocatedError[];
  warnings: LocatedError[];
  /** Rows skipped while linking (duplicate IDs), on top of the parser's skipped rows. */
  skipped: number;
}

const str = (v: ParsedRow[string]) => (v === null || v === undefined ? null : String(v));
const num = (v: ParsedRow[string]) => (typeof v === "number" ? v : null);

/**
 * Links the parsed Contracts table (DOMAIN.md §11) to the accounts and opportunities (DOMAIN.md §2: names
 * and IDs matched ignoring case and width). A later contract with an earlier one's ID is skipped with a
 * located error; an unknown account or opportunity, and invoiced or received above the contract amount,
 * keep the row with a located warning, so one bad contract never blocks the report.
 */
export function linkContracts(
  table: ParsedTable,
  accountOf: (text: string) => number,
  opportunities: readonly OpportunityRecord[],
  checks: { accounts: boolean; opportunities: boolean },
): LinkedContracts {
  const out: LinkedContracts = { contracts: [], errors: [], warnings: [], skipped: 0 };
  const oppById = new Map<string, number>();
  opportunities.forEach((o, i) => {
    if (o.id !== null && !oppById.has(foldText(o.id))) oppById.set(foldText(o.id), i);
  });
  const firstRowOf = new Map<string, number>();
  for (const r of table.rows) {
    const id = str(r.contractId);
    if (id !== null) {
      const first = firstRowOf.get(foldText(id));
      if (first !== undefined) {
        out.errors.push(
          locate(table, r._row, "contractId", { code: "duplicateContract", params: { id, firstRow: first } }),
        );
        out.skipped++;
        continue;
      }
      firstRowOf.set(foldText(id), r._row);
    }
    const record = contractOf(r, id, accountOf, oppById);
    out.warnings.push(...contractWarnings(table, record, checks));
    out.contracts.push(record);
  }
  return out;
}

function contractOf(
  r: ParsedRow,
  id: string | null,
  accountOf: (text: string) => number,
  oppById: ReadonlyMap<string, number>,
): ContractRecord {
  const accountText = String(r.account);
  const opportunityId = str(r.opportunityId);
  return {
    row: r._row,
    id,
    name: str(r.name),
    account: accountOf(accountText),
    accountText,
    opportunityId,
    opportunity: opportunityId === null ? -1 : (oppById.get(foldText(opportunityId)) ?? -1),
    owner: str(r.owner),
    region: str(r.region),
    signed: num(r.signed),
    amount: r.amount as number,
    invoiced: num(r.invoiced),
    received: num(r.received),
    deliveryStatus: str(r.deliveryStatus),
  };
}

function contractWarnings(
  table: ParsedTable,
  c: ContractRecord,
  checks: { accounts: boolean; opportunities: boolean },
): LocatedError[] {
  const out: LocatedError[] = [];
  if (checks.accounts && c.account < 0)
    out.push(locate(table, c.row, "account", { code: "unknownAccount", params: { account: c.accountText } }));
  if (checks.opportunities && c.opportunityId !== null && c.opportunity < 0)
    out.push(locate(table, c.row, "opportunityId", { code: "unknownOpportunity", params: { id: c.opportunityId } }));
  for (const field of ["invoiced", "received"] as const) {
    const value = c[field];
    if (value !== null && value > c.amount)
      out.push(
        locate(table, c.row, field, { code: "aboveContractAmount", params: { field, value, amount: c.amount } }),
      );
  }
  return out;
}

/**
 * The Contracts table linked into a dataset being built (DOMAIN.md §11): its located errors and warnings
 * join the dataset's, its skipped duplicates the table's count; `{}` when no Contracts table was given.
 */
export function contractsOf(
  tables: Partial<Record<TableKind, ParsedTable>>,
  into: {
    /** Account index by folded ID or name, as buildDataset keys them. */
    byKey: ReadonlyMap<string, number>;
    opportunities: readonly OpportunityRecord[];
    errors: LocatedError[];
    warnings: LocatedError[];
    counts: Dataset["counts"];
  },
): { contracts?: ContractRecord[] } {
  if (!tables.contracts) return {};
  const accountOf = (text: string) => into.byKey.get(foldText(text)) ?? -1;
  const linked = linkContracts(tables.contracts, accountOf, into.opportunities, {
    accounts: tables.accounts !== undefined,
    opportunities: tables.opportunities !== undefined,
  });
  into.errors.push(...linked.errors);
  into.warnings.push(...linked.warnings);
  const c = into.counts.contracts;
  if (c) c.rowsSkipped += linked.skipped;
  return { contracts: linked.contracts };
}
