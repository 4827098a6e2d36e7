/**
 * The host's API surface. Each proxy class is declared `implements Pick<Excel.X, XMembers>` with its member
 * list exported next to it, so a member renamed or removed in @types/office-js fails `npm run typecheck`
 * (here and in the class), and this test checks every listed member really exists at run time.
 * It also keeps test/host free of Node built-ins, since the playground bundles it for the browser.
 */
import * as fs from "fs";
import * as path from "path";
import * as chart from "../host/api/chart";
import * as points from "../host/api/chart-points";
import * as cf from "../host/api/conditional-format";
import * as dv from "../host/api/data-validation";
import * as pageLayout from "../host/api/page-layout";
import * as range from "../host/api/range";
import * as table from "../host/api/table";
import * as workbook from "../host/api/workbook";
import * as worksheet from "../host/api/worksheet";

/** Compile-time check: every listed name is a member of the Excel type (a rename breaks the build here too). */
const members = <T>(list: readonly (keyof T)[]): readonly (keyof T)[] => list;

const surfaces: [string, { prototype: object }, readonly PropertyKey[]][] = [
  ["Range", range.HostRange, members<Excel.Range>(range.RANGE_MEMBERS)],
  ["RangeFormat", range.HostRangeFormat, members<Excel.RangeFormat>(range.RANGE_FORMAT_MEMBERS)],
  ["RangeFill", range.HostRangeFill, members<Excel.RangeFill>(range.RANGE_FILL_MEMBERS)],
  ["RangeFont", range.HostRangeFont, members<Excel.RangeFont>(range.RANGE_FONT_MEMBERS)],
  [
    "RangeBorderCollection",
    range.HostRangeBorderCollection,
    members<Excel.RangeBorderCollection>(range.RANGE_BORDERS_MEMBERS),
  ],
  ["RangeBorder", range.HostRangeBorder, members<Excel.RangeBorder>(range.RANGE_BORDER_MEMBERS)],
  [
    "ConditionalFormatCollection",
    cf.HostConditionalFormatCollection,
    members<Excel.ConditionalFormatCollection>(cf.CF_COLLECTION_MEMBERS),
  ],
  ["DataValidation", dv.HostDataValidation, members<Excel.DataValidation>(dv.DATA_VALIDATION_MEMBERS)],
  ["ConditionalFormat", cf.HostConditionalFormat, members<Excel.ConditionalFormat>(cf.CF_MEMBERS)],
  [
    "ColorScaleConditionalFormat",
    cf.HostColorScale,
    members<Excel.ColorScaleConditionalFormat>(cf.COLOR_SCALE_MEMBERS),
  ],
  ["CustomConditionalFormat", cf.HostCustomCf, members<Excel.CustomConditionalFormat>(cf.CUSTOM_CF_MEMBERS)],
  ["ConditionalFormatRule", cf.HostCfRule, members<Excel.ConditionalFormatRule>(cf.CF_RULE_MEMBERS)],
  ["ConditionalRangeFormat", cf.HostCfRangeFormat, members<Excel.ConditionalRangeFormat>(cf.CF_RANGE_FORMAT_MEMBERS)],
  ["ConditionalRangeFill", cf.HostCfFill, members<Excel.ConditionalRangeFill>(cf.CF_FILL_MEMBERS)],
  ["ConditionalRangeFont", cf.HostCfFont, members<Excel.ConditionalRangeFont>(cf.CF_FONT_MEMBERS)],
  ["Worksheet", worksheet.HostWorksheet, members<Excel.Worksheet>(worksheet.WORKSHEET_MEMBERS)],
  [
    "WorksheetCollection",
    worksheet.HostWorksheetCollection,
    members<Excel.WorksheetCollection>(worksheet.WORKSHEET_COLLECTION_MEMBERS),
  ],
  [
    "WorksheetFreezePanes",
    worksheet.HostFreezePanes,
    members<Excel.WorksheetFreezePanes>(worksheet.FREEZE_PANES_MEMBERS),
  ],
  [
    "WorksheetCustomPropertyCollection",
    worksheet.HostCustomPropertyCollection,
    members<Excel.WorksheetCustomPropertyCollection>(worksheet.CUSTOM_PROPERTY_COLLECTION_MEMBERS),
  ],
  [
    "WorksheetCustomProperty",
    worksheet.HostCustomProperty,
    members<Excel.WorksheetCustomProperty>(worksheet.CUSTOM_PROPERTY_MEMBERS),
  ],
  ["PageLayout", pageLayout.HostPageLayout, members<Excel.PageLayout>(pageLayout.PAGE_LAYOUT_MEMBERS)],
  [
    "HeaderFooterGroup",
    pageLayout.HostHeaderFooterGroup,
    members<Excel.HeaderFooterGroup>(pageLayout.HEADER_FOOTER_GROUP_MEMBERS),
  ],
  ["HeaderFooter", pageLayout.HostHeaderFooter, members<Excel.HeaderFooter>(pageLayout.HEADER_FOOTER_MEMBERS)],
  ["TableCollection", table.HostTableCollection, members<Excel.TableCollection>(table.TABLE_COLLECTION_MEMBERS)],
  ["Table", table.HostTable, members<Excel.Table>(table.TABLE_MEMBERS)],
  [
    "TableColumnCollection",
    table.HostTableColumnCollection,
    members<Excel.TableColumnCollection>(table.TABLE_COLUMN_COLLECTION_MEMBERS),
  ],
  ["TableColumn", table.HostTableColumn, members<Excel.TableColumn>(table.TABLE_COLUMN_MEMBERS)],
  [
    "TableRowCollection",
    table.HostTableRowCollection,
    members<Excel.TableRowCollection>(table.TABLE_ROW_COLLECTION_MEMBERS),
  ],
  ["TableRow", table.HostTableRow, members<Excel.TableRow>(table.TABLE_ROW_MEMBERS)],
  ["ChartCollection", chart.HostChartCollection, members<Excel.ChartCollection>(chart.CHART_COLLECTION_MEMBERS)],
  ["Chart", chart.HostChart, members<Excel.Chart>(chart.CHART_MEMBERS)],
  ["ChartTitle", chart.HostChartTitle, members<Excel.ChartTitle>(chart.CHART_TITLE_MEMBERS)],
  ["ChartLegend", chart.HostChartLegend, members<Excel.ChartLegend>(chart.CHART_LEGEND_MEMBERS)],
  ["ChartAxes", chart.HostChartAxes, members<Excel.ChartAxes>(chart.CHART_AXES_MEMBERS)],
  ["ChartAxis", chart.HostChartAxis, members<Excel.ChartAxis>(chart.CHART_AXIS_MEMBERS)],
  ["ChartAxisTitle", chart.HostChartAxisTitle, members<Excel.ChartAxisTitle>(chart.CHART_AXIS_TITLE_MEMBERS)],
  [
    "ChartSeriesCollection",
    chart.HostChartSeriesCollection,
    members<Excel.ChartSeriesCollection>(chart.CHART_SERIES_COLLECTION_MEMBERS),
  ],
  ["ChartSeries", chart.HostChartSeries, members<Excel.ChartSeries>(chart.CHART_SERIES_MEMBERS)],
  [
    "ChartSeriesFormat",
    chart.HostChartSeriesFormat,
    members<Excel.ChartSeriesFormat>(chart.CHART_SERIES_FORMAT_MEMBERS),
  ],
  [
    "ChartPointsCollection",
    points.HostChartPointsCollection,
    members<Excel.ChartPointsCollection>(points.CHART_POINTS_MEMBERS),
  ],
  ["ChartPoint", points.HostChartPoint, members<Excel.ChartPoint>(points.CHART_POINT_MEMBERS)],
  ["ChartDataLabel", points.HostChartDataLabel, members<Excel.ChartDataLabel>(points.CHART_DATA_LABEL_MEMBERS)],
  ["ChartFill", chart.HostChartFill, members<Excel.ChartFill>(chart.CHART_FILL_MEMBERS)],
  ["ChartLineFormat", chart.HostChartLineFormat, members<Excel.ChartLineFormat>(chart.CHART_LINE_FORMAT_MEMBERS)],
  ["RequestContext", workbook.HostRequestContext, members<Excel.RequestContext>(workbook.REQUEST_CONTEXT_MEMBERS)],
  ["Workbook", workbook.HostWorkbook, members<Excel.Workbook>(workbook.WORKBOOK_MEMBERS)],
  ["Application", workbook.HostApplication, members<Excel.Application>(workbook.APPLICATION_MEMBERS)],
  [
    "NamedItemCollection",
    workbook.HostNamedItemCollection,
    members<Excel.NamedItemCollection>(workbook.NAMED_ITEM_COLLECTION_MEMBERS),
  ],
  ["NamedItem", workbook.HostNamedItem, members<Excel.NamedItem>(workbook.NAMED_ITEM_MEMBERS)],
  [
    "SettingCollection",
    workbook.HostSettingCollection,
    members<Excel.SettingCollection>(workbook.SETTING_COLLECTION_MEMBERS),
  ],
  ["Setting", workbook.HostSetting, members<Excel.Setting>(workbook.SETTING_MEMBERS)],
];

/** Members defined anywhere on the prototype chain (methods and accessors) or as instance fields. */
function hasMember(cls: { prototype: object }, name: PropertyKey): boolean {
  for (let p: object | null = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    if (Object.getOwnPropertyDescriptor(p, name)) return true;
  return name === "trackedObjects"; // an instance field of the request context
}

describe("implemented Excel members", () => {
  it.each(surfaces)("%s has every member its Pick lists", (_name, cls, list) => {
    const missing = list.filter((m) => !hasMember(cls, m));
    expect(missing).toEqual([]);
    expect(new Set(list).size).toBe(list.length);
  });

  it("covers the objects the adapter uses", () => {
    expect(surfaces.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        "Range",
        "Worksheet",
        "Table",
        "Chart",
        "ChartSeries",
        "ConditionalFormat",
        "NamedItem",
        "Setting",
      ]),
    );
    expect(surfaces.reduce((n, [, , list]) => n + list.length, 0)).toBeGreaterThan(300);
  });
});

describe("browser compatibility", () => {
  const root = path.join(__dirname, "..", "host");
  const files: string[] = [];
  const walk = (dir: string) =>
    fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) files.push(p);
    });
  walk(root);

  it.each(files.map((f) => [path.relative(root, f), f]))("%s uses no Node built-ins", (_rel, file) => {
    const src = fs.readFileSync(file, "utf8");
    const imports = [...src.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith(".") && i !== "hyperformula")).toEqual([]);
    expect(src).not.toMatch(/\b(process|Buffer|require|__dirname|__filename|setImmediate)\b/);
  });
});
