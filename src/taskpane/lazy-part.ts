/**
 * Parts of the pane that are downloaded on first use (the sample generator, the score and tier columns writer,
 * the pack writer), so the pane's first download stays small. webpack makes each `import()` a chunk of its own.
 */

/** webpack rejects a chunk that did not download (offline, or an update removed it) with this error name. */
const CHUNK_LOAD_ERROR = "ChunkLoadError";

/** A part of the pane could not be downloaded, so the operation did not start and nothing was written. */
export class PartLoadError extends Error {
  constructor(readonly cause: unknown) {
    super("Ninegrid could not download part of itself; check the network connection and try again.");
    this.name = "PartLoadError";
  }
}

/**
 * Loads a part with `load` (an `import()`). A failed download becomes a PartLoadError, which the pane words
 * in its language; any other error (a bug in the part) stays as it is. webpack forgets a failed chunk, so the
 * next call downloads it again.
 */
export async function loadPart<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof Error && e.name === CHUNK_LOAD_ERROR) throw new PartLoadError(e);
    throw e;
  }
}
