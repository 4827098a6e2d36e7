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
import { FIELDS, SOURCE_KINDS } from "../../../core/fields";
import { tableNameFor } from "../../sources";
import { Strings } from "../../i18n";
import { DataPaneState, ERRORS_SHOWN } from "./useDataPane";

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

export function renderDataPane(state: DataPaneState, s: Strings, classes: DataPaneClasses) {
  const { app } = state;
  const tables = app.tables;
  const checked = state.checked;
  const anyPicked = SOURCE_KINDS.some((k) => app.picks[k].table);
  return (
    <section className={classes.section} aria-labelledby="ninegrid-data-title">
      <Subtitle2 as="h2" id="ninegrid-data-title">
        {s.dataTitle}
      </Subtitle2>
      <Body1>{s.dataIntro}</Body1>
      <div className={classes.row}>
        <Button onClick={() => void app.refreshTables()}>{s.refreshTables}</Button>
        <Button onClick={() => void app.addRange()}>{s.useRange}</Button>
      </div>
      <Text size={200}>{s.useRangeHint}</Text>
      {app.tablesError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{app.tablesError}</MessageBarBody>
        </MessageBar>
      )}
      {tables === null ? (
        <Spinner size="small" label={s.loadingTables} />
      ) : tables.length === 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.noTables}</MessageBarBody>
        </MessageBar>
      ) : (
        SOURCE_KINDS.map((kind) => {
          const pick = app.picks[kind];
          const view = state.mappings[kind];
          return (
            <div key={kind} className={classes.source}>
              <Field label={s.sourceFor(s.kinds[kind])}>
                <Select
                  value={pick.table ?? NONE}
                  onChange={(_, d) => app.pickTable(kind, d.value === NONE ? undefined : d.value)}
                >
                  <option value={NONE}>{s.noSource}</option>
                  {tables.map((t) => (
                    <option key={t.name} value={t.name}>
                      {t.range ? s.rangeOption(t.name, t.rows) : s.tableOption(t.name, t.sheet, t.rows)}
                    </option>
                  ))}
                </Select>
              </Field>
              {tables.find((t) => t.name === pick.table)?.range &&
                (state.confirming === kind ? (
                  <MessageBar intent="warning" layout="multiline">
                    <MessageBarBody>
                      {s.convertConfirm(pick.table as string, tableNameFor(kind, tables))}
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
                ) : (
                  <MessageBar intent="info" layout="multiline">
                    <MessageBarBody>{s.rangeNote}</MessageBarBody>
                    <MessageBarActions>
                      <Button size="small" onClick={() => state.askConvert(kind)}>
                        {s.convertToTable}
                      </Button>
                    </MessageBarActions>
                  </MessageBar>
                ))}
              {view && (
                <>
                  {view.missing.length > 0 && (
                    <MessageBar intent="warning" layout="multiline">
                      <MessageBarBody>
                        {s.missingRequired(s.list(view.missing.map((f) => s.fields[f] ?? f)))}
                      </MessageBarBody>
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
                              app.setOverride(kind, f.key, d.value === NONE ? null : view.headers[Number(d.value)])
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
              )}
            </div>
          );
        })
      )}
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
      {checked && (
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
            {checked.dataset.errors.length === 0 ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{s.allRowsGood}</MessageBarBody>
              </MessageBar>
            ) : (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>
                    {s.firstErrors(
                      Math.min(ERRORS_SHOWN, checked.dataset.errors.length),
                      checked.dataset.errors.length,
                    )}
                  </MessageBarTitle>
                  <ul className={classes.errors}>
                    {checked.dataset.errors.slice(0, ERRORS_SHOWN).map((e, i) => (
                      <li key={i}>
                        <Link as="button" className={classes.errorLink} onClick={() => state.select(e)}>
                          {s.errorAt(e.sheet, e.row, e.column, s.reason(e))}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {checked.dataset.warnings.length > 0 && <Text>{s.warningsCount(checked.dataset.warnings.length)}</Text>}
          </div>
        </section>
      )}
    </section>
  );
}
