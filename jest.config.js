/** Jest runs TypeScript through ts-jest in transpile-only mode; `npm run typecheck` does the type checking. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
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
  },
  // Builds dist/ once (before any worker starts) when test/build is selected and dist/ is missing or stale.
  globalSetup: "<rootDir>/test/build/global-setup.ts",
  testTimeout: 60000,
};
