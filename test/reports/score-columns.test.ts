/**
 * The live score and tier formulas, as plain text (no host). Expected formulas are written out by hand.
 * Column headers in structured references escape [ ] # ' with a leading ' (support.microsoft.com, "Using
 * structured references with Excel tables", "Use the escape character for some special characters").
 */
import { ColumnMapping } from "../../src/core/headers";
import { defaultModel, Model } from "../../src/core/schemas";
import { liveFormulas, LiveFormulas } from "../../src/reports/score-columns";
import { columnRef, columnSpanRef, escapeColumn } from "../../src/reports/structured-refs";

const model = defaultModel();
const none: ColumnMapping = {
  accountId: null,
  name: null,
  contribution: null,
  potential: null,
  reference: null,
  winnability: null,
  industry: null,
  region: null,
  manualTier: null,
  approver: null,
};

/** The formulas, failing the test when liveFormulas refuses. */
function formulas(table: string, headers: string[], mapping: ColumnMapping, m: Model = model): LiveFormulas {
  const f = liveFormulas(table, headers, { ...none, ...mapping }, m);
  if (!f.ok) throw new Error(`refused: ${f.refusal.code}`);
  return f;
}

const TIER_MAP = '{"A","B","C";"B","C","D";"C","D","D"}';
const CUTS = '{"P50","P80"},{"P50","P80"}';

describe("escapeColumn and column references", () => {
  it("leaves ordinary headers, spaces and CJK text alone", () => {
    expect(columnRef("Accounts", "Contribution")).toBe("Accounts[Contribution]");
    expect(columnRef("Accounts", "Stage Entered")).toBe("Accounts[Stage Entered]");
    expect(columnRef("客户", "贡献(万元)")).toBe("客户[贡献(万元)]");
  });

  it("puts ' before each [ ] # and ', and only those", () => {
    expect(escapeColumn("Revenue [M]")).toBe("Revenue '[M']");
    expect(escapeColumn("#Items")).toBe("'#Items");
    expect(escapeColumn("Rep's pick")).toBe("Rep''s pick");
    expect(escapeColumn("''")).toBe("''''");
    expect(escapeColumn(`Say "hi", 1E5 & =A1`)).toBe(`Say "hi", 1E5 & =A1`);
    expect(escapeColumn("=cmd|' /C calc'!A0")).toBe("=cmd|'' /C calc''!A0");
    expect(escapeColumn("[#This Row]")).toBe("'['#This Row']");
  });

  it("spans two columns with each header escaped", () => {
    expect(columnSpanRef("T", "Contribution", "Winnability")).toBe("T[[Contribution]:[Winnability]]");
    expect(columnSpanRef("T", "A]", "#B")).toBe("T[[A']]:['#B]]");
  });
});

describe("liveFormulas", () => {
  const headers = ["Name", "Contribution", "Potential", "Reference", "Winnability"];
  const inOrder = { name: 0, contribution: 1, potential: 2, reference: 3, winnability: 4 };

  it("uses one span for dimension columns side by side, and the model's cuts, map and share", () => {
    expect(formulas("Accounts", headers, inOrder)).toEqual({
      ok: true,
      score: '=KAM.SCORE(Accounts[[Contribution]:[Winnability]],{40,30,15,15},"rank")',
      tier: `=KAM.TIER(Accounts[Contribution],Accounts[Potential],${CUTS},${TIER_MAP})`,
      keyAccount: '=KAM.TOPPCT(KAM.SCORE(Accounts[[Contribution]:[Winnability]],{40,30,15,15},"rank"),0.2)',
      warnings: [],
    });
  });

  it("joins columns out of order with CHOOSE and scales for a missing dimension", () => {
    const h = ["Name", "Potential", "Contribution", "Industry", "Winnability"];
    const f = formulas("T", h, { name: 0, potential: 1, contribution: 2, industry: 3, winnability: 4 });
    expect(f.score).toBe(
      '=KAM.SCORE(CHOOSE({1,2,3},T[Contribution],T[Potential],T[Winnability]),{40,30,15},"rank")*0.85',
    );
  });

  it("scales by the share of the weights present when only contribution and potential are mapped", () => {
    const f = formulas("T", ["Contribution", "Potential"], { contribution: 0, potential: 1 });
    // 70 of the model's 100 weight points are present: the score is scaled by 0.7.
    expect(f.score).toBe('=KAM.SCORE(T[[Contribution]:[Potential]],{40,30},"rank")*0.7');
  });

  it("escapes hostile headers in every reference", () => {
    const h = ["Contribution [万元]", "Potential#", "Rep's 'reference'", "=cmd|' /C calc'!A0", "Approver"];
    const m: Model = { ...model, weights: { contribution: 50, potential: 50, reference: 0, winnability: 0 } };
    const f = formulas("T", h, { contribution: 0, potential: 1, reference: 2, manualTier: 3, approver: 4 }, m);
    expect(f.score).toBe(`=KAM.SCORE(T[[Contribution '[万元']]:[Rep''s ''reference'']],{50,50,0},"rank")`);
    const manual = "UPPER(TRIM(T[[=cmd|'' /C calc''!A0]]))";
    expect(f.tier).toBe(
      `=IF(ISNUMBER(MATCH(${manual},{"A","B","C","D"},0))*(TRIM(T[Approver])<>""),${manual},` +
        `KAM.TIER(T[[Contribution '[万元']]],T[[Potential'#]],${CUTS},${TIER_MAP}))`,
    );
  });

  it("applies approved manual tiers and per-segment shares, quoting segment labels, and says what it cannot do", () => {
    const h = ["Name", "Potential", "Contribution", "Industry", "Winnability", "Manual Tier", "Approver"];
    const m: Model = {
      ...model,
      segmentBy: "industry",
      cuts: { ...model.cuts, bySegment: { Energy: { contribution: [1, 2] } } },
      topPercent: { default: 0.3, bySegment: { Energy: 0.5, 'Say "hi"': 0.25, " ": 0.9 } }, // " " names no segment
    };
    const f = formulas(
      "T",
      h,
      {
        name: 0,
        potential: 1,
        contribution: 2,
        industry: 3,
        winnability: 4,
        manualTier: 5,
        approver: 6,
      },
      m,
    );
    const score =
      'KAM.SCORE(CHOOSE({1,2,3},T[Contribution],T[Potential],T[Winnability]),{40,30,15},"rank",T[Industry])*0.85';
    const manual = "UPPER(TRIM(T[Manual Tier]))";
    expect(f.score).toBe(`=${score}`);
    expect(f.tier).toBe(
      `=IF(ISNUMBER(MATCH(${manual},{"A","B","C","D"},0))*(TRIM(T[Approver])<>""),${manual},` +
        `KAM.TIER(T[Contribution],T[Potential],${CUTS},${TIER_MAP},T[Industry]))`,
    );
    expect(f.keyAccount).toBe(`=KAM.TOPPCT(${score},{"Energy",0.5;"Say ""hi""",0.25},T[Industry])`);
    expect(f.warnings).toEqual([{ code: "liveOverallCuts" }, { code: "liveTopPercent", percent: 20 }]);
  });

  it("has no segment argument and no warnings when the segment column is not mapped", () => {
    const m: Model = {
      ...model,
      segmentBy: "region",
      cuts: { ...model.cuts, bySegment: { East: { potential: [5, 9] } } },
      topPercent: { default: 0.3, bySegment: { East: 0.5 } },
    };
    const f = formulas("T", headers, inOrder, m);
    expect(f.keyAccount).toBe('=KAM.TOPPCT(KAM.SCORE(T[[Contribution]:[Winnability]],{40,30,15,15},"rank"),0.3)');
    expect(f.warnings).toEqual([]);
  });

  it("writes numeric cuts and the method as the model has them", () => {
    const m: Model = {
      ...model,
      method: "minmax",
      cuts: { contribution: [1000, "P90"], potential: [0.5, 2], bySegment: {} },
    };
    const f = formulas("T", headers, inOrder, m);
    expect(f.score).toBe('=KAM.SCORE(T[[Contribution]:[Winnability]],{40,30,15,15},"minmax")');
    expect(f.tier).toBe(`=KAM.TIER(T[Contribution],T[Potential],{1000,"P90"},{0.5,2},${TIER_MAP})`);
  });

  it("refuses without contribution and potential, and when the mapped dimensions weigh nothing", () => {
    expect(liveFormulas("T", headers, { ...none, contribution: 1 }, model)).toEqual({
      ok: false,
      refusal: { code: "unmapped" },
    });
    const zero: Model = { ...model, weights: { contribution: 0, potential: 0, reference: 50, winnability: 50 } };
    expect(liveFormulas("T", headers, { ...none, contribution: 1, potential: 2 }, zero)).toEqual({
      ok: false,
      refusal: { code: "zeroWeights" },
    });
  });
});
