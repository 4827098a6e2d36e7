"use strict";
/**
 * Copies the README's screenshots from the browser tests' output to docs/screenshots/ (committed). The
 * pictures come from two browser tests: new-user.test.ts (the English panes and report sheets) and
 * language.test.ts (the Chinese pane and report sheets). Whatever is missing under test-output/screenshots/,
 * this script makes first by running the test files that save it, so `npm run screenshots` works on its own;
 * `--fresh` reruns them even when the pictures are there.
 */

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const FROM = path.join(ROOT, "test-output", "screenshots");
const TO = path.join(ROOT, "docs", "screenshots");

/** docs/screenshots/<name> ← test-output/screenshots/<source> */
const CHOSEN = {
  "playground.png": "playground-nine-grid.png",
  "taskpane-data.png": "pane-data.png",
  "taskpane-model.png": "pane-model.png",
  "taskpane-nine-grid.png": "pane-nine-grid.png",
  "taskpane-zh-CN.png": "pane-data-zh-CN.png",
  "report-nine-grid.png": "report-nine-grid.png",
  "report-coverage.png": "report-coverage.png",
  "report-pipeline.png": "report-pipeline.png",
  "report-quotas.png": "report-quotas.png",
  "report-contents.png": "report-contents.png",
  "taskpane-pack.png": "pane-pack.png",
  "report-key-accounts.png": "report-key-accounts.png",
  "report-key-projects.png": "report-key-projects.png",
  "report-contract-execution.png": "report-contract-execution.png",
  "report-rep-performance.png": "report-rep-performance.png",
  "report-regional-composition.png": "report-regional-composition.png",
  "report-customer-purchases.png": "report-customer-purchases.png",
  "report-nine-grid-zh-CN.png": "report-nine-grid-zh-CN.png",
  "report-nine-grid-chart-zh-CN.png": "report-nine-grid-chart-zh-CN.png",
  "report-coverage-zh-CN.png": "report-coverage-zh-CN.png",
  "report-pipeline-zh-CN.png": "report-pipeline-zh-CN.png",
  "report-quotas-zh-CN.png": "report-quotas-zh-CN.png",
  "report-key-accounts-zh-CN.png": "report-key-accounts-zh-CN.png",
  "report-movement.png": "report-movement.png",
};

/** The browser test that saves each source picture: the reports of their own tests first, then by language. */
const OWN_TEST = [
  [/key-accounts/, "test/e2e/key-accounts.test.ts"],
  [/movement/, "test/e2e/movement.test.ts"],
  [/contents|pack/, "test/e2e/pack.test.ts"],
  [
    /key-projects|contract-execution|rep-performance|regional-composition|customer-purchases/,
    "test/e2e/report-set.test.ts",
  ],
];
const testOf = (source) =>
  (OWN_TEST.find(([pattern]) => pattern.test(source)) ?? [])[1] ??
  (/zh-CN/.test(source) ? "test/e2e/language.test.ts" : "test/e2e/new-user.test.ts");

const fresh = process.argv.includes("--fresh");
const needed = Object.values(CHOSEN).filter((source) => fresh || !fs.existsSync(path.join(FROM, source)));
const tests = [...new Set(needed.map(testOf))];
if (tests.length) {
  console.log(`Saving the pictures with ${tests.join(" and ")}…`);
  const run = spawnSync("npx", ["jest", ...tests], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (run.status !== 0) {
    console.error(`The browser tests failed (exit ${run.status}); docs/screenshots/ is left as it was.`);
    process.exit(1);
  }
}

const missing = Object.values(CHOSEN).filter((source) => !fs.existsSync(path.join(FROM, source)));
if (missing.length) {
  console.error(
    `Still missing in ${path.relative(ROOT, FROM)} after the browser tests: ${missing.join(", ")}.\n` +
      "They need /usr/bin/chromium (see test/e2e/README.md): without it the tests skip and save nothing.",
  );
  process.exit(1);
}

fs.mkdirSync(TO, { recursive: true });
for (const [name, source] of Object.entries(CHOSEN)) {
  fs.copyFileSync(path.join(FROM, source), path.join(TO, name));
  console.log(`${path.relative(ROOT, path.join(TO, name))} ← ${source}`);
}
