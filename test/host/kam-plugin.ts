/**
 * The KAM.* custom functions as a HyperFormula function plugin, calling the real implementations in
 * src/functions/functions.ts with arguments shaped the way Excel passes them (2-D arrays for `any[][]`
 * parameters, blanks as "", omitted optional arguments as null, error cells as `{ code }` objects).
 *
 * HyperFormula fixes a formula's spill size when it parses it, before any value is known, so each function
 * declares its size from its arguments' shapes: one row per row of the first argument (one column per column
 * when that argument is a single row), and for KAM.PIPELINE, stages + 5 rows by 6 columns (header, stages,
 * Won, Lost, Win rate and an optional "Skipped rows" line). A result smaller than that is padded with
 * blanks; a larger one is cut to it.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import * as kam from "../../src/functions/functions";

type ArgKind = "matrix" | "scalar";

interface KamSpec {
  /** Name in formulas, e.g. "KAM.TIER". */
  id: string;
  /** The implementation; Excel calls it with its declared parameters, all typed as loosely as `any`. */
  fn: (...args: unknown[]) => unknown[][];
  /** Parameter kinds as declared in functions.ts: `any[][]` → matrix, `any` → scalar. */
  params: readonly ArgKind[];
  required: number;
  /** Spill size from the argument sizes (width, height); missing optional arguments are undefined. */
  size: (args: (ArraySize | undefined)[]) => { width: number; height: number };
}

/** Every KAM.* function, as functions.ts declares it (checked by host-tests/kam-plugin.test.ts). */
const asLoose = (f: unknown) => f as (...args: unknown[]) => unknown[][];

/** A spill shaped like the first argument: a column per row, or a row when the argument is one row. */
const likeFirst = (args: (ArraySize | undefined)[]) => {
  const a = args[0];
  if (!a) return { width: 1, height: 1 };
  return a.height === 1 && a.width > 1 ? { width: a.width, height: 1 } : { width: 1, height: Math.max(1, a.height) };
};

export const KAM_FUNCTIONS: readonly KamSpec[] = [
  {
    id: "KAM.SCORE",
    fn: asLoose(kam.score),
    params: ["matrix", "matrix", "scalar", "matrix"],
    required: 1,
    size: (a) => ({ width: 1, height: Math.max(1, a[0]?.height ?? 1) }),
  },
  {
    id: "KAM.BAND",
    fn: asLoose(kam.band),
    params: ["matrix", "scalar", "scalar", "matrix"],
    required: 1,
    size: likeFirst,
  },
  {
    id: "KAM.TIER",
    fn: asLoose(kam.tier),
    params: ["matrix", "matrix", "matrix", "matrix", "matrix", "matrix"],
    required: 2,
    size: likeFirst,
  },
  { id: "KAM.TOPPCT", fn: asLoose(kam.toppct), params: ["matrix", "matrix", "matrix"], required: 1, size: likeFirst },
  {
    id: "KAM.WEIGHTED",
    fn: asLoose(kam.weighted),
    params: ["matrix", "matrix", "matrix", "matrix"],
    required: 2,
    size: likeFirst,
  },
  {
    id: "KAM.PIPELINE",
    fn: asLoose(kam.pipeline),
    params: ["matrix", "matrix", "matrix", "matrix"],
    required: 2,
    size: (a) => ({ width: 6, height: (a[3] ? a[3].height : 6) + 5 }),
  },
  {
    id: "KAM.COVERAGE",
    fn: asLoose(kam.coverage),
    params: ["matrix", "matrix", "matrix", "matrix", "matrix"],
    required: 3,
    size: likeFirst,
  },
  {
    id: "KAM.MOVEMENT",
    fn: asLoose(kam.movement),
    params: ["matrix", "matrix", "matrix", "matrix", "matrix"],
    required: 2,
    size: likeFirst,
  },
];

const ERROR_CODES: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NAME: "#NAME?",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  NA: "#N/A",
  REF: "#REF!",
  SPILL: "#SPILL!",
  CYCLE: "#CYCLE!",
  ERROR: "#ERROR!",
  LIC: "#LIC!",
};

/** One cell as Excel hands it to a custom function. */
function excelCell(v: unknown): unknown {
  if (v === EmptyValue || v === null || v === undefined) return "";
  if (v instanceof CellError) return { code: ERROR_CODES[v.type] ?? "#VALUE!", type: v.type, message: v.message };
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // dates, percents…
  return v;
}

function excelArg(v: unknown, kind: ArgKind): unknown {
  if (v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(excelCell));
  return kind === "matrix" ? [[excelCell(v)]] : excelCell(v);
}

/** One result cell back into HyperFormula: per-cell errors keep their type and message. */
function engineCell(v: unknown): number | string | boolean | CellError | typeof EmptyValue {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object") {
    const e = v as { code?: unknown; message?: unknown };
    const code = typeof e.code === "string" ? e.code : "#VALUE!";
    return new CellError(
      code === "#N/A" ? ErrorType.NA : ErrorType.VALUE,
      typeof e.message === "string" ? e.message : undefined,
    );
  }
  return EmptyValue;
}

/** What the engine passes in HyperFormula's `context` config. */
export interface KamContext {
  functionPayloadLimitBytes: number;
}

const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** UTF-8 bytes of a value as JSON (how Office sends custom-function arguments and results). */
function jsonBytes(v: unknown): number {
  return new TextEncoder().encode(JSON.stringify(v) ?? "null").length;
}

/** The host's stand-in for a call that would hang at #BUSY! on Excel on the web. */
function busy(id: string, what: string, bytes: number, limit: number): CellError {
  return new CellError(
    ErrorType.ERROR,
    `host: ${id} ${what} payload is ${bytes} bytes, over the ${limit}-byte custom-function limit (#BUSY! in Excel on the web)`,
  );
}

export class KamPlugin extends FunctionPlugin {
  static implementedFunctions = Object.fromEntries(
    KAM_FUNCTIONS.map((spec, i) => [
      spec.id,
      {
        method: `kam${i}`,
        sizeOfResultArrayMethod: `kam${i}Size`,
        vectorizationForbidden: true,
        parameters: spec.params.map((_, k) => ({
          argumentType: FunctionArgumentType.ANY,
          ...(k >= spec.required ? { optionalArg: true } : {}),
        })),
      },
    ]),
  );

  private sizeOf(spec: KamSpec, ast: KamAst, state: KamState): { width: number; height: number } {
    const sizes = spec.params.map((_, k) => {
      const arg = ast.args[k];
      if (!arg || arg.type === "EMPTY") return undefined;
      const s = this.arraySizeForAst(arg, state);
      return s.width > 0 && s.height > 0 && Number.isFinite(s.width) && Number.isFinite(s.height) ? s : undefined;
    });
    return spec.size(sizes);
  }

  /** Shared body of every KAM.* method: evaluate, convert, call, shape. */
  protected runKam(index: number, ast: KamAst, state: KamState): ReturnType<FunctionPlugin["runFunction"]> {
    const spec = KAM_FUNCTIONS[index];
    const { width, height } = this.sizeOf(spec, ast, state);
    const limit = (this.config.context as KamContext | undefined)?.functionPayloadLimitBytes ?? PAYLOAD_LIMIT;
    return this.runFunction(ast.args, state, this.metadata(spec.id), (...raw: unknown[]) => {
      let result: unknown[][];
      const args = spec.params.map((kind, k) => excelArg(raw[k], kind));
      // Excel on the web carries the arguments to the add-in and the result back as ~5 MB payloads; past it the
      // cell hangs at #BUSY!. The host makes that a visible error (the stricter reading: Excel shows no message).
      const argBytes = jsonBytes(args);
      if (argBytes > limit) return busy(spec.id, "arguments", argBytes, limit);
      try {
        result = spec.fn(...args);
      } catch (e) {
        return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
      }
      const resultBytes = jsonBytes(result);
      if (resultBytes > limit) return busy(spec.id, "result", resultBytes, limit);
      const out: ReturnType<typeof engineCell>[][] = [];
      for (let r = 0; r < height; r++) {
        const line: ReturnType<typeof engineCell>[] = [];
        for (let c = 0; c < width; c++) line.push(engineCell(result[r]?.[c]));
        out.push(line);
      }
      if (width === 1 && height === 1) return out[0][0];
      return SimpleRangeValue.onlyValues(out);
    });
  }

  protected runKamSize(index: number, ast: KamAst, state: KamState): ArraySize {
    const { width, height } = this.sizeOf(KAM_FUNCTIONS[index], ast, state);
    return new ArraySize(width, height);
  }

  kam0(ast: KamAst, state: KamState) {
    return this.runKam(0, ast, state);
  }
  kam1(ast: KamAst, state: KamState) {
    return this.runKam(1, ast, state);
  }
  kam2(ast: KamAst, state: KamState) {
    return this.runKam(2, ast, state);
  }
  kam3(ast: KamAst, state: KamState) {
    return this.runKam(3, ast, state);
  }
  kam4(ast: KamAst, state: KamState) {
    return this.runKam(4, ast, state);
  }
  kam5(ast: KamAst, state: KamState) {
    return this.runKam(5, ast, state);
  }
  kam6(ast: KamAst, state: KamState) {
    return this.runKam(6, ast, state);
  }
  kam7(ast: KamAst, state: KamState) {
    return this.runKam(7, ast, state);
  }
  kam0Size(ast: KamAst, state: KamState) {
    return this.runKamSize(0, ast, state);
  }
  kam1Size(ast: KamAst, state: KamState) {
    return this.runKamSize(1, ast, state);
  }
  kam2Size(ast: KamAst, state: KamState) {
    return this.runKamSize(2, ast, state);
  }
  kam3Size(ast: KamAst, state: KamState) {
    return this.runKamSize(3, ast, state);
  }
  kam4Size(ast: KamAst, state: KamState) {
    return this.runKamSize(4, ast, state);
  }
  kam5Size(ast: KamAst, state: KamState) {
    return this.runKamSize(5, ast, state);
  }
  kam6Size(ast: KamAst, state: KamState) {
    return this.runKamSize(6, ast, state);
  }
  kam7Size(ast: KamAst, state: KamState) {
    return this.runKamSize(7, ast, state);
  }
}

/** HyperFormula does not export its AST and interpreter-state types; these are read off FunctionPlugin. */
type Ast = Parameters<FunctionPlugin["arraySizeForAst"]>[0];
type KamAst = Extract<Ast, { args: Ast[] }>;
type KamState = Parameters<FunctionPlugin["arraySizeForAst"]>[1];

let registered = false;

/** Registers KAM.* with HyperFormula once per module instance (registration is global to the library). */
export function registerKamPlugin(): void {
  if (registered || HyperFormula.getFunctionPlugin("KAM.SCORE")) {
    registered = true;
    return;
  }
  const names = Object.fromEntries(KAM_FUNCTIONS.map((s) => [s.id, s.id]));
  HyperFormula.registerFunctionPlugin(KamPlugin, { enGB: names, enUS: names });
  registered = true;
}

export { DetailedCellError };
