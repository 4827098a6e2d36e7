import { useCallback, useEffect, useState } from "react";
import { ACCOUNT_PLANS } from "../../../core/esp-tables";
import { PlanTablesRefused, PlanTablesResult } from "../../../excel/plan-tables";
import { errorText, useTaskpane } from "../../context";
import { DraftResult } from "../../model-draft";
import { SourcePicks, toSelections } from "../../sources";

export interface PlanTablesProps {
  picks: SourcePicks;
  validation: DraftResult;
  /** The host lacks the Excel API the pane needs: writing is disabled. */
  supportError: string | null;
}

export type PlanTablesStatus =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "done"; result: PlanTablesResult }
  | { kind: "error"; message: string };

export interface PlanTablesState {
  status: PlanTablesStatus;
  canWrite: boolean;
  write(): Promise<void>;
  /** Accounts of the Account Plans table, for "Go to plan row". */
  accounts: string[];
  account: string;
  setAccount(account: string): void;
  goTo(): Promise<void>;
}

/** "Create or update plan tables" and "Go to plan row" (DOMAIN.md §10), through the pane's services. */
export function usePlanTables(props: PlanTablesProps): PlanTablesState {
  const { services, strings, language } = useTaskpane();
  const [status, setStatus] = useState<PlanTablesStatus>({ kind: "idle" });
  const [accounts, setAccounts] = useState<string[]>([]);
  const [account, setAccount] = useState("");
  const fail = useCallback(
    (e: unknown) =>
      setStatus({
        kind: "error",
        message: e instanceof PlanTablesRefused ? strings.planTables.noAccounts : errorText(e, strings),
      }),
    [strings],
  );
  const refresh = useCallback(async () => {
    const names = await services.planAccounts();
    setAccounts(names);
    setAccount((a) => (names.includes(a) ? a : (names[0] ?? "")));
  }, [services]);
  useEffect(() => void refresh().catch(() => undefined), [refresh]);

  const { validation, picks } = props;
  const write = useCallback(async () => {
    if (!validation.ok) return;
    setStatus({ kind: "writing" });
    try {
      const result = await services.writePlanTables({
        model: validation.model,
        selections: toSelections(picks, ["accounts", "assignments"]),
        language: language === "zh-CN" ? "zh" : "en",
        readLanguage: language,
      });
      setStatus({ kind: "done", result });
      await refresh();
    } catch (e) {
      fail(e);
    }
  }, [validation, services, picks, language, refresh, fail]);

  const goTo = useCallback(async () => {
    try {
      const found = await services.selectPlanRow(account);
      if (!found) setStatus({ kind: "error", message: strings.planTables.noPlanRow(account) });
    } catch (e) {
      fail(e);
    }
  }, [services, account, strings, fail]);

  return {
    status,
    canWrite: validation.ok && Boolean(picks.accounts.table) && status.kind !== "writing" && !props.supportError,
    write,
    accounts,
    account,
    setAccount,
    goTo,
  };
}

/** The header a missing-column note names, in the table's own words (English header). */
export const headerOf = (field: string): string =>
  ACCOUNT_PLANS.columns.find((c) => c.key === field)?.header.en ?? field;
