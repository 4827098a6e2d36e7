/**
 * HyperFormula baseline: the bench's work written as native spreadsheet formulas, the
 * way a user would without the add-in. HyperFormula has no PERCENTRANK.INC, so percent
 * rank is COUNTIF(range,"<"&x)/(COUNT(range)-1) per row, which makes score+tier O(n²).
 * Importable (no bench side effects) because test/bench/hf-baseline.test.ts checks these
 * formulas against the plain-JS reference.
 */
import { HyperFormula, type CellValue, type RawCellContent, type Sheets } from "hyperformula";
import { STAGE_PROBABILITY, STAGES_EN, STAGES_ZH } from "../../src/sample";
import { DEFAULT_WEIGHTS, type Num, type PipelineDigest, type StageRow } from "../lib/reference";

export const HF_LICENSE = "gpl-v3";

function hfConfig(rows: number): { licenseKey: string; maxRows: number } {
  // HyperFormula's default maxRows is 40,000; Excel's limit is 1,048,576.
  return { licenseKey: HF_LICENSE, maxRows: Math.max(40_000, rows + 16) };
}

const num = (v: CellValue): number => (typeof v === "number" ? v : NaN);
const str = (v: CellValue): string => (typeof v === "string" ? v : v === null ? "" : `#${String(v)}`);

// ---- score + tier -----------------------------------------------------------------

export interface ScoreTierCols {
  contribution: Num[];
  potential: Num[];
  reference: Num[];
  winnability: Num[];
}

/**
 * Sheets for score+tier over n rows.
 * Data!A:D = contribution, potential, reference, winnability; E = score; F, G = bands; H = tier.
 * Stats!A1:D1 = COUNT of each dimension; Stats!A2:D2 = P50/P80 cuts for contribution and potential.
 */
export function scoreTierSheets(cols: ScoreTierCols): Sheets {
  const n = cols.contribution.length;
  const dims = ["A", "B", "C", "D"] as const;
  const pr = (c: string, i: number): string =>
    `IF(ISNUMBER(${c}${i}),IF(Stats!$${c}$1=1,1,COUNTIF($${c}$1:$${c}$${n},"<"&${c}${i})/(Stats!$${c}$1-1)),0)`;
  const band = (c: string, lo: string, hi: string, i: number): string =>
    `=IF(ISNUMBER(${c}${i}),IFS(${c}${i}<Stats!$${lo}$2,"L",${c}${i}<Stats!$${hi}$2,"M",TRUE(),"H"),"")`;
  const data: RawCellContent[][] = new Array<RawCellContent[]>(n);
  for (let r = 0; r < n; r++) {
    const i = r + 1;
    const score = `=100*(${dims.map((c, d) => `${DEFAULT_WEIGHTS[d]}*${pr(c, i)}`).join("+")})`;
    const tier =
      `=IF(OR(F${i}="",G${i}=""),"",IF(F${i}="H",IF(G${i}="H","A",IF(G${i}="M","B","C")),` +
      `IF(F${i}="M",IF(G${i}="H","B",IF(G${i}="M","C","D")),IF(G${i}="H","C","D"))))`;
    data[r] = [
      cols.contribution[r],
      cols.potential[r],
      cols.reference[r],
      cols.winnability[r],
      score,
      band("A", "A", "B", i),
      band("B", "C", "D", i),
      tier,
    ];
  }
  const range = (c: string): string => `Data!$${c}$1:$${c}$${n}`;
  const stats: RawCellContent[][] = [
    dims.map((c) => `=COUNT(${range(c)})`),
    [
      `=PERCENTILE.INC(${range("A")},0.5)`,
      `=PERCENTILE.INC(${range("A")},0.8)`,
      `=PERCENTILE.INC(${range("B")},0.5)`,
      `=PERCENTILE.INC(${range("B")},0.8)`,
    ],
  ];
  return { Data: data, Stats: stats };
}

export interface HfScoreTierResult {
  /** Build (incl. full evaluation) + reading the score and tier columns. */
  ms: number;
  score: number[];
  tier: string[];
  cuts: { c50: number; c80: number; p50: number; p80: number };
}

export function runScoreTierHF(sheets: Sheets, rows: number): HfScoreTierResult {
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, hfConfig(rows));
  const sheet = hf.getSheetId("Data") ?? 0;
  const values =
    rows === 0 ? [] : hf.getRangeValues({ start: { sheet, row: 0, col: 4 }, end: { sheet, row: rows - 1, col: 7 } });
  const ms = performance.now() - t0;
  const statsId = hf.getSheetId("Stats") ?? 1;
  const cut = (col: number): number => num(hf.getCellValue({ sheet: statsId, row: 1, col }));
  const cuts = { c50: cut(0), c80: cut(1), p50: cut(2), p80: cut(3) };
  hf.destroy();
  return { ms, score: values.map((r) => num(r[0])), tier: values.map((r) => str(r[3])), cuts };
}

// ---- pipeline ------------------------------------------------------------------------

export interface PipelineCols {
  stage: (string | number)[];
  amount: number[];
  status: (string | null)[];
}

/**
 * Sheets for the pipeline report over n opportunities.
 * Stages!A1:B12 = English then Chinese stage names with their probability.
 * Data!A:C = stage, amount, status; D = stage number (MATCH helper); E = status code O/W/L.
 * Report rows 1–6 = stages (name, open count, open amount, weighted, reached, conversion),
 * row 7 Won, row 8 Lost (count, amount), row 9 Win rate. The last stage converts to Won.
 */
export function pipelineSheets(cols: PipelineCols): Sheets {
  const n = cols.stage.length;
  const stages: RawCellContent[][] = [
    ...STAGES_EN.map((s, i) => [s, STAGE_PROBABILITY[i]]),
    ...STAGES_ZH.map((s, i) => [s, STAGE_PROBABILITY[i]]),
  ];
  const data: RawCellContent[][] = new Array<RawCellContent[]>(n);
  for (let r = 0; r < n; r++) {
    const i = r + 1;
    data[r] = [
      cols.stage[r],
      cols.amount[r],
      cols.status[r],
      `=IF(ISNUMBER(A${i}),A${i},MOD(MATCH(A${i},Stages!$A$1:$A$12,0)-1,6)+1)`,
      `=IF(OR(C${i}="Won",C${i}="赢单"),"W",IF(OR(C${i}="Lost",C${i}="丢单"),"L","O"))`,
    ];
  }
  const D = `Data!$D$1:$D$${n}`;
  const E = `Data!$E$1:$E$${n}`;
  const B = `Data!$B$1:$B$${n}`;
  const report: RawCellContent[][] = [];
  for (let k = 1; k <= 6; k++) {
    report.push([
      `=Stages!A${k}`,
      `=COUNTIFS(${D},${k},${E},"O")`,
      `=SUMIFS(${B},${D},${k},${E},"O")`,
      `=C${k}*Stages!B${k}`,
      `=COUNTIFS(${D},">=${k}",${E},"O")+COUNTIFS(${D},">=${k}",${E},"L")+COUNTIF(${E},"W")`,
      // After the last stage, "next" is Won.
      k < 6 ? `=IF(E${k}=0,"",E${k + 1}/E${k})` : `=IF(E${k}=0,"",B7/E${k})`,
    ]);
  }
  report.push(["Won", `=COUNTIF(${E},"W")`, `=SUMIFS(${B},${E},"W")`]);
  report.push(["Lost", `=COUNTIF(${E},"L")`, `=SUMIFS(${B},${E},"L")`]);
  report.push(["Win rate", `=IF(B7+B8=0,"",B7/(B7+B8))`]);
  return { Stages: stages, Data: data, Report: report };
}

export interface HfPipelineResult {
  ms: number;
  digest: PipelineDigest;
  /** The Report sheet as evaluated. */
  values: CellValue[][];
}

export function runPipelineHF(sheets: Sheets, rows: number): HfPipelineResult {
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, hfConfig(rows));
  const values = hf.getSheetValues(hf.getSheetId("Report") ?? 2);
  const ms = performance.now() - t0;
  hf.destroy();
  const opt = (v: CellValue): number | null => (typeof v === "number" ? v : null);
  const stages: StageRow[] = values.slice(0, 6).map((r) => ({
    openCount: num(r[1]),
    openAmount: num(r[2]),
    weighted: num(r[3]),
    reached: num(r[4]),
    conversion: opt(r[5] ?? null),
  }));
  const digest: PipelineDigest = {
    stages,
    won: { count: num(values[6][1]), amount: num(values[6][2]) },
    lost: { count: num(values[7][1]), amount: num(values[7][2]) },
    winRate: opt(values[8][1]),
  };
  return { ms, digest, values };
}
