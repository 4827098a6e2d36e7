import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { useTaskpane } from "../../context";
import { Strings } from "../../i18n";
import { headerOf, PlanTablesProps, PlanTablesState, usePlanTables } from "./usePlanTables";

/**
 * The plan tables of a report that reads them (its definition's `sources.plans`): create or update them,
 * and jump to a key account's Account Plans row. Rendered by the report pane for any such report.
 */
export function PlanTablesSection(props: PlanTablesProps) {
  const state = usePlanTables(props);
  const { strings } = useTaskpane();
  return renderPlanTables(state, strings);
}

export function renderPlanTables(state: PlanTablesState, s: Strings) {
  const t = s.planTables;
  return (
    <section aria-labelledby="ninegrid-plan-tables-title">
      <Subtitle2 as="h3" id="ninegrid-plan-tables-title">
        {t.title}
      </Subtitle2>
      <Body1 as="p">{t.intro}</Body1>
      <Button disabled={!state.canWrite} onClick={() => void state.write()}>
        {t.create}
      </Button>
      {state.status.kind === "writing" && <Spinner size="tiny" label={t.creating} />}
      {renderOutcome(state, s)}
      {state.accounts.length > 0 && (
        <Field label={t.account}>
          <Select value={state.account} onChange={(_, d) => state.setAccount(d.value)}>
            {state.accounts.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {state.accounts.length > 0 && <Button onClick={() => void state.goTo()}>{t.goTo}</Button>}
    </section>
  );
}

function renderOutcome({ status }: PlanTablesState, s: Strings) {
  const t = s.planTables;
  if (status.kind === "error")
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{status.message}</MessageBarBody>
      </MessageBar>
    );
  if (status.kind !== "done") return null;
  const outcomes = Object.values(status.result.tables);
  const added = outcomes.reduce((a, o) => a + o.added, 0);
  const problems = outcomes.flatMap((o) =>
    o.problems
      .filter((p) => p.code === "missingColumn" && o.added === 0)
      .map((p) => t.missingColumn(o.table, headerOf(String((p.params as { field?: string }).field)))),
  );
  return (
    <MessageBar intent={problems.length ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <div>{t.done(status.result.keyAccounts, added, status.result.tables.accountPlans.marked)}</div>
        <div>{t.sheets(s.list(outcomes.map((o) => o.sheet)))}</div>
        {problems.map((p) => (
          <div key={p}>{p}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
