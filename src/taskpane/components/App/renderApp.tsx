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
import { ReportPane } from "../ReportPane/ReportPane";
import { AppState, PaneId, PANES } from "./useApp";

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
  const s = state.env.strings;
  const paneBody = (pane: PaneId) => {
    switch (pane) {
      case "data":
        return <DataPane app={state} />;
      case "model":
        return <ModelPane app={state} />;
      default:
        return <ReportPane app={state} kind={pane} />;
    }
  };
  return (
    <TaskpaneContext.Provider value={state.env}>
      <FluentProvider theme={theme} className={classes.root} lang={state.env.language}>
        <header className={classes.header}>
          <div className={classes.titleBlock}>
            <Title2 as="h1">{s.appTitle}</Title2>
            <Body1>{s.appTagline}</Body1>
          </div>
          <div className={classes.headerActions}>
            <Field label={s.language} size="small">
              <Select
                size="small"
                value={state.env.language}
                onChange={(_, d) => state.setLanguage(d.value as Language)}
              >
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
                value={state.sampleVariant}
                onChange={(_, d) => state.setSampleVariant(d.value as SampleVariant)}
              >
                <option value="standard">{s.sampleVariants.standard}</option>
                <option value="salesforce">{s.sampleVariants.salesforce}</option>
              </Select>
            </Field>
            <Button
              appearance="primary"
              onClick={() => void state.insertSample()}
              disabled={state.insertingSample}
              icon={state.insertingSample ? <Spinner size="tiny" /> : undefined}
            >
              {state.insertingSample ? s.insertingSample : s.insertSample}
            </Button>
            {state.insertingSample && <Button onClick={state.cancelInsertSample}>{s.cancel}</Button>}
          </div>
        </header>
        {state.supportError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.unsupported}</MessageBarTitle>
              {state.supportError}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent={state.notice.intent} layout="multiline">
            <MessageBarBody>{state.notice.text}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => state.setNotice(null)}>
                {s.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <TabList
          className={classes.tabs}
          selectedValue={state.pane}
          onTabSelect={(_, d) => state.setPane(d.value as PaneId)}
          aria-label={s.panesLabel}
        >
          {PANES.map((p) => (
            <Tab key={p} value={p} id={`ninegrid-tab-${p}`} aria-controls={`ninegrid-panel-${p}`}>
              {s.tabs[p]}
            </Tab>
          ))}
        </TabList>
        {PANES.map((p) => (
          <div
            key={p}
            role="tabpanel"
            id={`ninegrid-panel-${p}`}
            aria-labelledby={`ninegrid-tab-${p}`}
            hidden={state.pane !== p}
            className={classes.panel}
          >
            {paneBody(p)}
          </div>
        ))}
      </FluentProvider>
    </TaskpaneContext.Provider>
  );
}
