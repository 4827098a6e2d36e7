/**
 * The five DOMAIN.md §11 reports' core numbers against plain computations over the fixture's truth rows
 * (test/core/report-set.fixture.ts) and hand-checked figures.
 */
import { buildDataset } from "../../src/core/dataset";
import { parseTable } from "../../src/core/parse-table";
import { defaultModel } from "../../src/core/schemas";
import { tierAccounts } from "../../src/core/tiering";
import { contractExecution } from "../../src/core/contract-execution";
import { customerPurchases } from "../../src/core/customer-purchases";
import { serialFromYmd } from "../../src/core/dates";
import { keyProjects } from "../../src/core/key-projects";
import { regionalComposition } from "../../src/core/regional-composition";
import { repPerformance } from "../../src/core/rep-performance";
import { DEFAULT_STAGES } from "../../src/core/stages";
import { Tier } from "../../src/core/tiers";
import {
  ACCOUNTS,
  CONTRACTS,
  OPPS,
  PROBABILITY,
  REPORT_AS_OF,
  reportSetDataset,
  serial,
  TruthOpp,
} from "./report-set.fixture";

const data = reportSetDataset();
const stages = DEFAULT_STAGES;
const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
const fold = (s: string) => s.trim().toLowerCase();

/** Tiers by hand: Delta's A is an approved override; Zeta is not in the accounts table. */
const TIERS: Record<string, Tier | null> = { Alpha: "A", Beta: "C", Gamma: "B", Delta: "A", Epsilon: "D" };
const tiering = { tiers: ACCOUNTS.map((a) => TIERS[a.name]), overridden: ACCOUNTS.map((a) => a.name === "Delta") };
const won = OPPS.filter((o) => o.status === "Won");
/** The fixture's win date: close date, else stage entered, else created. */
const wonOn = (o: TruthOpp) => serial(o.close) ?? serial(o.entered) ?? serial(o.created);
const industryOf = (o: TruthOpp) => ACCOUNTS.find((a) => a.name === o.account)?.industry ?? null;
const regionOf = (o: TruthOpp) => o.region || ACCOUNTS.find((a) => a.name === o.account)?.region || "(none)";

describe("key projects (DOMAIN.md §11)", () => {
  /** The test's own selection: open, and tier A/B, class A/B, or amount ≥ threshold. */
  function expected(minAmount: number | null) {
    return OPPS.filter((o) => o.status === "Open")
      .map((o) => {
        const reasons = [];
        if (["A", "B"].includes(TIERS[o.account] ?? "")) reasons.push("tier");
        if (["a", "b"].includes(fold(o.projectClass))) reasons.push("projectClass");
        if (minAmount !== null && o.amount >= minAmount) reasons.push("amount");
        return { id: o.id, weighted: o.amount * PROBABILITY[o.stage], reasons };
      })
      .filter((x) => x.reasons.length)
      .sort((a, b) => b.weighted - a.weighted);
  }

  it("selects open deals on tier A/B accounts or of class A/B, sorted by weighted amount, with why", () => {
    const r = keyProjects(data, stages, tiering, REPORT_AS_OF);
    const want = expected(null);
    expect(r.projects.map((p) => p.id)).toEqual(want.map((w) => w.id));
    expect(r.projects.map((p) => p.id)).toEqual(["O4", "O1", "O3", "O2"]); // by hand
    r.projects.forEach((p, i) => {
      expect(p.weighted).toBeCloseTo(want[i].weighted, 9);
      expect(p.reasons).toEqual(want[i].reasons);
    });
    expect(r.totals.count).toBe(4);
    expect(r.totals.amount).toBe(5000 + 1000 + 300 + 400);
    expect(r.totals.weighted).toBeCloseTo(
      want.reduce((s, w) => s + w.weighted, 0),
      9,
    );
    expect(r.byRule).toEqual({ tier: 3, projectClass: 2, amount: 0 });
  });

  it("adds deals above the amount threshold, including ones on accounts not in the table", () => {
    const r = keyProjects(data, stages, tiering, REPORT_AS_OF, { minAmount: 2000 });
    expect(r.projects.map((p) => p.id)).toEqual(expected(2000).map((w) => w.id));
    const zeta = r.projects[0];
    expect(zeta).toMatchObject({ id: "O6", account: "Zeta", tier: null, reasons: ["amount"], weighted: 1875 });
    expect(r.projects.find((p) => p.id === "O4")?.reasons).toEqual(["tier", "amount"]);
  });

  it("gives the columns of the list: account, tier and override, owner, stage, days in stage, stalled, next step", () => {
    const [o4, o1, o3, o2] = keyProjects(data, stages, tiering, REPORT_AS_OF).projects;
    expect(o4).toMatchObject({ account: "Delta", tier: "A", tierOverridden: true, owner: "Smith", stage: "Approve" });
    expect(o4).toMatchObject({
      daysInStage: 5,
      ageFrom: "stageEntered",
      stalled: false,
      expectedClose: day(2026, 8, 1),
    });
    expect(o1).toMatchObject({
      daysInStage: 60,
      stalled: true,
      stallDays: 30,
      nextStep: "Demo",
      probabilityFrom: "stage",
    });
    expect(o3).toMatchObject({ daysInStage: 121, stalled: true, projectClass: "b", expectedClose: null });
    expect(o2).toMatchObject({ daysInStage: 29, ageFrom: "created", stalled: false, tierOverridden: false });
  });

  it("weights by the row's probability when asked and the row has one", () => {
    const withProb = reportSetDataset();
    withProb.opportunities[0].probability = 0.5; // O1
    const r = keyProjects(withProb, stages, tiering, REPORT_AS_OF, { weightBy: "row" });
    expect(r.projects.find((p) => p.id === "O1")).toMatchObject({ weighted: 500, probabilityFrom: "row" });
    expect(r.projects.find((p) => p.id === "O4")).toMatchObject({ weighted: 1000, probabilityFrom: "stage" });
  });
});

describe("key projects after tiering (DOMAIN.md §4 overrides)", () => {
  it("takes an approved manual tier and ignores a pending one", () => {
    const d = buildDataset({
      accounts: parseTable("accounts", {
        sheet: "Accounts",
        values: [
          ["Account", "Contribution", "Potential", "Manual Tier", "Approver"],
          ["Approved", 1, 1, "A", "Li Na"],
          ["Pending", 1, 1, "B", ""],
          ["Big", 1000, 1000, "", ""],
        ],
      }),
      opportunities: parseTable("opportunities", {
        sheet: "Opps",
        values: [
          ["Account", "Stage", "Amount"],
          ["Approved", "Bid", 10],
          ["Pending", "Bid", 20],
          ["Big", "Bid", 30],
        ],
      }),
    });
    const tiering = tierAccounts(d.accounts, defaultModel());
    // P50 of 1, 1, 1000 is 1 and P80 is 600.4: 1 is M on both axes (tier C), 1000 is H (tier A). Approved → A.
    expect(tiering.tiers).toEqual(["A", "C", "A"]);
    expect(tiering.pending).toEqual([{ account: 1, manual: "B" }]);
    const r = keyProjects(d, stages, tiering, REPORT_AS_OF);
    expect(r.projects.map((p) => [p.account, p.tier, p.tierOverridden])).toEqual([
      ["Big", "A", false],
      ["Approved", "A", true],
    ]);
  });
});

describe("contract execution (DOMAIN.md §11)", () => {
  const r = contractExecution(data, REPORT_AS_OF);
  const n = (x: number | "") => (x === "" ? 0 : x);

  it("gives each contract's invoiced %, received %, outstanding and overdue", () => {
    expect(r.contracts.map((c) => c.id)).toEqual(CONTRACTS.map((c) => c.id));
    r.contracts.forEach((line, i) => {
      const t = CONTRACTS[i];
      const signed = serial(t.signed);
      const received = n(t.received);
      expect(line.invoicedPct).toBe(t.amount ? n(t.invoiced) / t.amount : null);
      expect(line.receivedPct).toBe(t.amount ? received / t.amount : null);
      expect(line.outstanding).toBe(Math.max(t.amount - received, 0));
      expect(line.overdue).toBe(signed !== null && REPORT_AS_OF - signed > 90 && received < t.amount);
      expect([line.owner, line.region]).toEqual([t.expectOwner, t.expectRegion]);
    });
    expect(r.contracts.map((c) => c.overdueRule)).toEqual([
      "overdue",
      "fullyReceived",
      "recent",
      "unsigned",
      "overdue",
      "fullyReceived",
    ]);
    expect(r.contracts.map((c) => c.ownerFrom)).toEqual([
      "opportunity",
      "contract",
      "account",
      "opportunity",
      null,
      "contract",
    ]);
    expect(r.contracts[0]).toMatchObject({ daysSinceSigned: 145, invoicedUnpaid: 200, account: "Alpha" });
  });

  it("totals per owner and per region, names grouped ignoring case and spaces", () => {
    const groupSums = (keyOf: (i: number) => string) => {
      const sums = new Map<string, { amount: number; received: number; outstanding: number; overdue: number }>();
      CONTRACTS.forEach((t, i) => {
        const k = keyOf(i);
        const s = sums.get(k) ?? { amount: 0, received: 0, outstanding: 0, overdue: 0 };
        const line = r.contracts[i];
        s.amount += t.amount;
        s.received += n(t.received);
        s.outstanding += Math.max(t.amount - n(t.received), 0);
        if (line.overdue) s.overdue++;
        sums.set(k, s);
      });
      return sums;
    };
    const byOwner = groupSums((i) => fold(CONTRACTS[i].expectOwner ?? "(none)"));
    expect(r.byOwner.map((g) => g.label)).toEqual(["Smith", "Wang", "(none)", "Lee"]); // by outstanding, by hand
    for (const g of r.byOwner) {
      const want = byOwner.get(fold(g.label));
      expect({ amount: g.amount, received: g.received, outstanding: g.outstanding, overdue: g.overdueCount }).toEqual(
        want,
      );
    }
    // Each line names its group in one spelling, so SUMIFS over the lines gives the group totals.
    expect(r.contracts.map((c) => [c.ownerGroup, c.regionGroup])).toEqual([
      ["Wang", "East"], ["Lee", "West"], ["Smith", "East"], ["Wang", "North"], ["(none)", "(none)"], ["Wang", "East"],
    ]); // prettier-ignore
    for (const g of r.byOwner)
      expect(r.contracts.filter((c) => c.ownerGroup === g.label).reduce((s, c) => s + c.outstanding, 0)).toBe(
        g.outstanding,
      );
    expect(r.byOwner[1]).toMatchObject({
      label: "Wang",
      count: 3,
      amount: 1150,
      invoiced: 750,
      overdueOutstanding: 600,
    });
    const byRegion = groupSums((i) => fold(CONTRACTS[i].expectRegion ?? "(none)"));
    expect(r.byRegion.map((g) => [g.label, g.amount])).toEqual(
      [...byRegion.entries()]
        .sort((a, b) => b[1].outstanding - a[1].outstanding)
        .map(([k, v]) => [r.byRegion.find((g) => fold(g.label) === k)?.label, v.amount]),
    );
    expect(r.total).toMatchObject({
      count: 6,
      amount: 3050,
      invoiced: 1450,
      received: 900,
      outstanding: 2150,
      overdueCount: 2,
    });
    expect(r.total.receivedPct).toBeCloseTo(900 / 3050, 12);
  });

  it("takes the overdue days as an option", () => {
    const long = contractExecution(data, REPORT_AS_OF, { overdueDays: 200 });
    expect(long.contracts.filter((c) => c.overdue).map((c) => c.id)).toEqual(["C5"]);
  });

  it("is empty without a Contracts table", () => {
    const none = contractExecution({ ...data, contracts: undefined }, REPORT_AS_OF);
    expect(none.contracts).toEqual([]);
    expect(none.total).toMatchObject({ count: 0, amount: 0, receivedPct: null });
  });
});

describe("rep performance (DOMAIN.md §11)", () => {
  it("labels new-customer and new-industry wins as worked out by hand", () => {
    const r = repPerformance(data, stages);
    const label = (x: boolean | null) => (x === null ? "?" : x ? "new" : "-");
    const byId = Object.fromEntries(
      r.deals.map((d) => [data.opportunities[d.opportunity].id, `${label(d.newCustomer)} ${label(d.newIndustry)}`]),
    );
    expect(byId).toEqual({
      O7: "new new", O8: "- new", O9: "- -", O10: "new -", O11: "- new", O12: "new new", O13: "new new",
      O14: "new new", O15: "? ?", O16: "? ?", O18: "new ?", O19: "- ?",
    }); // prettier-ignore
  });

  it("per rep: §7 quota review, wins, new-customer and new-industry wins; reps of the quota table first", () => {
    const r = repPerformance(data, stages);
    expect(r.reps.map((x) => x.rep)).toEqual(["Wang", "Smith", "Kim", "Lee"]);
    for (const row of r.reps) {
      const mine = won.filter((o) => o.owner === row.rep);
      expect(row.won).toEqual({ count: mine.length, amount: mine.reduce((s, o) => s + o.amount, 0) });
    }
    const [wang, smith, kim, lee] = r.reps;
    expect(wang.quota).toMatchObject({ quota: 5000, won: 3750, attainment: 0.75 });
    expect(wang).toMatchObject({ newCustomer: { count: 3, amount: 2950 }, newIndustry: { count: 1, amount: 2000 } });
    expect(wang).toMatchObject({ unknownNewCustomer: 0, unknownNewIndustry: 1 });
    expect(smith).toMatchObject({ newCustomer: { count: 2, amount: 1000 }, newIndustry: { count: 3, amount: 2500 } });
    expect(kim).toMatchObject({ quota: { quota: 1000, won: 0, attainment: 0 }, won: { count: 0, amount: 0 } });
    expect(lee).toMatchObject({ quota: null, newCustomer: { count: 1, amount: 400 }, unknownNewCustomer: 2 });
    expect(lee).toMatchObject({ newIndustry: { count: 2, amount: 1100 }, unknownNewIndustry: 2 });
    expect(r.unowned).toEqual({ count: 1, amount: 120 });
    expect(r.total.amount).toBe(won.reduce((s, o) => s + o.amount, 0));
  });

  it("counts only wins dated in a window, judging newness against every earlier win", () => {
    const from = day(2026, 1, 1);
    const r = repPerformance(data, stages, { from, to: REPORT_AS_OF });
    const inWindow = won.filter(
      (o) => wonOn(o) !== null && (wonOn(o) as number) >= from && (wonOn(o) as number) <= REPORT_AS_OF,
    );
    expect(r.total.amount).toBe(inWindow.reduce((s, o) => s + o.amount, 0));
    expect(r.reps.find((x) => x.rep === "Wang")).toMatchObject({
      won: { count: 2, amount: 1150 },
      newCustomer: { count: 1, amount: 350 },
    });
    expect(r.reps.find((x) => x.rep === "Lee")?.won).toEqual({ count: 1, amount: 700 });
  });

  it("puts §9 history figures from the hook into each row", () => {
    const r = repPerformance(data, stages, { history: (rep) => (rep === "Smith" ? { stagesAdvanced: 4 } : null) });
    expect(r.reps.map((x) => x.history)).toEqual([null, { stagesAdvanced: 4 }, null, null]);
  });
});

describe("regional composition (DOMAIN.md §11)", () => {
  /** The test's own grid: won amount by region and industry for wins dated in [from, to]. */
  function grid(from: number, to: number) {
    const g = new Map<string, number>();
    for (const o of won) {
      const d = wonOn(o);
      if (d === null || d < from || d > to) continue;
      const k = `${regionOf(o)}|${industryOf(o) ?? "(none)"}`;
      g.set(k, (g.get(k) ?? 0) + o.amount);
    }
    return g;
  }

  it("sums won amount by region × industry, year to date, with shares and change against the same span last year", () => {
    const r = regionalComposition(data, REPORT_AS_OF);
    expect(r.period).toEqual({ from: day(2026, 1, 1), to: REPORT_AS_OF });
    expect(r.previousPeriod).toEqual({ from: day(2025, 1, 1), to: day(2025, 6, 30) });
    const now = grid(day(2026, 1, 1), REPORT_AS_OF);
    const before = grid(day(2025, 1, 1), day(2025, 6, 30));
    const total = [...now.values()].reduce((s, v) => s + v, 0);
    expect(r.total.amount).toBe(total);
    expect(r.regions).toEqual(["East", "West", "North", "(none)"]);
    expect(r.columns).toEqual(["Energy", "Retail", "(none)", "Finance"]);
    r.regions.forEach((region, i) => {
      const regionTotal = r.columns.reduce((s, c) => s + (now.get(`${region}|${c}`) ?? 0), 0);
      expect(r.regionTotals[i].amount).toBe(regionTotal);
      r.columns.forEach((column, j) => {
        const cell = r.cells[i][j];
        const amount = now.get(`${region}|${column}`) ?? 0;
        const previous = before.get(`${region}|${column}`) ?? 0;
        expect([region, column, cell.amount, cell.previous]).toEqual([region, column, amount, previous]);
        expect(cell.shareOfTotal).toBe(amount / total);
        expect(cell.shareOfRegion).toBe(regionTotal ? amount / regionTotal : null);
        expect(cell.change).toBe(amount - previous);
        expect(cell.changePct).toBe(previous ? amount / previous - 1 : null);
      });
    });
    expect(r.cells[0][0]).toMatchObject({ amount: 920, previous: 1500, count: 2 }); // East × Energy, by hand
    expect(r.undated).toEqual({ count: 2, amount: 650 });
    expect(r.hasPrevious).toBe(true);
  });

  it("splits by project class, or takes every won deal with no change column", () => {
    const all = regionalComposition(data, REPORT_AS_OF, { allYears: true, columns: "projectClass" });
    expect(all.total.amount).toBe(won.reduce((s, o) => s + o.amount, 0));
    expect(all.columns).toEqual(["(none)"]);
    expect(all.total).toMatchObject({ previous: null, change: null });
    expect(all.period).toBeNull();
  });

  it("compares a past year whole with the year before it", () => {
    const r = regionalComposition(data, REPORT_AS_OF, { year: 2025 });
    expect(r.period).toEqual({ from: day(2025, 1, 1), to: day(2025, 12, 31) });
    expect(r.total).toMatchObject({ amount: 1500 + 600 + 300, previous: 2000 });
  });
});

describe("customer purchases (DOMAIN.md §11)", () => {
  it("per account: won amount per year, deals, repeat buyer, growth, last purchase, tier", () => {
    const r = customerPurchases(data, tiering.tiers, REPORT_AS_OF);
    expect(r.years).toEqual([2024, 2025, 2026]);
    expect(r.lastYearPartial).toBe(true);
    const yearOfWin = (o: TruthOpp) => new Date(Date.UTC(1899, 11, 30) + (wonOn(o) as number) * 864e5).getUTCFullYear();
    for (const row of r.accounts) {
      const mine = won.filter((o) => o.account === row.name && wonOn(o) !== null);
      const byYear = r.years.map((y) => mine.filter((o) => yearOfWin(o) === y).reduce((s, o) => s + o.amount, 0));
      expect([row.name, row.byYear]).toEqual([row.name, byYear]);
      expect(row.deals).toBe(mine.length);
      expect(row.lastPurchase).toBe(Math.max(...mine.map((o) => wonOn(o) as number)));
      expect(row.growth).toBe(byYear[1] > 0 ? byYear[2] / byYear[1] - 1 : null);
    }
    expect(r.accounts.map((a) => [a.name, a.tier, a.repeat])).toEqual([
      ["Alpha", "A", true],
      ["Beta", "C", true],
      ["Gamma", "B", false],
      ["Zeta", null, false],
      ["Epsilon", "D", false],
    ]);
    expect(r.accounts[0]).toMatchObject({
      byYear: [2000, 1500, 920],
      deals: 4,
      yearsBought: 3,
      lastPurchase: day(2026, 2, 1),
    });
    expect(r.accounts[4].growth).toBe(-1);
    expect(r.totals).toMatchObject({ byYear: [2000, 2400, 2970], amount: 7370, deals: 10, accounts: 5, repeat: 2 });
    expect(r.undated).toEqual({ count: 2, amount: 650 });
  });

  it("takes the years as an option", () => {
    const r = customerPurchases(data, tiering.tiers, REPORT_AS_OF, { years: [2025, 2024] });
    expect(r.years).toEqual([2024, 2025]);
    expect(r.lastYearPartial).toBe(false);
    expect(r.accounts.map((a) => [a.name, a.byYear, a.growth])).toEqual([
      ["Alpha", [2000, 1500], -0.25],
      ["Beta", [0, 600], null],
      ["Epsilon", [0, 300], null],
    ]);
  });
});
