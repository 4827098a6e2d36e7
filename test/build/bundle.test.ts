/** Checks the shared-runtime page and bundles that Excel loads from dist/. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST, ensureBuild } from "./build-output";

const read = (file: string) => readFileSync(join(DIST, file), "utf8");

beforeAll(() => ensureBuild(), 300_000);

test("taskpane.html loads Office.js first, then the functions and task pane bundles", () => {
  const html = read("taskpane.html");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1].split("?")[0]);
  expect(scripts).toEqual([
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "functions.js",
    "taskpane.js",
  ]);
});

test("Office.js is the only remote script or stylesheet", () => {
  const html = read("taskpane.html") + read("help.html");
  const remote = [...html.matchAll(/(?:src|href)="?(https?:\/\/[^"\s>]+)/g)].map((m) => m[1]);
  expect(remote).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
});

test("the functions bundle registers all eight functions with CustomFunctions.associate", () => {
  const bundle = read("functions.js");
  for (const id of ["SCORE", "BAND", "TIER", "TOPPCT", "WEIGHTED", "PIPELINE", "COVERAGE", "MOVEMENT"]) {
    expect(bundle).toContain(`CustomFunctions.associate("${id}",`);
  }
});

test("the functions bundle carries no React or Fluent UI", () => {
  const bundle = read("functions.js");
  expect(bundle).not.toMatch(/react\.(element|transitional|fragment)|FluentProvider|__SECRET_INTERNALS/);
});

test("no bundle carries the test-only engines", () => {
  for (const file of readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
    expect(read(file)).not.toMatch(/HyperFormula|arquero|fast-check/i);
  }
});

test("icons are real PNGs", () => {
  for (const size of [16, 32, 64, 80]) {
    const file = join(DIST, "assets", `icon-${size}.png`);
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
});
