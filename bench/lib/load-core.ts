/**
 * Loads the KAM.* functions for timing. By default they are bundled first with esbuild
 * (single scope-hoisted ESM file, like the production webpack build): under tsx each
 * module's exports are getters, and those cross-module calls cost ~40% in hot loops,
 * which Excel never pays. `--core source` times the tsx-loaded sources instead.
 * esbuild comes with tsx; if it is missing we fall back to the sources and say so.
 *
 * Above the functions' spill limit (MAX_SPILL_ROWS) KAM.SCORE/KAM.TIER return a single
 * #VALUE! pointing to the task pane, so at those sizes the bench times the spill bodies
 * in src/functions/spills.ts: the same code without the O(1) size guard.
 */
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { benchDir } from "./child";

type Fn = (...args: unknown[][][]) => unknown[][];

/** The functions under test, as the bench calls them (2-D arrays in, 2-D arrays out). */
export interface KamFunctions {
  score(dimensions: unknown[][]): unknown[][];
  tier(contribution: unknown[][], potential: unknown[][]): unknown[][];
  pipeline(stages: unknown[][], amounts: unknown[][], statuses?: unknown[][]): unknown[][];
}

export type CoreMode = "bundle" | "source";

export interface LoadedCore {
  /** The KAM.* entry points of functions.ts. */
  fns: KamFunctions;
  /** The same bodies without the spill-size guard, when spills.ts exports them. */
  bodies: KamFunctions | null;
  /** Rows above which the entry points refuse to spill (Infinity when unknown). */
  maxSpillRows: number;
  mode: CoreMode;
  note?: string;
}

function fn(m: Record<string, unknown>, name: string): Fn | null {
  const f = m[name];
  return typeof f === "function" ? (f as Fn) : null;
}

function toKam(m: unknown, names: [string, string, string]): KamFunctions | null {
  if (typeof m !== "object" || m === null) return null;
  const r = m as Record<string, unknown>;
  const [s, t, p] = names.map((n) => fn(r, n));
  if (!s || !t || !p) return null;
  return { score: (d) => s(d), tier: (c, q) => t(c, q), pipeline: (st, a, su) => p(st, a, su ?? []) };
}

function fromModules(functions: unknown, spills: unknown, args: unknown, mode: CoreMode, note?: string): LoadedCore {
  const fns = toKam(functions, ["score", "tier", "pipeline"]);
  if (!fns) throw new Error("src/functions/functions.ts does not export score, tier and pipeline");
  const limit =
    typeof args === "object" && args !== null ? (args as Record<string, unknown>).MAX_SPILL_ROWS : undefined;
  return {
    fns,
    bodies: toKam(spills, ["scoreSpill", "tierSpill", "pipelineSpill"]),
    maxSpillRows: typeof limit === "number" ? limit : Infinity,
    mode,
    ...(note ? { note } : {}),
  };
}

async function loadSource(note?: string): Promise<LoadedCore> {
  const [functions, spills, args] = await Promise.all([
    import("../../src/functions/functions"),
    import("../../src/functions/spills").catch(() => null),
    import("../../src/functions/args").catch(() => null),
  ]);
  return fromModules(functions, spills, args, "source", note);
}

export async function loadCore(mode: CoreMode): Promise<LoadedCore> {
  if (mode === "source") return loadSource();
  const dir = path.resolve(benchDir(), "../src/functions");
  const outfile = path.join(os.tmpdir(), `ninegrid-bench-functions-${process.pid}.mjs`);
  try {
    const esbuild = await import("esbuild");
    // Namespace re-exports so a renamed internal export degrades to "no bodies" instead of a build error.
    const contents = [
      `export * as functions from "./functions";`,
      `export * as spills from "./spills";`,
      `export * as args from "./args";`,
    ].join("\n");
    await esbuild.build({
      stdin: { contents, resolveDir: dir, loader: "ts", sourcefile: "bench-entry.ts" },
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outfile,
      logLevel: "error",
    });
    const mod: unknown = await import(pathToFileURL(outfile).href);
    const m = (typeof mod === "object" && mod !== null ? mod : {}) as Record<string, unknown>;
    return fromModules(m.functions, m.spills, m.args, "bundle");
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return loadSource(`bundling failed (${why}); timed the tsx-loaded sources`);
  }
}
