/** Model pane: weights sum, zod messages for bad cuts, save and load through the workbook settings, score columns. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MODEL_SETTING } from "../../src/excel/settings-store";
import { createHost } from "../host";
import { renderPane } from "./render";

async function openModel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "Model" }));
  return screen.getByRole("tabpanel", { name: "Model" });
}

describe("Model pane", () => {
  it("updates the weights sum as the user types", async () => {
    const user = userEvent.setup();
    renderPane();
    const pane = await openModel(user);
    expect(within(pane).getByText("Sum: 100 (normalised to 100%)")).toBeTruthy();
    const contribution = within(pane).getByRole("spinbutton", { name: "Contribution" });
    await user.clear(contribution);
    await user.type(contribution, "55");
    expect(within(pane).getByText("Sum: 115 (normalised to 100%)")).toBeTruthy();
  });

  it("shows the schema's message for an invalid cut and blocks saving until it is fixed", async () => {
    const user = userEvent.setup();
    renderPane();
    const pane = await openModel(user);
    const cut = within(pane).getByRole("textbox", { name: "Contribution cut 1" });
    await user.clear(cut);
    await user.type(cut, "X50");
    expect(within(pane).getAllByText(/a percentile cut is written like "P50"/).length).toBeGreaterThan(0);
    expect(within(pane).getByText('Contribution cut 1: a percentile cut is written like "P50"')).toBeTruthy();
    expect(within(pane).getByRole("button", { name: "Save model" })).toHaveProperty("disabled", true);

    await user.clear(cut);
    await user.type(cut, "P90");
    expect(within(pane).getByText("Contribution: cut1 (P90) must not exceed cut2 (P80)")).toBeTruthy();
    await user.clear(cut);
    await user.type(cut, "P40");
    expect(within(pane).queryByText(/Fix these before saving/)).toBeNull();
    expect(within(pane).getByRole("button", { name: "Save model" })).toHaveProperty("disabled", false);
  });

  it("shows a field's message once when its segment's name contains ': '", async () => {
    const user = userEvent.setup();
    renderPane();
    const pane = await openModel(user);
    await user.click(within(pane).getByRole("button", { name: "Add segment cuts" }));
    const override = within(pane).getByRole("group", { name: "Per-segment cuts 1" });
    await user.type(within(override).getByRole("textbox", { name: "Segment" }), "Region: East");
    await user.type(within(override).getByRole("textbox", { name: "Contribution cut 1" }), "X50");
    await user.type(within(override).getByRole("textbox", { name: "Contribution cut 2" }), "P80");
    // The list names the field; the field itself shows only what is wrong, not part of its label.
    expect(
      within(pane).getByText('Region: East: Contribution cut 1: a percentile cut is written like "P50"'),
    ).toBeTruthy();
    expect(within(override).getByText('a percentile cut is written like "P50"')).toBeTruthy();
    expect(within(override).queryByText(/East: Contribution cut 1/)).toBeNull();
  });

  it("saves the model with the workbook, including the tier map and stages edited", async () => {
    const user = userEvent.setup();
    const { host } = renderPane();
    const pane = await openModel(user);
    await user.selectOptions(within(pane).getByRole("combobox", { name: "Tier for contribution L, potential L" }), "C");
    const probability = within(pane).getByRole("spinbutton", { name: "Win probability % 1" });
    await user.clear(probability);
    await user.type(probability, "150");
    expect(
      within(pane).getByText(/Pipeline stages 1 \(Verify\) — Win probability %: must be between 0% and 100%/),
    ).toBeTruthy();
    await user.clear(probability);
    await user.type(probability, "15");
    await user.click(within(pane).getByRole("button", { name: "Move Verify down" }));
    expect(within(pane).getByText("Unsaved changes")).toBeTruthy();
    await user.click(within(pane).getByRole("button", { name: "Save model" }));
    expect(await within(pane).findByText("Model saved with the workbook.")).toBeTruthy();
    const saved = JSON.parse(host.settings()[MODEL_SETTING] as string);
    expect(saved.tierMap[2][2]).toBe("C");
    expect(saved.stages.slice(0, 2).map((s: { name: string; probability: number }) => [s.name, s.probability])).toEqual(
      [
        ["Approve", 0.2],
        ["Verify", 0.15],
      ],
    );
    expect(within(pane).queryByText("Unsaved changes")).toBeNull();
  });

  it("saves the report language with the model (issue 15): follow the pane by default, or 中文", async () => {
    const user = userEvent.setup();
    const { host } = renderPane();
    const pane = await openModel(user);
    const select = within(pane).getByRole("combobox", { name: /Report language/ });
    expect((select as HTMLSelectElement).value).toBe("pane");
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Follow the pane", "English", "中文"]);
    await user.selectOptions(select, "zh");
    await user.click(within(pane).getByRole("button", { name: "Save model" }));
    expect(await within(pane).findByText("Model saved with the workbook.")).toBeTruthy();
    expect(JSON.parse(host.settings()[MODEL_SETTING] as string).reports.language).toBe("zh");
  });

  it("loads the saved model on start, and shows a warning when the stored settings are broken", async () => {
    const good = createHost();
    await good.run(async (context) => {
      context.workbook.settings.add(
        MODEL_SETTING,
        JSON.stringify({ weights: { contribution: 1, potential: 1, reference: 1, winnability: 1 } }),
      );
      await context.sync();
    });
    const user = userEvent.setup();
    const first = renderPane({
      services: { loadModel: () => import("../../src/excel/settings-store").then((m) => m.loadModel(good.run)) },
    });
    let pane = await openModel(user);
    await waitFor(() => expect(within(pane).getByText("Sum: 4 (normalised to 100%)")).toBeTruthy());
    first.unmount();

    renderPane({
      services: {
        loadModel: async () => ({
          model: (await import("../../src/core/schemas")).defaultModel(),
          warning: "The saved Ninegrid settings could not be read.",
        }),
      },
    });
    pane = await openModel(user);
    expect(await within(pane).findByText("The saved Ninegrid settings could not be read.")).toBeTruthy();
  });

  it("writes score and tier columns for the picked accounts table in the chosen mode", async () => {
    const user = userEvent.setup();
    const writeColumns = jest.fn(async () => ({
      mode: "values" as const,
      table: "Accounts",
      sheet: "Accounts",
      columns: { score: "Score", tier: "Tier", keyAccount: "Key account" },
      address: "K1:M61",
      rows: 60,
      warnings: [],
      roundTrips: 3,
    }));
    renderPane({ workbook: "sample", services: { writeColumns } });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
      { timeout: 10_000 }, // the first load can exceed the 1 s default on a busy CI machine
    );
    const pane = await openModel(user);
    await user.click(within(pane).getByRole("radio", { name: "Values" }));
    await user.click(within(pane).getByRole("button", { name: "Write score and tier columns" }));
    expect(await within(pane).findByText("Wrote Score, Tier, Key account at K1:M61 on Accounts.")).toBeTruthy();
    expect(writeColumns).toHaveBeenCalledWith(expect.objectContaining({ table: "Accounts", mode: "values" }));
  });

  it("writes live score and tier formulas into the workbook", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: "sample" });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "Accounts table" })).toHaveProperty("value", "Accounts"),
      { timeout: 10_000 }, // the first load can exceed the 1 s default on a busy CI machine
    );
    const pane = await openModel(user);
    await user.click(within(pane).getByRole("button", { name: "Write score and tier columns" }));
    expect(await within(pane).findByText(/^Wrote Score, Tier, Key account at M1:O2 on Accounts\.$/)).toBeTruthy();
    expect(String(host.formulas("Accounts", "M2")[0][0])).toMatch(/^=KAM\.SCORE\(Accounts\[/);
  });

  it("says in Chinese why live columns were refused, and what the written columns could not do", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: "sample", displayLanguage: "zh-CN" });
    await waitFor(
      () => expect(screen.getByRole("combobox", { name: "客户表格" })).toHaveProperty("value", "Accounts"),
      {
        timeout: 10_000,
      },
    );
    await user.click(screen.getByRole("tab", { name: "模型" }));
    const pane = screen.getByRole("tabpanel", { name: "模型" });
    host.setCell("Accounts", "N9", "my note"); // in the tier column's spill path (K is the sample's Previous Tier)
    await user.click(within(pane).getByRole("button", { name: "写入评分与分级列" }));
    expect(
      await within(pane).findByText(
        "工作表“Accounts”的单元格 N9 不为空：实时列需要表格 Accounts 右侧的 M1:O61 为空。请移动或清除其内容，或改为以数值写入。",
      ),
    ).toBeTruthy();

    // Per-segment cuts cannot be live: the columns are written, with that said in Chinese.
    host.setCell("Accounts", "N9", "");
    await user.selectOptions(within(pane).getByRole("combobox", { name: "分组依据" }), "industry");
    await user.click(within(pane).getByRole("button", { name: "添加分组分界" }));
    const override = within(pane).getByRole("group", { name: "分组分界 1" });
    await user.type(within(override).getByRole("textbox", { name: "分组" }), "Energy");
    for (const [name, value] of [
      ["贡献度分界 1", "P40"],
      ["贡献度分界 2", "P70"],
      ["潜在价值分界 1", "P40"],
      ["潜在价值分界 2", "P70"],
    ])
      await user.type(within(override).getByRole("textbox", { name }), value);
    await user.click(within(pane).getByRole("button", { name: "写入评分与分级列" }));
    expect(await within(pane).findByText(/^已在 Accounts 的 M1:O2 写入/)).toBeTruthy();
    expect(within(pane).getByText("实时公式使用整体分界；分组分界仅在数值模式下生效。")).toBeTruthy();
  });

  it("says in Chinese that the saved settings were not valid", async () => {
    const broken = createHost();
    await broken.run(async (context) => {
      context.workbook.settings.add(MODEL_SETTING, JSON.stringify({ weights: { contribution: -1 } }));
      await context.sync();
    });
    const user = userEvent.setup();
    renderPane({
      displayLanguage: "zh-CN",
      services: { loadModel: () => import("../../src/excel/settings-store").then((m) => m.loadModel(broken.run)) },
    });
    await user.click(screen.getByRole("tab", { name: "模型" }));
    const pane = screen.getByRole("tabpanel", { name: "模型" });
    expect(await within(pane).findByText("未使用已保存的设置")).toBeTruthy();
    // The schema's own message stays English (it names the setting's path).
    expect(
      within(pane).getByText(/^已保存的 Ninegrid 设置无效（weights\.contribution: .+）；再次保存之前使用默认设置。$/),
    ).toBeTruthy();
  });
});
