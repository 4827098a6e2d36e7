import { defaultModel, parseModel } from "../../src/core/schemas";
import { assertSupported, UnsupportedHostError } from "../../src/excel/run";
import { loadModel, MODEL_SETTING, saveModel } from "../../src/excel/settings-store";
import { createHost } from "../host";

async function store(host: ReturnType<typeof createHost>, value: string) {
  await host.run(async (context) => {
    context.workbook.settings.add(MODEL_SETTING, value);
    await context.sync();
  });
}

describe("model stored with the workbook", () => {
  it("gives the defaults silently when nothing is stored", async () => {
    await expect(loadModel(createHost().run)).resolves.toEqual({ model: defaultModel() });
  });

  it("round-trips a saved model through the workbook settings", async () => {
    const host = createHost();
    const parsed = parseModel({ method: "minmax", cuts: { contribution: [1000, "P90"] } });
    if (!parsed.ok) throw new Error(parsed.errors.join());
    await saveModel(host.run, parsed.model);
    expect(Object.keys(host.settings())).toEqual([MODEL_SETTING]);
    await expect(loadModel(host.run)).resolves.toEqual({ model: parsed.model });
  });

  it("falls back to the defaults with a visible warning when the setting is corrupt or invalid", async () => {
    const host = createHost();
    await store(host, "{not json");
    await expect(loadModel(host.run)).resolves.toEqual({
      model: defaultModel(),
      warning: expect.stringMatching(/could not be read; defaults are in use/),
      warningData: { code: "unreadable" },
    });
    await store(host, JSON.stringify({ weights: { contribution: -1, potential: 1, reference: 1, winnability: 1 } }));
    await expect(loadModel(host.run)).resolves.toEqual({
      model: defaultModel(),
      warning: expect.stringMatching(/not valid \(weights\.contribution: must be 0 or more\)/),
      warningData: { code: "invalid", errors: ["weights.contribution: must be 0 or more"] },
    });
  });
});

describe("requirement sets", () => {
  it("explains what to do when Excel lacks ExcelApi 1.12", () => {
    expect(() => assertSupported(() => false)).toThrow(UnsupportedHostError);
    expect(() => assertSupported(() => false)).toThrow(/ExcelApi 1\.12.*Microsoft 365 Excel/);
    // What the pane needs to say it in its own language.
    expect(() => assertSupported(() => false)).toThrow(expect.objectContaining({ set: "ExcelApi", version: "1.12" }));
    // Every set the manifest declares is checked, so a host without custom-function messages is told so too.
    const only =
      (...allowed: string[]) =>
      (name: string, version: string) =>
        allowed.includes(`${name} ${version}`);
    expect(() =>
      assertSupported(only("ExcelApi 1.12", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.2")),
    ).not.toThrow();
    expect(() => assertSupported(only("ExcelApi 1.12", "SharedRuntime 1.1"))).toThrow(
      expect.objectContaining({ set: "CustomFunctionsRuntime", version: "1.2" }),
    );
    expect(() => assertSupported(only("ExcelApi 1.12", "CustomFunctionsRuntime 1.2"))).toThrow(/SharedRuntime 1\.1/);
  });
});
