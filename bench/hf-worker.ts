/**
 * Child process for one HyperFormula measurement (started by bench/lib/child.ts).
 * Builds the inputs and the workbook content, says "ready", then times
 * buildFromSheets (which evaluates every formula) + reading the results, a few times
 * while within budget. Usage: --task score+tier|pipeline --rows N --seed S --max-runs R --budget-ms B
 */
import { pipelineSheets, runPipelineHF, runScoreTierHF, scoreTierSheets } from "./baselines/hyperformula";
import { pipelineInput, scoreTierInput } from "./data";
import { scoreTierDigest } from "./lib/reference";
import type { WorkerMessage } from "./lib/child";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`missing --${name}`);
  return v;
}

function send(m: WorkerMessage, then?: () => void): void {
  if (process.send) process.send(m, undefined, {}, () => then?.());
  else {
    console.log(JSON.stringify(m));
    then?.();
  }
}

/** Ends once the last message is flushed (the IPC channel would otherwise keep us alive). */
function sendLast(m: WorkerMessage): void {
  send(m, () => {
    if (process.connected) process.disconnect();
  });
}

function main(): void {
  const task = arg("task");
  const rows = Number(arg("rows"));
  const seed = Number(arg("seed", "42"));
  const maxRuns = Number(arg("max-runs", "3"));
  const budgetMs = Number(arg("budget-ms", "30000"));
  let runOnce: () => { ms: number; digest: unknown };
  if (task === "score+tier") {
    const input = scoreTierInput(rows, seed);
    const sheets = scoreTierSheets(input.cols);
    runOnce = () => {
      const r = runScoreTierHF(sheets, rows);
      return { ms: r.ms, digest: scoreTierDigest(r.score, r.tier) };
    };
  } else if (task === "pipeline") {
    const input = pipelineInput(rows, seed);
    const sheets = pipelineSheets(input.cols);
    runOnce = () => {
      const r = runPipelineHF(sheets, rows);
      return { ms: r.ms, digest: r.digest };
    };
  } else {
    throw new Error(`unknown task ${task}`);
  }
  send({ type: "ready" });
  let spent = 0;
  for (let i = 0; i < maxRuns; i++) {
    const r = runOnce();
    spent += r.ms;
    send({ type: "run", ms: r.ms, digest: i === 0 ? r.digest : undefined });
    // Another run only if it will likely fit in the budget.
    if (spent + r.ms > budgetMs) break;
  }
  sendLast({ type: "done" });
}

try {
  main();
} catch (e) {
  process.exitCode = 1;
  sendLast({ type: "error", message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
