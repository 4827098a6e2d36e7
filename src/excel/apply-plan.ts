import { SheetPlan } from "../reports/plan";
import { DEFAULT_BUDGET_BYTES } from "./chunks";
import { decorate, setUpPrint } from "./apply-decorate";
import { PlanOp, writeOps } from "./apply-ops";
import { ExcelRun } from "./run";
import { freeSheetName } from "./names";
import { executeWrite, readSheetTag, WriteOptions, WriteSession } from "./write-executor";

export { charsToPoints } from "./apply-decorate";

/** Worksheet custom property that marks a sheet as made by Ninegrid: its value is JSON `{ kind, state }`. */
export const REPORT_TAG = "NinegridReport";

export interface ApplyOptions extends WriteOptions {
  activate?: boolean;
  /**
   * `Office.context.requirements.isSetSupported`; without it Office's own is asked, and where Office is
   * absent (tests, the playground) every set is taken as supported and the host decides.
   */
  isSetSupported?: (set: string, version: string) => boolean;
}

/** Page layout (orientation, print zoom, title rows, headers and footers) is ExcelApi 1.9. */
export const PRINT_API = { set: "ExcelApi", version: "1.9" } as const;

export interface ApplyResult {
  sheetName: string;
  /** Every context.sync() made, payload chunks included. */
  roundTrips: number;
  /** Round trips that carried cell payload (values or number formats). */
  chunks: number;
  requestBytes: number;
  /** True when an earlier Ninegrid sheet of this kind was replaced. */
  replaced: boolean;
  /** Whether the plan's print setup was applied: false when it had none or Excel lacks ExcelApi 1.9. */
  printSetup: boolean;
}

/**
 * What is written: a sheet plan, whose `kind` names its ownership tag (a report's kind, or a sheet of the
 * pack's own such as "contents"). Its summary is the caller's business, not the sheet's.
 */
export type PlanLayout = Omit<SheetPlan, "kind" | "summary" | "summaryData"> & { kind: string };

/**
 * A plan whose cells depend on the final names of the sheets written with it (the pack's contents sheet
 * links to each report): named like the others, and built once every name is decided, so a link to a
 * report that went to "Nine-Grid (2)" points there.
 */
export interface LinkedPlan {
  kind: string;
  sheetName: string;
  /** `finalNames`: the sheet each plan of the write goes to, by kind. */
  build(finalNames: ReadonlyMap<string, string>): PlanLayout;
}

export type PackPlan = PlanLayout | LinkedPlan;

/** One sheet of an all-or-nothing write, as it ended. */
export interface SheetApplied {
  kind: string;
  sheetName: string;
  replaced: boolean;
  printSetup: boolean;
}

export interface ApplyPlansResult {
  /** In the order of the plans given. */
  sheets: SheetApplied[];
  roundTrips: number;
  chunks: number;
  requestBytes: number;
}

type RequirementCheck = { isSetSupported(set: string, version: string): boolean };

/** Whether `set` `version` is there: the caller's check, else Office's, else assumed (no Office loaded). */
function supports(options: ApplyOptions, api: { set: string; version: string }): boolean {
  if (options.isSetSupported) return options.isSetSupported(api.set, api.version);
  const requirements = (globalThis as { Office?: { context?: { requirements?: RequirementCheck } } }).Office?.context
    ?.requirements;
  return requirements ? requirements.isSetSupported(api.set, api.version) : true;
}

/** Cancelling a build: the executor's cancel (the name the pane has always used). */
export { WriteCancelled as BuildCancelled } from "./write-executor";

const isLinked = (p: PackPlan): p is LinkedPlan => "build" in p;

/** The ownership tag's value. */
const tagValue = (kind: string, state: "building" | "ready") => JSON.stringify({ kind, state });

/** The workbook's sheets as read before writing: names, positions, tags, and the sheet the user is on. */
interface SheetsRead {
  sheets: Excel.WorksheetCollection;
  activeName: string;
  tags: { kind?: string; state?: string }[];
}

/** Two round trips: the sheets (and the active one), then their Ninegrid tags. */
async function readSheets(session: WriteSession): Promise<SheetsRead> {
  const sheets = session.context.workbook.worksheets;
  sheets.load("items/name,items/id,items/position");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await session.read();
  const tags = sheets.items.map((ws) => ws.customProperties.getItemOrNullObject(REPORT_TAG));
  tags.forEach((t) => t.load("value"));
  await session.read();
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- session.read() above is the sync
  return { sheets, activeName: active.name, tags: tags.map(readSheetTag) };
}

/** One plan's place in the write: the report it replaces and the names its sheets take. */
interface Slot {
  plan: PackPlan;
  /** The ready sheet of this kind the write replaces, if any. */
  previous: Excel.Worksheet | null;
  /** Where `previous` will be once the stale sheets are deleted. */
  previousPosition: number;
  finalName: string;
  buildName: string;
  retiredName: string;
}

/**
 * Each plan's previous sheet (the first ready one of its kind) and the stale ones of the same kinds (build
 * sheets left by a crashed run, duplicates made by copying), which this write deletes.
 */
function findOwned(read: SheetsRead, plans: readonly PackPlan[]) {
  const kinds = new Set(plans.map((p) => p.kind));
  const previous = new Map<string, Excel.Worksheet>();
  const stale: Excel.Worksheet[] = [];
  read.sheets.items.forEach((ws, i) => {
    const tag = read.tags[i];
    if (tag.kind === undefined || !kinds.has(tag.kind)) return;
    if (tag.state === "ready" && !previous.has(tag.kind)) previous.set(tag.kind, ws);
    else stale.push(ws);
  });
  return { previous, stale };
}

/**
 * The names of one plan's sheets: its final name (the previous report's, else the wanted name or a free
 * "(2)" variant, never a user's sheet), its build sheet's and the previous report's while it is retired.
 * Each name is added to `taken`, so the plans of one write never collide.
 */
function nameSlot(plan: PackPlan, previous: Excel.Worksheet | null, taken: Set<string>) {
  // Ownership is by report (the tag), not by name: the previous report keeps its name while it is this plan's
  // name or a numbered variant of it; a rerun in another language takes that language's name (first free).
  const finalName =
    previous && carriesName(previous.name, plan.sheetName)
      ? previous.name
      : freeSheetName(plan.sheetName, previous ? without(taken, previous.name) : taken);
  taken.add(finalName.toLowerCase());
  const buildName = freeSheetName(`${plan.sheetName.slice(0, 20)} building`, taken);
  taken.add(buildName.toLowerCase());
  const retiredName = freeSheetName(`${plan.sheetName.slice(0, 20)} old`, taken);
  taken.add(retiredName.toLowerCase());
  return { finalName, buildName, retiredName };
}

function slotsOf(read: SheetsRead, plans: readonly PackPlan[]) {
  const { previous, stale } = findOwned(read, plans);
  const kept = read.sheets.items.filter((ws) => !stale.includes(ws));
  const taken = new Set(kept.map((ws) => ws.name.toLowerCase()));
  const slots: Slot[] = plans.map((plan) => {
    const prev = previous.get(plan.kind) ?? null;
    return { plan, previous: prev, previousPosition: prev ? kept.indexOf(prev) : -1, ...nameSlot(plan, prev, taken) };
  });
  const wasActive = kept.find((ws) => ws.name === read.activeName);
  return { slots, stale, wasActive };
}

/**
 * Writes several plans as one all-or-nothing write through the executor, in a fixed number of round trips
 * however many plans, plus payload chunks: (1) list sheets, (2) read their Ninegrid tags, (3) create every
 * plan's hidden build sheet tagged "building" (the journal: a later run deletes them if this one dies),
 * (4…) every plan's values then number formats in chunks, (last) the commit: formats, conditional formats,
 * charts, print setup, then each build sheet swapped in for the previous sheet of its kind and tagged ready.
 * A user's sheet is never touched: a name clash gives "Nine-Grid (2)". A failure or cancel at any round trip
 * before the commit deletes every build sheet, so every previous sheet stays and nothing half-written remains.
 */
export async function applyPlans(
  run: ExcelRun,
  plans: readonly PackPlan[],
  options: ApplyOptions = {},
): Promise<ApplyPlansResult> {
  const kinds = plans.map((p) => p.kind);
  if (new Set(kinds).size !== kinds.length) throw new Error(`One write cannot hold two sheets of a kind: ${kinds}`);
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  // Computed once, outside the session: a retry (cell-edit mode) reuses them.
  const fixedOps = plans.map((p) => (isLinked(p) ? null : writeOps(p.blocks, budget)));
  const { result, stats } = await executeWrite(run, options, async (session) => {
    const { slots, stale, wasActive } = slotsOf(await readSheets(session), plans);
    // Undone after the build sheets are deleted (undos run newest first): the sheet the user was on is active
    // again, and each previous report gets its name back.
    if (wasActive) session.undo(() => wasActive.activate());
    for (const s of slots) {
      // Its own name back, which a rerun in another language does not keep.
      const own = s.previous?.name;
      if (s.previous) session.undo(() => ((s.previous as Excel.Worksheet).name = own as string));
    }
    const finalNames = new Map(slots.map((s) => [s.plan.kind, s.finalName]));
    const layouts = plans.map((p) => (isLinked(p) ? p.build(finalNames) : p));
    const ops = layouts.map((l, i) => fixedOps[i] ?? writeOps(l.blocks, budget));

    const targets = await createBuildSheets(session, slots, stale);
    await session.write(ops.flatMap((list, i) => list.map((op: PlanOp) => ({ ...op, sheet: targets[i] }))));
    // Without page layout a sheet is still written, only not set up for print (the pane can say so).
    const prints = layouts.map((l) => (l.print && supports(options, PRINT_API) ? l.print : undefined));
    await session.commit(
      () => {
        targets.forEach((target, i) => {
          // Visible first: freeze panes act on the sheet's view (the host refuses them on a hidden sheet).
          target.visibility = "Visible";
          decorate(target, layouts[i]);
          const print = prints[i];
          if (print) setUpPrint(target, print);
        });
        swapIn(slots, targets);
        if (options.activate !== false) targets[0]?.activate();
      },
      () => {
        targets.forEach((target, i) => {
          target.customProperties.getItem(REPORT_TAG).value = tagValue(slots[i].plan.kind, "ready");
        });
        // The one action no cleanup can undo goes last: should Excel stop part-way through this request, the
        // previous reports are still there to get their names back.
        for (const s of slots) s.previous?.delete();
      },
    );
    return slots.map((s, i): SheetApplied => ({
      kind: s.plan.kind,
      sheetName: s.finalName,
      replaced: s.previous !== null,
      printSetup: prints[i] !== undefined,
    }));
  });
  return { sheets: result, roundTrips: stats.roundTrips, chunks: stats.chunks, requestBytes: stats.requestBytes };
}

/** Whether a sheet is named `wanted` or a numbered variant of it ("Nine-Grid (2)"), as freeSheetName names them. */
function carriesName(name: string, wanted: string): boolean {
  const [n, w] = [name.toLowerCase(), wanted.slice(0, 31).toLowerCase()];
  const numbered = /^(.+) \(\d+\)$/.exec(n);
  return n === w || (numbered !== null && w.startsWith(numbered[1]));
}

/** `names` (lower-cased) without `name`. */
const without = (names: ReadonlySet<string>, name: string) =>
  new Set([...names].filter((n) => n !== name.toLowerCase()));

/**
 * One round trip that deletes the stale sheets and adds every plan's hidden, tagged build sheet (at the
 * end, in plan order). It is a request of its own: if a payload request is rejected as too large, Excel
 * drops everything in it, and the sheets must not go with it.
 */
async function createBuildSheets(
  session: WriteSession,
  slots: readonly Slot[],
  stale: readonly Excel.Worksheet[],
): Promise<Excel.Worksheet[]> {
  const sheets = session.context.workbook.worksheets;
  const targets: Excel.Worksheet[] = [];
  await session.change(
    () => {
      for (const ws of stale) ws.delete();
      for (const s of slots) {
        const target = sheets.add(s.buildName);
        target.visibility = "Hidden";
        target.customProperties.add(REPORT_TAG, tagValue(s.plan.kind, "building"));
        targets.push(target);
      }
    },
    () => targets.forEach((t) => t.delete()),
  );
  return targets;
}

/**
 * Queues each build sheet into its previous report's place and name. Moves go from the rightmost place
 * leftwards: a move shifts only the sheets at or after its place, which later moves no longer look at.
 * Every previous report is renamed before its build sheet takes the name; the final names are distinct.
 */
function swapIn(slots: readonly Slot[], targets: readonly Excel.Worksheet[]): void {
  const replacing = slots.map((s, i) => ({ s, target: targets[i] })).filter(({ s }) => s.previous);
  replacing.sort((a, b) => b.s.previousPosition - a.s.previousPosition);
  for (const { s, target } of replacing) target.position = s.previousPosition;
  slots.forEach((s, i) => {
    if (s.previous) s.previous.name = s.retiredName;
    targets[i].name = s.finalName;
  });
}

/** Writes one sheet plan: the one-plan case of `applyPlans` (see there for the round trips and the guarantees). */
export async function applyPlan(run: ExcelRun, plan: SheetPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const { sheets, ...stats } = await applyPlans(run, [plan], options);
  const { sheetName, replaced, printSetup } = sheets[0];
  return { sheetName, replaced, printSetup, ...stats };
}
