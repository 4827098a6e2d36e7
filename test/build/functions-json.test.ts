/**
 * The built dist/functions.json is what Excel reads to register KAM.*; these checks pin the public signatures
 * (ids, argument names and order, optional arguments, range vs single value) so a rename cannot slip through.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, ensureBuild } from "./build-output";

interface Parameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

/** "[name]" = optional, ":scalar" = a single value (everything else is an any[][] range). */
const EXPECTED: Record<string, string[]> = {
  SCORE: ["dimensions", "[weights]", "[method]:scalar", "[segments]"],
  BAND: ["values", "[cut1]:scalar", "[cut2]:scalar", "[segments]"],
  TIER: ["contribution", "potential", "[contributionCuts]", "[potentialCuts]", "[tierMap]", "[segments]"],
  TOPPCT: ["scores", "[percent]", "[segments]"],
  WEIGHTED: ["amounts", "stages", "[statuses]", "[stageTable]"],
  PIPELINE: ["stages", "amounts", "[statuses]", "[stageTable]"],
  COVERAGE: ["accounts", "assignAccounts", "assignTeamTypes", "[assignRoles]", "[tiers]"],
  MOVEMENT: ["previousStages", "currentStages", "[previousStatuses]", "[currentStatuses]", "[stageTable]"],
};

function parseSpec(spec: string): { name: string; optional: boolean; dimensionality: string } {
  const [decl, kind] = spec.split(":");
  const optional = decl.startsWith("[");
  return { name: optional ? decl.slice(1, -1) : decl, optional, dimensionality: kind ?? "matrix" };
}

/** First line of the JSDoc block directly above `export function <name>(` in functions.ts. */
function ownJsDocSummary(source: string, functionName: string): string | undefined {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${functionName}\\s*\\(`).exec(source);
  return match?.[1]
    .split("\n")
    .map((line) => line.replace(/^\s*\*\s?/, "").trim())
    .find((line) => line.length > 0);
}

let functions: FunctionMetadata[];
let source: string;

beforeAll(async () => {
  await ensureBuild();
  functions = (JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: FunctionMetadata[] })
    .functions;
  source = readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8");
}, 300_000);

const byId = (id: string) => functions.find((fn) => fn.id === id);

test("declares exactly the eight KAM functions", () => {
  expect(functions.map((fn) => fn.id).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.entries(EXPECTED))("KAM.%s", (id, specs) => {
  test("id and name", () => {
    const fn = byId(id);
    expect(fn).toBeDefined();
    expect(fn?.name).toBe(id);
  });

  test("parameter names in order", () => {
    expect(byId(id)?.parameters.map((p) => p.name)).toEqual(specs.map((s) => parseSpec(s).name));
  });

  test("optional parameters follow the JSDoc [name] markers", () => {
    expect(byId(id)?.parameters.map((p) => p.optional === true)).toEqual(specs.map((s) => parseSpec(s).optional));
  });

  test("ranges are matrix, single values scalar, all typed any", () => {
    const parameters = byId(id)?.parameters ?? [];
    expect(parameters.map((p) => p.dimensionality ?? "scalar")).toEqual(specs.map((s) => parseSpec(s).dimensionality));
    expect(parameters.map((p) => p.type)).toEqual(specs.map(() => "any"));
  });

  test("spills a matrix result", () => {
    expect(byId(id)?.result.dimensionality).toBe("matrix");
  });

  test("every parameter is described", () => {
    for (const p of byId(id)?.parameters ?? []) expect(p.description?.trim()).toBeTruthy();
  });

  test("description comes from the function's own JSDoc (not the file header)", () => {
    const summary = ownJsDocSummary(source, id.toLowerCase());
    expect(summary).toBeTruthy();
    expect(byId(id)?.description?.startsWith(summary as string)).toBe(true);
  });
});

/** id="x" or, after HTML minification, id=x. */
const anchor = (id: string) => new RegExp(`\\sid="?${id}[\\s">]`);

test("help URLs point into the built help page", () => {
  const help = readFileSync(join(DIST, "help.html"), "utf8");
  for (const fn of functions) {
    expect(help).toMatch(anchor(`kam-${fn.id.toLowerCase()}`));
    if (fn.helpUrl) {
      const url = new URL(fn.helpUrl);
      expect(`${url.origin}${url.pathname}`).toBe("https://localhost:3000/help.html");
      expect(help).toMatch(anchor(url.hash.slice(1)));
    }
  }
});
