"use strict";
/**
 * `npm run start:excel`: the dev server over https (Office only loads add-ins from https URLs), with a
 * localhost certificate from office-addin-dev-certs (created and trusted on first use, which may prompt).
 * Extra arguments are passed to `webpack serve`.
 */
const { spawn } = require("child_process");

const cli = require.resolve("webpack-cli/bin/cli.js");
const child = spawn(process.execPath, [cli, "serve", "--mode", "development", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, HTTPS: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
