/**
 * The playground's workbook: a formula bar, the shown sheet's grid (only the rows in view are in the DOM),
 * its charts drawn over the cells, and the sheet tabs. It shows the host's active sheet and selection, so
 * what the task pane activates or selects appears here; clicking a tab or a cell activates or selects it in
 * the host, as in Excel.
 */
import {
  CSSProperties,
  KeyboardEvent,
  memo,
  MouseEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { mergeClasses } from "@fluentui/react-components";
import type { Host } from "../host";
import { cellAddress, columnLetters, parseRect, Rect } from "../host/a1";
import type { SheetModel } from "../host/model";
import { ChartDescription } from "./chart-geometry";
import { ChartSvg } from "./ChartSvg";
import { CellView, SheetView } from "./sheet-view";
import {
  CELL_FONT,
  EXCEL_GREEN,
  GRIDLINE,
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  useWorkbookStyles,
} from "./useWorkbookStyles";

type Classes = ReturnType<typeof useWorkbookStyles>;

const FREEZE_LINE = "#9B9B9B";
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 10;
/** Used until the grid has been measured (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT = { height: 900, width: 1400 };
/** Text runs over at most this many empty cells to its right. */
const MAX_OVERFLOW = 16;

/** Rough text width, enough to decide how far text runs over empty cells. */
/** Chinese, Japanese and Korean characters are full-width: about twice a Latin character's width. */
const FULL_WIDTH = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;
const textWidth = (text: string, fontPt: number) =>
  [...text].reduce((n, ch) => n + (FULL_WIDTH.test(ch) ? 1.9 : 1), 0) * fontPt * (4 / 3) * 0.55 + 8;

interface RowProps {
  view: SheetView;
  row: number;
  selectedCol: number;
}

function cellStyle(
  view: SheetView,
  cell: CellView,
  height: number,
  covered: boolean,
  selected: boolean,
  frozenRow: boolean,
  frozenCol: boolean,
  overflowing: boolean,
): CSSProperties {
  const { look } = cell;
  const grid = view.showGridlines ? GRIDLINE : "transparent";
  const plain = look.fill ?? grid;
  const right =
    look.borders.right ??
    (frozenCol && cell.col === view.frozenCols - 1 ? FREEZE_LINE : covered ? (look.fill ?? "transparent") : plain);
  const bottom = look.borders.bottom ?? (frozenRow && cell.row === view.frozenRows - 1 ? FREEZE_LINE : plain);
  const shadows: string[] = [];
  if (look.borders.top) shadows.push(`inset 0 1px 0 ${look.borders.top}`);
  if (look.borders.left) shadows.push(`inset 1px 0 0 ${look.borders.left}`);
  if (selected) shadows.push(`inset 0 0 0 2px ${EXCEL_GREEN}`);
  const style: CSSProperties = {
    height,
    borderRight: `1px solid ${right}`,
    borderBottom: `1px solid ${bottom}`,
  };
  if (look.fill) style.backgroundColor = look.fill;
  else if (frozenRow || frozenCol) style.backgroundColor = "#FFFFFF";
  if (shadows.length) style.boxShadow = shadows.join(", ");
  if (look.bold) style.fontWeight = "bold";
  if (look.italic) style.fontStyle = "italic";
  if (look.underline) style.textDecoration = "underline";
  if (look.fontColor.toUpperCase() !== "#000000") style.color = look.fontColor;
  style.fontSize = `${look.fontSize}pt`;
  if (look.fontName !== "Calibri") style.fontFamily = `'${look.fontName}', ${CELL_FONT}`;
  if (frozenRow || frozenCol) {
    style.position = "sticky";
    if (frozenRow) style.top = HEADER_HEIGHT + view.rowTops[cell.row];
    if (frozenCol) style.left = ROW_HEADER_WIDTH + view.colLefts[cell.col];
    // Frozen columns slide under frozen rows, both under the cells frozen both ways; a cell whose text
    // runs over its frozen neighbours sits one above them.
    style.zIndex = (frozenRow && frozenCol ? 7 : frozenRow ? 5 : 3) + (overflowing ? 1 : 0);
  }
  return style;
}

/** One row of cells; rows already drawn are not drawn again while scrolling (memo, and the view's row cache). */
const GridRow = memo(function GridRow({ view, row, selectedCol }: RowProps) {
  const classes = useWorkbookStyles();
  const height = view.rowTops[row + 1] - view.rowTops[row];
  const frozenRow = row < view.frozenRows;
  const cells = view.rowCells(row);
  // Left-aligned text runs over the empty cells to its right, as in Excel.
  const spans = cells.map((c) => view.colLefts[c.col + 1] - view.colLefts[c.col]);
  const covered = new Array<boolean>(cells.length).fill(false);
  cells.forEach((cell, c) => {
    if (cell.kind !== "text" || cell.look.wrap || cell.look.align !== "left") return;
    const needed = textWidth(cell.text, cell.look.fontSize);
    let k = c + 1;
    while (spans[c] < needed && k < cells.length && k - c <= MAX_OVERFLOW && cells[k].kind === "empty") {
      covered[k - 1] = true;
      spans[c] += spans[k] ?? 0;
      k++;
    }
  });
  const rowHeaderStyle: CSSProperties = { height };
  if (frozenRow) {
    rowHeaderStyle.top = HEADER_HEIGHT + view.rowTops[row];
    rowHeaderStyle.zIndex = 10;
    if (row === view.frozenRows - 1) rowHeaderStyle.borderBottom = `1px solid ${FREEZE_LINE}`;
  }
  return (
    <tr style={{ height }}>
      <th
        scope="row"
        className={mergeClasses(classes.rowHeader, selectedCol >= 0 && classes.headerSelected)}
        style={rowHeaderStyle}
      >
        {row + 1}
      </th>
      {cells.map((cell, c) => {
        const frozenCol = c < view.frozenCols;
        const selected = c === selectedCol;
        const width = view.colLefts[c + 1] - view.colLefts[c];
        const overflowing = spans[c] > width;
        const content: CSSProperties = {
          width: spans[c] - 1,
          height: height - 1,
          justifyContent:
            cell.look.valign === "top" ? "flex-start" : cell.look.valign === "center" ? "center" : "flex-end",
          textAlign: cell.look.align,
          whiteSpace: cell.look.wrap ? "pre-wrap" : "pre",
        };
        if (cell.look.indent) content.paddingLeft = 3 + cell.look.indent * 9;
        if (overflowing) {
          content.position = "relative";
          content.zIndex = 1;
        }
        return (
          <td
            key={c}
            data-address={cell.address}
            className={classes.cell}
            style={cellStyle(view, cell, height, covered[c], selected, frozenRow, frozenCol, overflowing)}
            aria-selected={selected || undefined}
          >
            {cell.text !== "" && (
              <div className={classes.content} style={content}>
                {cell.text}
              </div>
            )}
          </td>
        );
      })}
    </tr>
  );
});

interface GridProps {
  view: SheetView;
  charts: ChartDescription[];
  selection: Rect;
  /** Changes when the host's selection changes, to bring it into view. */
  selectionKey: string;
  onSelect(row: number, col: number): void;
  classes: Classes;
  labelledBy: string;
}

function SheetGrid({ view, charts, selection, selectionKey, onSelect, classes, labelledBy }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, left: 0, ...FALLBACK_VIEWPORT });

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = {
      top: el.scrollTop,
      left: el.scrollLeft,
      height: el.clientHeight || FALLBACK_VIEWPORT.height,
      width: el.clientWidth || FALLBACK_VIEWPORT.width,
    };
    setViewport((v) =>
      v.top === next.top && v.left === next.left && v.height === next.height && v.width === next.width ? v : next,
    );
  }, []);

  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // Bring a newly selected cell into view (e.g. after the pane selected an error's cell).
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const box = view.box({ ...selection, rows: 1, cols: 1 });
    const frozenHeight = view.rowTops[view.frozenRows];
    const frozenWidth = view.colLefts[view.frozenCols];
    const viewHeight = (el.clientHeight || FALLBACK_VIEWPORT.height) - HEADER_HEIGHT;
    const viewWidth = (el.clientWidth || FALLBACK_VIEWPORT.width) - ROW_HEADER_WIDTH;
    if (selection.row >= view.frozenRows) {
      if (box.top - frozenHeight < el.scrollTop) el.scrollTop = Math.max(0, box.top - frozenHeight);
      else if (box.top + box.height > el.scrollTop + viewHeight) el.scrollTop = box.top + box.height - viewHeight + 2;
    }
    if (selection.col >= view.frozenCols) {
      if (box.left - frozenWidth < el.scrollLeft) el.scrollLeft = Math.max(0, box.left - frozenWidth);
      else if (box.left + box.width > el.scrollLeft + viewWidth) el.scrollLeft = box.left + box.width - viewWidth + 2;
    }
    measure();
    // Only when the selection itself changes (selectionKey), not on every render.
  }, [selectionKey]);

  const frozenHeight = view.rowTops[view.frozenRows];
  const first = Math.max(view.frozenRows, view.rowAt(viewport.top + frozenHeight) - OVERSCAN);
  const last = Math.min(view.rowCount - 1, view.rowAt(viewport.top + viewport.height) + OVERSCAN);
  const rows: number[] = [];
  for (let r = 0; r < view.frozenRows; r++) rows.push(r);
  for (let r = first; r <= last; r++) rows.push(r);
  const topSpacer = view.rowTops[first] - view.rowTops[view.frozenRows];
  const bottomSpacer = view.rowTops[view.rowCount] - view.rowTops[last + 1];

  const onMouseDown = (e: MouseEvent) => {
    const td = (e.target as Element).closest?.("td[data-address]");
    const address = td?.getAttribute("data-address");
    if (!address) return;
    const r = parseRect(address);
    onSelect(r.row, r.col);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    const move = moves[e.key];
    if (!move || (e.key === "Tab" && e.shiftKey && selection.col === 0)) return;
    e.preventDefault();
    const row = Math.max(0, Math.min(view.rowCount - 1, selection.row + move[0]));
    const col = Math.max(0, Math.min(view.colCount - 1, selection.col + move[1]));
    onSelect(row, col);
  };

  const cols: number[] = [];
  for (let c = 0; c < view.colCount; c++) cols.push(c);

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      onScroll={measure}
      onKeyDown={onKeyDown}
      tabIndex={0}
      role="tabpanel"
      aria-labelledby={labelledBy}
    >
      <div className={classes.canvas} style={{ width: ROW_HEADER_WIDTH + view.width }}>
        <table
          className={mergeClasses("grid", classes.grid)}
          data-sheet={view.name}
          style={{ width: ROW_HEADER_WIDTH + view.width }}
          onMouseDown={onMouseDown}
          aria-rowcount={view.rowCount + 1}
        >
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {cols.map((c) => (
              <col key={c} style={{ width: view.colLefts[c + 1] - view.colLefts[c] }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: HEADER_HEIGHT }}>
              <th className={mergeClasses(classes.colHeader, classes.corner)} aria-label="Select all" />
              {cols.map((c) => {
                const style: CSSProperties = {};
                if (c < view.frozenCols) {
                  style.left = ROW_HEADER_WIDTH + view.colLefts[c];
                  style.zIndex = 12;
                  if (c === view.frozenCols - 1) style.borderRight = `1px solid ${FREEZE_LINE}`;
                }
                return (
                  <th
                    key={c}
                    scope="col"
                    className={mergeClasses(classes.colHeader, c === selection.col && classes.headerSelected)}
                    style={style}
                  >
                    {columnLetters(c)}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <FragmentRow
                key={r}
                spacerBefore={i === view.frozenRows && topSpacer > 0 ? topSpacer : 0}
                view={view}
                row={r}
                selectedCol={r === selection.row ? selection.col : -1}
              />
            ))}
            {bottomSpacer > 0 && (
              <tr aria-hidden="true" style={{ height: bottomSpacer }}>
                <td className={classes.spacer} colSpan={view.colCount + 1} />
              </tr>
            )}
          </tbody>
        </table>
        <div className={classes.charts}>
          {charts.map((chart) => {
            const box = view.chartBox(chart.position);
            const width = Math.max(40, Math.round(box.width));
            const height = Math.max(40, Math.round(box.height));
            return (
              <div
                key={chart.name}
                className={classes.chart}
                style={{ top: HEADER_HEIGHT + box.top, left: ROW_HEADER_WIDTH + box.left, width, height }}
              >
                <ChartSvg chart={chart} width={width} height={height} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** A row, preceded by the spacer that stands for the rows scrolled out of view above it. */
function FragmentRow({ spacerBefore, ...props }: RowProps & { spacerBefore: number }) {
  const classes = useWorkbookStyles();
  if (!spacerBefore) return <GridRow {...props} />;
  return (
    <>
      <tr aria-hidden="true" style={{ height: spacerBefore }}>
        <td className={classes.spacer} colSpan={props.view.colCount + 1} />
      </tr>
      <GridRow {...props} />
    </>
  );
}

export interface WorkbookViewProps {
  host: Host;
  /** Bumped after every task-pane operation: the workbook is read again. */
  version: number;
}

const visibleSheets = (sheets: SheetModel[]) => sheets.filter((s) => s.visibility === "Visible");

export function WorkbookView({ host, version }: WorkbookViewProps) {
  const classes = useWorkbookStyles();
  const [tick, setTick] = useState(0);
  const model = host.model;
  const sheets = visibleSheets(model.liveSheets());
  const active =
    model.active && !model.active.deleted && model.active.visibility === "Visible" ? model.active : (sheets[0] ?? null);
  const activeName = active?.name ?? null;

  const view = useMemo(
    () => (active ? new SheetView(model, active) : null),
    // version: the workbook changed; active: a tab was clicked.
    [model, active, activeName, version],
  );
  const charts = useMemo(() => (activeName ? host.charts(activeName) : []), [host, model, activeName, version]);

  const selectionRef = model.selection && model.selection.sheet === active ? model.selection : null;
  const selection: Rect = selectionRef ? selectionRef.rect : { row: 0, col: 0, rows: 1, cols: 1 };
  const selectionKey = `${activeName}!${selection.row},${selection.col}#${selectionRef ? version : 0}`;

  const activate = (sheet: SheetModel) => {
    model.active = sheet;
    setTick(tick + 1);
  };
  const select = (row: number, col: number) => {
    if (!active) return;
    model.active = active;
    model.selection = { sheet: active, rect: { row, col, rows: 1, cols: 1 } };
    setTick((t) => t + 1);
  };

  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const onTabKey = (e: KeyboardEvent, index: number) => {
    const next =
      e.key === "ArrowRight"
        ? (index + 1) % sheets.length
        : e.key === "ArrowLeft"
          ? (index - 1 + sheets.length) % sheets.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? sheets.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    activate(sheets[next]);
    tabRefs.current[next]?.focus();
  };

  const tabId = (i: number) => `playground-sheet-tab-${i}`;
  const activeIndex = sheets.findIndex((s) => s === active);
  const selectedAddress = rectLabel(selection);

  return (
    <div className={classes.root}>
      <div className={classes.titleBar}>
        <span className={classes.titleName}>Book1</span>
        <span>· Ninegrid playground</span>
        <span className={classes.titleHint}>In-memory Excel · nothing leaves this page</span>
      </div>
      <div className={classes.formulaBar}>
        <input className={classes.nameBox} aria-label="Name box" readOnly value={activeName ? selectedAddress : ""} />
        <span className={classes.fx} aria-hidden="true">
          fx
        </span>
        <input
          className={classes.formula}
          aria-label="Formula bar"
          readOnly
          value={view ? view.formulaBar(selection.row, selection.col) : ""}
        />
      </div>
      {view ? (
        <SheetGrid
          key={view.name}
          view={view}
          charts={charts}
          selection={selection}
          selectionKey={selectionKey}
          onSelect={select}
          classes={classes}
          labelledBy={tabId(activeIndex)}
        />
      ) : (
        <div className={classes.scroller} />
      )}
      <div className={classes.tabs}>
        <div role="tablist" aria-label="Sheets" style={{ display: "flex" }}>
          {sheets.map((s, i) => {
            const selected = s === active;
            return (
              <button
                key={s.id}
                ref={(el) => {
                  tabRefs.current[i] = el;
                }}
                id={tabId(i)}
                type="button"
                role="tab"
                aria-selected={selected}
                tabIndex={selected ? 0 : -1}
                className={mergeClasses(classes.tab, selected && classes.tabSelected)}
                onClick={() => activate(s)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {s.name}
                {s.tabColor && <span className={classes.tabColor} style={{ backgroundColor: s.tabColor }} />}
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function rectLabel(r: Rect): string {
  const first = cellAddress(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}
