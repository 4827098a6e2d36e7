/**
 * `worksheet.pageLayout` (ExcelApi 1.9): orientation, print zoom, print title rows and the default header and
 * footer. Every action checks the host supports ExcelApi 1.9 and fails the sync with ApiNotFound otherwise, as
 * Office.js does when an add-in calls an API its host lacks (test/host/README.md [page-layout], [api-sets]).
 */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- each proxy's accessors are defined by defineScalarProperties, defineNavigation or defineCollectionMembers; the interface gives them Excel's types, and test/host-tests/api-surface.test.ts checks they exist */
import { MAX_COLUMNS } from "../a1";
import { defineNavigation, defineScalarProperties, handOut, HostContext, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";
import type { HeaderFooterSections, PageLayoutModel, SheetModel } from "../model";
import { HostRange, rangeArg } from "./range";

/** The requirement set of every member below. */
export const PAGE_LAYOUT_API = { set: "ExcelApi", version: "1.9" } as const;

/** Excel keeps at most 255 characters per header or footer, its three sections and their &L&C&R codes together. */
export const HEADER_FOOTER_MAX = 255;

const invalid = (why: string) =>
  hostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${why})`);

function requireApi(ctx: HostContext): void {
  if (!ctx.core.isSetSupported(PAGE_LAYOUT_API.set, PAGE_LAYOUT_API.version))
    throw hostError(
      "ApiNotFound",
      `The API you are trying to use could not be found. It may be available in a newer version of Excel. (PageLayout needs ${PAGE_LAYOUT_API.set} ${PAGE_LAYOUT_API.version})`,
    );
}

/** A zoom must be a whole JSON object: a percentage scale (10–400) or pages to fit (whole numbers, 0 = automatic). */
function checkZoom(v: unknown): PageLayoutModel["zoom"] {
  if (typeof v !== "object" || v === null) throw invalid("zoom must be set as an object");
  const z = v as Record<string, unknown>;
  for (const k of Object.keys(z))
    if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k)) throw invalid(`zoom has no '${k}'`);
  const pages = (k: string): number | null => {
    const x = z[k];
    if (x === undefined || x === null) return null;
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x > 32767) throw invalid(`zoom.${k} ${String(x)}`);
    return x;
  };
  const h = pages("horizontalFitToPages");
  const w = pages("verticalFitToPages");
  const scale = z.scale === undefined || z.scale === null ? null : z.scale;
  if (scale !== null && (typeof scale !== "number" || !(scale >= 10 && scale <= 400)))
    throw invalid(`zoom.scale ${String(scale)} (10 to 400)`);
  // Excel has one scaling choice: a scale or fit-to-pages. Both at once is not documented; the stricter reading.
  if (scale !== null && (h !== null || w !== null)) throw invalid("zoom: a scale or pages to fit, not both");
  if (scale === null && h === null && w === null) throw invalid("zoom: empty");
  return {
    scale,
    horizontalFitToPages: scale === null ? (h ?? 0) : null,
    verticalFitToPages: scale === null ? (w ?? 0) : null,
  };
}

/** HostPageLayout's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const PAGE_LAYOUT_SCALARS = ["orientation"] as const;
export const PAGE_LAYOUT_MEMBERS = [
  "context",
  ...PAGE_LAYOUT_SCALARS,
  "zoom",
  "headersFooters",
  "setPrintTitleRows",
  "getPrintTitleRowsOrNullObject",
  "load",
] as const;
export type PageLayoutMembers = (typeof PAGE_LAYOUT_MEMBERS)[number];

/** HostPageLayout's scalar and navigation properties: accessors generated after the class. */
export interface HostPageLayout extends Pick<
  Excel.PageLayout,
  (typeof PAGE_LAYOUT_SCALARS)[number] | "headersFooters"
> {}

export class HostPageLayout extends HostObject<SheetModel> implements Pick<Excel.PageLayout, PageLayoutMembers> {
  constructor(ctx: HostContext, source: Source<SheetModel>) {
    super(ctx, "PageLayout", source);
  }
  protected _props(): Record<string, PropDef<SheetModel>> {
    const ctx = this._ctx;
    return {
      orientation: {
        get: (t) => (requireApi(ctx), t.pageLayout.orientation),
        set: (t, v) => {
          requireApi(ctx);
          if (v !== "Portrait" && v !== "Landscape") throw invalid(`orientation "${String(v)}"`);
          t.pageLayout.orientation = v;
        },
      },
      zoom: {
        // A frozen copy: `x.zoom.scale = …` throws instead of silently doing nothing (Office.js docs).
        get: (t) => (requireApi(ctx), Object.freeze({ ...t.pageLayout.zoom })),
        set: (t, v) => {
          requireApi(ctx);
          t.pageLayout.zoom = checkZoom(v);
        },
      },
    };
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    // The proxy keeps a frozen copy, so a later `zoom.scale = …` on it throws as in the getter.
    this._set("zoom", Object.freeze({ ...v }));
  }
  /** Docs: "The range must span the entire row to be valid" ("$1:$3", or a Range of whole rows). */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this._call("setPrintTitleRows", [printTitleRows], (t) => {
      requireApi(this._ctx);
      const ref = rangeArg(this._ctx.model, printTitleRows, t);
      if (ref.sheet !== t) throw invalid("title rows on another sheet");
      if (ref.rect.col !== 0 || ref.rect.cols !== MAX_COLUMNS) throw invalid("title rows must be whole rows");
      t.pageLayout.printTitleRows = { row: ref.rect.row, rows: ref.rect.rows };
    });
  }
  getPrintTitleRowsOrNullObject(): Excel.Range {
    return handOut(
      this._nullablePath(
        (s) => new HostRange(this._ctx, s),
        "getPrintTitleRowsOrNullObject",
        [],
        () => {
          const t = this._resolve();
          if (!t) return null;
          requireApi(this._ctx);
          const r = t.pageLayout.printTitleRows;
          return r ? { sheet: t, rect: { row: r.row, col: 0, rows: r.rows, cols: MAX_COLUMNS } } : null;
        },
      ),
    );
  }
  load(propertyNames?: unknown): Excel.PageLayout {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostPageLayout, PAGE_LAYOUT_SCALARS, PAGE_LAYOUT_SCALARS);
defineNavigation(HostPageLayout, {
  headersFooters: { make: (ctx, s) => new HostHeaderFooterGroup(ctx, s) },
});

/** HostHeaderFooterGroup's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const HEADER_FOOTER_GROUP_SCALARS = ["state"] as const;
export const HEADER_FOOTER_GROUP_MEMBERS = [
  "context",
  ...HEADER_FOOTER_GROUP_SCALARS,
  "defaultForAllPages",
  "load",
] as const;
export type HeaderFooterGroupMembers = (typeof HEADER_FOOTER_GROUP_MEMBERS)[number];

/** HostHeaderFooterGroup's scalar and navigation properties: accessors generated after the class. */
export interface HostHeaderFooterGroup extends Pick<
  Excel.HeaderFooterGroup,
  (typeof HEADER_FOOTER_GROUP_SCALARS)[number] | "defaultForAllPages"
> {}

/** Only the default header and footer for all pages; first-page and odd/even variants are not emulated. */
export class HostHeaderFooterGroup
  extends HostObject<SheetModel>
  implements Pick<Excel.HeaderFooterGroup, HeaderFooterGroupMembers>
{
  constructor(ctx: HostContext, source: Source<SheetModel>) {
    super(ctx, "HeaderFooterGroup", source);
  }
  protected _props(): Record<string, PropDef<SheetModel>> {
    return { state: { get: () => (requireApi(this._ctx), "Default") } };
  }
  load(propertyNames?: unknown): Excel.HeaderFooterGroup {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostHeaderFooterGroup, HEADER_FOOTER_GROUP_SCALARS);
defineNavigation(HostHeaderFooterGroup, {
  defaultForAllPages: { make: (ctx, s) => new HostHeaderFooter(ctx, s) },
});

const SECTIONS = ["left", "center", "right"] as const;

/** The stored string Excel keeps for a header or footer: "&L…&C…&R…", the empty sections left out. */
export function headerFooterString(s: HeaderFooterSections): string {
  return SECTIONS.map((k, i) => (s[k] ? `&${"LCR"[i]}${s[k]}` : "")).join("");
}

/** HostHeaderFooter's scalar properties (its `*_MEMBERS` list and accessors are built from it). */
const HEADER_FOOTER_SCALARS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;
export const HEADER_FOOTER_MEMBERS = ["context", ...HEADER_FOOTER_SCALARS, "load"] as const;
export type HeaderFooterMembers = (typeof HEADER_FOOTER_MEMBERS)[number];

/** HostHeaderFooter's scalar properties, as accessors that defineScalarProperties generates after the class. */
export interface HostHeaderFooter extends Pick<Excel.HeaderFooter, (typeof HEADER_FOOTER_SCALARS)[number]> {}

export class HostHeaderFooter extends HostObject<SheetModel> implements Pick<Excel.HeaderFooter, HeaderFooterMembers> {
  constructor(ctx: HostContext, source: Source<SheetModel>) {
    super(ctx, "HeaderFooter", source);
  }
  protected _props(): Record<string, PropDef<SheetModel>> {
    const props: Record<string, PropDef<SheetModel>> = {};
    for (const part of ["header", "footer"] as const)
      for (const side of SECTIONS) {
        const name = `${side}${part === "header" ? "Header" : "Footer"}`;
        props[name] = {
          get: (t) => (requireApi(this._ctx), t.pageLayout[part][side]),
          set: (t, v) => {
            requireApi(this._ctx);
            if (typeof v !== "string") throw invalid(`${name} must be text`);
            const next = { ...t.pageLayout[part], [side]: v };
            // The file formats cap the whole string at 255 ([MS-XLSB] HeaderFooterString); the API's limit is
            // not documented, so the host refuses a longer one (the stricter reading).
            if (headerFooterString(next).length > HEADER_FOOTER_MAX) throw invalid(`${part} over 255 characters`);
            t.pageLayout[part] = next;
          },
        };
      }
    return props;
  }
  load(propertyNames?: unknown): Excel.HeaderFooter {
    this._load(propertyNames);
    return handOut(this);
  }
}
defineScalarProperties(HostHeaderFooter, HEADER_FOOTER_SCALARS, HEADER_FOOTER_SCALARS);
