/** The host's data validation (api/data-validation.ts): Excel's rule shapes, and stricter refusals. */
/* eslint-disable office-addins/load-object-before-read -- a navigation property (dataValidation) is a proxy, loaded below */
import { createHost } from "../host";

async function setRule(address: string, rule: unknown) {
  const host = createHost();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange(address).dataValidation.rule =
      rule as Excel.DataValidationRule;
    await context.sync();
  });
  return host;
}

describe("host data validation", () => {
  it("stores a rule and reads it back with its type", async () => {
    const host = await setRule("B2:B5", { wholeNumber: { operator: "Between", formula1: 0, formula2: 5 } });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const inside = sheet.getRange("B3").dataValidation;
      const across = sheet.getRange("B1:B3").dataValidation;
      const none = sheet.getRange("C3").dataValidation;
      inside.load("rule,type");
      across.load("type");
      none.load("type");
      await context.sync();
      expect(inside.type).toBe("WholeNumber");
      expect(inside.rule).toEqual({ wholeNumber: { operator: "Between", formula1: 0, formula2: 5 } });
      expect(across.type).toBe("MixedCriteria");
      expect(none.type).toBe("None");
    });
  });

  it.each([
    ["no criterion", {}],
    ["two criteria", { list: { source: "A,B" }, custom: { formula: "=TRUE" } }],
    ["an unknown operator", { decimal: { operator: "Around", formula1: 1 } }],
    ["between without formula2", { wholeNumber: { operator: "Between", formula1: 0 } }],
    ["formula2 with a one-sided operator", { decimal: { operator: "GreaterThan", formula1: 0, formula2: 9 } }],
    ["min above max", { wholeNumber: { operator: "Between", formula1: 5, formula2: 0 } }],
    ["an empty list", { list: { source: " " } }],
  ])("refuses a rule with %s", async (_, rule) => {
    await expect(setRule("A1", rule)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a rule or clear that cuts through another block, and clears a whole block", async () => {
    const host = await setRule("A1:A4", { list: { source: "X,Y" } });
    const act = (fn: (s: Excel.Worksheet) => void) =>
      host.run(async (context) => {
        fn(context.workbook.worksheets.getItem("Sheet1"));
        await context.sync();
      });
    await expect(
      act((s) => (s.getRange("A3:A6").dataValidation.rule = { list: { source: "Z", inCellDropDown: true } })),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(act((s) => s.getRange("A2").dataValidation.clear())).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await act((s) => s.getRange("A1:B9").dataValidation.clear());
    expect(host.model.sheets[0].validations).toEqual([]);
  });
});
