import { foldText } from "./cells";
import { ContractRecord, contractsOf } from "./contracts";
import { Role, TeamType } from "./coverage";
import { TableKind } from "./fields";
import { HistoryBuild, historyOfTable } from "./history";
import { LeadRecord, readLeads } from "./leads";
import { locate, LocatedError, ParsedRow, ParsedTable } from "./parse-table";
import { Reason } from "./reasons";
import { Tier } from "./tiers";

/** One account row (DOMAIN.md §2 Accounts) after parsing; `key` is the account ID, or the name without one. */
export interface AccountRecord {
  row: number;
  key: string;
  id: string | null;
  name: string;
  industry: string | null;
  region: string | null;
  contribution: number;
  potential: number;
  reference: number | null;
  winnability: number | null;
  manualTier: Tier | null;
  approver: string | null;
  /** The industry and region cells as written (DOMAIN.md §6: live segment criteria list the spellings that occur). */
  cells?: { industry: string | number; region: string | number };
  /** Account owner (DOMAIN.md §2.1), shown in reports. */
  owner?: string | null;
  /** The tier of the previous period (DOMAIN.md §9 tier migration), when the table has that column. */
  previousTier?: Tier;
}

export interface OpportunityRecord {
  row: number;
  id: string | null;
  /** Index into Dataset.accounts, or -1 when the account is not in the accounts table. */
  account: number;
  accountText: string;
  owner: string | null;
  region: string | null;
  /** 0-based stage index; -1 for a won opportunity given without a stage. */
  stage: number;
  status: number;
  amount: number;
  created: number | null;
  stageEntered: number | null;
  expectedClose: number | null;
  projectClass: string | null;
  /** Opportunity or deal name (DOMAIN.md §2.1). */
  name?: string | null;
  /** The row's own win probability 0–1 from the CRM (DOMAIN.md §6 "Row probability"). */
  probability?: number | null;
  nextStep?: string | null;
  /** The stage, status and owner cells as written (DOMAIN.md §6: live criteria list the spellings that occur). */
  cells?: { stage: string | number; status: string | number; owner: string | number; snapshot?: string | number };
}

export interface AssignmentRecord {
  row: number;
  account: number;
  rep: string;
  team: string | null;
  teamType: TeamType;
  role: Role;
  credit: number;
}

export interface QuotaRecord {
  row: number;
  rep: string;
  /** The rep cell as written, for live criteria. */
  repCell?: string | number;
  quota: number;
  namedQuota: number | null;
  lastYearNamed: number | null;
}

export interface Dataset {
  accounts: AccountRecord[];
  opportunities: OpportunityRecord[];
  assignments: AssignmentRecord[];
  quotas: QuotaRecord[];
  /** The optional Contracts table (DOMAIN.md §11), when one was given. */
  contracts?: ContractRecord[];
  /**
   * When the opportunities table holds stacked weekly snapshots (a snapshot column, DOMAIN.md §9): the
   * latest snapshot date, the one the reports read, and the worksheet rows of earlier snapshots set aside
   * (not errors: live formulas leave them out by a snapshot criterion, not row by row).
   */
  opportunitySnapshot?: { date: number; setAside: number[] };
  /**
   * The optional history (DOMAIN.md §9), stacked snapshots or a stage history, as one model, with its parsed
   * table (the cells as written, for live formulas over it).
   */
  history?: HistoryBuild & { table?: ParsedTable };
  /** The optional Leads table (DOMAIN.md §9). */
  leads?: LeadRecord[];
  /** Rows skipped, with where and why (parse errors and linking errors). */
  errors: LocatedError[];
  /** Rows kept but worth a look, e.g. an opportunity whose account is not in the accounts table. */
  warnings: LocatedError[];
  /** Per table: rows read and rows skipped, for the validation summary. */
  counts: Partial<Record<TableKind, { rowsRead: number; rowsSkipped: number }>>;
}

const str = (v: ParsedRow[string]) => (v === null || v === undefined ? null : String(v));
const num = (v: ParsedRow[string]) => (typeof v === "number" ? v : null);
/** A cell kept as written by the parser (`<key>Cell`), or blank when the field has no column. */
const written = (v: ParsedRow[string]) => (typeof v === "number" || typeof v === "string" ? v : "");

/**
 * Links the parsed tables into one dataset (DOMAIN.md §2): account keys must be unique (a later
 * duplicate is skipped and reported); opportunities and assignments find their account by ID or
 * name, case- and width-insensitively. An assignment to an unknown account is skipped and
 * reported; an opportunity of an unknown account still counts in the pipeline, with a warning.
 */
export function buildDataset(tables: Partial<Record<TableKind, ParsedTable>>): Dataset {
  const errors: LocatedError[] = [];
  const warnings: LocatedError[] = [];
  const counts: Dataset["counts"] = {};
  for (const [kind, t] of Object.entries(tables) as [TableKind, ParsedTable][]) {
    errors.push(...t.errors);
    warnings.push(...(t.warnings ?? []));
    counts[kind] = { rowsRead: t.rowsRead, rowsSkipped: t.rowsSkipped };
  }
  const located = (kind: TableKind, row: number, field: string, reason: Reason): LocatedError =>
    locate(tables[kind] as ParsedTable, row, field, reason);
  const skip = (kind: TableKind, row: number, field: string, reason: Reason) => {
    errors.push(located(kind, row, field, reason));
    const c = counts[kind];
    if (c) c.rowsSkipped++;
  };

  const accounts: AccountRecord[] = [];
  const byKey = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const r of tables.accounts?.rows ?? []) {
    const name = String(r.name);
    const id = str(r.accountId);
    const key = id ?? name;
    // Same name (ignoring case, width and spaces) under another ID: kept, but worth a look (DOMAIN.md §2.1).
    const twin = id ? byName.get(foldText(name)) : undefined;
    if (twin !== undefined && !byKey.has(foldText(key)))
      warnings.push(
        located("accounts", r._row, "name", {
          code: "possibleDuplicate",
          params: { name: accounts[twin].name, otherRow: accounts[twin].row },
        }),
      );
    if (byKey.has(foldText(key))) {
      skip("accounts", r._row, id ? "accountId" : "name", {
        code: "duplicateAccount",
        params: { key, firstRow: accounts[byKey.get(foldText(key)) as number].row },
      });
      continue;
    }
    const index = accounts.length;
    byKey.set(foldText(key), index);
    if (id && !byKey.has(foldText(name))) byKey.set(foldText(name), index); // opportunities may name the account instead of its ID
    if (!byName.has(foldText(name))) byName.set(foldText(name), index);
    accounts.push({
      row: r._row, key, id, name,
      industry: str(r.industry), region: str(r.region),
      contribution: r.contribution as number, potential: r.potential as number,
      reference: num(r.reference), winnability: num(r.winnability),
      manualTier: (str(r.manualTier) as Tier | null), approver: str(r.approver), owner: str(r.owner),
      cells: { industry: written(r.industryCell), region: written(r.regionCell) },
      ...(r.previousTier ? { previousTier: r.previousTier as Tier } : {}),
    }); // prettier-ignore
  }

  const { opportunities, snapshot } = opportunitiesOf(tables, byKey, skip, (row, reason) =>
    warnings.push(located("opportunities", row, "account", reason)),
  );

  const assignments: AssignmentRecord[] = [];
  for (const r of tables.assignments?.rows ?? []) {
    const account = byKey.get(foldText(String(r.account)));
    if (account === undefined) {
      skip("assignments", r._row, "account", { code: "unknownAccount", params: { account: String(r.account) } });
      continue;
    }
    const teamType = r.teamType as TeamType;
    const role =
      (r.role as Role | null) ?? (teamType === "Territory" || teamType === "KeyAccount" ? "Primary" : "Overlay");
    assignments.push({
      row: r._row,
      account,
      rep: String(r.rep),
      team: str(r.team),
      teamType,
      role,
      credit: num(r.credit) ?? 1,
    });
  }

  const quotas: QuotaRecord[] = [];
  const seenReps = new Map<string, number>();
  for (const r of tables.quotas?.rows ?? []) {
    const rep = String(r.rep);
    if (seenReps.has(foldText(rep))) {
      skip("quotas", r._row, "rep", {
        code: "duplicateQuota",
        params: { rep, firstRow: seenReps.get(foldText(rep)) as number },
      });
      continue;
    }
    seenReps.set(foldText(rep), r._row);
    quotas.push({
      row: r._row,
      rep,
      repCell: written(r.repCell),
      quota: r.quota as number,
      namedQuota: num(r.namedQuota),
      lastYearNamed: num(r.lastYearNamed),
    });
  }
  const contracts = contractsOf(tables, { byKey, opportunities, errors, warnings, counts });
  const movementInputs = movementInputsOf(tables, opportunities, errors, warnings, counts);
  return {
    accounts, opportunities, assignments, quotas, ...contracts, ...movementInputs, errors, warnings, counts,
    ...(snapshot ? { opportunitySnapshot: snapshot } : {}),
  }; // prettier-ignore
}

/**
 * The opportunities, each linked to its account by ID or name (an unknown account is warned of and kept);
 * of stacked snapshots, the latest snapshot's rows only.
 */
function opportunitiesOf(
  tables: Partial<Record<TableKind, ParsedTable>>,
  byKey: ReadonlyMap<string, number>,
  skip: (kind: TableKind, row: number, field: string, reason: Reason) => void,
  warnUnknown: (row: number, reason: Reason) => void,
): { opportunities: OpportunityRecord[]; snapshot: Dataset["opportunitySnapshot"] | null } {
  const opportunities: OpportunityRecord[] = [];
  const snapshot = latestSnapshot(tables.opportunities);
  for (const r of tables.opportunities?.rows ?? []) {
    if (snapshot) {
      if (typeof r.snapshot !== "number") {
        skip("opportunities", r._row, "snapshot", { code: "requiredBlank", params: { field: "snapshot" } });
        continue;
      }
      if (Math.floor(r.snapshot) !== snapshot.date) {
        snapshot.setAside.push(r._row);
        continue;
      }
    }
    const accountText = String(r.account);
    const account = byKey.get(foldText(accountText)) ?? -1;
    if (account < 0 && tables.accounts)
      warnUnknown(r._row, { code: "unknownAccount", params: { account: accountText } });
    opportunities.push({
      row: r._row, id: str(r.opportunityId), account, accountText,
      owner: str(r.owner), region: str(r.region),
      stage: r.stage === null ? -1 : (r.stage as number), status: (r.status as number | null) ?? 0, amount: r.amount as number,
      created: num(r.created), stageEntered: num(r.stageEntered), expectedClose: num(r.expectedClose), projectClass: str(r.projectClass),
      name: str(r.name), probability: num(r.probability), nextStep: str(r.nextStep),
      cells: {
        stage: written(r.stageCell), status: written(r.statusCell), owner: written(r.ownerCell),
        ...(snapshot ? { snapshot: written(r.snapshotCell) } : {}),
      },
    }); // prettier-ignore
  }
  return { opportunities, snapshot };
}

/**
 * The latest snapshot date of an opportunities table with a snapshot column (a time of day does not make
 * another snapshot), or null when it has none: then every row is the current pipeline, as always.
 */
function latestSnapshot(table: ParsedTable | undefined): { date: number; setAside: number[] } | null {
  const col = table?.mapping.snapshot;
  if (!table || col === null || col === undefined) return null;
  let date = -Infinity;
  for (const r of table.rows) if (typeof r.snapshot === "number") date = Math.max(date, Math.floor(r.snapshot));
  return Number.isFinite(date) ? { date, setAside: [] } : null;
}

/**
 * The history model and the leads (DOMAIN.md §9), when those tables were given. Their parse errors are
 * already in the dataset's; only what the model and lead reading add (no key, duplicates) is added.
 */
function movementInputsOf(
  tables: Partial<Record<TableKind, ParsedTable>>,
  current: readonly OpportunityRecord[],
  errors: LocatedError[],
  warnings: LocatedError[],
  counts: Dataset["counts"],
): Pick<Dataset, "history" | "leads"> {
  const out: Pick<Dataset, "history" | "leads"> = {};
  const added = (all: readonly LocatedError[], parsed: readonly LocatedError[]) =>
    all.filter((e) => !parsed.includes(e));
  if (tables.history) {
    const t = tables.history;
    const history = historyOfTable(t, { stages: t.stages, current });
    errors.push(...added(history.errors, t.errors));
    warnings.push(...added(history.warnings, t.warnings));
    counts.history = { rowsRead: history.rowsRead, rowsSkipped: history.rowsSkipped };
    out.history = { ...history, table: t };
  }
  if (tables.leads) {
    const t = tables.leads;
    const { leads, errors: leadErrors } = readLeads(t);
    const more = added(leadErrors, t.errors);
    errors.push(...more);
    counts.leads = { rowsRead: t.rowsRead, rowsSkipped: t.rowsSkipped + more.length };
    out.leads = leads;
  }
  return out;
}
