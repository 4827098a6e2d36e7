/**
 * One write path (ARCHITECTURE.md): only the executor syncs when writing, and every operation is
 * idempotent (a rerun changes nothing: no new sheets, columns, names or settings).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { NO_DELAY, OPERATIONS } from "./write-operations";

const EXCEL_DIR = join(__dirname, "../../src/excel");

/** Files that sync for reading only: the source reader (and its cell selection) and the model loader. */
const READ_PATH: Record<string, number> = {
  "read-source.ts": Infinity,
  "settings-store.ts": 1,
  // Finding the plan tables for a report or the Data pane, and Go to plan row (reads, then a selection).
  "plan-tables-find.ts": 1,
  "plan-tables-select.ts": 3,
};

describe("one write path", () => {
  it("has no context.sync in src/excel outside the executor and the read path", () => {
    const found: string[] = [];
    for (const file of readdirSync(EXCEL_DIR).filter((f) => f.endsWith(".ts"))) {
      if (file === "write-executor.ts") continue;
      const code = readFileSync(join(EXCEL_DIR, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      const syncs = code.match(/\.sync\s*\(/g)?.length ?? 0;
      if (syncs > (READ_PATH[file] ?? 0)) found.push(`${file}: ${syncs}`);
    }
    expect(found).toEqual([]);
  });

  it("the executor is where the sync is, so the check above can see one", () => {
    const code = readFileSync(join(EXCEL_DIR, "write-executor.ts"), "utf8");
    expect(code.match(/context\.sync\s*\(/g)?.length).toBe(1);
  });
});

describe("idempotent reruns", () => {
  it.each(OPERATIONS.map((op) => [op.name, op] as const))("%s twice gives the workbook of once", async (_, op) => {
    const host = op.setup();
    await op.prepare?.(host);
    await op.run(host, NO_DELAY);
    const once = host.workbookSnapshot();
    const sheets = host.sheetNames();
    await op.run(host, NO_DELAY);
    expect(host.sheetNames()).toEqual(sheets);
    expect(host.workbookSnapshot()).toBe(once);
  });
});
