/**
 * What Office.js collections share: `items`, `count`, `getItem`, `getItemAt`, `getItemOrNullObject` and
 * `getCount`, written once over how a collection lists its items, finds one by key and wraps one in a proxy.
 * A collection gets only the members its Excel type has: defineCollectionMembers installs those named in its
 * `*_MEMBERS` list (a class that writes a member itself, e.g. `WorksheetCollection.getCount(visibleOnly)`, keeps
 * its own), so no proxy answers to a member Excel lacks.
 */
import { HostClientResult, HostObject, PropDef, Source } from "../client";
import { hostError } from "../errors";

/** The members HostCollection implements, by their Excel names (a collection with all of them spreads this list). */
export const COLLECTION_MEMBERS = [
  "items",
  "count",
  "getItem",
  "getItemAt",
  "getItemOrNullObject",
  "getCount",
] as const;
export type CollectionMember = (typeof COLLECTION_MEMBERS)[number];

const notFound = (what: string | undefined) =>
  hostError("ItemNotFound", what === undefined ? undefined : `The requested resource doesn't exist. (${what})`);

export abstract class HostCollection<T, I> extends HostObject<T> {
  /** The collection's items in Excel's order (what `items` loads and `getItemAt` indexes). */
  protected abstract _list(t: T): I[];

  /** A proxy for one item at `source`. */
  protected abstract _wrap(source: Source<I>): HostObject<I>;

  /** The item a key names, for `getItem` and `getItemOrNullObject`. */
  protected _find(_t: T, _key: unknown): I | null | undefined {
    throw new Error(`host: ${this._typeName} finds no items by key`);
  }

  /** The item at an index, for `getItemAt`. */
  protected _at(t: T, index: number): I | undefined {
    return this._list(t)[index];
  }

  /** `count` and `getCount`. */
  protected _count(t: T): number {
    return this._list(t).length;
  }

  /** What getItem's ItemNotFound names (e.g. `chart "Sales"`); undefined leaves Excel's bare message. */
  protected _named(_key: unknown): string | undefined {
    return undefined;
  }

  /** The same for getItemAt. */
  protected _numbered(_index: number): string | undefined {
    return undefined;
  }

  /** `count` is loadable only where the Excel type has it (defineCollectionMembers records which). */
  protected _props(): Record<string, PropDef<T>> {
    return this._hasCount ? { count: { get: (t) => this._count(t) } } : {};
  }

  protected _items(t: T): unknown[] {
    return this._list(t);
  }

  protected _itemProxy(): HostObject {
    return this._wrap({ parent: this, name: "items", args: [] });
  }

  // ---------------------------------------------------------------- the members, installed under Excel's names

  /** Set on the prototype by defineCollectionMembers when the collection's members list `count`. */
  declare readonly _hasCount: boolean;

  _getItems(): unknown {
    return this._get("items");
  }

  _getCountProperty(): number {
    return this._get("count");
  }

  _getItem(key: unknown): HostObject {
    return this._path(
      (s) => this._wrap(s),
      "getItem",
      [key],
      () => {
        const found = this._find(this._live(), key);
        if (!found) throw notFound(this._named(key));
        return found;
      },
    );
  }

  _getItemAt(index: number): HostObject {
    return this._path(
      (s) => this._wrap(s),
      "getItemAt",
      [index],
      () => {
        const found = this._at(this._live(), index);
        if (!found) throw notFound(this._numbered(index));
        return found;
      },
    );
  }

  _getItemOrNullObject(key: unknown): HostObject {
    return this._nullablePath(
      (s) => this._wrap(s),
      "getItemOrNullObject",
      [key],
      () => {
        const t = this._resolve();
        return (t && this._find(t, key)) ?? null;
      },
    );
  }

  _getCount(): HostClientResult<number> {
    return this._callResult("getCount", [], (t) => this._count(t));
  }
}

const IMPLEMENTATIONS: Record<CollectionMember, PropertyDescriptor> = {
  items: { get: HostCollection.prototype._getItems },
  count: { get: HostCollection.prototype._getCountProperty },
  getItem: { value: HostCollection.prototype._getItem, writable: true },
  getItemAt: { value: HostCollection.prototype._getItemAt, writable: true },
  getItemOrNullObject: { value: HostCollection.prototype._getItemOrNullObject, writable: true },
  getCount: { value: HostCollection.prototype._getCount, writable: true },
};

/**
 * Installs the shared members a collection's `*_MEMBERS` list names, under their Excel names, as the class's
 * own methods and accessors would be; the class declares their Excel types in an interface of the same name.
 */
export function defineCollectionMembers<T, I>(
  cls: { prototype: HostCollection<T, I> },
  members: readonly string[],
): void {
  for (const name of COLLECTION_MEMBERS) {
    if (!members.includes(name) || Object.prototype.hasOwnProperty.call(cls.prototype, name)) continue;
    Object.defineProperty(cls.prototype, name, { configurable: true, ...IMPLEMENTATIONS[name] });
  }
  Object.defineProperty(cls.prototype, "_hasCount", { configurable: true, value: members.includes("count") });
}
