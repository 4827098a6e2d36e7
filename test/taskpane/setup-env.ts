/**
 * jsdom lacks a few browser APIs that Fluent UI and the adapter use: TextEncoder (chunk sizes),
 * matchMedia (reduced motion, forced colours) and ResizeObserver. Minimal stand-ins, for the taskpane project only.
 */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = TextEncoder;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = TextDecoder;

if (typeof window.matchMedia !== "function")
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

if (typeof g.ResizeObserver === "undefined")
  g.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
