/** renderModelPane with hand-built state: issues as label and message, field messages, Save, the columns' outcome. */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { defaultModel } from "../../src/core/schemas";
import { renderModelPane } from "../../src/taskpane/components/ModelPane/renderModelPane";
import { ModelPaneState } from "../../src/taskpane/components/ModelPane/useModelPane";
import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { FieldIssue, fromModel } from "../../src/taskpane/model-draft";

const classes = new Proxy({} as Record<string, string>, { get: (_, key) => String(key) });

/** A state whose every operation is a mock; `over` sets the parts a test looks at. */
function paneState(over: Partial<ModelPaneState> = {}): ModelPaneState {
  const issues: FieldIssue[] = over.issues ?? [];
  const ops = new Proxy({} as Record<string, jest.Mock>, {
    get: (cache, key: string) => (cache[key] ??= jest.fn()),
  });
  return new Proxy(
    {
      draft: fromModel(defaultModel()),
      modelWarning: null,
      dirty: false,
      weightSum: 100,
      issues,
      fieldError: (path: string) => issues.find((i) => i.path === path)?.message,
      pickedPreset: null,
      saving: false,
      saveMessage: null,
      columnsMode: "live",
      writing: false,
      written: null,
      writeError: null,
      writeCancelled: false,
      ...over,
    } as ModelPaneState,
    { get: (target, key: string) => (key in target ? target[key as keyof ModelPaneState] : ops[key]) },
  );
}

const show = (state: ModelPaneState, s = enUS) => render(renderModelPane(state, s, classes as never));

describe("renderModelPane", () => {
  it("lists each issue as its label and message, and shows only the message at its field", () => {
    const draft = fromModel(defaultModel());
    draft.cutOverrides = [{ id: 1, segment: "Region: East", contribution: ["X50", "P80"], potential: ["", ""] }];
    const issue = {
      path: "cuts.bySegment.Region: East.contribution.0",
      label: "Region: East: Contribution cut 1",
      message: 'a percentile cut is written like "P50"',
    };
    show(paneState({ draft, issues: [issue], dirty: true }));
    expect(screen.getByText('Region: East: Contribution cut 1: a percentile cut is written like "P50"')).toBeTruthy();
    const override = screen.getByRole("group", { name: "Per-segment cuts 1" });
    expect(within(override).getByText('a percentile cut is written like "P50"')).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save model" })).toHaveProperty("disabled", true);
    expect(screen.getByText("Unsaved changes")).toBeTruthy();
  });

  it("offers the stage preset a build picked, in Chinese, and takes it on click", () => {
    const state = paneState({ pickedPreset: { preset: "Salesforce", defaultShare: 0.1, presetShare: 0.9 } });
    show(state, zhCN);
    expect(screen.getByText("阶段列符合一个预设")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "采用 Salesforce 并保存" }));
    expect(state.usePickedPreset).toHaveBeenCalled();
    expect(screen.getByRole("combobox", { name: "分组依据" })).toHaveProperty("value", "none");
  });

  it("passes each stage's edits on by the stage's id", () => {
    const state = paneState();
    show(state);
    const first = state.draft.stages[0];
    fireEvent.change(screen.getByRole("spinbutton", { name: "Stall after (days) 1" }), { target: { value: "45" } });
    expect(state.setStage).toHaveBeenCalledWith(first.id, { stallDays: "45" });
    fireEvent.change(screen.getByRole("textbox", { name: "Other names 1" }), { target: { value: "a, b" } });
    expect(state.setStageAliases).toHaveBeenCalledWith(first.id, "a, b");
    expect(screen.getByRole("button", { name: `Move ${first.name} up` })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: `Move ${first.name} down` }));
    expect(state.moveStage).toHaveBeenCalledWith(first.id, 1);
  });

  it("shows the written columns with their warnings, and Cancel while writing", () => {
    const written = {
      mode: "live" as const,
      table: "Accounts",
      sheet: "Accounts",
      columns: { score: "Score", tier: "Tier", keyAccount: "Key account" },
      address: "L1:N61",
      rows: 60,
      warnings: [{ code: "liveOverallCuts" as const, message: "Live formulas use the overall cuts." }],
      roundTrips: 3,
    };
    const { rerender } = show(paneState({ written }));
    expect(screen.getByText(/^Wrote Score, Tier, Key account at L1:N61 on Accounts\./)).toBeTruthy();
    expect(screen.getByText(/per-segment cut overrides apply in values mode only/)).toBeTruthy();
    const writing = paneState({ writing: true });
    rerender(renderModelPane(writing, enUS, classes as never));
    expect(screen.getByRole("button", { name: "Writing…" })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(writing.cancelWrite).toHaveBeenCalled();
  });
});
