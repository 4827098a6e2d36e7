"use strict";
/**
 * Copies the README's screenshots from the browser tests' output to docs/screenshots/ (committed).
 * Run the e2e tests first (`npx jest --selectProjects e2e`), which save every pane and report sheet
 * under test-output/screenshots/, then `npm run screenshots`.
 */

const fs = require("fs");
const path = require("path");

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
};

const missing = Object.values(CHOSEN).filter((source) => !fs.existsSync(path.join(FROM, source)));
if (missing.length) {
  console.error(
    `Missing in ${path.relative(ROOT, FROM)}: ${missing.join(", ")}.\nRun the browser tests first: npx jest --selectProjects e2e`,
  );
  process.exit(1);
}

fs.mkdirSync(TO, { recursive: true });
for (const [name, source] of Object.entries(CHOSEN)) {
  fs.copyFileSync(path.join(FROM, source), path.join(TO, name));
  console.log(`${path.relative(ROOT, path.join(TO, name))} ← ${source}`);
}
