"use strict";
/**
 * Webpack plugin that fails the build when a bundle pulls in a package it must not contain:
 * test-only engines (HyperFormula, Arquero, fast-check) anywhere, and UI libraries in the
 * custom-functions bundle (the functions runtime must stay small and DOM-free).
 */

const PLUGIN = "NinegridBundleGuardPlugin";

/** @param {string} name */
const pkg = (name) => new RegExp(`[\\\\/]node_modules[\\\\/]${name.replace("/", "[\\\\/]")}[\\\\/]`);

const DEFAULT_RULES = {
  "*": [pkg("hyperformula"), pkg("arquero"), pkg("fast-check")],
  functions: [
    pkg("react"),
    pkg("react-dom"),
    pkg("scheduler"),
    /[\\/]node_modules[\\/]@fluentui[\\/]/,
    /[\\/]node_modules[\\/]@griffel[\\/]/,
  ],
};

class BundleGuardPlugin {
  /** @param {Record<string, RegExp[]>} [rules] chunk name (or "*") -> forbidden module path patterns */
  constructor(rules = DEFAULT_RULES) {
    this.rules = rules;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.afterCompile.tap(PLUGIN, (compilation) => {
      for (const chunk of compilation.chunks) {
        const patterns = [...(this.rules["*"] ?? []), ...((chunk.name && this.rules[chunk.name]) || [])];
        const reported = new Set();
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          // Production builds concatenate modules; check every module inside a concatenation too.
          const inner = module.modules ? [...module.modules] : [module];
          for (const resource of inner.map((m) => m.resource ?? "")) {
            const hit = patterns.find((p) => p.test(resource));
            if (hit && !reported.has(hit)) {
              reported.add(hit); // one error per forbidden package, naming the first module found
              compilation.errors.push(
                new Error(`${PLUGIN}: chunk "${chunk.name}" must not include ${resource} (matched ${hit})`),
              );
            }
          }
        }
      }
    });
  }
}

module.exports = { BundleGuardPlugin, DEFAULT_RULES };
