/**
 * Live Nine-Grid counts use criteria such as ">="&cut. Excel writes the cut into that text with 15
 * significant digits (test/host/README.md [number-text]); with values of 16–17 digits on a cut, the live
 * counts must still equal the core's.
 */
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { buildReport, loadSources } from "../../src/excel/build-report";
import { generateSample } from "../../src/sample";
import { createHost } from "../host";
import { SAMPLE_SELECTIONS, workbookSpecOf } from "./sample-workbook";

it("live nine-grid counts equal the core's when cuts have more than 15 significant digits", async () => {
  const wb = generateSample({ accounts: 41, opportunities: 40 });
  const col = (h: string) => wb.accounts.headers.indexOf(h);
  // k × 2/3 million: 666666.6666666666 has 16 digits, and its 15-digit text 666666.666666667 is larger.
  wb.accounts.rows.forEach((r, k) => {
    r[col("Contribution")] = ((k % 20) + 1) * (2e6 / 3);
    r[col("Potential")] = ((k * 7) % 20) * (2e6 / 3) + 2e6 / 3;
  });
  const host = createHost({ workbook: workbookSpecOf(wb) });
  const model = defaultModel();
  await buildReport(host.run, "nineGrid", { model, selections: SAMPLE_SELECTIONS, live: true, asOf: wb.asOf });
  const { dataset } = await loadSources(host.run, SAMPLE_SELECTIONS, model);
  const t = tierAccounts(dataset.accounts, model);
  // The cuts land on data values (41 rows: P50 at position 20, P80 at 32) that have more than 15 digits.
  const onCut = dataset.accounts.filter((a) => t.cuts.contribution[0].some((c) => Math.abs(a.contribution - c) < 1e-6));
  expect(onCut.length).toBeGreaterThan(0);
  expect(onCut.every((a) => String(a.contribution).replace(/\D/g, "").length > 15)).toBe(true);
  const expected = [2, 1, 0].map((cb) =>
    [2, 1, 0].map(
      (pb) => dataset.accounts.filter((_, i) => t.contributionBand[i] === cb && t.potentialBand[i] === pb).length,
    ),
  );
  expect(host.values("Nine-Grid", "C10:E12")).toEqual(expected);
});
