/**
 * Write score and tier columns switches to values, and says why, when live formulas would pass more to one
 * KAM call than a custom function can take (issue 10; ARCHITECTURE.md "Excel facts").
 */
import { defaultModel } from "../../src/core/schemas";
import { writeScoreAndTierColumns } from "../../src/excel/write-columns";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { createHost } from "../host";
import { sampleWorkbookSpec } from "./sample-workbook";

const model = defaultModel();
const setup = () => {
  const { spec, wb } = sampleWorkbookSpec({ accounts: 40, opportunities: 50, movement: false });
  return { host: createHost({ workbook: spec }), wb };
};

/** What KAM.SCORE's arguments would carry, measured here from the cells themselves (JSON of E2:H41). */
const scoreArgumentBytes = (host: ReturnType<typeof createHost>) =>
  new TextEncoder().encode(JSON.stringify(host.values("Accounts", "E2:H41"))).length;

describe("live columns over the custom-function payload", () => {
  it("writes values instead and says how big the live call would have been", async () => {
    const { host } = setup();
    expect(host.values("Accounts", "E1:H1")).toEqual([["Contribution", "Potential", "Reference Value", "Winnability"]]);
    const args = scoreArgumentBytes(host);
    const limit = Math.floor(args / 2);
    const result = await writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model,
      mode: "live",
      livePayloadLimitBytes: limit,
    });
    expect(result.mode).toBe("values");
    const warning = result.warnings.find((w) => w.code === "liveTooLarge");
    expect(warning).toMatchObject({ code: "liveTooLarge", limit });
    // The largest message: KAM.SCORE's arguments, or its 40 scores at the longest (25 bytes each).
    const bytes = (warning as { bytes: number }).bytes;
    expect(bytes).toBeGreaterThanOrEqual(args - 40 * 3);
    expect(bytes).toBeLessThanOrEqual(Math.max(args + 40 * 3, 40 * 25));
    // Values in the table, no live block right of it.
    expect(host.tables()[0].columns.slice(-3)).toEqual(["Score", "Tier", "Key account"]);
    expect(typeof host.values("Accounts", "K2")[0][0]).toBe("number");
    expect(
      host
        .formulas("Accounts", "L2:N2")
        .flat()
        .filter((f) => String(f).startsWith("=")),
    ).toEqual([]);

    const w = warning as Parameters<typeof enUS.columnsWarning>[0];
    expect(enUS.columnsWarning(w)).toMatch(/Live formulas would pass about \d+\.\d MB .* written as values\./);
    expect(zhCN.columnsWarning(w)).toMatch(/约 \d+\.\d MB.*改为写入数值/);
  });

  it("stays live when the rows, measured, fit, even if a quick bound from the row count did not", async () => {
    const { host } = setup();
    const args = scoreArgumentBytes(host);
    // The quick bound (25 bytes per number, 40 rows × 4) is 4,000 bytes; these rows are far smaller.
    const limit = Math.max(3 * args, 4000);
    expect(limit / 2).toBeLessThan(40 * 4 * 25);
    const result = await writeScoreAndTierColumns(host.run, {
      table: "Accounts",
      model,
      mode: "live",
      livePayloadLimitBytes: limit,
    });
    expect(result.mode).toBe("live");
    expect(result.warnings.map((w) => w.code)).not.toContain("liveTooLarge");
    expect(String(host.formulas("Accounts", "L2")[0][0])).toMatch(/^=KAM\.SCORE\(/);
  });
});
