import {
  Body1,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Select,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { FIELDS, SOURCE_KINDS, TableKind } from "../../../core/fields";
import { TableInfo } from "../../../excel/read-source";
import { tableNameFor } from "../../sources";
import { Strings } from "../../i18n";
import { CheckedData } from "../../services";
import { DataPaneState, ERRORS_SHOWN } from "./useDataPane";
import { checkErrors, checkWarnings, renderPlanCounts, renderPlanTables } from "./renderPlanTables";

export interface DataPaneClasses {
  section: string;
  source: string;
  mapping: string;
  row: string;
  errors: string;
  errorLink: string;
  /** The results of a check whose inputs changed since. */
  stale: string;
}

const NONE = "";

/** The tables and ranges to pick from, a source per list with its columns, then Check data and its results. */
export function renderDataPane(state: DataPaneState, s: Strings, classes: DataPaneClasses) {
  const anyPicked = SOURCE_KINDS.some((k) => state.picks[k].table);
  return (
    <section className={classes.section} aria-labelledby="ninegrid-data-title">
      <Subtitle2 as="h2" id="ninegrid-data-title">
        {s.dataTitle}
      </Subtitle2>
      <Body1>{s.dataIntro}</Body1>
      <div className={classes.row}>
        <Button onClick={() => void state.refreshTables()}>{s.refreshTables}</Button>
        <Button onClick={() => void state.addRange()}>{s.useRange}</Button>
      </div>
      <Text size={200}>{s.useRangeHint}</Text>
      {state.tablesError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.tablesError}</MessageBarBody>
        </MessageBar>
      )}
      {renderSources(state, s, classes)}
      {renderPlanTables(state, s, classes.source)}
      <div className={classes.row}>
        <Button
          appearance="primary"
          onClick={() => void state.check()}
          disabled={state.checking || !anyPicked}
          icon={state.checking ? <Spinner size="tiny" /> : undefined}
        >
          {state.checking ? s.checking : s.checkData}
        </Button>
      </div>
      {state.checkError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.checkError}</MessageBarBody>
        </MessageBar>
      )}
      {state.checked && renderValidation(state.checked, state, s, classes)}
    </section>
  );
}

/** A spinner while loading, a hint when the workbook has no tables, else a source per list. */
function renderSources(state: DataPaneState, s: Strings, classes: DataPaneClasses) {
  const { tables } = state;
  if (tables === null) return <Spinner size="small" label={s.loadingTables} />;
  if (tables.length === 0)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{s.noTables}</MessageBarBody>
      </MessageBar>
    );
  return SOURCE_KINDS.map((kind) => (
    <div key={kind} className={classes.source}>
      {renderPicker(kind, tables, state, s)}
      {tables.find((t) => t.name === state.picks[kind].table)?.range && renderRangeNote(kind, tables, state, s)}
      {renderMapping(kind, state, s, classes)}
    </div>
  ));
}

/** The table (or range) picked for one list. */
function renderPicker(kind: TableKind, tables: TableInfo[], state: DataPaneState, s: Strings) {
  return (
    <Field label={s.sourceFor(s.kinds[kind])}>
      <Select
        value={state.picks[kind].table ?? NONE}
        onChange={(_, d) => state.pickTable(kind, d.value === NONE ? undefined : d.value)}
      >
        <option value={NONE}>{s.noSource}</option>
        {tables.map((t) => (
          <option key={t.name} value={t.name}>
            {t.range ? s.rangeOption(t.name, t.rows) : s.tableOption(t.name, t.sheet, t.rows)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A picked plain range: what that means for live reports, and Convert to table (asked before it is done). */
function renderRangeNote(kind: TableKind, tables: TableInfo[], state: DataPaneState, s: Strings) {
  if (state.confirming === kind)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {s.convertConfirm(state.picks[kind].table as string, tableNameFor(kind, tables))}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={() => void state.convert()}>
            {s.convertYes}
          </Button>
          <Button size="small" onClick={() => state.askConvert(null)}>
            {s.convertNo}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{s.rangeNote}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => state.askConvert(kind)}>
          {s.convertToTable}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The column in force for each field of a picked list, with the required ones not found said first. */
function renderMapping(kind: TableKind, state: DataPaneState, s: Strings, classes: DataPaneClasses) {
  const view = state.mappings[kind];
  if (!view) return null;
  return (
    <>
      {view.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.missingRequired(s.list(view.missing.map((f) => s.fields[f] ?? f)))}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.mapping} role="group" aria-label={s.columnMapping(s.kinds[kind])}>
        {FIELDS[kind].map((f) => {
          const col = view.mapping[f.key];
          return (
            <Field
              key={f.key}
              label={s.fields[`${kind}.${f.key}`] ?? s.fields[f.key] ?? f.key}
              required={f.required}
              size="small"
            >
              <Select
                size="small"
                value={col === null || col === undefined ? NONE : String(col)}
                onChange={(_, d) =>
                  state.setOverride(kind, f.key, d.value === NONE ? null : view.headers[Number(d.value)])
                }
              >
                <option value={NONE}>{s.notMapped}</option>
                {view.headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </>
  );
}

/** A check's results: rows read per list, the first problems (each selects its cell), warnings counted. */
function renderValidation(checked: CheckedData, state: DataPaneState, s: Strings, classes: DataPaneClasses) {
  return (
    <section className={classes.section} aria-labelledby="ninegrid-validation-title" aria-live="polite">
      <Subtitle2 as="h3" id="ninegrid-validation-title">
        {s.validationTitle}
      </Subtitle2>
      {state.stale && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.checkStale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void state.check()} disabled={state.checking}>
              {s.checkAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={mergeClasses(classes.section, state.stale && classes.stale)}>
        {SOURCE_KINDS.filter((k) => checked.dataset.counts[k]).map((k) => {
          const c = checked.dataset.counts[k] as { rowsRead: number; rowsSkipped: number };
          const missing = checked.parsed[k]?.missing ?? [];
          return (
            <div key={k}>
              <Text>{s.rowsRead(s.kinds[k], c.rowsRead, c.rowsSkipped)}</Text>
              {missing.length > 0 && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{s.missingRequired(s.list(missing.map((f) => s.fields[f] ?? f)))}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          );
        })}
        {renderPlanCounts(checked, s)}
        {renderErrors(checked, state, s, classes)}
        {checkWarnings(checked) > 0 && <Text>{s.warningsCount(checkWarnings(checked))}</Text>}
      </div>
    </section>
  );
}

function renderErrors(checked: CheckedData, state: DataPaneState, s: Strings, classes: DataPaneClasses) {
  const errors = checkErrors(checked);
  if (errors.length === 0)
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{s.allRowsGood}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.firstErrors(Math.min(ERRORS_SHOWN, errors.length), errors.length)}</MessageBarTitle>
        <ul className={classes.errors}>
          {errors.slice(0, ERRORS_SHOWN).map((e, i) => (
            <li key={i}>
              <Link as="button" className={classes.errorLink} onClick={() => state.select(e)}>
                {s.errorAt(e.sheet, e.row, e.column, s.reason(e))}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
