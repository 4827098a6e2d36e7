/**
 * The sample generator is a part the pane downloads on first use (src/taskpane/lazy-part.ts). When that
 * download fails (offline), Insert sample workbook says so in the pane's language and writes nothing, the
 * pane stays usable, and the next click downloads it again.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { loadPart, PartLoadError } from "../../src/taskpane/lazy-part";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { renderPane } from "./render";

/** How many of the next downloads of the sample part fail, as webpack fails them. */
let mockFailedDownloads = 0;
const mockChunkLoadError = () => Object.assign(new Error("Loading chunk sample failed."), { name: "ChunkLoadError" });

// Under Jest, `import()` is a require: a factory that throws is a download that failed.
jest.mock("../../src/taskpane/sample-parts", () => {
  if (mockFailedDownloads > 0) {
    mockFailedDownloads -= 1;
    throw mockChunkLoadError();
  }
  return jest.requireActual("../../src/taskpane/sample-parts");
});

beforeEach(() => {
  mockFailedDownloads = 0;
  jest.resetModules();
});

describe("loadPart", () => {
  it("turns webpack's failed download into a PartLoadError that keeps the cause", async () => {
    const cause = mockChunkLoadError();
    const error = await loadPart(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartLoadError);
    expect((error as PartLoadError).cause).toBe(cause);
  });

  it("leaves any other error as it is", async () => {
    const bug = new TypeError("x is not a function");
    await expect(loadPart(() => Promise.reject(bug))).rejects.toBe(bug);
  });

  it("returns the part when it loads", async () => {
    await expect(loadPart(() => Promise.resolve({ answer: 42 }))).resolves.toEqual({ answer: 42 });
  });
});

describe("Insert sample workbook while the sample part cannot be downloaded", () => {
  it("says so, writes nothing, and works on the next click once the part downloads", async () => {
    mockFailedDownloads = 1;
    const user = userEvent.setup();
    const { host } = renderPane();
    const before = host.workbookSnapshot();
    await user.click(await screen.findByRole("button", { name: "Insert sample workbook" }));
    expect(await screen.findByText(enUS.partLoadFailed)).toBeTruthy();
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(host.workbookSnapshot()).toBe(before);
    // The pane is still there and usable: the button is back, and the tabs.
    expect(screen.getByRole("tab", { name: "Data" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Insert sample workbook" }));
    await waitFor(() => expect(host.sheetNames()).toContain("Accounts"), { timeout: 30_000 });
    expect(screen.queryByText(enUS.partLoadFailed)).toBeNull();
  }, 60_000);

  it("words the failure in Chinese in a Chinese pane", async () => {
    mockFailedDownloads = 1;
    const user = userEvent.setup();
    const { host } = renderPane({ displayLanguage: "zh-CN" });
    await user.click(await screen.findByRole("button", { name: zhCN.insertSample }));
    expect(await screen.findByText(zhCN.partLoadFailed)).toBeTruthy();
    expect(host.sheetNames()).toEqual(["Sheet1"]);
  });
});
