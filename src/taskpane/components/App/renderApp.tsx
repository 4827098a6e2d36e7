import {
  Body1,
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Tab,
  TabList,
  Theme,
  Title2,
} from "@fluentui/react-components";
import { TaskpaneContext } from "../../context";
import { Language, LANGUAGES, stringsFor } from "../../i18n";
import type { SampleVariant } from "../../services";
import { DataPane } from "../DataPane/DataPane";
import { ModelPane } from "../ModelPane/ModelPane";
import { PackPane } from "../PackPane/PackPane";
import { ReportPane } from "../ReportPane/ReportPane";
import { AppShellState, AppState, PaneId, PANES } from "./useApp";

export interface AppClasses {
  root: string;
  header: string;
  titleBlock: string;
  headerActions: string;
  tabs: string;
  panel: string;
}

/** Header (title, language, sample), then the panes as tabs; every pane stays mounted so a build survives a tab switch. */
export function renderApp(state: AppState, theme: Theme, classes: AppClasses) {
  const { shell } = state;
  return (
    <TaskpaneContext.Provider value={shell.env}>
      <FluentProvider theme={theme} className={classes.root} lang={shell.env.language}>
        {renderHeader(shell, classes)}
        {renderNotices(shell)}
        {renderTabs(shell, classes)}
        {PANES.map((p) => (
          <div
            key={p}
            role="tabpanel"
            id={`ninegrid-panel-${p}`}
            aria-labelledby={`ninegrid-tab-${p}`}
            hidden={shell.pane !== p}
            className={classes.panel}
          >
            {renderPane(p, state)}
          </div>
        ))}
      </FluentProvider>
    </TaskpaneContext.Provider>
  );
}

/** One pane, given only its own props. */
function renderPane(pane: PaneId, state: AppState) {
  switch (pane) {
    case "data":
      return <DataPane {...state.data} />;
    case "model":
      return <ModelPane {...state.model} />;
    case "pack":
      return <PackPane {...state.pack} />;
    default:
      return <ReportPane {...state.reports[pane]} />;
  }
}

/** Title and tagline; the language, the sample variant and Insert sample workbook (with Cancel while it runs). */
function renderHeader(shell: AppShellState, classes: AppClasses) {
  const s = shell.env.strings;
  return (
    <header className={classes.header}>
      <div className={classes.titleBlock}>
        <Title2 as="h1">{s.appTitle}</Title2>
        <Body1>{s.appTagline}</Body1>
      </div>
      <div className={classes.headerActions}>
        <Field label={s.language} size="small">
          <Select size="small" value={shell.env.language} onChange={(_, d) => shell.setLanguage(d.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {stringsFor(l).languageName}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.sampleVariant} size="small">
          <Select
            size="small"
            value={shell.sampleVariant}
            onChange={(_, d) => shell.setSampleVariant(d.value as SampleVariant)}
          >
            <option value="standard">{s.sampleVariants.standard}</option>
            <option value="salesforce">{s.sampleVariants.salesforce}</option>
          </Select>
        </Field>
        <Button
          appearance="primary"
          onClick={() => void shell.insertSample()}
          disabled={shell.insertingSample}
          icon={shell.insertingSample ? <Spinner size="tiny" /> : undefined}
        >
          {shell.insertingSample ? s.insertingSample : s.insertSample}
        </Button>
        {shell.insertingSample && <Button onClick={shell.cancelInsertSample}>{s.cancel}</Button>}
      </div>
    </header>
  );
}

/** An unsupported host, said once; the last notice (sample inserted, range added…) with Dismiss. */
function renderNotices(shell: AppShellState) {
  const s = shell.env.strings;
  return (
    <>
      {shell.supportError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.unsupported}</MessageBarTitle>
            {shell.supportError}
          </MessageBarBody>
        </MessageBar>
      )}
      {shell.notice && (
        <MessageBar intent={shell.notice.intent} layout="multiline">
          <MessageBarBody>{shell.notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => shell.setNotice(null)}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}

function renderTabs(shell: AppShellState, classes: AppClasses) {
  const s = shell.env.strings;
  return (
    <TabList
      className={classes.tabs}
      selectedValue={shell.pane}
      onTabSelect={(_, d) => shell.setPane(d.value as PaneId)}
      aria-label={s.panesLabel}
    >
      {PANES.map((p) => (
        <Tab key={p} value={p} id={`ninegrid-tab-${p}`} aria-controls={`ninegrid-panel-${p}`}>
          {s.tabs[p]}
        </Tab>
      ))}
    </TabList>
  );
}
