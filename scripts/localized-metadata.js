"use strict";
/**
 * Webpack plugin that writes a per-locale copy of functions.json (e.g. functions.zh-CN.json) with translated
 * function and parameter descriptions. This is Office's documented way to localise custom-function help: one
 * metadata file per language, chosen by a <bt:Override Locale="…"> on the metadata URL in manifest.xml. Ids,
 * names and types are copied from the generated functions.json, so the JSDoc stays the one source of truth for
 * everything but the words; a function or parameter without a translation (or a stale one) fails the build.
 */

const fs = require("fs");
const { Compilation, sources } = require("webpack");

const PLUGIN = "NinegridLocalizedMetadataPlugin";

/**
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {{ functions: Record<string, { description: string, parameters?: Record<string, string> }> }} translation
 * @returns {{ metadata: unknown, problems: string[] }}
 */
function localizeMetadata(metadata, translation) {
  const problems = [];
  const known = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translation.functions))
    if (!known.has(id)) problems.push(`${id} is translated but is not a function any more`);
  const functions = metadata.functions.map((fn) => {
    const t = translation.functions[fn.id];
    if (!t || !t.description) {
      problems.push(`${fn.id} has no translated description`);
      return fn;
    }
    const params = fn.parameters ?? [];
    const names = new Set(params.map((p) => p.name));
    for (const name of Object.keys(t.parameters ?? {}))
      if (!names.has(name)) problems.push(`${fn.id}(${name}) is translated but is not a parameter any more`);
    const parameters = params.map((p) => {
      const d = t.parameters?.[p.name];
      if (!d) problems.push(`${fn.id}(${p.name}) has no translated description`);
      return d ? { ...p, description: d } : p;
    });
    return { ...fn, description: t.description, ...(fn.parameters ? { parameters } : {}) };
  });
  return { metadata: { ...metadata, functions }, problems };
}

class LocalizedMetadataPlugin {
  /** @param {{ metadata?: string, locales: Record<string, string> }} options locale → translation JSON path */
  constructor(options) {
    this.metadata = options.metadata ?? "functions.json";
    this.locales = options.locales;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.metadata);
        if (!asset) {
          compilation.errors.push(new Error(`${PLUGIN}: ${this.metadata} was not generated`));
          return;
        }
        const metadata = JSON.parse(asset.source.source().toString());
        for (const [locale, file] of Object.entries(this.locales)) {
          compilation.fileDependencies.add(file);
          const { metadata: localized, problems } = localizeMetadata(
            metadata,
            JSON.parse(fs.readFileSync(file, "utf8")),
          );
          for (const p of problems) compilation.errors.push(new Error(`${PLUGIN} (${locale}): ${p} in ${file}`));
          const output = this.metadata.replace(/\.json$/, `.${locale}.json`);
          compilation.emitAsset(output, new sources.RawSource(JSON.stringify(localized, null, 4)));
        }
      });
    });
  }
}

module.exports = { LocalizedMetadataPlugin, localizeMetadata };
