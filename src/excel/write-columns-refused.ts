/**
 * Why Write score and tier columns refused, in a module of its own: the pane tells this error apart at start,
 * while the writer itself (write-columns.ts) is downloaded on first use (src/taskpane/lazy-part.ts).
 */
import type { WriteColumnsRefusal } from "./write-columns";

/**
 * Refused before anything was written; `refusal` says why, as data the pane words in its language (the
 * English lives only in en-US.ts). The message is a diagnostic for logs.
 */
export class WriteColumnsRefused extends Error {
  constructor(readonly refusal: WriteColumnsRefusal) {
    super(`Score and tier columns refused: ${JSON.stringify(refusal)}`);
    this.name = "WriteColumnsRefused";
  }
}
