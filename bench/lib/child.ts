/**
 * Runs one HyperFormula measurement in a child process (bench/hf-worker.ts) so that a
 * baseline that goes quadratic can be cut off at a time limit without taking the
 * parent down. The limit starts when the child reports its inputs are built.
 */
import { fork } from "node:child_process";
import path from "node:path";

export type HfTask = "score+tier" | "pipeline";

/** Messages from bench/hf-worker.ts. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "run"; ms: number; digest?: unknown }
  | { type: "error"; message: string }
  | { type: "done" };

export interface ChildResult {
  /** Milliseconds of each run that finished. */
  runs: number[];
  /** Digest of the first run's output, if any run finished. */
  digest?: unknown;
  timedOut: boolean;
  error?: string;
}

/** Directory of the bench sources, whether running as CommonJS (tsx default here) or ESM. */
export function benchDir(): string {
  return typeof __dirname === "string" ? path.resolve(__dirname, "..") : path.resolve("bench");
}

function isWorkerMessage(m: unknown): m is WorkerMessage {
  return typeof m === "object" && m !== null && typeof (m as { type?: unknown }).type === "string";
}

export function runHfChild(
  task: HfTask,
  rows: number,
  seed: number,
  timeoutMs: number,
  maxRuns: number,
): Promise<ChildResult> {
  const worker = path.join(benchDir(), "hf-worker.ts");
  const args = [
    "--task",
    task,
    "--rows",
    String(rows),
    "--seed",
    String(seed),
    "--max-runs",
    String(maxRuns),
    "--budget-ms",
    String(Math.round(timeoutMs * 0.6)),
  ];
  return new Promise((resolve) => {
    const result: ChildResult = { runs: [], timedOut: false };
    const child = fork(worker, args, {
      execArgv: ["--import", "tsx", "--max-old-space-size=16384"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      resolve(result);
    };
    // Guard against a hang before "ready" (building a million-row workbook takes seconds, not minutes).
    const setupTimer = setTimeout(() => {
      result.error = "worker did not become ready within 10 minutes";
      child.kill("SIGKILL");
    }, 600_000);
    child.on("message", (m: unknown) => {
      if (!isWorkerMessage(m)) return;
      if (m.type === "ready") {
        clearTimeout(setupTimer);
        timer = setTimeout(() => {
          // Runs that already finished still count; the one in flight is abandoned.
          result.timedOut = result.runs.length === 0;
          child.kill("SIGKILL");
        }, timeoutMs);
      } else if (m.type === "run") {
        result.runs.push(m.ms);
        if (result.digest === undefined && m.digest !== undefined) result.digest = m.digest;
      } else if (m.type === "error") {
        result.error = m.message;
      }
    });
    child.on("exit", (code, signal) => {
      clearTimeout(setupTimer);
      if (!result.timedOut && result.runs.length === 0 && !result.error)
        result.error = `worker exited (code ${code}, signal ${signal})`;
      finish();
    });
    child.on("error", (e) => {
      result.error = e.message;
      finish();
    });
  });
}
