import { useEffect, useState } from "react";
import { isoFromSerial } from "../../../core/dates";
import { reportOf } from "../../../reports/registry";
import { useTaskpane } from "../../context";
import { toSelections } from "../../sources";
import type { ReportPaneProps } from "./useReportPane";

/**
 * The snapshot dates of the picked history table (DOMAIN.md §9), ISO, ascending, for a report that reads
 * history (Movement): its date options then offer the real snapshots instead of a free date. Read once per
 * pick (and stage table), through the Data pane's own read-only check, and only once the pane is opened: every
 * pane is mounted at start, and reading a history of a million rows there would slow every start for a pane
 * the user may not open. Null until read, or when it fails (the free date input stays, and the build says what
 * is wrong).
 */
export function useSnapshotDates(props: ReportPaneProps): string[] | null {
  const { services } = useTaskpane();
  const [dates, setDates] = useState<{ key: string; dates: string[] } | null>(null);
  const wantsHistory = reportOf(props.kind).sources.required.includes("history");
  const pick = props.picks.history;
  const model = props.validation.ok ? props.validation.model : null;
  const key = wantsHistory && pick.table && model ? JSON.stringify([pick, model.stages]) : "";
  const shown = props.shown !== false;
  const read = dates?.key === key;
  useEffect(() => {
    if (!key || !model || !shown || read) return;
    const abort = new AbortController();
    services
      .checkData(toSelections(props.picks, ["history"]), model, abort.signal)
      .then((loaded) => {
        const found = loaded.dataset.history?.model.dates ?? [];
        if (!abort.signal.aborted) setDates({ key, dates: found.map(isoFromSerial) });
      })
      .catch(() => undefined); // the free date input stays; a build reports the problem where it is
    return () => abort.abort();
    // Read again only when the pick or the stages change (`key`), not on every option edit.
  }, [key, services, shown, read]);
  return dates && dates.key === key ? dates.dates : null;
}
