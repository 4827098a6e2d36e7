/**
 * Initial JavaScript of the task pane page stays under 320 KB gzipped: every local script taskpane.html
 * loads (the task pane bundle, and the functions bundle it shares the runtime with), measured at gzip's
 * default level. Lazy chunks, loaded later, do not count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ensureBuild } from "./build-output";

// Raised from 300 KB when seven reports joined the registry (issues 12–14): the pane imports every report's
// builder through the registry. Loading the builders lazily on Build would bring it back under 300 KB.
const LIMIT_BYTES = 320 * 1024;

beforeAll(() => ensureBuild(), 300_000);

test("the task pane's initial JavaScript is under 320 KB gzipped", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1].split("?")[0])
    .filter((src) => !/^https?:/.test(src));
  expect(scripts).toContain("taskpane.js");
  const sizes = Object.fromEntries(scripts.map((src) => [src, gzipSync(readFileSync(join(DIST, src))).length]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  expect({ total, sizes, under: total < LIMIT_BYTES }).toEqual({ total, sizes, under: true });
});
