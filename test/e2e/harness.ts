/**
 * What every e2e test file shares: Debian's Chromium through playwright-core, the playground built once
 * (test/e2e/build-playground.js) and served from 127.0.0.1, a network guard that fails the test on any
 * request that leaves localhost, page errors collected, screenshots under test-output/screenshots/, and
 * the in-memory host of the page (`window.ninegridPlayground.host`) read through `page.evaluate`.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Browser, BrowserContext, chromium, Locator, Page } from "playwright-core";
import type { Host } from "../host";
import { serveDirectory, StaticServer } from "./static-server";

export const ROOT = resolve(__dirname, "..", "..");
export const PLAYGROUND_DIST = join(ROOT, "test-output", "playground-dist");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = "/usr/bin/chromium";
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** CI sets NINEGRID_REQUIRE_BROWSER=1 (.ci/run), so a missing Chromium fails instead of skipping. */
export const BROWSER_REQUIRED = process.env.NINEGRID_REQUIRE_BROWSER === "1";
export const BROWSER_AVAILABLE = existsSync(CHROMIUM);

/** Generous limits for a busy 2-core CI machine. */
export const SETUP_TIMEOUT = 600_000; // first playground build included
export const TEST_TIMEOUT = 240_000;
export const UI_TIMEOUT = 30_000;
export const BUILD_TIMEOUT = 120_000;

/**
 * `describe` when Chromium is there. Without it: a failing test when the browser is required (CI),
 * else the block is skipped with a message saying how to run it.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (BROWSER_AVAILABLE) {
    describe(name, body);
    return;
  }
  if (BROWSER_REQUIRED) {
    describe(name, () =>
      it("needs Chromium", () => {
        throw new Error(
          `${CHROMIUM} is missing but NINEGRID_REQUIRE_BROWSER=1: install it with apt-get install chromium`,
        );
      }),
    );
    return;
  }
  console.warn(`Skipping browser tests "${name}": ${CHROMIUM} not found (apt-get install chromium to run them).`);
  describe.skip(name, body);
}

/**
 * The Jest process that runs this test run: a worker's parent, or this process when tests run in band
 * (a worker has an IPC channel to its parent). Test files of one run share one playground build.
 */
const testRun = () => `jest-${process.send ? process.ppid : process.pid}`;

/** Builds the playground in a child process unless the last build is fresh (see build-playground.js). */
export function ensurePlayground(): Promise<void> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(__dirname, "build-playground.js"), `--run=${testRun()}`],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) fail(new Error(`Playground build failed:\n${stderr || error.message}`));
        else done();
      },
    );
  });
}

/** The shape of `window.ninegridPlayground` (test/playground). */
interface PlaygroundWindow {
  ninegridPlayground: { host: Host; ready: Promise<unknown> };
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** True for URLs that stay on this machine (or never touch the network: data:, blob:, about:). */
export function isLocalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return LOCAL_HOSTS.has(u.hostname);
}

/** The host of the page, read with `page.evaluate` (results are plain JSON). */
export class PageHost {
  constructor(private readonly page: Page) {}

  private call<T>(method: keyof Host, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(
      ([m, a]) => {
        const host = (window as unknown as PlaygroundWindow).ninegridPlayground.host as unknown as Record<
          string,
          (...x: unknown[]) => unknown
        >;
        return host[m as string](...(a as unknown[]));
      },
      [method, args] as const,
    ) as Promise<T>;
  }

  values = (sheet: string, address: string) => this.call<(string | number | boolean)[][]>("values", sheet, address);
  text = (sheet: string, address: string) => this.call<string[][]>("text", sheet, address);
  sheetNames = () => this.call<string[]>("sheetNames");
  activeSheet = () => this.call<string | null>("activeSheet");
  snapshot = (sheet: string) => this.call<string>("snapshot", sheet);
  settings = () => this.call<Record<string, unknown>>("settings");
  tables = () => this.call<ReturnType<Host["tables"]>>("tables");
  charts = (sheet: string) => this.call<{ name: string }[]>("charts", sheet);
  customProperties = (sheet: string) => this.call<Record<string, string>>("customProperties", sheet);
  visibility = async (sheet: string) => (await this.call<{ visibility: string }>("sheetInfo", sheet)).visibility;
  /** Every sheet with its visibility, in order. */
  sheets = () =>
    this.page.evaluate(() => {
      const host = (window as unknown as PlaygroundWindow).ninegridPlayground.host;
      return host.sheetNames().map((name) => ({ name, visibility: host.sheetInfo(name).visibility }));
    });
}

export interface Session {
  page: Page;
  context: BrowserContext;
  host: PageHost;
  /** Requests to anything but localhost, each aborted. */
  external: string[];
  /** Uncaught exceptions and console errors of the page. */
  pageErrors: string[];
  /**
   * Saves test-output/screenshots/<name>.png of the locator, whole even when it scrolls (the page's viewport
   * when omitted).
   */
  screenshot(name: string, target?: Locator): Promise<string>;
  /** Checks nothing left localhost and the page threw nothing, then closes the context. */
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** The browser's locale (date inputs, number formatting); default en-US. */
  locale?: string;
}

export interface Playground {
  browser(): Browser;
  origin(): string;
  /** Opens /playground.html with the query (e.g. "empty=1", "lang=zh-CN") and waits for it to be ready. */
  open(query?: string, options?: OpenOptions): Promise<Session>;
}

/** Registers beforeAll/afterAll that build and serve the playground and launch Chromium, once per file. */
export function usePlayground(): Playground {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    if (!BROWSER_AVAILABLE) return; // describeInBrowser says why
    await ensurePlayground();
    server = await serveDirectory(PLAYGROUND_DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  const open = async (query = "", options: OpenOptions = {}): Promise<Session> => {
    if (!browser || !server) throw new Error("usePlayground's beforeAll has not run");
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
      deviceScaleFactor: 1,
      locale: options.locale ?? "en-US",
      timezoneId: "UTC",
      serviceWorkers: "block",
    });
    context.setDefaultTimeout(UI_TIMEOUT);
    const external: string[] = [];
    const pageErrors: string[] = [];
    const blocked = (url: string) => {
      if (!external.includes(url)) external.push(url);
    };
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isLocalUrl(url)) return route.continue();
      blocked(url);
      return route.abort("blockedbyclient");
    });
    await context.routeWebSocket(
      (url) => !isLocalUrl(url.href),
      (ws) => {
        blocked(ws.url());
        return ws.close();
      },
    );
    const page = await context.newPage();
    page.on("request", (r) => {
      if (!isLocalUrl(r.url())) blocked(r.url());
    });
    page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.stack ?? e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`console.error: ${m.text()}`);
    });
    await page.goto(`${server.origin}/playground.html${query ? `?${query}` : ""}`, { waitUntil: "load" });
    await page.waitForFunction(
      () => Boolean((window as unknown as Partial<PlaygroundWindow>).ninegridPlayground),
      null,
      {
        timeout: 60_000,
      },
    );
    await page.evaluate(() => (window as unknown as PlaygroundWindow).ninegridPlayground.ready.then(() => undefined));

    return {
      page,
      context,
      host: new PageHost(page),
      external,
      pageErrors,
      screenshot: async (name, target) => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const path = join(SCREENSHOTS, `${name}.png`);
        // Let animations (Fluent's tab indicator, message bars) settle so the picture is what a person sees.
        await page.waitForTimeout(300);
        if (!target) {
          await page.screenshot({ path, animations: "disabled" });
          return path;
        }
        // A scrolling element (the task pane) is pictured whole: the page is made tall enough for a moment.
        const size = page.viewportSize();
        const extra = await target.evaluate((el) => el.scrollHeight - el.clientHeight);
        if (size && extra > 0)
          await page.setViewportSize({ width: size.width, height: Math.min(size.height + extra, 4000) });
        try {
          await target.evaluate((el) => el.scrollTo(0, 0));
          await target.screenshot({ path, animations: "disabled" });
        } finally {
          if (size && extra > 0) await page.setViewportSize(size);
        }
        return path;
      },
      close: async () => {
        try {
          expect(external).toEqual([]);
          expect(pageErrors).toEqual([]);
        } finally {
          await context.close();
        }
      },
    };
  };

  return {
    browser: () => {
      if (!browser) throw new Error("no browser yet");
      return browser;
    },
    origin: () => {
      if (!server) throw new Error("no server yet");
      return server.origin;
    },
    open,
  };
}

/** Escapes text for use in a RegExp. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regexp matching a label at the start of an accessible name (Fluent adds " *" to required fields). */
export const startsWith = (label: string) => new RegExp(`^${escapeRegExp(label)}`);

/** Polls `read` until `check` passes or the timeout ends (then the last failure is thrown). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeout = UI_TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (e) {
      if (Date.now() > end) throw e;
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
}
