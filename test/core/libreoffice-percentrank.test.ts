/**
 * PERCENTRANK.INC itself, from a second spreadsheet engine: LibreOffice Calc (headless) evaluates
 * =PERCENTRANK.INC(range, x, 15) on random data with ties and a heavy tail, and the core's rank
 * normalisation (DOMAIN.md §3) must match. CI installs libreoffice-calc-nogui and sets
 * NINEGRID_REQUIRE_LIBREOFFICE=1 so this cannot be skipped there; elsewhere it runs when soffice exists.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { normalizeDimension } from "../../src/core/score";
import { encodeSegments } from "../../src/core/segments";
import { rng } from "../functions/helpers";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
const required = process.env.NINEGRID_REQUIRE_LIBREOFFICE === "1";
const run = soffice || required ? it : it.skip;

describe("PERCENTRANK.INC in LibreOffice Calc", () => {
  run("matches the core's percent rank at 15 significant digits", () => {
    if (!soffice)
      throw new Error(
        "NINEGRID_REQUIRE_LIBREOFFICE=1 but soffice is not installed (apt-get install libreoffice-calc-nogui)",
      );
    const r = rng(31);
    const xs = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? Math.floor(r() * 20) : Math.round(Math.exp(r() * 9)),
    );
    const dir = mkdtempSync(join(tmpdir(), "ninegrid-lo-"));
    try {
      const n = xs.length;
      writeFileSync(
        join(dir, "in.csv"),
        xs.map((x, i) => `${x},=PERCENTRANK.INC($A$1:$A$${n};A${i + 1};15)\n`).join(""),
      );
      // Token 13 of the CSV import options turns on formula evaluation; the profile dir keeps runs independent.
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          "--headless",
          "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false",
          "--outdir",
          join(dir, "out"),
          join(dir, "in.csv"),
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      const lo = readFileSync(join(dir, "out", "in.csv"), "utf8")
        .trim()
        .split("\n")
        .map((line) => Number(line.split(",")[1]));
      const ours = normalizeDimension(Float64Array.from(xs), "rank", encodeSegments(null, n));
      expect(lo).toHaveLength(n);
      lo.forEach((p, i) => expect(Math.abs(ours[i] / 100 - p)).toBeLessThan(1e-14));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
