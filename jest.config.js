/** Jest runs TypeScript through ts-jest in transpile-only mode; `npm run typecheck` does the type checking. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true, target: "ES2020" }, diagnostics: false }],
  },
  testTimeout: 60000,
};
