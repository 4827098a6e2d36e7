/** The Contracts table of DOMAIN.md §11: detected by header, read like every table (§2, §2.1), linked with located reasons. */
import { buildDataset } from "../../src/core/dataset";
import { serialFromYmd } from "../../src/core/dates";
import { SOURCE_KINDS } from "../../src/core/fields";
import { detectMapping, findHeaderRow, missingRequired } from "../../src/core/headers";
import { parseTable } from "../../src/core/parse-table";
import { CONTRACTS, reportSetDataset } from "./report-set.fixture";

const FORMULA = "=cmd|' /C calc'!A0";

describe("Contracts table detection", () => {
  it("is a source kind", () => {
    expect(SOURCE_KINDS).toContain("contracts");
  });

  it("maps the English and Chinese headers of DOMAIN.md §11", () => {
    const english = [
      "Contract ID",
      "Account",
      "Opportunity ID",
      "Signed",
      "Contract amount",
      "Invoiced",
      "Received",
      "Delivery status",
    ];
    const chinese = ["合同编号", "客户", "商机编号", "签订日期", "合同金额", "已开票", "已回款", "交付状态"];
    const keys = [
      "contractId",
      "account",
      "opportunityId",
      "signed",
      "amount",
      "invoiced",
      "received",
      "deliveryStatus",
    ];
    for (const headers of [english, chinese]) {
      const m = detectMapping("contracts", headers);
      keys.forEach((k, i) => expect([k, m[k]]).toEqual([k, i]));
      expect(missingRequired("contracts", m)).toEqual([]);
    }
  });

  it("maps common CRM spellings, case and width aside, with units in brackets", () => {
    const headers = [
      "CONTRACT NUMBER",
      "Account Name",
      "Ｄａｔｅ Ｓｉｇｎｅｄ",
      "Total Contract Value (USD)",
      "Amount Invoiced",
      "Payments Received",
      "合同负责人",
      "大区",
    ];
    const m = detectMapping("contracts", headers);
    expect(m).toMatchObject({
      contractId: 0,
      account: 1,
      signed: 2,
      amount: 3,
      invoiced: 4,
      received: 5,
      owner: 6,
      region: 7,
    });
  });

  it("does not take an opportunities table for a contracts table (no contract amount column)", () => {
    const opportunityHeaders = ["Opportunity ID", "Account", "Owner", "Stage", "Status", "Amount", "Close Date"];
    expect(missingRequired("contracts", detectMapping("contracts", opportunityHeaders))).toEqual(["amount"]);
  });

  it("finds the header below title lines of a formatted export", () => {
    const rows = [["合同执行情况"], ["导出时间 2026-06-30"], ["合同编号", "客户", "合同金额"], ["C1", "Alpha", 10]];
    expect(findHeaderRow(rows, ["contracts"])).toBe(2);
  });
});

describe("Contracts table reading", () => {
  const values = [
    ["合同编号", "客户", "商机编号", "签订日期", "合同金额(万元)", "已开票(万元)", "已回款", "交付状态"],
    ["HT-001", "Alpha", "O1", "2026年1月15日", 100, 50, "30万", "交付中"],
    ["HT-002", FORMULA, "", "2025/12/1", "80", "", "", ""],
    ["HT-003", "Beta", "O404", "2026-13-01", 50, 60, 0, ""],
    ["HT-001", "Gamma", "", "2026-02-01", 10, 0, 0, ""],
    ["HT-005", "", "", "2026-02-01", 10, 0, 0, ""],
    ["HT-006", "Gamma", "", "2026-03-01", "about 10", 0, 0, ""],
    ["HT-007", "Gamma", "", "2026-03-01", -5, 0, 0, ""],
    ["1E5", "TRUE", "", "31/03/2026", "¥1.2亿", "", "1,200万", ""],
    ["HT-009", "Gamma", "", "2026-03-01", "#N/A", 0, 0, ""],
  ];
  const accounts = parseTable("accounts", {
    sheet: "Accounts",
    values: [
      ["Account", "Contribution", "Potential"],
      ["Alpha", 1, 1],
      ["Beta", 1, 1],
      ["Gamma", 1, 1],
    ],
  });
  const opportunities = parseTable("opportunities", {
    sheet: "Opps",
    values: [
      ["Opportunity ID", "Account", "Stage", "Amount"],
      ["O1", "Alpha", "Bid", 5],
    ],
  });
  const table = parseTable("contracts", { sheet: "合同", values }, { language: "zh-CN" });
  const data = buildDataset({ accounts, opportunities, contracts: table });
  const located = (list: { row: number; code: string; address: string }[]) =>
    list.filter((e) => e.address !== "" && e.row > 1).map((e) => [e.row, e.address, e.code]);

  it("reads 万元 headers, 万/亿 cells and text dates exactly as amounts and dates elsewhere", () => {
    const c = data.contracts ?? [];
    expect(c.map((x) => x.id)).toEqual(["HT-001", "HT-002", "HT-003", "1E5"]);
    expect(c[0]).toMatchObject({
      amount: 1_000_000,
      invoiced: 500_000,
      received: 300_000,
      signed: serialFromYmd(2026, 1, 15),
    });
    expect(c[0]).toMatchObject({ account: 0, opportunity: 0, deliveryStatus: "交付中" });
    expect(c[1]).toMatchObject({ amount: 800_000, invoiced: null, received: null, signed: serialFromYmd(2025, 12, 1) });
    // A header unit scales plain numbers; a cell's own unit is kept as written (DOMAIN.md §2.1).
    expect(c[3]).toMatchObject({ amount: 1.2e8, received: 12_000_000, signed: serialFromYmd(2026, 3, 31) });
  });

  it("keeps hostile text as text: a formula-looking account, 1E5 and TRUE as IDs and names", () => {
    const c = data.contracts ?? [];
    expect(c[1].accountText).toBe(FORMULA);
    expect(c[1].account).toBe(-1);
    expect(c[3]).toMatchObject({ id: "1E5", accountText: "TRUE" });
  });

  it("skips bad rows with located errors and never blocks the rest", () => {
    expect(located(data.errors)).toEqual([
      [6, "B6", "requiredBlank"],
      [7, "E7", "notANumber"],
      [8, "E8", "negativeAmount"],
      [10, "E10", "excelError"],
      [5, "A5", "duplicateContract"],
    ]);
    expect(data.counts.contracts).toEqual({ rowsRead: 9, rowsSkipped: 5 });
  });

  it("keeps doubtful rows with located warnings: bad optional date, unknown account or opportunity, over-invoiced", () => {
    expect(located(data.warnings)).toEqual([
      [4, "D4", "invalidDate"],
      [3, "B3", "unknownAccount"],
      [4, "C4", "unknownOpportunity"],
      [4, "F4", "aboveContractAmount"],
      [9, "B9", "unknownAccount"],
    ]);
    const above = data.warnings.find((w) => w.code === "aboveContractAmount");
    expect(above?.params).toEqual({ field: "invoiced", value: 600_000, amount: 500_000 });
  });

  it("never changes the source values", () => {
    expect(values[2][1]).toBe(FORMULA);
    expect(values[1][6]).toBe("30万");
  });

  it("links the fixture's contracts to accounts and opportunities by ID, name and case", () => {
    const d = reportSetDataset();
    expect(d.contracts?.map((c) => c.id)).toEqual(CONTRACTS.map((c) => c.id));
    const opp = (c: { opportunity: number }) => (c.opportunity >= 0 ? d.opportunities[c.opportunity].id : null);
    expect(d.contracts?.map(opp)).toEqual(["O9", "O10", null, "O18", null, null]);
    expect(d.warnings.filter((w) => w.sheet === "Contracts").map((w) => [w.address, w.code])).toEqual([
      ["B5", "unknownAccount"],
      ["C6", "unknownOpportunity"],
    ]);
  });

  it("leaves the dataset without contracts when no Contracts table is given", () => {
    expect(buildDataset({ accounts }).contracts).toBeUndefined();
  });
});
