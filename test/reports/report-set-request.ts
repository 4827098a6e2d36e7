/**
 * The build request every DOMAIN.md §11 sheet test starts from: the hand-checkable fixture dataset, the
 * default model and its tiers, the fixture's report date, no source tables (so no structured references).
 */
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { columnRefs } from "../../src/reports";
import { REPORT_AS_OF, reportSetDataset } from "../core/report-set.fixture";

export const data = reportSetDataset();

export const request = (live: boolean, language?: "en" | "zh") => {
  const model = defaultModel();
  return {
    data,
    model,
    tiering: tierAccounts(data.accounts, model),
    asOf: REPORT_AS_OF,
    live,
    refs: columnRefs({}),
    language,
  };
};
