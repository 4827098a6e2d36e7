/**
 * The bench's pack section at a small size (the lead runs it at 100k / 300k / 100k): its results have the
 * shape results.json keeps, each report stays within 10 fixed round trips, and the pack's fixed write
 * round trips are the same 4 as one report's, whatever the number of reports.
 */
import { mergeSection, emptyResults } from "../../bench/lib/results";
import { measurePack, PACK_BENCH_KINDS, packOutput, packSection } from "../../bench/sections/pack";
import { readFileSync } from "node:fs";
import { join } from "node:path";

describe("bench section pack", () => {
  it("measures every report and the pack, within the round-trip budget", async () => {
    const bench = await measurePack({ accounts: 200, opportunities: 500, contracts: 150 }, 7, 20_000);
    expect(bench.reports.map((r) => r.report)).toEqual(PACK_BENCH_KINDS);
    for (const r of bench.reports) {
      expect(r.fixedRoundTrips).toBeLessThanOrEqual(10);
      expect(r.fixedWriteRoundTrips).toBe(4);
      expect(r.roundTrips).toBe(r.fixedRoundTrips + r.payloadChunks);
      expect(r.requestBytes).toBeGreaterThan(0);
    }
    const { pack } = bench;
    expect(pack.reports).toEqual(PACK_BENCH_KINDS);
    expect(pack.fixedWriteRoundTrips).toBe(4);
    expect(pack.roundTrips).toBe(pack.fixedRoundTrips + pack.payloadChunks);
    // Reading is per table, once for the whole pack: no more than the reports alone read in total.
    const readFixed = pack.fixedRoundTrips - pack.fixedWriteRoundTrips;
    const readAlone = bench.reports.reduce((a, r) => a + r.fixedRoundTrips - r.fixedWriteRoundTrips, 0);
    expect(readFixed).toBeLessThanOrEqual(readAlone);
    expect(readFixed).toBeLessThanOrEqual(2 * pack.tables);
    // The pack writes every report's payload, in chunks under the 20 kB budget.
    const alone = bench.reports.reduce((a, r) => a + r.payloadChunks, 0);
    expect(pack.payloadChunks).toBeGreaterThan(PACK_BENCH_KINDS.length);
    expect(pack.payloadChunks).toBeLessThanOrEqual(alone + 1);
  }, 60_000);

  it("is a registered section whose output merges into results.json", async () => {
    // bench/sections/index.ts loads arquero (ESM), which jest cannot: its list is read as text.
    const index = readFileSync(join(__dirname, "../../bench/sections/index.ts"), "utf8");
    expect(index).toMatch(/^SECTIONS\.push\(packSection\);$/m);
    expect(packSection.name).toBe("pack");
    const bench = await measurePack({ accounts: 120, opportunities: 300, contracts: 90 }, 3, 20_000);
    expect(bench.contracts).toBe(90);
    const logged: string[] = [];
    const merged = mergeSection(
      emptyResults(),
      "pack",
      packOutput(bench, (l) => logged.push(l)),
      {
        sizes: [],
        quick: true,
      },
    );
    expect(merged.targets.filter((t) => t.section === "pack").map((t) => t.pass)).not.toContain(false);
    expect(merged.targets).toHaveLength(PACK_BENCH_KINDS.length + 1);
    expect(merged.core.map((c) => c.task)).toContain(`build pack of ${PACK_BENCH_KINDS.length}`);
    expect(logged).toHaveLength(PACK_BENCH_KINDS.length + 1);
    expect(logged[PACK_BENCH_KINDS.length]).toMatch(/^ {2}pack .* round trips \(\d+ fixed \+ \d+ chunks\)/);
    expect(merged.extra.pack).toBe(bench);
  }, 60_000);
});
