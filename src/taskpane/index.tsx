/**
 * Task pane entry. In Office it mounts the pane with `Excel.run`; a browser playground imports
 * `mountTaskpane` and passes the in-memory host's `run` instead (this module mounts nothing itself
 * when Office.js is absent).
 */
import { pickLanguage, stringsFor } from "./i18n";
import { isDarkColor } from "./theme";
import { mountTaskpane } from "./mount";

export { mountTaskpane } from "./mount";
export type { MountOptions, MountedTaskpane } from "./mount";

function notInExcel(element: Element, displayLanguage: string | undefined): void {
  const p = document.createElement("p");
  p.textContent = stringsFor(pickLanguage(displayLanguage)).notInExcel;
  p.style.font = "14px 'Segoe UI', sans-serif";
  p.style.padding = "16px";
  element.replaceChildren(p);
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    const element = document.getElementById("root");
    if (!element) return;
    if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
      notInExcel(element, Office.context?.displayLanguage);
      return;
    }
    mountTaskpane(element, {
      run: (batch) => Excel.run(batch),
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      displayLanguage: Office.context.displayLanguage,
      dark: isDarkColor(Office.context.officeTheme?.bodyBackgroundColor),
    });
  });
}
