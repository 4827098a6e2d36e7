/**
 * Makes sure dist/ holds a production build of the current sources, so the build tests check real output.
 * Rebuilds (webpack, programmatically, mode production) when dist/functions.json is missing or older than any
 * build input. A lock directory keeps parallel Jest workers from building at the same time.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const BUILD_STAMP = join(DIST, "functions.json");

/** Everything that can change what `npm run build` emits. */
const INPUTS = ["src", "assets", "scripts", "manifest.xml", "webpack.config.js", "package-lock.json"];
const LOCK = join(ROOT, "node_modules", ".cache", "ninegrid-build.lock");
const LOCK_STALE_MS = 10 * 60 * 1000;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/functions.json exists and is newer than every build input. */
export function isBuildFresh(): boolean {
  if (!existsSync(BUILD_STAMP)) return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) <= built);
}

/** Runs the production webpack build with the project's webpack.config.js. */
export async function runProductionBuild(): Promise<void> {
  const load = createRequire(join(ROOT, "webpack.config.js"));
  const webpack = load("webpack") as typeof import("webpack");
  const configFactory = load("./webpack.config.js") as (
    env: Record<string, unknown>,
    argv: { mode: "production" },
  ) => Promise<import("webpack").Configuration>;
  const config = await configFactory({}, { mode: "production" });
  await new Promise<void>((done, fail) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
        else done();
      });
    });
  });
}

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

function tryLock(): boolean {
  mkdirSync(join(LOCK, ".."), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    // A crashed run can leave the lock behind; take it over once it is clearly stale.
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) {
      rmSync(LOCK, { recursive: true, force: true });
    }
    return false;
  }
}

/** Builds dist/ if it is missing or stale; safe to call from several workers at once. */
export async function ensureBuild(): Promise<void> {
  while (!isBuildFresh()) {
    if (tryLock()) {
      try {
        if (!isBuildFresh()) await runProductionBuild();
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
      return;
    }
    await sleep(250);
  }
}
