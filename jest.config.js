/**
 * Jest runs TypeScript through ts-jest in transpile-only mode; `npm run typecheck` does the type checking.
 * Two projects: "node" for everything but the task pane, "taskpane" (jsdom) for test/taskpane. `npx jest`
 * runs both; `npx jest --selectProjects taskpane` runs one.
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
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/"],
      transform,
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test/taskpane"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/taskpane/setup-env.ts"],
      transform,
    },
  ],
};
