/**
 * Labels of model issues on per-segment fields: a segment's name is the user's text and may hold a dot
 * ("Acme Inc."), which a dotted path alone splits into the wrong field.
 */
import { defaultModel } from "../../src/core/schemas";
import { stringsFor } from "../../src/taskpane/i18n";
import { describeIssue, fromModel, validateDraft } from "../../src/taskpane/model-draft";

const en = stringsFor("en-US");

function labelsFor(segment: string, contribution: [string, string]): string[] {
  const draft = fromModel({ ...defaultModel(), segmentBy: "industry" });
  draft.cutOverrides = [{ id: 1, segment, contribution, potential: ["", ""] }];
  const result = validateDraft(draft);
  if (result.ok) throw new Error("expected issues");
  return result.issues.map((i) => describeIssue(i, draft, en).label);
}

describe("issue labels for segments with dots", () => {
  it("names the whole segment and the cut for a schema problem", () => {
    expect(labelsFor("Acme Inc.", ["X50", "P80"])).toEqual(["Acme Inc.: Contribution cut 1"]);
    expect(labelsFor("U.S. West", ["P50", "bad"])).toEqual(["U.S. West: Contribution cut 2"]);
  });

  it("names the whole segment for cuts out of order", () => {
    expect(labelsFor("v1.2 Pilot", ["P80", "P50"])).toEqual(["v1.2 Pilot: Contribution"]);
  });
});
