/**
 * Every `=KAM.*` example in README.md is evaluated and compared with the result written under it, so
 * the reference cannot drift from the code. Examples use Excel array constants ({1;2} is a column,
 * {1,2} a row); a result is an array constant or a Markdown table.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as kam from "../../src/functions/functions";

type Cell = string | number | boolean | null;

/** Splits at top-level separators, outside quotes and braces. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "{") depth++;
    else if (!quoted && ch === "}") depth--;
    if (!quoted && depth === 0 && ch === sep) {
      parts.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  parts.push(cur.trim());
  return parts;
}

function scalar(s: string): Cell {
  if (s === "") return null;
  if (s.startsWith('"')) return s.slice(1, -1).replace(/""/g, '"');
  if (s === "TRUE" || s === "FALSE") return s === "TRUE";
  const n = Number(s);
  if (Number.isNaN(n)) throw new Error(`cannot read ${s}`);
  return n;
}

function arrayConstant(s: string): Cell[][] {
  const inner = s.slice(1, -1);
  return inner.split(";").map((row) => splitTop(row, ",").map(scalar));
}

const arg = (s: string): unknown => (s === "" ? null : s.startsWith("{") ? arrayConstant(s) : scalar(s));

function evaluate(formula: string): unknown[][] {
  const m = /^=KAM\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a KAM formula: ${formula}`);
  const fn = (kam as Record<string, (...a: unknown[]) => unknown[][]>)[m[1].toLowerCase()];
  return fn(...splitTop(m[2], ",").map(arg));
}

function markdownTable(lines: string[]): Cell[][] {
  return lines
    .filter((_, i) => i !== 1) // the |---| separator
    .map((l) =>
      l
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim()),
    )
    .map((cells) => cells.map((c) => (c === "" ? "" : Number.isNaN(Number(c)) ? c : Number(c))));
}

const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const examples: { formula: string; expected: Cell[][] }[] = [];
const re = /```excel\n(=KAM\.[^\n]+)\n```\n+→ ?(`([^`]+)`|\n+((?:\|[^\n]*\n?)+))/g;
for (let m = re.exec(readme); m; m = re.exec(readme)) {
  examples.push({ formula: m[1], expected: m[3] ? arrayConstant(m[3]) : markdownTable(m[4].trim().split("\n")) });
}

describe("README function reference", () => {
  it("documents every KAM function with at least one example", () => {
    const documented = new Set(examples.map((e) => e.formula.slice(5, e.formula.indexOf("("))));
    expect([...documented].sort()).toEqual([
      "BAND",
      "COVERAGE",
      "MOVEMENT",
      "PIPELINE",
      "SCORE",
      "TIER",
      "TOPPCT",
      "WEIGHTED",
    ]);
  });

  it.each(examples.map((e) => [e.formula, e.expected] as const))("%s", (formula, expected) => {
    expect(evaluate(formula)).toEqual(expected);
  });
});
