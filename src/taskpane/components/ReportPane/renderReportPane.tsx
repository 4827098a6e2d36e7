import {
  Body1,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import { Strings } from "../../i18n";
import { ModelDraft } from "../../model-draft";
import { reportOf } from "../../../reports/registry";
import { ReportPaneState } from "./useReportPane";

export interface ReportPaneClasses {
  section: string;
  options: string;
  row: string;
  progress: string;
}

export function renderReportPane(state: ReportPaneState, s: Strings, classes: ReportPaneClasses) {
  const { kind, reports, status, app } = state;
  const id = `ninegrid-report-${kind}`;
  const shown = status.kind === "done" ? status.result : status.kind === "idle" ? state.last : undefined;
  // A result from another caller of the build service may carry no warnings list nor summary data.
  const warnings = shown?.warnings ?? [];
  return (
    <section className={classes.section} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`}>
        {s.reportTitles[kind]}
      </Subtitle2>
      <Body1>{s.reportIntros[kind]}</Body1>
      <div className={classes.options}>
        <Field label={s.reportDate} hint={s.reportDateHelp}>
          <Input type="date" value={reports.asOf} onChange={(_, v) => state.setReports({ asOf: v.value })} />
        </Field>
        {reportOf(kind).live && (
          <Switch
            label={s.liveOutput}
            checked={reports.output === "live"}
            onChange={(_, d) => state.setReports({ output: d.checked ? "live" : "static" })}
          />
        )}
        {kind === "nineGrid" && (
          <>
            <Field label={s.segmentBy}>
              <Select
                value={state.segmentBy}
                onChange={(_, v) => state.setSegmentBy(v.value as ModelDraft["segmentBy"])}
              >
                {(["none", "industry", "region"] as const).map((m) => (
                  <option key={m} value={m}>
                    {s.segments[m]}
                  </option>
                ))}
              </Select>
            </Field>
            <Switch
              label={s.perSegment}
              checked={reports.perSegmentMatrices}
              onChange={(_, d) => state.setReports({ perSegmentMatrices: d.checked })}
            />
            <Switch
              label={s.logScale}
              checked={reports.logScale}
              onChange={(_, d) => state.setReports({ logScale: d.checked })}
            />
          </>
        )}
        {kind === "pipeline" && (
          <>
            <Field label={s.splitBy}>
              <Select
                value={reports.splitBy}
                onChange={(_, v) => state.setReports({ splitBy: v.value as ModelDraft["reports"]["splitBy"] })}
              >
                {(["none", "region", "tier", "owner", "projectClass"] as const).map((m) => (
                  <option key={m} value={m}>
                    {s.splits[m]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.period}>
              <Select
                value={reports.period}
                onChange={(_, v) => state.setReports({ period: v.value as ModelDraft["reports"]["period"] })}
              >
                {(["month", "quarter", "half", "year"] as const).map((m) => (
                  <option key={m} value={m}>
                    {s.periods[m]}
                  </option>
                ))}
              </Select>
            </Field>
          </>
        )}
      </div>
      {state.missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.needsSources(s.list(state.missing.map((k) => s.kinds[k])))}</MessageBarBody>
        </MessageBar>
      )}
      {!app.validation.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.modelInvalid}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.row}>
        <Button appearance="primary" disabled={!state.canBuild} onClick={() => void state.build()}>
          {state.last ? s.refresh : s.build}
        </Button>
      </div>
      {status.kind === "building" && (
        <div className={classes.progress}>
          <Field label={s.building} validationState="none">
            <ProgressBar value={status.progress ?? undefined} max={1} thickness="large" aria-label={s.building} />
          </Field>
          <div className={classes.row}>
            <Button onClick={state.cancel}>{s.cancel}</Button>
          </div>
        </div>
      )}
      {status.kind === "cancelled" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.error}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {shown && (
        <MessageBar intent={warnings.length ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{warnings.length ? s.builtWithWarningsTitle : s.builtTitle}</MessageBarTitle>
            <div>{shown.summaryData ? s.reportSummary(shown.summaryData) : shown.summary}</div>
            {shown.stagePick && (
              <div>
                {s.stagePresetUsed(shown.stagePick.preset, shown.stagePick.defaultShare, shown.stagePick.presetShare)}
              </div>
            )}
            {warnings.map((w) => (
              <div key={`${w.code}:${w.table}:${w.code === "liveSkippedRows" ? "" : w.column}`}>
                {w.code === "liveStaticColumn"
                  ? s.liveStaticColumn(w.column, w.reason, w.first)
                  : s.liveSkippedRows(w.sheet, w.count, w.rows[0], w.excluded)}
              </div>
            ))}
            <div>
              {s.writtenTo(shown.sheetName, shown.replaced)}{" "}
              <Link as="button" onClick={() => state.goToSheet(shown.sheetName)}>
                {s.goToSheet}
              </Link>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
