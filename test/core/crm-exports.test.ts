import { CellValue } from "../../src/core/cells";
import { readCurrencyRates } from "../../src/core/currency-rates";
import { buildDataset } from "../../src/core/dataset";
import { inferDateOrder, readDate, serialFromYmd } from "../../src/core/dates";
import { detectMapping, headerUnit } from "../../src/core/headers";
import { parseTable } from "../../src/core/parse-table";
import { pipelineColumns } from "../../src/core/pipeline-report";
import { pipelineStats } from "../../src/core/pipeline";
import {
  DEFAULT_STAGES,
  LOST,
  OPEN,
  pickStagePreset,
  readStatus,
  resolveStage,
  stagePreset,
  stageSpellings,
  WON,
} from "../../src/core/stages";

// DOMAIN.md §2, §2.1 (real exports) and §6 (aliases, presets, outcome words, row probability).
const opps = (values: CellValue[][], options = {}) => parseTable("opportunities", { sheet: "Opps", values }, options);
const line = (e: { address: string; reason: string }) => `${e.address}: ${e.reason}`;

describe("header synonyms of real exports (§2.1)", () => {
  it.each([
    ["Salesforce opportunities", ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Amount", "Probability (%)", "Close Date", "Created Date", "Next Step"],
      { owner: 0, account: 1, name: 2, stage: 3, amount: 4, probability: 5, expectedClose: 6, created: 7, nextStep: 8 }],
    ["HubSpot deals", ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date", "Deal owner", "Associated Company", "Deal probability"],
      { opportunityId: 0, name: 1, stage: 2, amount: 3, expectedClose: 4, created: 5, owner: 6, account: 7, probability: 8 }],
    ["Chinese CRM", ["商机ID", "项目名称", "客户名称", "销售代表", "销售阶段", "金额(万元)", "成交概率", "预计成交日期", "创建时间", "下一步"],
      { opportunityId: 0, name: 1, account: 2, owner: 3, stage: 4, amount: 5, probability: 6, expectedClose: 7, created: 8, nextStep: 9 }],
  ] as const)("detects every column of a %s export", (_, headers, expected) => {
    expect(detectMapping("opportunities", headers)).toMatchObject(expected);
  }); // prettier-ignore

  it("detects accounts columns of Salesforce, HubSpot and Chinese exports", () => {
    expect(
      detectMapping("accounts", ["Account ID", "Account Name", "Account Owner", "Industry", "Billing State/Province"]),
    ).toMatchObject({ accountId: 0, name: 1, owner: 2, industry: 3, region: 4 });
    expect(detectMapping("accounts", ["Company name", "Industry Type", "State/Region"])).toMatchObject({
      name: 0,
      industry: 1,
      region: 2,
    });
    expect(detectMapping("accounts", ["公司名称", "所属行业", "所属区域", "客户负责人"])).toMatchObject({
      name: 0,
      industry: 1,
      region: 2,
      owner: 3,
    });
  });

  it("suggests contribution from Annual Revenue only when nothing better is there, with a warning to check it", () => {
    const t = parseTable("accounts", {
      sheet: "Accts",
      values: [
        ["Account Name", "Annual Revenue", "Potential Value"],
        ["Acme", "USD 5,000,000", 100],
      ],
    });
    expect(t.mapping.contribution).toBe(1);
    expect(t.rows[0].contribution).toBe(5_000_000);
    expect(t.warnings.map(line)).toEqual([
      `B1: contribution read from "Annual Revenue": check: a company's revenue is not what it buys from us`,
    ]);
    expect(detectMapping("accounts", ["Account", "Revenue", "Annual Revenue", "Potential"]).contribution).toBe(1);
    expect(detectMapping("accounts", ["客户名称", "年度销售额", "潜力"]).contribution).toBe(1);
  });
});

describe("units and currencies (§2.1)", () => {
  it("reads the unit of a header and scales the column", () => {
    expect(headerUnit("金额(万元)")).toEqual({ base: "金额", exponent: 4 });
    expect(headerUnit("Amount (K)")).toEqual({ base: "Amount", exponent: 3, letter: "K" });
    expect(headerUnit("Revenue [M]")).toEqual({ base: "Revenue", exponent: 6, letter: "M" });
    expect(headerUnit("Amount (converted)")).toBeNull();
    const t = opps([
      ["客户名称", "商机阶段", "金额(万元)"],
      ["华东电网", "立项", 50],
      ["华东电网", "立项", "3.5"],
      ["华东电网", "立项", "1.2亿"],
      ["华东电网", "立项", "¥80万"],
    ]);
    expect(t.rows.map((r) => r.amount)).toEqual([500_000, 35_000, 120_000_000, 800_000]);
    const m = opps([
      ["Account", "Stage", "Amount [M]"],
      ["A", "Bid", "3.5M"],
      ["A", "Bid", 2],
    ]);
    expect(m.rows.map((r) => r.amount)).toEqual([3_500_000, 2_000_000]);
  });

  it("refuses an amount in another currency than its column's, located, unless a Rates table converts it", () => {
    const values = [
      ["Account", "Stage", "Amount"],
      ["A", "Bid", "USD 12,500.00"],
      ["B", "Bid", "12,500.00 USD"],
      ["C", "Bid", "EUR 9,000.00"],
      ["D", "Bid", 100],
    ];
    const plain = opps(values);
    expect(plain.errors.map(line)).toEqual(["C4: EUR amount in a USD column"]);
    expect(plain.rows.map((r) => r.amount)).toEqual([12_500, 12_500, 100]);
    const rates = readCurrencyRates([
      ["Currency", "Rate"],
      ["EUR", 1.1],
      ["usd", 1],
    ]);
    const converted = opps(values, { rates });
    expect(converted.errors).toEqual([]);
    expect(converted.rows.map((r) => r.amount)).toEqual([12_500, 12_500, 9_000 * 1.1, 100]);
    const noGbp = opps([...values, ["E", "Bid", "GBP 1"]], { rates });
    expect(noGbp.errors.map(line)).toEqual(["C6: no rate for GBP in the Rates table"]);
  });
});

describe("dates (§2.1)", () => {
  it("decides day/month per column, from any cell that says", () => {
    expect(inferDateOrder(["3/4/2026", "31/3/2026"]).order).toBe("dmy");
    expect(inferDateOrder(["3/4/2026", "3/31/2026"]).order).toBe("mdy");
    expect(inferDateOrder(["3/4/2026"]).order).toBeNull();
    expect(inferDateOrder(["13/4/2026", "3/31/2026"])).toEqual({ order: null, conflict: true });
    const t = opps([
      ["Account", "Stage", "Amount", "Close Date", "Created"],
      ["A", "Bid", 1, "3/4/2026", "2026-03-31 00:00"],
      ["A", "Bid", 1, "3/31/2026", "2026年3月31日"],
      ["A", "Bid", 1, "31-Mar-2026", "2026/3/31"],
    ]);
    expect(t.rows.map((r) => [r.expectedClose, r.created])).toEqual([
      [serialFromYmd(2026, 3, 4), serialFromYmd(2026, 3, 31)],
      [serialFromYmd(2026, 3, 31), serialFromYmd(2026, 3, 31)],
      [serialFromYmd(2026, 3, 31), serialFromYmd(2026, 3, 31)],
    ]);
    expect(t.warnings).toEqual([]);
  });

  it("uses the display language when a column never says, and a warning says which order was used", () => {
    const values = [
      ["Account", "Stage", "Amount", "Close Date"],
      ["A", "Bid", 1, "3/4/2026"],
    ];
    const us = opps(values, { language: "en-US" });
    expect(us.rows[0].expectedClose).toBe(serialFromYmd(2026, 3, 4));
    expect(us.warnings.map(line)).toEqual([
      "D1: dates like 03/04 read as month/day (Office display language en-US); no date in the column says which",
    ]);
    const cn = opps(values, { language: "zh-CN" });
    expect(cn.rows[0].expectedClose).toBe(serialFromYmd(2026, 4, 3));
    expect(cn.warnings[0].params).toEqual({ order: "dmy", language: "zh-CN" });
    expect(readDate("3/4/2026").kind).toBe("bad"); // with no column to decide, still ambiguous
  });

  it("blanks an unreadable optional date with a located warning and keeps the opportunity", () => {
    const t = opps([
      ["Account", "Stage", "Amount", "Close Date"],
      ["A", "Bid", 1, "next quarter"],
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].expectedClose).toBeNull();
    expect(t.warnings.map(line)).toEqual(['D2: "next quarter" is not a date']);
  });
});

describe("blank amounts and stage outcomes (§2, §2.1)", () => {
  it("counts a blank opportunity amount as 0 with a warning; a blank contribution is still an error", () => {
    const t = opps([
      ["Account", "Stage", "Amount"],
      ["A", "Bid", ""],
    ]);
    expect(t.rows[0].amount).toBe(0);
    expect(t.warnings.map(line)).toEqual(["C2: amount is blank; counted as 0"]);
    const a = parseTable("accounts", {
      sheet: "A",
      values: [
        ["Account", "Contribution", "Potential"],
        ["X", "", 1],
      ],
    });
    expect(a.errors.map(line)).toEqual(["B2: contribution is blank"]);
  });

  it("reads outcome words in the stage column as the status; a contradicting status column makes the row bad", () => {
    const t = opps([
      ["Account", "Stage", "Status", "Amount"],
      ["A", "Closed Won", "", 1],
      ["A", "closedlost", "", 2],
      ["A", "赢单", "赢单", 3],
      ["A", "Closed Won", "Lost", 4],
      ["A", "输单", "", 5],
      ["A", "", "丢单", 6],
      ["A", "Pitch", "Lost", 7],
    ]);
    expect(t.rows.map((r) => [r.amount, r.status, r.stage])).toEqual([
      [1, WON, null],
      [2, LOST, 0], // lost with no known stage: reaches only the first stage
      [3, WON, null],
      [5, LOST, 0],
      [6, LOST, 0],
    ]);
    expect(t.errors.map(line)).toEqual([
      'B5: stage "Closed Won" contradicts status "Lost"',
      'B8: unknown stage "Pitch"',
    ]);
    const noStatus = opps([
      ["Account", "Stage", "Amount"],
      ["A", "成交", 1],
      ["A", "丢单", 1],
    ]);
    expect(noStatus.rows.map((r) => r.status)).toEqual([WON, LOST]);
  });

  it("counts lost deals with no known stage in Lost and the win rate (the issue's 100% became the truth)", () => {
    const rows: CellValue[][] = [["客户名称", "商机阶段", "金额(万元)"]];
    for (let i = 0; i < 5; i++) rows.push(["甲", "赢单", 10]);
    for (let i = 0; i < 3; i++) rows.push(["乙", "输单", 10]);
    rows.push(["丙", "商务谈判", 10], ["丙", "招投标", 10], ["丙", "方案呈现", 10], ["丙", "立项", 10]);
    const t = opps(rows);
    expect(t.errors).toEqual([]);
    const data = buildDataset({ opportunities: t });
    const s = pipelineStats(pipelineColumns(data.opportunities), DEFAULT_STAGES);
    expect([s.won.count, s.lost.count, s.winRate]).toEqual([5, 3, 5 / 8]);
    expect(s.stages.map((x) => x.openCount)).toEqual([0, 1, 0, 1, 1, 1]);
    expect(s.stages[0].reached).toBe(12);
    expect(s.stages[1].reached).toBe(9); // the 3 lost reached only the first stage
  });
});

describe("stage aliases and presets (§6)", () => {
  it("knows the Chinese-CRM names in the default table", () => {
    expect(["立项", "方案呈现", "招投标", "商务谈判"].map((w) => resolveStage(w, DEFAULT_STAGES).stage)).toEqual([
      1, 3, 4, 5,
    ]);
    expect(resolveStage("赢单", DEFAULT_STAGES)).toEqual({ stage: -1, outcome: WON });
    expect(resolveStage("丢单", DEFAULT_STAGES)).toEqual({ stage: -1, outcome: LOST });
  });

  it("never reads object-prototype words as a status or stage", () => {
    for (const w of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(readStatus(w)).toBe(-1);
      expect(resolveStage(w, DEFAULT_STAGES)).toEqual({ stage: -1, outcome: null });
    }
    expect(readStatus("")).toBe(OPEN);
  });

  it("has the Salesforce and HubSpot presets with their probabilities and HubSpot's internal ids", () => {
    const sf = stagePreset("salesforce")!;
    expect(sf.map((s) => [s.name, s.probability])).toEqual([
      ["Prospecting", 0.1], ["Qualification", 0.1], ["Needs Analysis", 0.2], ["Value Proposition", 0.5],
      ["Id. Decision Makers", 0.6], ["Perception Analysis", 0.7], ["Proposal/Price Quote", 0.75], ["Negotiation/Review", 0.9],
    ]); // prettier-ignore
    const hs = stagePreset("HubSpot")!;
    expect(hs.map((s) => s.probability)).toEqual([0.2, 0.4, 0.6, 0.8, 0.9]);
    expect(
      ["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent"].map(
        (id) => resolveStage(id, hs).stage,
      ),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(stagePreset("Pipedrive")).toBeNull();
    // Live criteria need every spelling, the CRM id among them, since COUNTIFS does not fold text.
    expect(stageSpellings(hs).stages[1].spellings).toEqual(["Qualified To Buy", "qualifiedtobuy"]);
    expect(stageSpellings(hs).outcomes.Won).toContain("closedwon");
  });

  it("picks a preset only when the default recognises < 80% of stage cells and the preset ≥ 95%", () => {
    const sf = ["Prospecting", "Closed Won", "Closed Lost", "Negotiation/Review", "Qualification"];
    expect(pickStagePreset(sf)).toMatchObject({ preset: "Salesforce", defaultShare: 0.4, presetShare: 1 });
    expect(pickStagePreset(["qualifiedtobuy", "closedwon", "contractsent", ""])).toMatchObject({ preset: "HubSpot" });
    expect(pickStagePreset(["立项", "赢单", "输单", "招投标"])).toBeNull(); // the default is fine
    // 19 of 20 Salesforce cells is 95%: picked; 18 of 20 is not.
    const cells = (known: number) => [...Array(known).fill("Prospecting"), ...Array(20 - known).fill("Stage X")];
    expect(pickStagePreset(cells(19))?.preset).toBe("Salesforce");
    expect(pickStagePreset(cells(18))).toBeNull();
    const t = opps([["Account", "Stage", "Amount"], ...sf.map((s) => ["A", s, 1])], { autoStagePreset: true });
    expect(t.stagePick?.preset).toBe("Salesforce");
    expect(t.errors).toEqual([]);
    const saved = opps([["Account", "Stage", "Amount"], ...sf.map((s) => ["A", s, 1])], {
      autoStagePreset: true,
      stages: [{ name: "Prospecting", aliases: [], probability: 0.1, stallDays: 30 }],
    });
    expect(saved.stagePick).toBeNull(); // the user's own stage table is never replaced
  });

  it("weights by the row's probability column when asked (a value above 1 is a percentage)", () => {
    const t = opps([
      ["Account", "Stage", "Amount", "Probability (%)"],
      ["A", "Bid", 1000, 30],
      ["A", "Bid", 1000, 0.5],
      ["A", "Bid", 1000, ""],
    ]);
    expect(t.rows.map((r) => r.probability)).toEqual([0.3, 0.5, null]);
    const data = buildDataset({ opportunities: t });
    expect(pipelineStats(pipelineColumns(data.opportunities, "row"), DEFAULT_STAGES).weighted).toBe(300 + 500 + 750);
    expect(pipelineStats(pipelineColumns(data.opportunities), DEFAULT_STAGES).weighted).toBe(2250);
  });
});

describe("look-alike account names (§2.1)", () => {
  it("matches names across tables ignoring case, width and spaces, and reports equal names with different IDs", () => {
    const accounts = parseTable("accounts", {
      sheet: "Accounts",
      values: [
        ["Account ID", "Account Name", "Contribution", "Potential"],
        ["001A", "EDGE COMMUNICATIONS", 10, 10],
        ["001B", " Edge  Communications ", 20, 20],
        ["001C", "Ｇｒａｎｄ Hotels", 5, 5],
      ],
    });
    const o = opps([
      ["Account Name", "Stage", "Amount"],
      ["edge communications", "Bid", 1],
      ["grand  hotels", "Bid", 1],
    ]);
    const data = buildDataset({ accounts, opportunities: o });
    expect(data.accounts).toHaveLength(3);
    expect(data.opportunities.map((x) => x.account)).toEqual([0, 2]);
    expect(data.warnings.map(line)).toEqual([
      'B3: possible duplicate of "EDGE COMMUNICATIONS" on row 2 (same name, different ID)',
    ]);
  });
});
