/**
 * Chinese Excel shows KAM.* help from dist/functions.zh-CN.json, chosen by the manifest's Locale override on the
 * metadata URL (Office's documented custom-function localisation). Every function and parameter must have a Chinese
 * description, and nothing but the words may differ from functions.json: Excel matches functions by id.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, ROOT, ensureBuild } from "./build-output";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack plugin is CommonJS
const { localizeMetadata } = require("../../scripts/localized-metadata") as {
  localizeMetadata: (m: unknown, t: unknown) => { metadata: unknown; problems: string[] };
};

interface Meta {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters?: { name: string; description?: string }[];
  }[];
}
const HAN = /[\u4e00-\u9fff]/;
const read = (file: string) => JSON.parse(readFileSync(join(DIST, file), "utf8")) as Meta;
/** Everything but descriptions: what Excel registers. */
const shape = (m: Meta) => JSON.stringify(m, (key, value: unknown) => (key === "description" ? undefined : value));

let en: Meta;
let zh: Meta;
beforeAll(async () => {
  await ensureBuild();
  en = read("functions.json");
  zh = read("functions.zh-CN.json");
}, 300_000);

describe("functions.zh-CN.json", () => {
  it("describes every function and every parameter in Chinese", () => {
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    for (const f of zh.functions) {
      expect([f.id, f.description]).toEqual([f.id, expect.stringMatching(HAN)]);
      for (const p of f.parameters ?? [])
        expect([f.id, p.name, p.description]).toEqual([f.id, p.name, expect.stringMatching(HAN)]);
    }
  });

  it("keeps ids, names, parameter names, types and help URLs exactly as functions.json", () => {
    expect(shape(zh)).toBe(shape(en));
  });

  it("is what the manifest gives Chinese Office for the metadata URL", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const url = /<bt:Url id="Functions\.Metadata\.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(manifest)?.[1] ?? "";
    expect(url).toMatch(/<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions\.zh-CN\.json"\s*\/>/);
    const built = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(built).toContain("functions.zh-CN.json");
  });
});

describe("localizeMetadata (the build step)", () => {
  const meta = { functions: [{ id: "A", name: "A", description: "x", parameters: [{ name: "p", description: "y" }] }] };
  it("reports a missing function or parameter translation, and stale ones", () => {
    expect(localizeMetadata(meta, { functions: {} }).problems).toEqual(["A has no translated description"]);
    expect(localizeMetadata(meta, { functions: { A: { description: "甲", parameters: {} } } }).problems).toEqual([
      "A(p) has no translated description",
    ]);
    expect(
      localizeMetadata(meta, {
        functions: { A: { description: "甲", parameters: { p: "乙", q: "丙" } }, B: { description: "丁" } },
      }).problems,
    ).toEqual(["B is translated but is not a function any more", "A(q) is translated but is not a parameter any more"]);
  });
});

describe("manifest.xml in Chinese Office", () => {
  it("gives the description, the Get Started callout and the button tooltip in Chinese", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    for (const element of [
      /<Description DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="([^"]+)"/,
      /<bt:String id="GetStarted\.Title"[^>]*>\s*<bt:Override Locale="zh-CN" Value="([^"]+)"/,
      /<bt:String id="GetStarted\.Description"[^>]*>\s*<bt:Override Locale="zh-CN" Value="([^"]+)"/,
      /<bt:String id="TaskpaneButton\.Tooltip"[^>]*>\s*<bt:Override Locale="zh-CN" Value="([^"]+)"/,
    ])
      expect(element.exec(manifest)?.[1]).toMatch(HAN);
  });
});
