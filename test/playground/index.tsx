/**
 * Playground entry (webpack "playground" chunk, served at /playground.html by `npm start`): the real task
 * pane beside a rendered in-memory workbook. Query parameters: `?lang=zh-CN`, `?empty=1` (blank workbook),
 * `?slow=<ms>` (every sync waits longer), `?dark=1`, `?paneWidth=<px>`. `window.ninegridPlayground = { host, ready, refresh }`
 * is for end-to-end tests and the browser console.
 */
import type { Host } from "../host";
import { startPlayground } from "./start";

declare global {
  interface Window {
    ninegridPlayground?: {
      host: Host;
      ready: Promise<void>;
      /** Redraws the workbook after editing `host` directly (pane operations redraw by themselves). */
      refresh(): void;
    };
  }
}

const playground = startPlayground({ search: window.location.search });
window.ninegridPlayground = { host: playground.host, ready: playground.ready, refresh: playground.refresh };
playground.ready.catch((error: unknown) => {
  console.error(error);
  const main = document.getElementById("workbook");
  if (main) {
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.style.padding = "16px";
    p.textContent = `The playground failed to start: ${error instanceof Error ? error.message : String(error)}`;
    main.prepend(p);
  }
});
