/**
 * First module of the functions bundle. Office.js defines `CustomFunctions` before this bundle runs; in a plain
 * browser (previewing taskpane.html, UI tests) it does not, and the `CustomFunctions.associate(...)` calls that the
 * metadata plugin appends to functions.ts would throw. Install a no-op so the page still loads.
 */
const root = globalThis as { CustomFunctions?: { associate: (id: string, fn: unknown) => void } };
if (typeof root.CustomFunctions === "undefined") {
  root.CustomFunctions = { associate: () => undefined };
}

export {};
