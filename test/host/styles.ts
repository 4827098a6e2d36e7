/** Cell styles, shared between cells (interned) so a formatted 100,000-row block does not hold 100,000 objects. */

export type BorderSide =
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideVertical"
  | "InsideHorizontal"
  | "DiagonalDown"
  | "DiagonalUp";

export const BORDER_SIDES: readonly BorderSide[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

/** A border line on one side of one cell. */
export interface BorderLine {
  style: string;
  color: string;
  weight: string;
}

/** Per-cell borders are stored by cell edge: top, bottom, left, right, and the two diagonals. */
export type CellEdge = "top" | "bottom" | "left" | "right" | "diagDown" | "diagUp";

export interface Style {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontName?: string;
  readonly underline?: string;
  readonly horizontalAlignment?: string;
  readonly verticalAlignment?: string;
  readonly wrapText?: boolean;
  readonly indentLevel?: number;
  readonly borders?: Readonly<Partial<Record<CellEdge, BorderLine>>>;
}

export type StyleKey = Exclude<keyof Style, "borders">;

/** Excel's defaults, which `Range.format` reports for unformatted cells. */
export const STYLE_DEFAULTS: Required<Omit<Style, "borders">> = {
  fill: "#FFFFFF",
  fontColor: "#000000",
  bold: false,
  italic: false,
  fontSize: 11,
  fontName: "Calibri",
  underline: "None",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
};

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const interned = new Map<string, Style>();

function keyOf(s: Style): string {
  const keys = Object.keys(s).sort() as (keyof Style)[];
  return JSON.stringify(keys.map((k) => [k, s[k]]));
}

/** Returns the shared instance equal to `s` (undefined for an empty style). */
export function intern(s: Style): Style | undefined {
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined) continue;
    if (k === "borders" && Object.keys(v as object).length === 0) continue;
    clean[k] = v;
  }
  if (Object.keys(clean).length === 0) return undefined;
  const key = keyOf(clean as Style);
  let found = interned.get(key);
  if (!found) {
    found = Object.freeze(clean) as Style;
    interned.set(key, found);
  }
  return found;
}

/** Excel stores colours as "#RRGGBB"; it accepts names and lower case on input. */
export function normalizeColor(c: string): string {
  const named: Record<string, string> = {
    black: "#000000",
    white: "#FFFFFF",
    red: "#FF0000",
    green: "#008000",
    blue: "#0000FF",
    yellow: "#FFFF00",
    orange: "#FFA500",
    gray: "#808080",
    grey: "#808080",
    purple: "#800080",
  };
  const t = c.trim();
  if (named[t.toLowerCase()]) return named[t.toLowerCase()];
  if (/^#?[0-9a-fA-F]{6}$/.test(t)) return (t.startsWith("#") ? t : `#${t}`).toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(t)) return `#${t[1]}${t[1]}${t[2]}${t[2]}${t[3]}${t[3]}`.toUpperCase();
  return t;
}
