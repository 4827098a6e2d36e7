"use strict";
/**
 * Webpack plugin that renders dist/help.html from the generated functions.json, so the help page that
 * each function's @helpurl points to always matches the JSDoc (one source of truth: src/functions/functions.ts).
 */

const { Compilation, sources } = require("webpack");

const PLUGIN = "NinegridHelpPagePlugin";

/** @param {unknown} text */
function escapeHtml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Anchor used by @helpurl, e.g. SCORE -> "kam-score". */
function anchorFor(functionName) {
  return `kam-${String(functionName).toLowerCase()}`;
}

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string,
 *   parameters?: Array<{ name: string, description?: string, optional?: boolean, dimensionality?: string }>,
 *   result?: { dimensionality?: string } }> }} metadata parsed functions.json
 * @param {string} namespace e.g. "KAM"
 * @returns {string} HTML document
 */
function renderHelpPage(metadata, namespace) {
  const sections = metadata.functions.map((fn) => {
    const params = fn.parameters ?? [];
    const syntax = params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    const rows = params
      .map(
        (p) =>
          `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? "optional" : "required"}</td>` +
          `<td>${p.dimensionality === "matrix" ? "range" : "value"}</td><td>${escapeHtml(p.description ?? "")}</td></tr>`,
      )
      .join("\n        ");
    return `
    <section id="${anchorFor(fn.name)}">
      <h2>${escapeHtml(namespace)}.${escapeHtml(fn.name)}</h2>
      <p>${escapeHtml(fn.description ?? "")}</p>
      <pre><code>=${escapeHtml(namespace)}.${escapeHtml(fn.name)}(${escapeHtml(syntax)})</code></pre>
      <table>
        <thead><tr><th>Argument</th><th></th><th>Takes</th><th>Meaning</th></tr></thead>
        <tbody>
        ${rows}
        </tbody>
      </table>
      <p>Returns a ${fn.result?.dimensionality === "matrix" ? "spilled range" : "single value"}.</p>
    </section>`;
  });
  const toc = metadata.functions
    .map((fn) => `<li><a href="#${anchorFor(fn.name)}">${escapeHtml(namespace)}.${escapeHtml(fn.name)}</a></li>`)
    .join("\n        ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Ninegrid help</title>
    <style>
      body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #242424; line-height: 1.5; }
      h1 { color: #0f5fa8; }
      section { border-top: 1px solid #d1d1d1; padding-top: 0.5rem; margin-top: 1.5rem; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem; border-bottom: 1px solid #eee; }
      pre { background: #f5f5f5; padding: 0.5rem; overflow-x: auto; }
    </style>
  </head>
  <body>
    <h1 id="top">Ninegrid help</h1>
    <p>
      Ninegrid adds account scoring, nine-grid tiering, coverage and pipeline functions to Excel under the
      <code>${escapeHtml(namespace)}.</code> prefix, plus a task pane for reports. Every function takes ranges and
      spills one result per row; blanks, text and errors in a range mark only the affected cells.
    </p>
    <nav>
      <ul>
        ${toc}
      </ul>
    </nav>${sections.join("\n")}
    <section id="privacy">
      <h2>Privacy</h2>
      <p>Ninegrid sends no telemetry and makes no network calls except loading Office.js. Your workbook data stays in Excel.</p>
    </section>
  </body>
</html>
`;
}

class HelpPagePlugin {
  /** @param {{ metadata?: string, output?: string, namespace?: string }} [options] */
  constructor(options = {}) {
    this.metadata = options.metadata ?? "functions.json";
    this.output = options.output ?? "help.html";
    this.namespace = options.namespace ?? "KAM";
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.metadata);
        if (!asset) {
          compilation.errors.push(
            new Error(`${PLUGIN}: ${this.metadata} was not generated, cannot write ${this.output}`),
          );
          return;
        }
        const metadata = JSON.parse(asset.source.source().toString());
        compilation.emitAsset(this.output, new sources.RawSource(renderHelpPage(metadata, this.namespace)));
      });
    });
  }
}

module.exports = { HelpPagePlugin, renderHelpPage, anchorFor };
