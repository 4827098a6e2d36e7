/** The hand-checkable history of test/core/movement.test.ts: 12 opportunities over 3 weekly snapshots (DOMAIN.md §9). */
export const S1 = "2026-03-06";
export const S2 = "2026-03-13";
export const S3 = "2026-03-20";

// prettier-ignore
export const STACKED: (string | number)[][] = [
  ["Snapshot Date", "Opportunity ID", "Account", "Owner", "Stage", "Status", "Amount", "Close Date"],
  // O2 Approve → Approve → Bid: Advanced
  [S1, "O2", "Acme", "Wang", "Approve", "", 200, "2026-05-15"],
  [S2, "O2", "Acme", "Wang", "Approve", "", 200, "2026-05-15"],
  [S3, "O2", "Acme", "Wang", "Bid", "", 250, "2026-05-15"],
  // O3 Bid → Bid → Needs analysis: Slipped
  [S1, "O3", "Bolt", "Wang", "Bid", "", 300, "2026-08-01"],
  [S2, "O3", "Bolt", "Wang", "Bid", "", 300, "2026-08-01"],
  [S3, "O3", "Bolt", "Wang", "Needs analysis", "", 300, "2026-08-01"],
  // O4 Verify → Needs analysis 400 → Needs analysis 450: Unchanged, revised up 50
  [S1, "O4", "Core", "Wang", "Verify", "", 50, ""],
  [S2, "O4", "Core", "Wang", "需求分析", "", 400, ""],
  [S3, "O4", "Core", "Wang", 3, "", 450, ""],
  // O1 absent, absent, Verify: New
  [S3, "O1", "Acme", "Wang", "Verify", "", 100, "2026-03-31"],
  // O5 absent → Bid 600 → Bid 500: Unchanged, revised down 100
  [S2, "O5", "Delta", "Li", "Bid", "", 600, "2026-03-25"],
  [S3, "O5", "Delta", "Li", "Bid", "", 500, "2026-03-25"],
  // O6 Negotiate & sign → Closed Won (outcome word in the stage): Won
  [S1, "O6", "Echo", "Li", "Negotiate & sign", "", 700, "2026-03-31"],
  [S2, "O6", "Echo", "Li", "Negotiate & sign", "", 700, "2026-03-31"],
  [S3, "O6", "Echo", "Li", "Closed Won", "", 700, "2026-03-31"],
  // O7 Value presentation → Lost: Lost
  [S2, "O7", "Fox", "Li", "Value presentation", "Open", 800, "2026-04-10"],
  [S3, "O7", "Fox", "Li", "Value presentation", "Lost", 800, "2026-04-10"],
  // O8 Approve, Approve, gone: Dropped
  [S1, "O8", "Golf", "Li", "Approve", "", 90, ""],
  [S2, "O8", "Golf", "Li", "Approve", "", 90, ""],
  // O9 lost at Approve, then open again: Reopened
  [S2, "O9", "Hotel", "Zhao", "Approve", "Lost", 120, "2026-06-30"],
  [S3, "O9", "Hotel", "Zhao", "Approve", "", 120, "2026-06-30"],
  // O10 won, won, gone: Closed
  [S1, "O10", "India", "Zhao", "", "Won", 1000, ""],
  [S2, "O10", "India", "Zhao", "", "Won", 1000, ""],
  // O11 lost, lost: Closed
  [S2, "O11", "Juliet", "Zhao", "Bid", "丢单", 60, ""],
  [S3, "O11", "Juliet", "Zhao", "Bid", "丢单", 60, ""],
  // O12 absent, then won: Won (never open, so in no stage's flow)
  [S3, "O12", "Kilo", "Zhao", "赢单", "", 500, ""],
];
