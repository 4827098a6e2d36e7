/**
 * The bench sections, in run order. A new section (e.g. report build: round trips and
 * bytes per report) is one file in this folder exporting a BenchSection, added here;
 * bench/run.ts merges its output into results.json without touching other sections.
 */
import type { BenchSection } from "../lib/types";
import { functionsSection } from "./functions";
import { movementSection } from "./movement";
import { reportsSection } from "./reports";

import { reportSetSection } from "./report-set";
import { packSection } from "./pack";

export const SECTIONS: BenchSection[] = [functionsSection, reportsSection, movementSection, reportSetSection];
SECTIONS.push(packSection);
