/** Opened outside Excel, the entry says where Ninegrid runs, in Office's display language. */
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";

async function openIn(displayLanguage: string): Promise<string> {
  document.body.innerHTML = '<div id="root"></div>';
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    context: { displayLanguage },
    onReady: (callback: (info: { host: string }) => void) => callback({ host: "Word" }),
  };
  try {
    await jest.isolateModulesAsync(async () => {
      await import("../../src/taskpane/index");
    });
  } finally {
    delete g.Office;
  }
  return document.getElementById("root")?.textContent ?? "";
}

describe("outside Excel", () => {
  it("says so in English or Chinese, and mounts nothing", async () => {
    expect(await openIn("en-GB")).toBe(enUS.notInExcel);
    expect(await openIn("zh-TW")).toBe(zhCN.notInExcel);
    expect(zhCN.notInExcel).not.toBe(enUS.notInExcel);
  });
});
