import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import type { PackResult } from "../../../excel/apply-pack";
import { Strings } from "../../i18n";
import { renderWriteStatus } from "../WriteStatus";
import { PackPaneState } from "./usePackPane";

export interface PackPaneClasses {
  section: string;
  options: string;
  choices: string;
  row: string;
  progress: string;
  list: string;
}

const ID = "ninegrid-pack";

/** Title and intro, the report date and live switch, the reports to include, Build pack, progress, the result. */
export function renderPackPane(state: PackPaneState, s: Strings, classes: PackPaneClasses) {
  const { status } = state;
  return (
    <section className={classes.section} aria-labelledby={`${ID}-title`}>
      <Subtitle2 as="h2" id={`${ID}-title`}>
        {s.pack.title}
      </Subtitle2>
      <Body1>{s.pack.intro}</Body1>
      <div className={classes.options}>
        <Field label={s.reportDate} hint={s.reportDateHelp}>
          <Input type="date" value={state.values.asOf} onChange={(_, v) => state.setReports({ asOf: v.value })} />
        </Field>
        <Switch
          label={s.liveOutput}
          checked={state.values.output === "live"}
          onChange={(_, d) => state.setReports({ output: d.checked ? "live" : "static" })}
        />
      </div>
      {renderChoices(state, s, classes)}
      {renderBlockers(state, s)}
      <div className={classes.row}>
        <Button appearance="primary" disabled={!state.canBuild} onClick={() => void state.build()}>
          {status.kind === "done" ? s.pack.rebuild : s.pack.build}
        </Button>
      </div>
      {renderWriteStatus(
        state.status,
        {
          building: state.status.kind === "building" ? s.pack.building(state.status.reports) : "",
          cancelled: s.pack.cancelled,
        },
        state.cancel,
        s,
        classes,
      )}
      {status.kind === "done" && renderResult(status.result, state, s, classes)}
    </section>
  );
}

/** A checkbox per report whose lists are picked (all ticked at first). */
function renderChoices(state: PackPaneState, s: Strings, classes: PackPaneClasses) {
  const building = state.status.kind === "building";
  return (
    <fieldset className={classes.choices} aria-labelledby={`${ID}-choose`}>
      <Body1 as="span" id={`${ID}-choose`} block>
        {s.pack.choose}
      </Body1>
      {state.available.map((kind) => (
        <Checkbox
          key={kind}
          label={s.reports[kind].title}
          checked={state.chosen.includes(kind)}
          disabled={building}
          onChange={(_, d) => state.toggle(kind, d.checked === true)}
        />
      ))}
    </fieldset>
  );
}

/** Reports not offered and why; none chosen; a model with errors. */
function renderBlockers(state: PackPaneState, s: Strings) {
  const waiting = state.unavailable;
  const lists = [...new Set(waiting.flatMap((u) => u.missing))];
  return (
    <>
      {waiting.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {s.pack.needsSources(
              s.list(waiting.map((u) => s.reports[u.kind].title)),
              s.list(lists.map((k) => s.kinds[k])),
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.available.length > 0 && state.chosen.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.pack.noneChosen}</MessageBarBody>
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

/** The pack built: where the contents went, then each report's sheet and summary in the pane's language. */
function renderResult(result: PackResult, state: PackPaneState, s: Strings, classes: PackPaneClasses) {
  const warned = result.reports.some((r) => r.warnings.length > 0);
  return (
    <MessageBar intent={warned ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.pack.readyTitle}</MessageBarTitle>
        <div>
          {s.pack.contentsOn(result.contents.sheetName)}{" "}
          <Link as="button" onClick={() => state.goToSheet(result.contents.sheetName)}>
            {s.pack.openContents}
          </Link>
        </div>
        <ul className={classes.list}>
          {result.reports.map((r) => (
            <li key={r.kind}>
              <Link as="button" onClick={() => state.goToSheet(r.sheetName)}>
                {s.pack.reportOn(s.reports[r.kind].title, r.sheetName)}
              </Link>{" "}
              {s.reportSummary(r.summaryData)}
              {r.warnings.length > 0 && ` ${s.builtWithWarningsTitle}`}
            </li>
          ))}
        </ul>
        {!result.printSetup && <div>{s.printSetupSkipped}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
