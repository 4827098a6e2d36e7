"use strict";
/**
 * Lints probe sources as if they sat at given paths, in plain Node: ESLint loads eslint.config.mjs with a dynamic
 * import, which Jest's module sandbox cannot do. Reads [{ file, code }] as JSON on stdin, prints the messages of
 * the layer rules per probe as JSON.
 */
const { ESLint } = require("eslint");
const { join } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const LAYER_RULES = new Set(["no-restricted-imports", "no-restricted-syntax", "max-lines-per-function"]);

async function main() {
  const probes = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
  const eslint = new ESLint({ cwd: ROOT });
  const out = [];
  for (const { file, code } of probes) {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    out.push(result.messages.filter((m) => LAYER_RULES.has(m.ruleId)).map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
