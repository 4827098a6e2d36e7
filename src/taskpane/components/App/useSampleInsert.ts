import { useCallback, useRef, useState } from "react";
import { isoFromSerial } from "../../../core/dates";
import { WriteCancelled } from "../../../excel/write-executor";
import { errorText } from "../../context";
import type { Language, Strings } from "../../i18n";
import type { SampleVariant, TaskpaneServices } from "../../services";
import type { Notice } from "./useApp";
import type { ModelState } from "./useModelState";
import type { SourcesState } from "./useSources";

/** Insert sample workbook, with Cancel and the choice of sample. */
export interface SampleState {
  insertingSample: boolean;
  cancelInsertSample(): void;
  /** Which sample Insert sample workbook inserts. */
  sampleVariant: SampleVariant;
  setSampleVariant(variant: SampleVariant): void;
  insertSample(): Promise<void>;
}

export function useSampleInsert(
  env: { services: TaskpaneServices; strings: Strings; language: Language },
  model: Pick<ModelState, "draft" | "setDraft">,
  sources: Pick<SourcesState, "setPicks" | "setTables">,
  setNotice: (notice: Notice | null) => void,
): SampleState {
  const { services, strings, language } = env;
  const { setDraft } = model;
  const { setPicks, setTables } = sources;
  const asOf = model.draft.reports.asOf;
  const [insertingSample, setInsertingSample] = useState(false);
  const [sampleVariant, setSampleVariant] = useState<SampleVariant>("standard");
  const controller = useRef<AbortController | null>(null);

  const insertSample = useCallback(async () => {
    setInsertingSample(true);
    setNotice(null);
    const abort = new AbortController();
    controller.current = abort;
    try {
      const result = await services.insertSample(language, sampleVariant, abort.signal);
      let text = strings.sampleInserted(strings.list(result.sheets));
      if (asOf === "") {
        const iso = isoFromSerial(result.asOf);
        // The sample's pipeline is dated; today's date would make every deal look stalled or early.
        setDraft((d) => ({ ...d, reports: { ...d.reports, asOf: iso } }));
        text += ` ${strings.sampleDateSet(iso)}`;
      }
      setPicks((old) => ({
        ...old,
        ...Object.fromEntries(result.kinds.map((kind, i) => [kind, { table: result.tables[i], overrides: {} }])),
      }));
      setNotice({ intent: "success", text });
      setTables(await services.listTables());
    } catch (e) {
      if (e instanceof WriteCancelled || abort.signal.aborted)
        setNotice({ intent: "info", text: strings.writeCancelled });
      else setNotice({ intent: "error", text: errorText(e, strings) });
    } finally {
      controller.current = null;
      setInsertingSample(false);
    }
  }, [services, language, strings, asOf, sampleVariant, setDraft, setPicks, setTables, setNotice]);

  return {
    insertingSample,
    cancelInsertSample: () => controller.current?.abort(),
    sampleVariant,
    setSampleVariant,
    insertSample,
  };
}
