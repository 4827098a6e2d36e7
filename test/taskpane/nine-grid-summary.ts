/** A Nine-Grid summary of four accounts, one per tier, without chart notes: the base the summary tests add notes to. */
export const FOUR_ACCOUNT_GRID = {
  kind: "nineGrid",
  accounts: 4,
  tiers: { A: 1, B: 1, C: 1, D: 1 },
  unbanded: 0,
  pendingOverrides: 0,
} as const;
