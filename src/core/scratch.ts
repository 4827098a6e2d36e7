/**
 * Reusable typed-array buffers for calls that finish with them before returning (the KAM.* spill
 * bodies, the radix sort). Large typed arrays live outside the JS heap, and V8 starts a full collection after ~64 MB
 * of new external memory: a million-row KAM.SCORE + KAM.TIER allocated ~100 MB of them per call, so
 * every call paid a full mark of the heap (~300 ms, a third of its time). Reusing the buffers avoids it.
 *
 * A buffer handed out is valid until the same slot is asked for again: never keep one in a result.
 * The pool lets its buffers go after a few idle seconds, so a burst of recalculations reuses them but
 * a workbook that was scored once does not hold them for the rest of the session.
 */

const RELEASE_AFTER_MS = 10_000;

type Typed = Float64Array | Int32Array | Uint32Array | Int8Array | Uint8Array;
type Ctor<T extends Typed> = { new (length: number): T; readonly name: string };

export class ScratchPool {
  private buffers = new Map<string, Typed>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `n` elements of slot `slot`, zero-filled when `zero` (otherwise whatever the last user left). */
  get<T extends Typed>(ctor: Ctor<T>, slot: string, n: number, zero = false): T {
    const key = `${ctor.name}:${slot}`;
    let buffer = this.buffers.get(key) as T | undefined;
    if (!buffer || buffer.length < n) {
      buffer = new ctor(n);
      this.buffers.set(key, buffer);
      zero = false; // fresh buffers are zeroed already
    }
    this.scheduleRelease();
    const view = buffer.length === n ? buffer : (buffer.subarray(0, n) as T);
    if (zero) view.fill(0);
    return view;
  }

  float64(slot: string, n: number): Float64Array {
    return this.get(Float64Array, slot, n);
  }

  /** Drops every buffer now (tests; or when memory matters more than speed). */
  release(): void {
    this.buffers.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private scheduleRelease(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(), RELEASE_AFTER_MS);
    // Node (tests, bench): an idle pool must not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }
}
