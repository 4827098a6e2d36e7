/**
 * Excel writes a number into text with at most 15 significant digits (test/host/README.md [number-text]);
 * HyperFormula uses up to 17. Expected strings are Excel's General rendering, worked out by hand.
 */
import { createHost } from "../host";
import { excelNumberText } from "../host/number-text";

describe("numbers in text, as Excel writes them", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333333333"],
    [-2 / 3, "-0.666666666666667"],
    [123456789.12345679, "123456789.123457"],
    [100, "100"],
    [123456789012345, "123456789012345"],
    [1234567890123456, "1.23456789012346E+15"],
    [1e21, "1E+21"],
    [0.000123, "0.000123"],
    [2e-10, "2E-10"],
    [-1.5e-12, "-1.5E-12"],
    [Number.MAX_VALUE, "1.79769313486232E+308"],
  ])("%p → %s", (n, text) => {
    expect(excelNumberText(n)).toBe(text);
  });

  it('uses 15 digits in "<"&A1 and so in criteria built from a cell', () => {
    const host = createHost();
    host.setCells("Sheet1", "A1", [[1 / 3], [0.1], [0.2], [0.333333333333333]]);
    host.setCells("Sheet1", "B1", [['="<"&A1'], ['=A2+A3&""'], ['=COUNTIF(A1:A4,"<"&A1)'], ['=TRUE&""']]);
    expect(host.values("Sheet1", "B1:B4")).toEqual([["<0.333333333333333"], ["0.3"], [2], ["TRUE"]]);
  });
});
