/**
 * The one write path (ARCHITECTURE.md "One write path"). Every write to the workbook (report plans, score
 * and tier columns, the sample workbook, later plan tables) describes what to write and lets this executor
 * make the round trips. It owns the request budget and halving on a payload error, calculation suspension,
 * progress, cancel, cleanup and the ownership record, which goes in the request that makes the write visible.
 *
 * All-or-nothing: a job first reads (`read`), then makes hidden or removable changes (`change`, each with
 * its undo), then writes payload in chunks (`write`), and last makes everything visible in one request
 * (`commit`). A failure or cancel before the commit runs the undos, so the workbook is as it was; a retry
 * (cell-edit mode) starts the job again from a fresh read, so no chunk is applied twice.
 */
import { parseCell, rangeAddress } from "../core/a1";
import { DEFAULT_BUDGET_BYTES } from "./chunks";
import { ErrorCodes, ExcelRun, officeErrorCode, runWithRetry } from "./run";

/** One payload write: a rectangle of a sheet and what to put in it. */
export interface WriteOp {
  sheet: Excel.Worksheet;
  /** Sheet-less A1 address whose size matches `payload`. */
  address: string;
  property: "values" | "formulas" | "numberFormat";
  payload: (string | number | boolean)[][];
  /** Request bytes of `payload` (JSON), for packing under the budget. */
  bytes: number;
}

export interface WriteOptions {
  /** Largest request to send; Excel on the web refuses over 5 MB. */
  budgetBytes?: number;
  signal?: AbortSignal;
  /** Called after each round trip with the share of the work done (0–1, never decreasing). */
  onProgress?: (fraction: number) => void;
  /** Tries while Excel is in cell-edit mode, and the pause before the second (growing each time). */
  retry?: { attempts?: number; delayMs?: number };
}

/** The user cancelled before the write became visible; the workbook is as it was. */
export class WriteCancelled extends Error {
  constructor() {
    super("Cancelled; nothing was written.");
    this.name = "WriteCancelled";
  }
}

/** A single row is larger than Excel accepts in one request, so it cannot be written at all. */
export class RowTooLarge extends Error {
  constructor(readonly address: string) {
    super(`A single row of ${address} is larger than Excel accepts in one request.`);
    this.name = "RowTooLarge";
  }
}

export interface WriteStats {
  /** Every round trip made, in every attempt, cleanup included. */
  roundTrips: number;
  /** Round trips that carried payload chunks (`write`). */
  chunks: number;
  /** Payload bytes sent in chunks that Excel accepted. */
  requestBytes: number;
  attempts: number;
}

/** What a job may do; it never calls `context.sync` itself. */
export interface WriteSession {
  readonly context: Excel.RequestContext;
  /** Sends the loads the job queued (one round trip, nothing written). */
  read(): Promise<void>;
  /**
   * Sends the changes `apply` queues (hidden sheets, new columns, a journal entry) in a request of their own;
   * `undo` queues what removes them, run if the write fails or is cancelled before the commit.
   */
  change(apply: () => void, undo?: () => void): Promise<void>;
  /** Queues `undo` for a failure or cancel before the commit, for writes made by `write` (no round trip). */
  undo(undo: () => void): void;
  /** Writes payload in requests under the budget, halving a request Excel refuses as too large. */
  write(ops: readonly WriteOp[]): Promise<void>;
  /** Sends the changes `apply` queues, which make the write visible, with `record` (what Ninegrid owns) in the same request. */
  commit(apply: () => void, record: () => void): Promise<void>;
}

/**
 * A Ninegrid sheet's ownership tag (a worksheet custom property holding JSON `{ kind, state }`), loaded
 * beforehand; `{}` when the sheet has none or its value is not ours to read.
 */
export function readSheetTag(t: Excel.WorksheetCustomProperty): { kind?: string; state?: string } {
  if (t.isNullObject) return {};
  try {
    return JSON.parse(t.value) as { kind?: string; state?: string };
  } catch {
    return {};
  }
}

/** Groups ops into requests under the budget, in order. */
export function packRequests<T extends { bytes: number }>(ops: readonly T[], budget: number): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (current.length && bytes + op.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length) requests.push(current);
  return requests;
}

/** Halves an op's rows, for the retry after a payload error. */
function halve(op: WriteOp): WriteOp[] {
  const n = op.payload.length;
  if (n < 2) throw new RowTooLarge(op.address);
  const { row, col } = parseCell(op.address.split(":")[0]);
  const width = op.payload[0].length;
  const half = Math.ceil(n / 2);
  return [
    { ...op, address: rangeAddress(row, col, half, width), payload: op.payload.slice(0, half), bytes: op.bytes / 2 },
    {
      ...op,
      address: rangeAddress(row + half, col, n - half, width),
      payload: op.payload.slice(half),
      bytes: op.bytes / 2,
    },
  ];
}

/** Excel applied the request even though the sync failed: only the response was lost. */
const appliedDespite = (e: unknown) => officeErrorCode(e) === ErrorCodes.responseTooLarge;

/** Runs `job` as one all-or-nothing write; see the file comment. */
export async function executeWrite<T>(
  run: ExcelRun,
  options: WriteOptions,
  job: (session: WriteSession) => Promise<T>,
): Promise<{ result: T; stats: WriteStats }> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const stats: WriteStats = { roundTrips: 0, chunks: 0, requestBytes: 0, attempts: 0 };
  let done = 0;
  let shown = 0;
  const progress = (remaining: number) => {
    shown = Math.max(shown, done / (done + remaining + 1));
    options.onProgress?.(shown);
  };
  const checkCancel = () => {
    if (options.signal?.aborted) throw new WriteCancelled();
  };

  const result = await runWithRetry(
    run,
    async (context) => {
      stats.attempts++;
      const undos: (() => void)[] = [];
      const sync = async (remaining = 0) => {
        stats.roundTrips++;
        // The one context.sync of the write path: chunks are one request each, by design.
        await context.sync();
        done++;
        progress(remaining);
      };
      const session: WriteSession = {
        context,
        read: async () => {
          checkCancel();
          await sync();
          // A cancel that arrived during this round trip stops the job before it queues anything more.
          checkCancel();
        },
        change: async (apply, undo) => {
          checkCancel();
          apply();
          try {
            await sync();
          } catch (e) {
            if (undo && appliedDespite(e)) undos.push(undo);
            throw e;
          }
          if (undo) undos.push(undo);
          checkCancel();
        },
        undo: (undo) => {
          undos.push(undo);
        },
        write: async (ops) => {
          let pending = packRequests(ops, budget);
          while (pending.length) {
            checkCancel();
            const request = pending[0];
            context.application.suspendApiCalculationUntilNextSync();
            for (const op of request) op.sheet.getRange(op.address)[op.property] = op.payload;
            try {
              await sync(pending.length);
            } catch (e) {
              if (officeErrorCode(e) !== ErrorCodes.payloadTooLarge) throw e;
              // Excel dropped the whole request: send its ops one by one, or the single op in halves.
              const split = request.length > 1 ? request.map((op) => [op]) : halve(request[0]).map((op) => [op]);
              pending = [...split, ...pending.slice(1)];
              continue;
            }
            stats.chunks++;
            stats.requestBytes += request.reduce((a, op) => a + op.bytes, 0);
            pending = pending.slice(1);
          }
          checkCancel();
        },
        commit: async (apply, record) => {
          checkCancel();
          context.application.suspendApiCalculationUntilNextSync();
          apply();
          record();
          try {
            await sync();
          } catch (e) {
            // The commit went through; only its (empty) response was lost.
            if (!appliedDespite(e)) throw e;
          }
          undos.length = 0;
        },
      };
      try {
        return await job(session);
      } catch (e) {
        if (undos.length) {
          // Newest first: a column added after a sheet is removed before the sheet.
          for (const undo of undos.reverse()) undo();
          // A cleanup that fails (Excel still in cell-edit mode) is finished by the next run from its journal.
          await sync().catch(() => undefined);
        }
        throw e;
      }
    },
    options.retry?.attempts,
    options.retry?.delayMs,
  );
  options.onProgress?.(1);
  return { result, stats };
}
