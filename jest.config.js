/**
 * Jest runs TypeScript through ts-jest in transpile-only mode; `npm run typecheck` does the type checking.
 * Three projects: "node" for everything but the browser code, "taskpane" (jsdom) for test/taskpane and
 * test/playground, "e2e" (real Chromium) for test/e2e. `npx jest` runs all three;
 * `npx jest --selectProjects taskpane` runs one.
 */
const transform = {
  "^.+\\.tsx?$": [
    "ts-jest",
    {
      tsconfig: {
        module: "commonjs",
        moduleResolution: "node",
        jsx: "react-jsx",
        isolatedModules: true,
        esModuleInterop: true,
        target: "ES2020",
      },
      diagnostics: false,
    },
  ],
};

module.exports = {
  // Used to transform globalSetup, which belongs to the run, not to a project.
  transform,
  // Builds dist/ once (before any worker starts) when test/build is selected and dist/ is missing or stale.
  globalSetup: "<rootDir>/test/build/global-setup.ts",
  testTimeout: 60000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/test/taskpane/",
        "<rootDir>/test/playground/",
        "<rootDir>/test/e2e/",
      ],
      transform,
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane", "<rootDir>/test/playground"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/taskpane/setup-env.ts"],
      transform,
    },
    {
      // Playground in Debian's Chromium via playwright-core (test/e2e/README.md).
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.test.ts"],
      transform,
    },
  ],
};
