/**
 * The `run` the playground gives the task pane: the in-memory host's `run`, optionally slowed down (every
 * `context.sync()` waits a little longer, so a test can cancel a long build), calling `after()` once each
 * batch has settled and before its promise settles, so the workbook view is current when the pane reads
 * the result.
 */
import type { ExcelRun } from "../../src/excel/run";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface ObservedRunOptions {
  /** Milliseconds added before every sync (0 = none). */
  slowMs?: number;
  /** Called after each batch resolves or rejects. */
  after?: () => void;
}

export function observedRun(run: ExcelRun, options: ObservedRunOptions = {}): ExcelRun {
  const slowMs = options.slowMs ?? 0;
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await run((context) => {
        if (slowMs > 0) {
          // An own property shadows the context's sync: the adapter's syncs and the final one both wait.
          const sync = context.sync.bind(context);
          const slowSync = async <U>(passThroughValue?: U): Promise<U> => {
            await sleep(slowMs);
            return sync(passThroughValue) as Promise<U>;
          };
          Object.defineProperty(context, "sync", { value: slowSync, configurable: true, writable: true });
        }
        return batch(context);
      });
    } finally {
      options.after?.();
    }
  };
}
