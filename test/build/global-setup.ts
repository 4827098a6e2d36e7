/**
 * Jest globalSetup: build dist/ once, before the workers start, when the selected tests include test/build.
 * Running only other folders (e.g. `npx jest test/core`) skips the build.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ensureBuild } from "./build-output";

interface PatternsLike {
  isSet?(): boolean;
  toExecutor?(options: { rootDir: string }): { isMatch(absPath: string): boolean };
}

function buildTestsSelected(rootDir: string, patterns: PatternsLike | undefined): boolean {
  if (!patterns?.isSet?.() || !patterns.toExecutor) return true;
  const executor = patterns.toExecutor({ rootDir });
  const dir = join(rootDir, "test", "build");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".test.ts"))
    .some((file) => executor.isMatch(join(dir, file)));
}

export default async function globalSetup(globalConfig: { rootDir: string; testPathPatterns?: PatternsLike }) {
  if (buildTestsSelected(globalConfig.rootDir, globalConfig.testPathPatterns)) await ensureBuild();
}
