/**
 * The proxy machinery, modelled on Office.js: every object handed out is a proxy whose property writes and
 * method calls are queued as actions and applied in order at `context.sync()`; property reads are served
 * from what the last sync loaded (or what this proxy last wrote, as Office.js caches assignments) and throw
 * PropertyNotLoaded otherwise. Objects returned by getters such as `getRange` or `getItem` are paths,
 * resolved when an action first needs them; objects returned by actions such as `worksheets.add` are
 * resolved by that action. Each sync is one round trip, counted and measured in bytes.
 */
import { hostError, HostError, propertyNotLoaded } from "./errors";
import type { WorkbookModel } from "./model";

// ------------------------------------------------------------------ load options

/** A parsed `load(...)` argument: scalar properties, navigation properties, or everything. */
export interface LoadTree {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadTree>;
}

const emptyTree = (): LoadTree => ({ all: false, props: new Set(), nav: new Map() });

function addPath(root: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return;
  let node = root;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = node.nav.get(parts[i]);
    if (!next) node.nav.set(parts[i], (next = emptyTree()));
    node = next;
  }
  const last = parts[parts.length - 1];
  if (last === "*" || last === "$all") node.all = true;
  else node.props.add(last);
}

function addObject(root: LoadTree, obj: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    if (k === "$all") {
      if (v) root.all = true;
    } else if (k === "$top" || k === "$skip") {
      continue;
    } else if (v === true) root.props.add(k);
    else if (v && typeof v === "object") {
      let next = root.nav.get(k);
      if (!next) root.nav.set(k, (next = emptyTree()));
      addObject(next, v as Record<string, unknown>);
    }
  }
}

/** Normalises every form Office.js accepts: "a, b/c", ["a", "b/c"], { select, expand }, { a: true, b: { c: true } }. */
export function parseLoad(arg: unknown): LoadTree {
  const tree = emptyTree();
  if (arg === undefined || arg === null) {
    tree.all = true;
    return tree;
  }
  if (typeof arg === "string") {
    for (const p of arg.split(",")) addPath(tree, p);
  } else if (Array.isArray(arg)) {
    for (const p of arg) if (typeof p === "string") for (const q of p.split(",")) addPath(tree, q);
  } else if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      if (typeof o.select === "string") for (const p of o.select.split(",")) addPath(tree, p);
      if (typeof o.expand === "string")
        for (const p of o.expand.split(",")) {
          const t = p.trim();
          if (t && !tree.nav.has(t)) tree.nav.set(t, { ...emptyTree(), all: true });
        }
    } else addObject(tree, o);
  }
  if (tree.props.size === 0 && tree.nav.size === 0) tree.all = true;
  return tree;
}

// ------------------------------------------------------------------ actions and context

/** What an action returns when it reads something: the response data (for byte counting) and how to apply it. */
export interface Readback {
  data: unknown;
  commit: () => void;
}

export interface Action {
  obj: HostObject;
  kind: "set" | "call" | "load" | "probe";
  name: string;
  args: unknown[];
  run: () => Readback | void;
}

/** One round trip as the host recorded it. */
export interface RequestRecord {
  /** UTF-8 bytes of the serialised request (all actions with their arguments, plus object paths). */
  bytes: number;
  /** UTF-8 bytes of the serialised response (everything loaded). */
  responseBytes: number;
  /** Number of queued actions (property writes, method calls, loads). */
  ops: number;
  /** True when `application.suspendApiCalculationUntilNextSync()` was called in this request. */
  suspendedCalculation: boolean;
  /** The error code when the sync was rejected. */
  error?: string;
  /** Action names in order, e.g. ["Range.values=", "Range.load"], for debugging and assertions. */
  actions: string[];
}

export interface HostStats {
  /** Round trips: syncs that carried at least one action (an empty sync never leaves Office.js). */
  syncs: number;
  /** Explicit `context.sync()` calls with nothing queued (no round trip). */
  emptySyncs: number;
  requests: RequestRecord[];
  maxRequestBytes: number;
  totalRequestBytes: number;
  maxResponseBytes: number;
}

export const newStats = (): HostStats => ({
  syncs: 0,
  emptySyncs: 0,
  requests: [],
  maxRequestBytes: 0,
  totalRequestBytes: 0,
  maxResponseBytes: 0,
});

/** What a context needs from the host that created it. */
export interface HostCore {
  model: WorkbookModel;
  stats: HostStats;
  requestLimitBytes: number;
  responseLimitBytes: number;
  /** Pending simulated failures (cell-edit mode etc.), consumed one per sync. */
  failures: { code: string; message?: string }[];
  /** Round trips made by every context of this host (never reset): numbers the syncs that faults target. */
  syncSerial: number;
  /** Faults scheduled for a given sync number (`syncSerial` after that sync is counted). */
  scheduled: Map<number, ScheduledFault>;
  /** `Office.context.requirements.isSetSupported` for this host (see HostOptions.apiSets). */
  isSetSupported(set: string, version: string): boolean;
}

/**
 * A fault at one sync. `code` rejects it: RequestPayloadSizeLimitExceeded, InvalidOperationInCellEditMode and
 * GeneralException apply nothing (Excel refuses the request before running it; for GeneralException the host
 * picks that reading), ResponsePayloadSizeLimitExceeded applies every action and loses the response, as the
 * host's own response limit does. `after` runs once the sync has succeeded (e.g. a cancel arriving then).
 */
export type ScheduledFault = { code: string; message?: string; applied?: number } | { after: () => void };

/** UTF-8 length without allocating an encoded copy. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function serializeArg(a: unknown, refs: HostObject[]): string {
  if (a instanceof HostObject) {
    refs.push(a);
    return `{"$ref":${a._id}}`;
  }
  if (a === undefined) return "null";
  if (typeof a === "function") return "null";
  return JSON.stringify(a) ?? "null";
}

export class HostContext {
  queue: Action[] = [];
  closed = false;
  private nextId = 1;
  /** Round trips made so far; range paths are re-evaluated once per round trip. */
  syncCount = 0;
  /** Set by suspendApiCalculationUntilNextSync for the request being built. */
  suspendCalculation = false;
  /** Object paths already sent to the host (Office.js sends a path once, then refers to it by id). */
  private sentPaths = new Set<number>();
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** The workbook proxy, set by the request context that owns this queue. */
  root: unknown = null;

  constructor(readonly core: HostCore) {}

  /**
   * This context as the `Excel.RequestContext` that batches receive. The class implements the members the
   * host supports (see api/context.ts, checked with `implements Pick<Excel.RequestContext, …>`); this is
   * the one documented cast of the context to the full Excel type.
   */
  get excel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  get model(): WorkbookModel {
    return this.core.model;
  }

  newId(): number {
    return this.nextId++;
  }

  enqueue(action: Action): void {
    if (this.closed)
      throw hostError("InvalidRequestContext", "The request context is no longer valid: Excel.run has finished.");
    this.queue.push(action);
  }

  private serialize(actions: Action[]): string {
    const parts: string[] = [];
    const paths: string[] = [];
    const sendPath = (o: HostObject): void => {
      for (let p: HostObject | null = o; p && !this.sentPaths.has(p._id); p = p._source.parent) {
        this.sentPaths.add(p._id);
        const refs: HostObject[] = [];
        const args = p._source.args.map((a) => serializeArg(a, refs)).join(",");
        paths.push(
          `{"i":${p._id},"p":${p._source.parent?._id ?? 0},"n":${JSON.stringify(p._source.name)},"a":[${args}]}`,
        );
        refs.forEach(sendPath);
      }
    };
    for (const a of actions) {
      sendPath(a.obj);
      const refs: HostObject[] = [];
      const args = a.args.map((x) => serializeArg(x, refs)).join(",");
      refs.forEach(sendPath);
      parts.push(`{"o":${a.obj._id},"k":"${a.kind}","n":${JSON.stringify(a.name)},"a":[${args}]}`);
    }
    return `{"paths":[${paths.join(",")}],"actions":[${parts.join(",")}]}`;
  }

  /** One round trip: apply every queued action in order, then deliver what was loaded. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.roundTrip();
    return passThroughValue as T;
  }

  private async roundTrip(): Promise<void> {
    if (this.closed)
      throw hostError("InvalidRequestContext", "The request context is no longer valid: Excel.run has finished.");
    const actions = this.queue;
    this.queue = [];
    const suspended = this.suspendCalculation;
    this.suspendCalculation = false;
    const core = this.core;
    await Promise.resolve();
    if (actions.length === 0) {
      core.stats.emptySyncs++;
      return;
    }
    this.syncCount++;
    const sentBefore = new Set(this.sentPaths);
    const bytes = utf8Length(this.serialize(actions));
    const record: RequestRecord = {
      bytes,
      responseBytes: 0,
      ops: actions.length,
      suspendedCalculation: suspended,
      actions: actions.map((a) => `${a.obj._typeName}.${a.name}${a.kind === "set" ? "=" : ""}`),
    };
    const stats = core.stats;
    stats.syncs++;
    stats.requests.push(record);
    stats.totalRequestBytes += bytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);
    const reject = (e: HostError): never => {
      record.error = e.code;
      throw e;
    };
    core.syncSerial++;
    const scheduled = core.scheduled.get(core.syncSerial);
    core.scheduled.delete(core.syncSerial);
    const partial = scheduled && "code" in scheduled && scheduled.applied !== undefined ? scheduled : undefined;
    const failure =
      core.failures.shift() ??
      (scheduled && "code" in scheduled && scheduled.code !== "ResponsePayloadSizeLimitExceeded" && !partial
        ? scheduled
        : undefined);
    if (failure) {
      this.sentPaths = sentBefore;
      reject(hostError(failure.code, failure.message));
    }
    if (bytes > core.requestLimitBytes) {
      this.sentPaths = sentBefore;
      reject(
        hostError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit. (${bytes} bytes > ${core.requestLimitBytes})`,
        ),
      );
    }
    const commits: (() => void)[] = [];
    let responseBytes = 2;
    for (const [i, a] of actions.entries()) {
      // A fault part-way through: the actions before it stay applied, as with a failing action.
      if (partial && i === partial.applied) reject(hostError(partial.code, partial.message));
      let result: Readback | void = undefined;
      try {
        result = a.run();
      } catch (e) {
        const err =
          e instanceof HostError ? e : hostError("GeneralException", e instanceof Error ? e.message : String(e));
        if (!err.debugInfo.errorLocation) err.debugInfo.errorLocation = `${a.obj._typeName}.${a.name}`;
        err.debugInfo.statement = `${a.obj._typeName}.${a.name}`;
        reject(err);
      }
      if (result) {
        commits.push(result.commit);
        responseBytes += utf8Length(JSON.stringify(result.data) ?? "null") + 1;
      }
    }
    // Formulas are evaluated when something reads their values, not at the end of every sync: a report
    // whose results no one reads (e.g. a round-trip count at 300,000 rows) never pays for evaluation.
    record.responseBytes = responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (scheduled && "code" in scheduled && scheduled.code === "ResponsePayloadSizeLimitExceeded")
      reject(hostError(scheduled.code, scheduled.message));
    if (responseBytes > core.responseLimitBytes)
      reject(
        hostError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit. (${responseBytes} bytes > ${core.responseLimitBytes})`,
        ),
      );
    for (const c of commits) c();
    if (scheduled && "after" in scheduled) scheduled.after();
  }
}

// ------------------------------------------------------------------ proxies

/** Where a proxy comes from: its parent, the member that produced it and its arguments (the object path). */
export interface Source<T> {
  parent: HostObject | null;
  name: string;
  args: unknown[];
  /** Finds the model object when an action first needs it; null for a null object. Absent for objects an action creates. */
  resolve?: () => T | null;
}

/** A scalar property: how a load reads it and how a write applies it. */
export interface PropDef<T> {
  get?(t: T): unknown;
  set?(t: T, v: unknown): void;
}

const NULL_TARGET = Symbol("null object");

/**
 * Gives a proxy class one accessor per scalar property, as Office.js defines its proxies' properties on
 * their prototypes: reads go through `_get` (PropertyNotLoaded until loaded), writes through `_set`
 * (queued for the sync). Properties not in `writable` have no setter, so assigning one throws a TypeError
 * in strict code, as for a read-only Office.js property. The class declares the members' Excel types in an
 * interface of the same name; test/host-tests/api-surface.test.ts checks every listed member exists.
 */
export function defineScalarProperties<C extends object>(
  cls: { prototype: C; name: string },
  readable: readonly (keyof C & string)[],
  writable: readonly (keyof C & string)[] = [],
): void {
  for (const name of readable) {
    const write = writable.includes(name);
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: HostObject) {
        return this._read(name);
      },
      set: write
        ? function (this: HostObject, v: unknown) {
            this._write(name, v);
          }
        : undefined,
    });
  }
  const orphan = writable.filter((w) => !readable.includes(w));
  if (orphan.length) throw new Error(`host: ${cls.name} lists setters without getters: ${orphan.join(", ")}`);
}

/** A navigation property: how to make its proxy and, unless it stands for its parent's own model object, what it stands for. */
export interface Navigation<P extends HostObject> {
  make: (ctx: HostContext, source: Source<never>) => HostObject;
  resolve?: (parent: P) => unknown;
}

/**
 * Gives a proxy class its navigation properties (`range.format`, `chart.title`…): a getter each, returning one
 * cached child proxy, also loadable through the parent (`range.load("format/fill/color")`). The class declares
 * their Excel types in an interface of the same name, as for defineScalarProperties.
 */
export function defineNavigation<P extends HostObject>(
  cls: { prototype: P },
  children: Record<string, Navigation<P>>,
): void {
  for (const name of Object.keys(children))
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: HostObject) {
        return this._navChild(name);
      },
    });
  Object.defineProperty(cls.prototype, "_navigation", { configurable: true, value: children });
}

export abstract class HostObject<T = unknown> {
  readonly _id: number;
  readonly _cache = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  private _target: T | typeof NULL_TARGET | undefined = undefined;
  private _resolvedAt = -1;
  private readonly _children = new Map<string, HostObject>();

  constructor(
    readonly _ctx: HostContext,
    readonly _typeName: string,
    readonly _source: Source<T>,
  ) {
    this._id = _ctx.newId();
  }

  /** Scalar properties of this type (loadable and/or writable). */
  protected abstract _props(): Record<string, PropDef<T>>;

  /** Navigation properties (format, fill, worksheet, …): the cached child proxy, or undefined. */
  protected _navigate(name: string): HostObject | undefined {
    return this._navChild(name);
  }

  /** The navigation properties defineNavigation gave this class (set on its prototype). */
  declare readonly _navigation?: Record<string, Navigation<HostObject>>;

  /** The cached child for a navigation property declared with defineNavigation, or undefined. */
  _navChild(name: string): HostObject | undefined {
    const nav = this._navigation;
    if (!nav || !Object.prototype.hasOwnProperty.call(nav, name)) return undefined;
    const { make, resolve } = nav[name];
    return this._child(name, (s) => make(this._ctx, s), resolve && (() => resolve(this)));
  }

  /** Collections list their model items here. */
  protected _items(_t: T): unknown[] | null {
    return null;
  }

  /** Collections wrap one model item in a proxy here. */
  protected _itemProxy(_item: unknown): HostObject | null {
    return null;
  }

  /**
   * True for objects without an identity of their own (ranges and their formats): Office.js sends their path
   * with every request, so `getUsedRange()` or `table.getDataBodyRange()` is evaluated again in each sync.
   * Objects with an id (sheets, tables, charts…) keep referring to the same object, as Office.js rewrites
   * their path to use the id.
   */
  protected _livePath(): boolean {
    return false;
  }

  /** Model objects report deletion here (deleted sheets, tables, charts…). */
  protected _isGone(t: T): boolean {
    return typeof t === "object" && t !== null && (t as { deleted?: unknown }).deleted === true;
  }

  // ---------------------------------------------------------------- resolution

  _setTarget(t: T | null): void {
    this._target = t === null ? NULL_TARGET : t;
    this._resolvedAt = this._ctx.syncCount;
  }

  /** The model object, resolving the path on first use; null for a null object. */
  _resolve(): T | null {
    if (
      this._target !== undefined &&
      this._source.resolve &&
      this._livePath() &&
      this._resolvedAt !== this._ctx.syncCount
    )
      this._target = undefined;
    if (this._target === undefined) {
      const resolve = this._source.resolve;
      if (!resolve)
        throw hostError(
          "InvalidObjectPath",
          `The object path isn't working for what you're trying to do. (${this._typeName} from ${this._source.name} was never created: the sync that created it failed)`,
        );
      const t = resolve();
      this._target = t === null ? NULL_TARGET : t;
      this._resolvedAt = this._ctx.syncCount;
    }
    return this._target === NULL_TARGET ? null : (this._target as T);
  }

  /** The model object for an action; a null or deleted object fails the sync. */
  _live(): T {
    const t = this._resolve();
    if (t === null)
      throw hostError(
        "ItemNotFound",
        `The requested resource doesn't exist. (${this._typeName} is a null object; check isNullObject before using it)`,
      );
    if (this._isGone(t))
      throw hostError("ItemNotFound", `The requested resource doesn't exist. (${this._typeName} was deleted)`);
    return t;
  }

  // ---------------------------------------------------------------- reading and writing

  protected _checkContext(other?: HostObject): void {
    if (this._ctx.closed)
      throw hostError("InvalidRequestContext", "The request context is no longer valid: Excel.run has finished.");
    if (other && other._ctx !== this._ctx) throw hostError("InvalidRequestContext");
  }

  /** The request context this proxy belongs to (every Office.js proxy has one). */
  get context(): Excel.RequestContext {
    return this._ctx.excel;
  }

  /** `_get` and `_set` for the accessors defineScalarProperties generates (they sit outside the class). */
  _read(name: string): unknown {
    return this._get(name);
  }
  _write(name: string, value: unknown): void {
    this._set(name, value);
  }

  /** A property read: the loaded (or last written) value, or PropertyNotLoaded. */
  protected _get<V>(name: string): V {
    if (this._isNull === true)
      throw hostError(
        "ItemNotFound",
        `The property '${name}' cannot be read: this ${this._typeName} is a null object (isNullObject is true).`,
        `${this._typeName}.${name}`,
      );
    if (!this._cache.has(name)) throw propertyNotLoaded(name, this._typeName);
    return this._cache.get(name) as V;
  }

  /** A property write: cached locally (as Office.js does) and queued. */
  protected _set(name: string, value: unknown): void {
    this._checkContext();
    const def = this._props()[name];
    if (!def?.set)
      throw hostError("InvalidArgument", `host: ${this._typeName}.${name} is read-only or not implemented`);
    this._cache.set(name, value);
    this._ctx.enqueue({
      obj: this,
      kind: "set",
      name,
      args: [value],
      run: () => {
        def.set?.(this._live(), value);
      },
    });
  }

  /** A method call with no result, queued. */
  protected _call(name: string, args: unknown[], run: (t: T) => void): void {
    this._checkArgs(args);
    this._enqueueCall(name, args, () => {
      run(this._live());
    });
  }

  /** A method returning a ClientResult, queued. */
  protected _callResult<V>(name: string, args: unknown[], run: (t: T) => V): HostClientResult<V> {
    this._checkArgs(args);
    const result = new HostClientResult<V>();
    this._enqueueCall(name, args, () => {
      const v = run(this._live());
      return { data: v, commit: () => result._deliver(v) };
    });
    return result;
  }

  /** A call is refused at once when the context has closed or a proxy argument belongs to another context. */
  private _checkArgs(args: unknown[]): void {
    this._checkContext();
    for (const a of args) if (a instanceof HostObject) this._checkContext(a);
  }

  private _enqueueCall(name: string, args: unknown[], run: () => Readback | void): void {
    this._ctx.enqueue({ obj: this, kind: "call", name, args, run });
  }

  /** A child proxy found through a path (no action); `resolve` runs when an action first needs it. */
  protected _path<C extends HostObject>(
    make: (source: Source<never>) => C,
    name: string,
    args: unknown[],
    resolve: () => unknown,
  ): C {
    this._checkContext();
    return make({ parent: this, name, args, resolve: resolve as () => never });
  }

  /** Same, for `*OrNullObject` members: the next sync tells whether it exists (isNullObject). */
  protected _nullablePath<C extends HostObject>(
    make: (source: Source<never>) => C,
    name: string,
    args: unknown[],
    resolve: () => unknown,
  ): C {
    const child = this._path(make, name, args, resolve);
    this._ctx.enqueue({
      obj: child,
      kind: "probe",
      name: "isNullObject",
      args: [],
      run: () => {
        const t = child._resolve();
        const isNull = t === null || child._isGone(t as never);
        if (isNull) child._setTarget(null);
        return { data: { isNull }, commit: () => (child._isNull = isNull) };
      },
    });
    return child;
  }

  /** A child proxy created by an action (`add`): the action resolves it. */
  protected _created<C extends HostObject>(
    make: (source: Source<never>) => C,
    name: string,
    args: unknown[],
    run: (t: T) => unknown,
  ): C {
    this._checkArgs(args);
    const child = make({ parent: this, name, args });
    this._enqueueCall(name, args, () => {
      child._setTarget(run(this._live()) as never);
    });
    return child;
  }

  /** Cached navigation child (`range.format`, `format.fill`…); by default it stands for this object's own model object. */
  protected _child<C extends HostObject>(
    name: string,
    make: (source: Source<never>) => C,
    resolve: () => unknown = () => this._live(),
  ): C {
    let c = this._children.get(name) as C | undefined;
    if (!c) {
      c = make({ parent: this, name, args: [], resolve: resolve as () => never });
      this._children.set(name, c);
    }
    return c;
  }

  // ---------------------------------------------------------------- load

  protected _load(arg: unknown): void {
    this._checkContext();
    const tree = parseLoad(arg);
    this._ctx.enqueue({ obj: this, kind: "load", name: "load", args: [arg ?? null], run: () => this._snapshot(tree) });
  }

  /** Reads the requested properties now (at their place in the queue); they become visible after the sync. */
  _snapshot(tree: LoadTree): Readback {
    const t = this._resolve();
    if (t === null || this._isGone(t)) {
      if (t !== null && this._isGone(t))
        throw hostError("ItemNotFound", `The requested resource doesn't exist. (${this._typeName} was deleted)`);
      return { data: null, commit: () => (this._isNull = true) };
    }
    const props = this._props();
    const values = new Map<string, unknown>();
    const commits: (() => void)[] = [];
    const data: Record<string, unknown> = {};
    const items = this._items(t);
    let itemTree: LoadTree | null = null;
    const readProp = (p: string): void => {
      const def = props[p];
      if (def?.get) {
        const v = def.get(t);
        values.set(p, v);
        data[p] = v;
        return;
      }
      const child = this._navigate(p);
      if (child) {
        const r = child._snapshot({ all: true, props: new Set(), nav: new Map() });
        data[p] = r.data;
        commits.push(r.commit);
        return;
      }
      if (items) {
        if (!itemTree) itemTree = emptyTree();
        if (p === "items") itemTree.all = true;
        else itemTree.props.add(p);
        return;
      }
      throw hostError(
        "InvalidArgument",
        `The argument is invalid or missing or has an incorrect format. (${this._typeName} has no property '${p}')`,
      );
    };
    if (tree.all) {
      for (const [p, def] of Object.entries(props)) if (def.get) readProp(p);
      if (items) itemTree = { all: true, props: new Set(), nav: new Map() };
    }
    for (const p of tree.props) readProp(p);
    for (const [name, sub] of tree.nav) {
      if (items && name === "items") {
        if (!itemTree) itemTree = emptyTree();
        const it: LoadTree = itemTree;
        if (sub.all) it.all = true;
        sub.props.forEach((x) => it.props.add(x));
        sub.nav.forEach((v, k) => it.nav.set(k, v));
        continue;
      }
      const child = this._navigate(name);
      if (child) {
        const r = child._snapshot(sub);
        data[name] = r.data;
        commits.push(r.commit);
      } else if (items) {
        if (!itemTree) itemTree = emptyTree();
        itemTree.nav.set(name, sub);
      } else
        throw hostError(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format. (${this._typeName} has no navigation property '${name}')`,
        );
    }
    if (items && itemTree) {
      const proxies: HostObject[] = [];
      const itemData: unknown[] = [];
      const it: LoadTree = itemTree;
      if (it.props.size === 0 && it.nav.size === 0) it.all = true;
      for (const item of items) {
        const proxy = this._itemProxy(item) as HostObject;
        proxy._setTarget(item);
        const r = proxy._snapshot(it);
        proxies.push(proxy);
        itemData.push(r.data);
        commits.push(r.commit);
      }
      values.set("items", proxies);
      data.items = itemData;
    }
    return {
      data,
      commit: () => {
        this._isNull = false;
        values.forEach((v, k) => this._cache.set(k, v));
        commits.forEach((c) => c());
      },
    };
  }

  // ---------------------------------------------------------------- members every ClientObject has

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._typeName);
    return this._isNull;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this._cache.forEach((v, k) => (out[k] = v instanceof HostObject ? v.toJSON() : v));
    return out;
  }
}

/** `OfficeExtension.ClientResult<T>`: the value arrives with the sync. */
export class HostClientResult<T> implements Pick<OfficeExtension.ClientResult<T>, "value"> {
  private _has = false;
  private _value: T | undefined;

  _deliver(v: T): void {
    this._value = v;
    this._has = true;
  }

  get value(): T {
    if (!this._has)
      throw hostError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    return this._value as T;
  }
}

/**
 * The one place a host proxy is handed out as the Excel type it implements part of: adapter code is typed
 * against `Excel.*`, and each proxy class is checked with `implements Pick<Excel.X, …>` for the members it has.
 */
export function handOut<T>(proxy: HostObject | HostClientResult<unknown>): T {
  return proxy as unknown as T;
}
