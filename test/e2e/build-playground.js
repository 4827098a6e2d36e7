"use strict";
/**
 * Builds the playground (webpack.config.js with `env.playground`, development mode) into
 * test-output/playground-dist/, unless the last build there is newer than every file it was made from.
 * Run by the e2e tests in a child process (webpack stays out of Jest's module sandbox), or by hand:
 *   node test/e2e/build-playground.js [--force] [--run=<id>]
 * `--run` names the test run: a build made for the same run is reused as it is, so a source edited while
 * the tests run never rebuilds (and empties) the folder under a page another test file is loading.
 * After a build, test-output/playground-dist/.inputs.json lists the source files webpack read (outside
 * node_modules); the build is fresh while none of them, webpack.config.js or package-lock.json is newer.
 * A lock directory keeps parallel Jest workers from building at the same time.
 */

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "test-output", "playground-dist");
const STAMP = path.join(OUT, ".inputs.json");
const LOCK = path.join(ROOT, "test-output", ".playground-build.lock");
const LOCK_STALE_MS = 10 * 60 * 1000;
const RUN_REUSE_MS = 60 * 60 * 1000;
const ALWAYS = ["webpack.config.js", "package-lock.json", "tsconfig.json"].map((f) => path.join(ROOT, f));

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Infinity; // a deleted input makes the build stale
  }
};

const isFile = (file) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** True when the stamp exists and no recorded input (nor the config or lockfile) changed since. */
function isFresh(run) {
  if (!fs.existsSync(STAMP) || !fs.existsSync(path.join(OUT, "playground.html"))) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  let inputs;
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, "utf8"));
    // Same run (process ids are reused in time, so only a recent build counts).
    if (run && stamp.run === run && Date.now() - built < RUN_REUSE_MS) return true;
    inputs = stamp.inputs;
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  // A new file in a folder the playground reads (e.g. a new source module) shows up as a folder mtime change.
  const dirs = new Set(inputs.map((f) => path.dirname(path.join(ROOT, f))).filter((d) => d !== ROOT));
  return [...inputs.map((f) => path.join(ROOT, f)), ...ALWAYS, ...dirs].every((f) => mtime(f) <= built);
}

async function build(run) {
  const webpack = require("webpack");
  const configFactory = require(path.join(ROOT, "webpack.config.js"));
  const config = await configFactory({ playground: true, outputPath: OUT }, { mode: "development" });
  // Never let a config that ignores outputPath overwrite dist/ (the production build the build tests check).
  const outputs = (Array.isArray(config) ? config : [config]).map((c) => path.resolve(c.output?.path ?? ""));
  if (outputs.some((p) => p !== OUT))
    throw new Error(`webpack.config.js did not build into env.outputPath (${OUT}) but into ${outputs.join(", ")}`);
  const stats = await new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, result) => {
      compiler.close(() => (error ? reject(error) : resolve(result)));
    });
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  const files = new Set();
  for (const s of stats.stats ?? [stats])
    for (const f of s.compilation.fileDependencies) {
      const rel = path.relative(ROOT, f);
      if (rel && !rel.startsWith("..") && !rel.split(path.sep).includes("node_modules") && isFile(f))
        files.add(rel.split(path.sep).join("/"));
    }
  if (!fs.existsSync(path.join(OUT, "playground.html")))
    throw new Error(`The playground build did not emit ${path.relative(ROOT, OUT)}/playground.html`);
  const stamp = { builtAt: new Date().toISOString(), run, inputs: [...files].sort() };
  fs.writeFileSync(STAMP, JSON.stringify(stamp, null, 1));
}

function tryLock() {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  try {
    fs.mkdirSync(LOCK);
    return true;
  } catch {
    // A crashed run can leave the lock behind; take it over once it is clearly stale.
    if (fs.existsSync(LOCK) && Date.now() - fs.statSync(LOCK).mtimeMs > LOCK_STALE_MS)
      fs.rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

const sleep = (ms) => new Promise((wake) => setTimeout(wake, ms));

async function main() {
  const force = process.argv.includes("--force");
  const run = process.argv.find((a) => a.startsWith("--run="))?.slice("--run=".length) || undefined;
  const started = Date.now();
  while (force || !isFresh(run)) {
    if (tryLock()) {
      try {
        if (force || !isFresh(run)) {
          await build(run);
          console.log(`playground built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${OUT}`);
        }
      } finally {
        fs.rmSync(LOCK, { recursive: true, force: true });
      }
      return;
    }
    await sleep(250);
  }
  // Claim the fresh build for this run, so later test files of the run use it whatever is edited meanwhile.
  if (run) {
    const stamp = JSON.parse(fs.readFileSync(STAMP, "utf8"));
    if (stamp.run !== run) fs.writeFileSync(STAMP, JSON.stringify({ ...stamp, run }, null, 1));
  }
  console.log(`playground is up to date: ${OUT}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack || error.message : error);
  process.exit(1);
});
