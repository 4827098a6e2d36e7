/**
 * manifest.xml is checked structurally here (XML manifest validation needs the network): identity, requirement
 * sets, shared runtime, the KAM namespace, the Home-tab button, and that every URL it names is a file the build
 * emits. Also covers the ADDIN_BASE_URL rewrite used for production builds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ManifestInfo } from "office-addin-manifest";
import { DEV_BASE_URL, normalizeBaseUrl, rewriteManifest } from "../../scripts/rewrite-manifest";
import { REQUIRED_SETS } from "../../src/excel/run";
import { DIST, ROOT, ensureBuild } from "./build-output";

const MANIFEST = join(ROOT, "manifest.xml");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** xml2js shape: elements are arrays, attributes live under "$". */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- xml2js output is untyped
type Xml = any;

const attr = (node: Xml, name: string): string | undefined => node?.$?.[name];
const children = (node: Xml, name: string): Xml[] => node?.[name] ?? [];
const child = (node: Xml, ...path: string[]): Xml => path.reduce((n, name) => children(n, name)[0], node);

let info: ManifestInfo;
let officeApp: Xml;
let manifestText: string;
/** manifest.xml without comments: what Office actually reads. */
let manifestMarkup: string;

/** office-addin-manifest's reader (readManifestFile) and its xml2js parse, run in plain Node (see read-manifest.js). */
function readManifest(path: string): { info: ManifestInfo; xml: Xml } {
  return JSON.parse(execFileSync(process.execPath, [join(__dirname, "read-manifest.js"), path], { encoding: "utf8" }));
}

/** Resource lookup: resid -> DefaultValue, across bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings. */
function resources(): Map<string, string> {
  const res = child(officeApp, "VersionOverrides", "Resources");
  const map = new Map<string, string>();
  for (const [group, item] of [
    ["bt:Images", "bt:Image"],
    ["bt:Urls", "bt:Url"],
    ["bt:ShortStrings", "bt:String"],
    ["bt:LongStrings", "bt:String"],
  ]) {
    for (const node of children(child(res, group), item))
      map.set(attr(node, "id") as string, attr(node, "DefaultValue") as string);
  }
  return map;
}

const workbookHost = () => child(officeApp, "VersionOverrides", "Hosts", "Host");

beforeAll(async () => {
  await ensureBuild();
  manifestText = readFileSync(MANIFEST, "utf8");
  manifestMarkup = manifestText.replace(/<!--[\s\S]*?-->/g, "");
  const read = readManifest(MANIFEST);
  info = read.info;
  officeApp = read.xml.OfficeApp;
}, 300_000);

describe("manifest.xml identity (office-addin-manifest reader)", () => {
  test("fixed GUID, version, names, Workbook host", () => {
    expect(info.id).toMatch(GUID);
    expect(info.version).toBe("1.0.0.0");
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.providerName).toBe("Ninegrid");
    expect(info.displayName).toBe("Ninegrid");
    expect(info.description).toBeTruthy();
    expect(info.hosts).toContain("Workbook");
    expect(info.iconUrl).toBe("https://localhost:3000/assets/icon-32.png");
    expect(info.highResolutionIconUrl).toBe("https://localhost:3000/assets/icon-64.png");
    expect(info.supportUrl).toMatch(/^https:\/\/localhost:3000\//);
    expect(info.appDomains?.length).toBeGreaterThan(0);
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
  });
});

describe("manifest.xml structure", () => {
  test("requires SharedRuntime 1.1 and ExcelApi", () => {
    const sets = children(child(officeApp, "Requirements", "Sets"), "Set").map((s) => [
      attr(s, "Name"),
      attr(s, "MinVersion"),
    ]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    expect(sets.find(([name]) => name === "ExcelApi")).toBeDefined();
  });

  test("declares every requirement set the runtime check asks for, and nothing else", () => {
    const sets = children(child(officeApp, "Requirements", "Sets"), "Set").map((s) => [
      attr(s, "Name"),
      attr(s, "MinVersion"),
    ]);
    expect(sets.sort()).toEqual(REQUIRED_SETS.map((r) => [r.set, r.version]).sort());
    expect(sets).toContainEqual(["CustomFunctionsRuntime", "1.2"]);
  });

  test("one long-lived shared runtime on the task pane page", () => {
    expect(attr(workbookHost(), "xsi:type")).toBe("Workbook");
    const runtimes = children(child(workbookHost(), "Runtimes"), "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0], "lifetime")).toBe("long");
    expect(resources().get(attr(runtimes[0], "resid") as string)).toBe("https://localhost:3000/taskpane.html");
  });

  test("custom functions: script, shared page, metadata and namespace KAM", () => {
    const point = children(child(workbookHost(), "AllFormFactors"), "ExtensionPoint").find(
      (p) => attr(p, "xsi:type") === "CustomFunctions",
    );
    expect(point).toBeDefined();
    const res = resources();
    const runtimeResid = attr(child(workbookHost(), "Runtimes", "Runtime"), "resid");
    expect(attr(child(point, "Page", "SourceLocation"), "resid")).toBe(runtimeResid);
    expect(res.get(attr(child(point, "Script", "SourceLocation"), "resid") as string)).toBe(
      "https://localhost:3000/functions.js",
    );
    expect(res.get(attr(child(point, "Metadata", "SourceLocation"), "resid") as string)).toBe(
      "https://localhost:3000/functions.json",
    );
    expect(res.get(attr(child(point, "Namespace"), "resid") as string)).toBe("KAM");
  });

  test("Home tab has a button that shows the task pane in the shared runtime", () => {
    const desktop = child(workbookHost(), "DesktopFormFactor");
    const surface = children(desktop, "ExtensionPoint").find((p) => attr(p, "xsi:type") === "PrimaryCommandSurface");
    const tab = children(surface, "OfficeTab").find((t) => attr(t, "id") === "TabHome");
    expect(tab).toBeDefined();
    const buttons = children(tab, "Group").flatMap((g) => children(g, "Control"));
    const button = buttons.find((c) => attr(c, "xsi:type") === "Button");
    expect(button).toBeDefined();
    const action = child(button, "Action");
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    const runtimeResid = attr(child(workbookHost(), "Runtimes", "Runtime"), "resid");
    expect(attr(child(action, "SourceLocation"), "resid")).toBe(runtimeResid);
    expect(attr(child(desktop, "FunctionFile"), "resid")).toBe(runtimeResid);
  });

  test("every resid used is defined in Resources", () => {
    const defined = resources();
    const used = [...manifestMarkup.matchAll(/\sresid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });
});

describe("URLs", () => {
  const localUrls = () => [
    ...new Set([...manifestMarkup.matchAll(/https:\/\/localhost:3000\/[^"'<\s]*/g)].map((m) => m[0])),
  ];

  test("every https://localhost:3000/ URL is a file the build emits", () => {
    const urls = localUrls();
    expect(urls.length).toBeGreaterThanOrEqual(6);
    const missing = urls.filter((url) => {
      const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, "");
      return path === "" || !existsSync(join(DIST, path));
    });
    expect(missing).toEqual([]);
  });

  test("no other absolute URLs besides the XML namespaces", () => {
    const others = [...manifestMarkup.matchAll(/https?:\/\/[^"'<\s]+/g)]
      .map((m) => m[0])
      .filter((url) => !url.startsWith("https://localhost:3000") && !url.startsWith("http://schemas.microsoft.com/"))
      .filter((url) => url !== "http://www.w3.org/2001/XMLSchema-instance");
    expect(others).toEqual([]);
  });

  test("dist/manifest.xml is manifest.xml with the build's base URL applied", () => {
    const built = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const icon = /<IconUrl DefaultValue="([^"]+)assets\/icon-32\.png"/.exec(built)?.[1];
    expect(icon).toBeDefined();
    expect(built).toBe(icon === DEV_BASE_URL ? manifestText : rewriteManifest(manifestText, icon));
  });
});

describe("ADDIN_BASE_URL rewrite", () => {
  const base = "https://example.com/ninegrid/";

  test("rewrites every dev URL and the app domain", () => {
    const out = rewriteManifest(manifestText, base);
    expect(out).not.toContain("localhost");
    expect(out).toContain('<SourceLocation DefaultValue="https://example.com/ninegrid/taskpane.html"/>');
    expect(out).toContain('DefaultValue="https://example.com/ninegrid/functions.json"');
    expect(out).toContain("<AppDomain>https://example.com</AppDomain>");
    expect(out.match(/https:\/\/example\.com\/ninegrid\//g)?.length).toBe(
      manifestText.match(/https:\/\/localhost:3000\//g)?.length,
    );
  });

  test("no base URL leaves the manifest unchanged", () => {
    expect(rewriteManifest(manifestText, undefined)).toBe(manifestText);
    expect(rewriteManifest(manifestText, "")).toBe(manifestText);
  });

  test("rejects base URLs Office cannot load or that would break paths", () => {
    expect(() => normalizeBaseUrl("https://example.com/ninegrid")).toThrow(/end with "\/"/);
    expect(() => normalizeBaseUrl("http://example.com/")).toThrow(/https/);
    expect(() => normalizeBaseUrl("example.com/")).toThrow(/absolute/);
    expect(() => normalizeBaseUrl("https://example.com/?v=1/")).toThrow(/query/);
    expect(normalizeBaseUrl(base)).toBe(base);
  });

  test("webpack.config.js applies ADDIN_BASE_URL when copying manifest.xml", async () => {
    const saved = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = base;
    try {
      const load = createRequire(join(ROOT, "webpack.config.js"));
      const factory = load("./webpack.config.js") as (env: object, argv: object) => Promise<{ plugins: object[] }>;
      const config = await factory({}, { mode: "production" });
      type Pattern = { from: string; transform?: { transformer(content: Buffer, path: string): string } };
      const CopyPlugin = load("copy-webpack-plugin") as new (...args: never[]) => object;
      const copy = config.plugins.find((p) => p instanceof CopyPlugin) as { patterns: Pattern[] } | undefined;
      expect(copy).toBeDefined();
      const pattern = copy?.patterns.find((p) => p.from === "manifest.xml");
      const out = pattern?.transform?.transformer(Buffer.from(manifestText), MANIFEST);
      expect(out).toBe(rewriteManifest(manifestText, base));
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });
});
