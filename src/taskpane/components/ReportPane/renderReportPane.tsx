import {
  Body1,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { BuildResult } from "../../../excel/build-report";
import type { ReportControl, ReportOptionKey } from "../../../reports/definition";
import { reportOf } from "../../../reports/registry";
import { Strings } from "../../i18n";
import { renderWriteStatus } from "../WriteStatus";
import { ReportPaneState } from "./useReportPane";

export interface ReportPaneClasses {
  section: string;
  options: string;
  row: string;
  progress: string;
}

/**
 * A report's title and intro, its options, what blocks a build, Build, progress and the last result;
 * `before` (e.g. the plan tables section of a report that reads them) goes above Build.
 */
export function renderReportPane(state: ReportPaneState, s: Strings, classes: ReportPaneClasses, before?: ReactNode) {
  const { kind, status } = state;
  const id = `ninegrid-report-${kind}`;
  const shown = status.kind === "done" ? status.result : status.kind === "idle" ? state.last : undefined;
  return (
    <section className={classes.section} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`}>
        {s.reports[kind].title}
      </Subtitle2>
      <Body1>{s.reports[kind].intro}</Body1>
      {renderOptions(state, s, classes)}
      {renderBlockers(state, s)}
      {before}
      <div className={classes.row}>
        <Button appearance="primary" disabled={!state.canBuild} onClick={() => void state.build()}>
          {state.last ? s.refresh : s.build}
        </Button>
      </div>
      {renderWriteStatus(state.status, { building: s.building, cancelled: s.cancelled }, state.cancel, s, classes)}
      {shown && renderResult(shown, state, s)}
    </section>
  );
}

/** The report date, the live switch when the report can be live, then the controls its definition declares. */
function renderOptions(state: ReportPaneState, s: Strings, classes: ReportPaneClasses) {
  const { values } = state;
  const report = reportOf(state.kind);
  return (
    <div className={classes.options}>
      <Field label={s.reportDate} hint={s.reportDateHelp}>
        <Input type="date" value={values.asOf} onChange={(_, v) => state.setReports({ asOf: v.value })} />
      </Field>
      {report.live && (
        <Switch
          label={s.liveOutput}
          checked={values.output === "live"}
          onChange={(_, d) => state.setReports({ output: d.checked ? "live" : "static" })}
        />
      )}
      {report.controls.map((control) => renderControl(control, state, s))}
    </div>
  );
}

/** One declared control: a drop-down of the option's values or a switch, worded by the option's strings. */
export function renderControl(control: ReportControl, state: ReportPaneState, s: Strings) {
  const { option } = control;
  const text = s.options[option];
  const value = state.values[option];
  if (control.type === "switch")
    return (
      <Switch
        key={option}
        label={text.label}
        checked={value === true}
        onChange={(_, d) => state.setOption(option, d.checked)}
      />
    );
  const choices: Partial<Record<string, string>> = "choices" in text ? text.choices : {};
  if (control.type === "date")
    return renderDate(option, String(value), [choices[""] ?? "", choices.default ?? ""], state, s);
  return (
    <Field key={option} label={text.label}>
      <Select value={String(value)} onChange={(_, v) => state.setOption(option, v.value)}>
        {control.values.map((v) => (
          <option key={v} value={v}>
            {choices[v] ?? v}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * A date option: the snapshot dates of the picked history when the pane has read them (latest first, blank
 * meaning the default, and a saved date that is no snapshot kept and said so), else a date input whose hint says
 * what blank means. The option's "" choice words the blank for the input, its "default" choice for the list.
 */
function renderDate(
  option: ReportOptionKey,
  value: string,
  [hint, blank]: [string, string],
  state: ReportPaneState,
  s: Strings,
) {
  const label = s.options[option].label;
  const set = (v: string) => state.setOption(option, v);
  const dates = state.snapshotDates;
  if (!dates || dates.length === 0)
    return (
      <Field key={option} label={label} hint={hint}>
        <Input type="date" value={value} onChange={(_, v) => set(v.value)} />
      </Field>
    );
  const other = value !== "" && !dates.includes(value);
  return (
    <Field key={option} label={label} hint={s.snapshotsFound(dates.length, dates[0], dates[dates.length - 1])}>
      <Select value={value} onChange={(_, v) => set(v.value)}>
        <option value="">{blank}</option>
        {other && <option value={value}>{s.notASnapshot(value)}</option>}
        {[...dates].reverse().map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Why Build is disabled: lists not picked yet, or a model with errors. */
function renderBlockers(state: ReportPaneState, s: Strings) {
  return (
    <>
      {state.missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.needsSources(s.list(state.missing.map((k) => s.kinds[k])))}</MessageBarBody>
        </MessageBar>
      )}
      {state.modelInvalid && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.modelInvalid}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The built report: its summary, the stage preset used, its warnings, and the sheet it went to. */
function renderResult(shown: BuildResult, state: ReportPaneState, s: Strings) {
  // A result from another caller of the build service may carry no warnings list nor summary data.
  const warnings = shown.warnings ?? [];
  return (
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
  );
}
