import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { emptyResults, formatSummary, loadResults, mergeSection } from "../../bench/lib/results";
import { median, runsFor, timeRuns } from "../../bench/lib/timing";

describe("bench results merging", () => {
  const base = mergeSection(
    mergeSection(
      emptyResults(),
      "functions",
      {
        core: [{ task: "pipeline", rows: 10, ms: 1 }],
        targets: [{ name: "t", value: 2, target: 1, comparator: ">=", pass: true }],
        extra: { a: 1 },
      },
      { sizes: [10], quick: true },
    ),
    "reports",
    { core: [{ task: "nine-grid round trips", rows: 10, ms: 5 }], extra: { roundTrips: 3 } },
    { sizes: [10], quick: false },
  );

  it("rerunning one section replaces only its own entries", () => {
    const again = mergeSection(
      base,
      "functions",
      { core: [{ task: "pipeline", rows: 20, ms: 2 }] },
      { sizes: [20], quick: false },
    );
    expect(again.core).toEqual([
      { section: "reports", task: "nine-grid round trips", rows: 10, ms: 5 },
      { section: "functions", task: "pipeline", rows: 20, ms: 2 },
    ]);
    // The section's targets are replaced (none now), the other section's extras stay, its own extra is kept when not returned.
    expect(again.targets).toEqual([]);
    expect(again.extra).toEqual({ functions: { a: 1 }, reports: { roundTrips: 3 } });
    expect(again.sections.functions.sizes).toEqual([20]);
    expect(again.sections.reports.sizes).toEqual([10]);
  });

  it("round-trips through the file and survives a corrupt file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-"));
    const file = path.join(dir, "results.json");
    writeFileSync(file, JSON.stringify(base));
    const loaded = loadResults(file);
    expect(loaded.core).toEqual(base.core);
    expect(loaded.extra).toEqual(base.extra);
    writeFileSync(file, "{not json");
    expect(loadResults(file).core).toEqual([]);
    expect(loadResults(path.join(dir, "missing.json")).targets).toEqual([]);
  });

  it("prints a summary naming tasks and target outcomes", () => {
    const text = formatSummary(base, ["functions"]);
    expect(text).toContain("pipeline");
    expect(text).toContain("PASS");
    expect(text).not.toContain("nine-grid");
  });
});

describe("bench timing", () => {
  it("takes medians and runs fewer repetitions at larger sizes", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(runsFor(10_000)).toBeGreaterThan(runsFor(1_048_576));
    expect(runsFor(1_048_576, 7)).toBe(7);
    let calls = 0;
    const r = timeRuns(() => ++calls, 4);
    expect(calls).toBe(5); // one warm-up
    expect(r.last).toBe(5);
    expect(r.runs).toBe(4);
  });
});
