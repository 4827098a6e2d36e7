/**
 * What a pane shows while and after it writes to the workbook (a report build, the monthly pack): one
 * progress bar with Cancel while building, then the cancelled or failed outcome. The done outcome is each
 * pane's own.
 */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import { Strings } from "../i18n";

/** The states every writing pane shares; `progress` is null while nothing measurable has been written. */
export type WriteStatus =
  | { kind: "building"; progress: number | null }
  | { kind: "cancelled" }
  | { kind: "error"; message: string }
  | { kind: "idle" }
  | { kind: "done" };

export interface WriteStatusWords {
  /** The progress bar's label, e.g. "Building…". */
  building: string;
  /** Said after Cancel, e.g. "Cancelled; nothing was written." */
  cancelled: string;
}

export function renderWriteStatus(
  status: WriteStatus,
  words: WriteStatusWords,
  cancel: () => void,
  s: Strings,
  classes: { progress: string; row: string },
) {
  switch (status.kind) {
    case "building":
      return (
        <div className={classes.progress}>
          <Field label={words.building} validationState="none">
            <ProgressBar value={status.progress ?? undefined} max={1} thickness="large" aria-label={words.building} />
          </Field>
          <div className={classes.row}>
            <Button onClick={cancel}>{s.cancel}</Button>
          </div>
        </div>
      );
    case "cancelled":
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{words.cancelled}</MessageBarBody>
        </MessageBar>
      );
    case "error":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.error}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
