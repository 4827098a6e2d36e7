/**
 * arquero baseline: the same work as a dataframe pipeline. Percent rank uses the
 * `percent_rank` window function per dimension (blank rows in their own partition, so
 * they are left out of the population), cuts use the `quantile` aggregate (R-7, the
 * same interpolation as PERCENTILE.INC). Expressions are strings so that the TypeScript
 * compiler's rewriting of imports cannot break arquero's expression parser.
 */
import { op, table } from "arquero";
import { STAGE_PROBABILITY, STAGES_EN, STAGES_ZH } from "../../src/sample";
import { pipelineFromGroups, type Num, type PipelineDigest } from "../lib/reference";

export interface ArqueroScoreTierResult {
  score: unknown[];
  tier: unknown[];
}

/** Score (rank method, default weights) + tier (P50/P80 cuts, default map) from plain columns. */
export function runScoreTierArquero(cols: {
  contribution: Num[];
  potential: Num[];
  reference: Num[];
  winnability: Num[];
}): ArqueroScoreTierResult {
  const base = table({ c: cols.contribution, p: cols.potential, r: cols.reference, w: cols.winnability });
  let t = base;
  for (const d of ["c", "p", "r", "w"]) {
    t = t
      .groupby({ valid: `d.${d} != null` })
      .orderby(d)
      .derive({ [`pr_${d}`]: op.percent_rank() })
      .ungroup()
      .unorder();
  }
  // percent_rank is NaN for a one-row population; PERCENTRANK.INC gives 1 there.
  const pr = (d: string): string => `(d.${d} == null ? 0 : (op.is_nan(d.pr_${d}) ? 1 : d.pr_${d}))`;
  const cuts = base.rollup({
    c50: op.quantile("c", 0.5),
    c80: op.quantile("c", 0.8),
    p50: op.quantile("p", 0.5),
    p80: op.quantile("p", 0.8),
  });
  const q = cuts.object(0);
  const out = t
    .params({ q, m: { HH: "A", HM: "B", HL: "C", MH: "B", MM: "C", ML: "D", LH: "C", LM: "D", LL: "D" } })
    .derive({
      score: `100 * (0.4 * ${pr("c")} + 0.3 * ${pr("p")} + 0.15 * ${pr("r")} + 0.15 * ${pr("w")})`,
      bc: "d.c == null ? '' : d.c < $.q.c50 ? 'L' : d.c < $.q.c80 ? 'M' : 'H'",
      bp: "d.p == null ? '' : d.p < $.q.p50 ? 'L' : d.p < $.q.p80 ? 'M' : 'H'",
    });
  const tiered = out.derive({ tier: "d.bc == '' || d.bp == '' ? '' : $.m[d.bc + d.bp]" });
  return { score: Array.from(tiered.array("score")), tier: Array.from(tiered.array("tier")) };
}

const STAGE_MAP: Record<string, number> = Object.fromEntries([
  ...STAGES_EN.map((s, i) => [s, i + 1]),
  ...STAGES_ZH.map((s, i) => [s, i + 1]),
]);
const STATUS_MAP: Record<string, string> = { Open: "O", Won: "W", Lost: "L", 进行中: "O", 赢单: "W", 丢单: "L" };

/** Pipeline: group by stage × status, count and sum, weighted via stage probability; reached/conversion from the small grouped table. */
export function runPipelineArquero(cols: {
  stage: (string | number)[];
  amount: number[];
  status: (string | null)[];
}): PipelineDigest {
  const grouped = table({ stage: cols.stage, amount: cols.amount, status: cols.status })
    .params({ sm: STAGE_MAP, st: STATUS_MAP, prob: STAGE_PROBABILITY })
    .derive({
      k: "op.recode(d.stage, $.sm, d.stage)",
      s: "d.status == null ? 'O' : op.recode(d.status, $.st, 'O')",
    })
    .groupby("k", "s")
    .rollup({ count: op.count(), sum: op.sum("amount") })
    .derive({ weighted: "d.s == 'O' ? d.sum * $.prob[d.k - 1] : 0" });
  const k = grouped.array("k");
  const s = grouped.array("s");
  const count = grouped.array("count");
  const sum = grouped.array("sum");
  const groups: { stage: number; status: "O" | "W" | "L"; count: number; sum: number }[] = [];
  for (let i = 0; i < grouped.numRows(); i++) {
    const st = s[i];
    groups.push({
      stage: Number(k[i]),
      status: st === "W" || st === "L" ? st : "O",
      count: Number(count[i]),
      sum: Number(sum[i]),
    });
  }
  return pipelineFromGroups(groups);
}
