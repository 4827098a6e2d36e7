/**
 * The monthly pack as the fault sweep and the pack tests drive it: every registered report of the small
 * sample (write-operations.ts), static, and live as a rerun over an earlier pack next to a Ninegrid report
 * that is not in the pack; a user's sheet is named like the contents sheet in both.
 */
import { buildPack, PackOptions } from "../../src/excel/apply-pack";
import { buildReport } from "../../src/excel/build-report";
import { WriteOptions } from "../../src/excel/write-executor";
import { REPORT_KINDS, ReportKind, reportOf } from "../../src/reports";
import { createHost, Host } from "../host";
import { SAMPLE_SELECTIONS } from "./sample-workbook";
import { BUDGET, model, SAMPLE, SPEC, WriteOperation } from "./write-operations";

/** The pack options every pack here uses: the small sample, its report date. */
export const packOptions = (live: boolean, extra: WriteOptions = {}): PackOptions => ({
  ...extra,
  model,
  selections: SAMPLE_SELECTIONS,
  live,
  asOf: SAMPLE.asOf,
});

/** Every report whose required lists the small sample has (all but Movement, which needs a history table). */
export const PACK_KINDS: ReportKind[] = REPORT_KINDS.filter((k) =>
  reportOf(k).sources.required.every((table) => table in SAMPLE_SELECTIONS),
);

/** The reports a rerun packs: not the quotas, which the user built on their own before. */
export const RERUN_KINDS: ReportKind[] = PACK_KINDS.filter((k) => k !== "quotas");

/** A Quota Review built alone, then an earlier pack, then a source edit. */
export async function withEarlierPack(host: Host): Promise<void> {
  await buildReport(host.run, "quotas", { model, selections: SAMPLE_SELECTIONS, live: false, asOf: SAMPLE.asOf });
  await buildPack(host.run, RERUN_KINDS, packOptions(true));
  host.setCell("Accounts", "E2", 10 ** 9); // a source edit between the runs
}

/** The sample workbook and a user's sheet named like the contents sheet, which the pack must not take. */
export const packHost = (): Host =>
  createHost({ workbook: { sheets: [...SPEC.sheets, { name: "Contents", cells: [["my notes", 42]] }] } });

export const PACK_OPERATIONS: WriteOperation[] = [
  {
    name: "monthly pack, every report, static",
    setup: packHost,
    // Twice the reports' budget: the pack still takes many chunks, and the sweep stays within minutes.
    run: (host, options) =>
      buildPack(host.run, PACK_KINDS, packOptions(false, { ...options, budgetBytes: BUDGET * 2 })),
  },
  {
    name: "monthly pack, live, rerun over an earlier pack",
    setup: packHost,
    prepare: withEarlierPack,
    run: (host, options) =>
      buildPack(host.run, RERUN_KINDS, packOptions(true, { ...options, budgetBytes: BUDGET * 2 })),
  },
];
