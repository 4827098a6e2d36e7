import { teamsHighContrastTheme, Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const FORCED_COLORS = "(forced-colors: active)";

const forcedColors = () =>
  typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(FORCED_COLORS).matches;

/**
 * Office's theme: high contrast when Windows forces colours (and follows it when it changes), else the
 * dark or light web theme as Office reports.
 */
export function usePaneTheme(dark: boolean): Theme {
  const [forced, setForced] = useState(forcedColors);
  useEffect(() => {
    if (typeof window === "undefined" || typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia(FORCED_COLORS);
    const onChange = () => setForced(query.matches);
    query.addEventListener?.("change", onChange);
    return () => query.removeEventListener?.("change", onChange);
  }, []);
  if (forced) return teamsHighContrastTheme;
  return dark ? webDarkTheme : webLightTheme;
}

/** True when Office's body background is dark (Office.context.officeTheme), for the initial theme. */
export function isDarkColor(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
