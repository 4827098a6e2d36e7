/**
 * Every write operation of the pane, as the fault sweep and the rerun tests drive them: the four reports
 * live and static, score and tier columns in both modes, and the sample workbook. Each runs on a small
 * sample with a small request budget, so even this data takes many round trips.
 */
import { defaultModel } from "../../src/core/schemas";
import { buildReport } from "../../src/excel/build-report";
import { insertSampleWorkbook } from "../../src/excel/insert-sample";
import { writePlanTables } from "../../src/excel/plan-tables";
import { insertSamplePlanTables } from "../../src/excel/plan-tables-sample";
import { writeScoreAndTierColumns } from "../../src/excel/write-columns";
import { WriteOptions } from "../../src/excel/write-executor";
import { ReportKind } from "../../src/reports";
import { generateSample } from "../../src/sample";
import { createHost, Host, WorkbookSpec } from "../host";
import { SAMPLE_SELECTIONS, workbookSpecOf } from "./sample-workbook";

export const model = defaultModel();
export const SAMPLE = generateSample({ accounts: 40, opportunities: 90 });
export const SPEC: WorkbookSpec = workbookSpecOf(SAMPLE);
/** Small enough that every operation here makes ten or more round trips. */
export const BUDGET = 3000;

export interface WriteOperation {
  name: string;
  /** The workbook the operation starts from. */
  setup(): Host;
  /** What happened before (e.g. an earlier run and a user edit), fault-free. */
  prepare?(host: Host): Promise<void>;
  run(host: Host, options: WriteOptions): Promise<unknown>;
}

const REPORTS: ReportKind[] = ["nineGrid", "coverage", "pipeline", "quotas"];

const base = (): Host => createHost({ workbook: SPEC });

/** Live mode's payload is only the score column's number format: a tiny budget makes it go in chunks. */
const columnsOptions = (mode: "values" | "live") => ({
  table: "Accounts",
  model,
  mode,
  budgetBytes: mode === "live" ? 64 : BUDGET / 6,
});

export const OPERATIONS: WriteOperation[] = [
  ...REPORTS.flatMap((kind) =>
    [true, false].map((live): WriteOperation => ({
      name: `${kind} ${live ? "live" : "static"}`,
      setup: base,
      run: (host, options) =>
        buildReport(host.run, kind, {
          ...options,
          model,
          selections: SAMPLE_SELECTIONS,
          live,
          asOf: SAMPLE.asOf,
          budgetBytes: BUDGET,
        }),
    })),
  ),
  ...(["values", "live"] as const).map((mode): WriteOperation => ({
    name: `score and tier columns ${mode}`,
    setup: base,
    run: (host, options) => writeScoreAndTierColumns(host.run, { ...options, ...columnsOptions(mode) }),
  })),
  // Reruns over earlier output: the report after a source edit, and columns switching mode.
  {
    name: "nineGrid live, rebuilt after an edit",
    setup: base,
    prepare: async (host) => {
      await buildReport(host.run, "nineGrid", { model, selections: SAMPLE_SELECTIONS, live: true, asOf: SAMPLE.asOf });
      host.setCell("Accounts", "E2", 10 ** 9);
    },
    run: (host, options) =>
      buildReport(host.run, "nineGrid", {
        ...options,
        model,
        selections: SAMPLE_SELECTIONS,
        live: true,
        asOf: SAMPLE.asOf,
        budgetBytes: BUDGET,
      }),
  },
  ...(["values", "live"] as const).map((mode): WriteOperation => ({
    name: `score and tier columns ${mode}, over the other mode's columns`,
    setup: base,
    prepare: async (host) => {
      await writeScoreAndTierColumns(host.run, { table: "Accounts", model, mode: mode === "live" ? "values" : "live" });
    },
    run: (host, options) => writeScoreAndTierColumns(host.run, { ...options, ...columnsOptions(mode) }),
  })),
  {
    name: "sample workbook",
    setup: () => createHost(),
    run: (host, options) => insertSampleWorkbook(host.run, SAMPLE, { ...options, budgetBytes: BUDGET * 2 }),
  },
];

// Plan tables (issue 13): created, and rerun after user edits and a change of key accounts.
const planTables = (host: Host, options: WriteOptions) =>
  writePlanTables(host.run, {
    ...options,
    model,
    selections: { accounts: { table: "Accounts" }, assignments: { table: "Assignments" } },
    asOf: SAMPLE.asOf,
    budgetBytes: BUDGET,
  });
OPERATIONS.push(
  { name: "plan tables", setup: base, run: planTables },
  {
    name: "plan tables rerun, after user edits",
    setup: base,
    prepare: async (host) => {
      await planTables(host, NO_DELAY);
      host.setCell("Account Status", "F2", 4);
      host.setCell("Account Plans", "D2", "win the 2027 frame contract");
      // An approved manual tier A on the last account makes it key: the rerun adds its rows.
      host.setCells("Accounts", `I${SAMPLE.accounts.rows.length + 1}`, [["A", "Director"]]);
    },
    run: planTables,
  },
  {
    name: "sample plan tables",
    setup: base,
    run: (host, options) =>
      insertSamplePlanTables(
        host.run,
        SAMPLE,
        { kinds: ["accounts", "assignments"], tables: ["Accounts", "Assignments"] },
        "en-US",
        { ...options, budgetBytes: BUDGET },
      ),
  },
);

/** No waiting between cell-edit-mode retries in tests. */
export const NO_DELAY: WriteOptions = { retry: { delayMs: 0 } };
