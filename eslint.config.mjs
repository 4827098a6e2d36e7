// ESLint 9 flat config: typescript-eslint recommended + the Office add-in rules (Excel.run / context.sync misuse).
// Formatting is Prettier's job (`prettier --check .` in `npm run lint`), so no stylistic rules here.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
};

/**
 * The layers of ARCHITECTURE.md ("may import" column), enforced: a layer that imports a folder it may not fails
 * `npm run lint`. `test/build/lint-layers.test.ts` proves each rule fires.
 */
const LAYER_DIRS = ["core", "functions", "reports", "excel", "taskpane", "sample"];
const UI_PACKAGES = ["react", "react-dom", "react-dom/*", "@fluentui/*"];
/** What each folder of src/ may import besides itself (and, for npm packages, what it may not). */
const LAYERS = {
  core: { mayImport: [], why: "src/core is the domain: no Office, React, DOM or other layers" },
  functions: { mayImport: ["core"], why: "custom functions are thin wrappers over src/core" },
  reports: { mayImport: ["core"], why: "src/reports turns core results into plain-data plans" },
  sample: { mayImport: ["core"], why: "the sample generator is plain data, shared by the pane, tests and bench" },
  excel: {
    mayImport: ["core", "reports", "sample"],
    why: "src/excel reads and writes the workbook for the other layers",
  },
  taskpane: {
    mayImport: ["core", "reports", "excel", "sample"],
    why: "the pane reaches the workbook through src/excel, never through custom functions",
    allowUi: true,
  },
};

const layerRules = Object.entries(LAYERS).map(([layer, { mayImport, why, allowUi }]) => {
  const forbidden = LAYER_DIRS.filter((d) => d !== layer && !mayImport.includes(d));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // A relative path that climbs out of this layer into a forbidden one, e.g. "../excel/run".
              regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
              message: `${why} (ARCHITECTURE.md, layers).`,
            },
            ...(allowUi
              ? []
              : [{ group: UI_PACKAGES, message: `${why}: no React or Fluent UI here (ARCHITECTURE.md, layers).` }]),
          ],
        },
      ],
    },
  };
});

export default defineConfig(
  { ignores: ["dist/", "coverage/", "test-output/", "node_modules/", "bench/results.json"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...layerRules,
  {
    // Only src/excel talks to the workbook; everything else receives operations from it (ARCHITECTURE.md).
    files: ["src/{core,functions,reports,sample,taskpane}/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"], // the entry hands Excel.run to src/excel and nothing else
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: "Only src/excel calls Excel.run (ARCHITECTURE.md: all host calls in one adapter).",
        },
        {
          selector: "CallExpression[callee.property.name='sync'][arguments.length=0]",
          message: "Only src/excel calls context.sync() (ARCHITECTURE.md: all host calls in one adapter).",
        },
      ],
    },
  },
  {
    // No function over 120 lines anywhere in src (issue 11): reports are lists of section builders and
    // panes are small render functions; a long function is a sign a section wants its own name.
    files: ["src/**/*.{ts,tsx}"],
    rules: { "max-lines-per-function": ["error", { max: 120 }] },
  },
  {
    // Node-side CommonJS: webpack config, build helpers, jest config.
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
);
