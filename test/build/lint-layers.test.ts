/**
 * ARCHITECTURE.md's "may import" column is enforced by ESLint (eslint.config.mjs). These tests lint small
 * probe files as if they sat in each layer, so a rule that stops firing (a renamed folder, a broken pattern)
 * fails here instead of silently allowing a wrong import.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const use = (imports: string) => `${imports}\nexport const probe = [a];\n`;
const sync = "export async function f(context: { sync(): Promise<void> }) {\n  await context.sync();\n}\n";
const run = "declare const Excel: { run(b: unknown): void };\nexport const f = () => Excel.run(() => 1);\n";

const FORBIDDEN: [string, string][] = [
  ["src/core/probe.ts", 'import { a } from "../excel/run";'],
  ["src/core/probe.ts", 'import { a } from "../reports/plan";'],
  ["src/core/probe.ts", 'import a from "react";'],
  ["src/core/probe.ts", 'import { a } from "@fluentui/react-components";'],
  ["src/functions/probe.ts", 'import { a } from "../reports";'],
  ["src/functions/probe.ts", 'import { a } from "../excel/run";'],
  ["src/reports/probe.ts", 'import { a } from "../excel/apply-plan";'],
  ["src/reports/probe.ts", 'import { a } from "../taskpane/context";'],
  ["src/excel/probe.ts", 'import { a } from "../taskpane/services";'],
  ["src/excel/probe.ts", 'import { a } from "../functions/functions";'],
  ["src/taskpane/components/App/probe.ts", 'import { a } from "../../../functions/spills";'],
  ["src/sample/probe.ts", 'import { a } from "../excel/run";'],
];
const ALLOWED: [string, string][] = [
  ["src/functions/probe.ts", 'import { a } from "../core/cells";'],
  ["src/reports/probe.ts", 'import { a } from "../core/tiering";'],
  ["src/excel/probe.ts", 'import { a } from "../reports/plan";'],
  ["src/taskpane/components/App/probe.ts", 'import { a } from "../../../excel/run";'],
  ["src/taskpane/probe.tsx", 'import a from "react";'],
  ["src/core/probe.ts", 'import { a } from "./cells";'],
];
const HOST_CALLERS = ["src/core/probe.ts", "src/reports/probe.ts", "src/taskpane/components/App/probe.ts"];
/** A function of `lines` lines (issue 11: none over 120 in src). */
const longFunction = (lines: number) =>
  `export function f(): number {\n  let x = 0;\n${"  x++;\n".repeat(lines - 4)}  return x;\n}\n`;
const LENGTH_PROBES = ["src/reports/probe.ts", "src/taskpane/components/App/probe.tsx", "src/core/probe.ts"];

/** Every probe linted in one child process (ESLint's config loader needs a real dynamic import). */
let messages: Map<string, string[]>;
const key = (file: string, code: string) => `${file}\u0000${code}`;
beforeAll(() => {
  const probes = [
    ...[...FORBIDDEN, ...ALLOWED].map(([file, line]) => ({ file, code: use(line) })),
    ...HOST_CALLERS.flatMap((file) => [sync, run].map((code) => ({ file, code }))),
    { file: "src/excel/probe.ts", code: sync },
    ...LENGTH_PROBES.flatMap((file) => [120, 121].map((n) => ({ file, code: longFunction(n) }))),
  ];
  const out = JSON.parse(
    execFileSync(process.execPath, [join(__dirname, "lint-probe.js")], {
      input: JSON.stringify(probes),
      encoding: "utf8",
    }),
  ) as string[][];
  messages = new Map(probes.map((p, i) => [key(p.file, p.code), out[i]]));
}, 120_000);
const layerErrors = (file: string, code: string) => messages.get(key(file, code));

describe("layer rules (no-restricted-imports)", () => {
  it.each(FORBIDDEN)("%s may not %s", (file, line) => {
    expect(layerErrors(file, use(line))).toEqual([expect.stringContaining("ARCHITECTURE.md")]);
  });

  it.each(ALLOWED)("%s may %s", (file, line) => {
    expect(layerErrors(file, use(line))).toEqual([]);
  });
});

describe("only src/excel talks to the workbook (no-restricted-syntax)", () => {
  it.each(HOST_CALLERS)("%s may not call context.sync() or Excel.run", (file) => {
    expect(layerErrors(file, sync)).toEqual([expect.stringContaining("Only src/excel")]);
    expect(layerErrors(file, run)).toEqual([expect.stringContaining("Only src/excel")]);
  });
  it("src/excel may", () => {
    expect(layerErrors("src/excel/probe.ts", sync)).toEqual([]);
  });
});

describe("no function in src over 120 lines (max-lines-per-function)", () => {
  it.each(LENGTH_PROBES)("%s: 120 lines pass, 121 fail", (file) => {
    expect(layerErrors(file, longFunction(120))).toEqual([]);
    expect(layerErrors(file, longFunction(121))).toEqual([expect.stringContaining("too many lines (121)")]);
  });
});
