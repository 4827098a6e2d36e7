/**
 * On Windows without WebView2, Office shows add-ins in Internet Explorer 11 (Trident), which cannot run the
 * pane's bundles (test/host/README.md [webview]). taskpane.html's inline check must run there (ES5 only) and
 * replace the blank pane with a plain message in English and Chinese; elsewhere it does nothing.
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const script = /<script id="legacy-webview-check">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";

function runWith(userAgent: string): void {
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  new Function(script)();
}

describe("the pane in Internet Explorer 11", () => {
  it("is ES5 that IE11 can parse", () => {
    expect(script).toContain("Trident/");
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  it("shows what is needed instead of a blank pane under Trident", () => {
    runWith(IE11);
    const note = document.getElementById("legacy-webview");
    expect(note?.getAttribute("role")).toBe("alert");
    expect(note?.textContent).toMatch(/Ninegrid cannot run in this version of Office.*WebView2/s);
    expect(note?.textContent).toContain("WebView2 运行时");
    expect((document.getElementById("root") as HTMLElement).style.display).toBe("none");
  });

  it("does nothing in WebView2 (Edge)", () => {
    runWith(EDGE);
    expect(document.getElementById("legacy-webview")).toBeNull();
    expect((document.getElementById("root") as HTMLElement).style.display).toBe("");
  });
});
