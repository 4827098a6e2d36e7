import { cellError, isCellError } from "../../src/functions/cell-error";
import { score } from "../../src/functions/functions";

describe("cell errors", () => {
  afterEach(() => delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions);

  it("works in plain Node with no Office global", () => {
    expect((globalThis as { CustomFunctions?: unknown }).CustomFunctions).toBeUndefined();
    const e = cellError("#N/A", "unknown stage");
    expect([e.code, e.message, isCellError(e)]).toEqual(["#N/A", "unknown stage", true]);
  });

  it("makes a real CustomFunctions.Error inside Excel, with Excel's error codes", () => {
    class FakeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    const out = score([[1], ["x"]], [[1]]);
    expect(out[1][0]).toBeInstanceOf(FakeError);
    expect(out[1][0]).toMatchObject({ code: "#VALUE!", message: 'column 1: "x" is not a number' });
    expect(cellError("#N/A", "m")).toMatchObject({ code: "#N/A" });
  });

  it("does not throw where CustomFunctions.Error exists without ErrorCode (older runtime)", () => {
    class FakeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: FakeError };
    expect(cellError("#N/A", "unknown stage")).toMatchObject({ code: "#N/A", message: "unknown stage" });
    const out = score([[1], ["x"]], [[1]]);
    expect(out[1][0]).toMatchObject({ code: "#VALUE!", message: 'column 1: "x" is not a number' });
  });
});
