/**
 * Model pane stage presets and aliases (DOMAIN.md §6): a pasted Salesforce report builds with the
 * Salesforce preset picked, the Report pane says so, and the Model pane offers to save it; presets can
 * be chosen and other names edited, in English and Chinese.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { columnLetter } from "../../src/core/a1";
import { MODEL_SETTING } from "../../src/excel/settings-store";
import { fixtureTable } from "../fixtures/exports/csv";
import { renderPane } from "./render";

function salesforceWorkbook() {
  const cells = fixtureTable("salesforce-opportunities");
  const range = `A1:${columnLetter(cells[0].length - 1)}${cells.length}`;
  return { sheets: [{ name: "Opportunities", cells, tables: [{ name: "Opportunities", range }] }] };
}

describe("stage presets in the task pane", () => {
  it("says a build used the Salesforce preset, and the Model pane saves it on request", async () => {
    const user = userEvent.setup();
    const { host } = renderPane({ workbook: salesforceWorkbook() });
    await user.click(screen.getByRole("tab", { name: "Pipeline" }));
    const pipeline = screen.getByRole("tabpanel", { name: "Pipeline" });
    await user.click(await within(pipeline).findByRole("button", { name: "Build" }));
    expect(
      await within(pipeline).findByText(
        /Stages read with the Salesforce preset \(the default stages recognise \d+% of the stage cells, Salesforce 100%\)/,
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Model" }));
    const model = screen.getByRole("tabpanel", { name: "Model" });
    expect(within(model).getByText("Your stage column fits a preset")).toBeTruthy();
    await user.click(within(model).getByRole("button", { name: "Use Salesforce and save" }));
    expect(await within(model).findByText("Model saved with the workbook.")).toBeTruthy();
    const saved = JSON.parse(host.settings()[MODEL_SETTING] as string);
    expect(saved.stages.map((s: { name: string }) => s.name)).toEqual([
      "Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
      "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review",
    ]); // prettier-ignore
    expect(within(model).queryByText("Your stage column fits a preset")).toBeNull(); // saved: no more offer
  });

  it("replaces the stages with a chosen preset and saves edited other names", async () => {
    const user = userEvent.setup();
    const { host } = renderPane();
    await user.click(screen.getByRole("tab", { name: "Model" }));
    const model = screen.getByRole("tabpanel", { name: "Model" });
    await user.selectOptions(within(model).getByRole("combobox", { name: "Start from a preset" }), "HubSpot");
    expect((within(model).getByRole("textbox", { name: "Stage 2" }) as HTMLInputElement).value).toBe(
      "Qualified To Buy",
    );
    const aliases = within(model).getByRole("textbox", { name: "Other names 2" }) as HTMLInputElement;
    expect(aliases.value).toBe("qualifiedtobuy");
    await user.clear(aliases);
    await user.type(aliases, "qualifiedtobuy, SQL，合格");
    await user.click(within(model).getByRole("button", { name: "Save model" }));
    expect(await within(model).findByText("Model saved with the workbook.")).toBeTruthy();
    const saved = JSON.parse(host.settings()[MODEL_SETTING] as string);
    expect(saved.stages[1]).toMatchObject({
      name: "Qualified To Buy",
      probability: 0.4,
      aliases: ["qualifiedtobuy", "SQL", "合格"],
    });
  });

  it("Insert sample workbook offers the Salesforce export, which inserts Salesforce's own columns", async () => {
    const user = userEvent.setup();
    const { host } = renderPane();
    await user.selectOptions(screen.getByRole("combobox", { name: "Sample" }), "Salesforce export");
    await user.click(screen.getByRole("button", { name: "Insert sample workbook" }));
    expect(await screen.findByText(/Sample workbook inserted on sheets/)).toBeTruthy();
    expect(host.values("Accounts", "A1:C1")).toEqual([["Account ID", "Account Name", "Account Owner"]]);
    expect(host.values("Opportunities", "D1")).toEqual([["Stage"]]);
  });

  it("words the preset controls in Chinese", async () => {
    const user = userEvent.setup();
    renderPane({ displayLanguage: "zh-CN" });
    await user.click(screen.getByRole("tab", { name: "模型" }));
    const model = screen.getByRole("tabpanel", { name: "模型" });
    expect(within(model).getByRole("combobox", { name: "从预设开始" })).toBeTruthy();
    expect((within(model).getByRole("textbox", { name: "其他名称 2" }) as HTMLInputElement).value).toBe(
      "商机立项, 立项",
    );
  });
});
