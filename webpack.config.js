"use strict";
/**
 * One page hosts both the custom functions and the task pane (shared runtime, SharedRuntime 1.1), so
 * taskpane.html loads both bundles. Production base URL for manifest.xml: env ADDIN_BASE_URL (ends with "/").
 * Dev server: http://localhost:3000 by default; https with office-addin-dev-certs when HTTPS=1 or `--env https`.
 *
 * The playground (test/playground: the task pane beside an in-memory workbook, /playground.html) is added
 * only when serving (`npm start`) or with `--env playground`; `--env outputPath=<dir>` builds elsewhere than
 * dist/. `npm run build` never contains it (nor HyperFormula, which it runs on).
 */

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { normalizeBaseUrl, rewriteManifest } = require("./scripts/rewrite-manifest");
const { HelpPagePlugin } = require("./scripts/help-page");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata");
const { BundleGuardPlugin, DEFAULT_RULES } = require("./scripts/bundle-guard");

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const PLAYGROUND_CHUNK = "playground";

/**
 * The bundle guard's rules for a build with the playground: what DEFAULT_RULES forbids in every chunk still
 * holds for every add-in chunk, but the playground chunk may hold HyperFormula (its in-memory Excel).
 * @param {string[]} chunks entry names of the build
 */
function guardRulesWithPlayground(chunks) {
  const everywhere = DEFAULT_RULES["*"] ?? [];
  /** @type {Record<string, RegExp[]>} */
  const rules = {};
  for (const name of chunks)
    rules[name] =
      name === PLAYGROUND_CHUNK
        ? everywhere.filter((p) => !p.source.includes("hyperformula"))
        : [...everywhere, ...(DEFAULT_RULES[name] ?? [])];
  return rules;
}

/**
 * @param {Record<string, unknown>} [env] webpack-cli --env values (WEBPACK_SERVE is set by `webpack serve`)
 * @param {{ mode?: "production" | "development" | "none" }} [argv]
 * @returns {Promise<import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const baseUrl = process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : undefined;
  const https = process.env.HTTPS === "1" || process.env.HTTPS === "true" || Boolean(env.https);
  const withPlayground = Boolean(env.WEBPACK_SERVE || env.playground);
  const outputPath = typeof env.outputPath === "string" && env.outputPath ? path.resolve(env.outputPath) : undefined;

  /** @type {Record<string, string | string[]>} */
  const entry = {
    // runtime-guard first: in a plain browser (no Office) it stubs CustomFunctions.associate.
    functions: ["./src/functions/runtime-guard.ts", FUNCTIONS_SOURCE],
    taskpane: "./src/taskpane/index.tsx",
  };
  // The host evaluates KAM.* through functions.ts, to which the metadata plugin appends CustomFunctions.associate.
  if (withPlayground) entry[PLAYGROUND_CHUNK] = ["./src/functions/runtime-guard.ts", "./test/playground/index.tsx"];

  const config = {
    mode,
    target: ["web", "es2017"],
    devtool: "source-map",
    entry,
    output: {
      path: outputPath ?? path.resolve(__dirname, "dist"),
      // Fixed names: manifest.xml points at functions.js / functions.json directly.
      filename: "[name].js",
      // Parts the pane downloads on first use (src/taskpane/lazy-part.ts): hashed, so a pane cached from an
      // older version never runs a newer part. "auto": fetched from beside the script that asks, which is the
      // page's folder in Office, under `npm start` and in the playground alike. functions.js has no import(),
      // so it stays one script, as the custom-functions runtime needs.
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
      // Always rewrite, so dist/ mtimes tell the tests whether the build is current.
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // TypeScript "Bundler" resolution lets sources import "./x.js" for ./x.ts.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; ES2017 keeps older Office webviews working.
            options: { transpileOnly: true, compilerOptions: { target: "ES2017", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      // Generates functions.json from the JSDoc and appends CustomFunctions.associate(...) to functions.ts in the bundle.
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        hash: true,
      }),
      ...(withPlayground
        ? [
            // Only the playground's own bundle: no Office.js, nothing from outside the dev server.
            new HtmlWebpackPlugin({
              filename: "playground.html",
              template: "./test/playground/playground.html",
              chunks: [PLAYGROUND_CHUNK],
              scriptLoading: "defer",
              hash: true,
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: { transformer: (content) => rewriteManifest(content.toString("utf8"), baseUrl), cache: false },
          },
        ],
      }),
      new HelpPagePlugin({ metadata: "functions.json", output: "help.html", namespace: "KAM" }),
      // functions.zh-CN.json: Chinese function help, picked by Excel through the manifest's Locale override.
      new LocalizedMetadataPlugin({
        metadata: "functions.json",
        locales: { "zh-CN": path.resolve(__dirname, "src/functions/functions.zh-CN.json") },
      }),
      new BundleGuardPlugin(withPlayground ? guardRulesWithPlayground(Object.keys(entry)) : DEFAULT_RULES),
    ],
    performance: { hints: mode === "production" ? "warning" : false, maxAssetSize: 2e6, maxEntrypointSize: 2e6 },
  };

  if (env.WEBPACK_SERVE) {
    const protocol = https ? "https" : "http";
    config.devServer = {
      host: "localhost",
      port: DEV_PORT,
      // Certificates are only needed (and only generated) when https is asked for.
      server: https
        ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() }
        : { type: "http" },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      onListening: () => {
        console.log(`\nNinegrid dev server: ${protocol}://localhost:${DEV_PORT}/taskpane.html`);
        console.log(`Manifest: ${protocol}://localhost:${DEV_PORT}/manifest.xml`);
        console.log(`Playground: ${protocol}://localhost:${DEV_PORT}/playground.html\n`);
      },
    };
  }

  return config;
};
