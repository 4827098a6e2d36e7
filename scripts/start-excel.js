"use strict";
/**
 * `npm run start:excel`: the dev server over https (Office only loads add-ins from https URLs), with a
 * localhost certificate from office-addin-dev-certs (created and trusted on first use, which may prompt).
 * On Windows and Mac it then sideloads manifest.xml into desktop Excel with office-addin-debugging when that
 * package is installed (`npx office-addin-debugging` otherwise, as printed), and unregisters it on exit.
 * The playground is served too: https://localhost:3000/playground.html. Extra arguments go to `webpack serve`.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = 3000;

/** The office-addin-debugging command line, or null when the package is not installed. */
function debuggingCli() {
  try {
    const pkgPath = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8"));
    const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && pkg.bin["office-addin-debugging"];
    return bin ? path.join(path.dirname(pkgPath), bin) : null;
  } catch {
    return null;
  }
}

/** Resolves once https://localhost:PORT answers (the certificate is the dev one, so it is not verified here). */
function waitForServer(timeoutMs = 300_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(
        { host: "localhost", port: PORT, path: "/manifest.xml", rejectUnauthorized: false, timeout: 2000 },
        (res) => {
          res.resume();
          resolve();
        },
      );
      req.on("error", retry);
      req.on("timeout", () => req.destroy());
    };
    const retry = () => {
      if (Date.now() - started > timeoutMs) reject(new Error(`the dev server did not answer on port ${PORT}`));
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

const cli = require.resolve("webpack-cli/bin/cli.js");
const server = spawn(process.execPath, [cli, "serve", "--mode", "development", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, HTTPS: "1" },
});

const desktop = process.platform === "win32" || process.platform === "darwin";
const debugging = desktop ? debuggingCli() : null;
let sideloaded = false;

if (desktop && !debugging)
  console.log(
    "\nTo open the add-in in desktop Excel: npx office-addin-debugging start manifest.xml desktop --app excel" +
      "\n(or install office-addin-debugging as a dev dependency and this script sideloads it for you).\n",
  );
else if (!desktop)
  console.log(
    "\nSideload manifest.xml in Excel on the web (Insert > Add-ins > Upload My Add-in) to try it in Excel.\n",
  );

if (debugging)
  waitForServer()
    .then(() => {
      const child = spawn(process.execPath, [debugging, "start", MANIFEST, "desktop", "--app", "excel"], {
        stdio: "inherit",
      });
      child.on("exit", (code) => {
        sideloaded = code === 0;
        if (code !== 0) console.error(`office-addin-debugging exited with code ${code}; the dev server keeps running.`);
      });
    })
    .catch((error) => console.error(`Not sideloaded: ${error.message}`));

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (sideloaded && debugging) {
    // Unregister the add-in, then stop the server.
    const child = spawn(process.execPath, [debugging, "stop", MANIFEST], { stdio: "inherit" });
    child.on("exit", () => server.kill(signal));
  } else server.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
server.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
