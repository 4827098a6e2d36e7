/** mountTaskpane: the entry a browser playground uses, with the in-memory host's run. */
import { act, screen, waitFor } from "@testing-library/react";
import { mountTaskpane } from "../../src/taskpane";
import { sampleWorkbookSpec } from "../excel/sample-workbook";
import { createHost } from "../host";

test("mounts the real pane against an injected run, in the display language, and unmounts", async () => {
  const host = createHost({ workbook: sampleWorkbookSpec({ accounts: 20, opportunities: 30 }).spec });
  const element = document.createElement("div");
  document.body.append(element);
  let mounted!: ReturnType<typeof mountTaskpane>;
  await act(async () => {
    mounted = mountTaskpane(element, { run: host.run, isSetSupported: () => true, displayLanguage: "zh-CN" });
  });
  expect(screen.getByRole("button", { name: "插入示例工作簿" })).toBeTruthy();
  await waitFor(() => expect(screen.getByRole("combobox", { name: "客户表格" })).toHaveProperty("value", "Accounts"));
  act(() => mounted.unmount());
  expect(element.childElementCount).toBe(0);
  element.remove();
});
