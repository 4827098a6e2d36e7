/**
 * The input tables of DOMAIN.md §2 (and the contracts of §11): their fields, whether each is required, its type and the
 * header synonyms (English and Chinese) that detect it.
 */
import { PLAN_FIELDS } from "./esp-tables";

export type FieldType =
  | "text" | "amount" | "number" | "date" | "tier" | "status" | "stage" | "teamType" | "role" | "percent"
  | "leadStatus" | EspFieldType; // prettier-ignore
/** Value types of the ESP plan tables (DOMAIN.md §10), read by src/core/esp-values.ts. */
export type EspFieldType = "score" | "planStatus" | "actionStatus" | "area";

export interface FieldSpec {
  key: string;
  required: boolean;
  type: FieldType;
  synonyms: readonly string[];
  /**
   * Headers used only when no synonym matches, and then with a warning to check them (DOMAIN.md §2.1:
   * contribution suggested from Annual Revenue; a company's revenue is not what it buys from us).
   */
  suggested?: readonly string[];
  /**
   * Headers taken, with no warning, only when no synonym matches: a history export's plain "ID" is the
   * history row's own ID when an "Opportunity ID" column is also there (Salesforce OpportunityHistory).
   */
  fallback?: readonly string[];
}

/** The four lists of DOMAIN.md §2. */
export type ListKind = "accounts" | "opportunities" | "assignments" | "quotas";
export const TABLE_KINDS: readonly ListKind[] = ["accounts", "opportunities", "assignments", "quotas"];
/**
 * Every input table: the lists, `rates` (currency | rate to the base currency, DOMAIN.md §2.1), the
 * optional `contracts` of the contract-execution report (DOMAIN.md §11) and the movement inputs `history`
 * and `leads` (DOMAIN.md §9).
 */
export type TableKind = ListKind | "rates" | "contracts" | HistoryKind;
export const SOURCE_KINDS: readonly TableKind[] = [...TABLE_KINDS, "rates", "contracts", "history", "leads"];
/**
 * The three ESP plan tables of DOMAIN.md §10 (src/core/esp-tables.ts): Ninegrid creates them and reads
 * them back. Not in SOURCE_KINDS: the Data pane does not pick them; the Key accounts pane finds them.
 */
export type PlanKind = "accountPlans" | "accountStatus" | "actionPlan";
export const PLAN_KINDS: readonly PlanKind[] = ["accountPlans", "accountStatus", "actionPlan"];
/**
 * The movement inputs of DOMAIN.md §9: `history` (stacked snapshots with a snapshot date column, or a stage
 * history `opportunityId | stage | date entered`) and the optional `leads` table. The Data pane picks them
 * (SOURCE_KINDS) for the Movement report.
 */
export type HistoryKind = "history" | "leads";
export const HISTORY_KINDS: readonly HistoryKind[] = ["history", "leads"];
/** Every table the core can parse. */
export type InputKind = TableKind | PlanKind | HistoryKind;

const f = (
  key: string,
  required: boolean,
  type: FieldType,
  synonyms: string[],
  suggested?: string[],
  fallback?: string[],
): FieldSpec => ({
  key,
  required,
  type,
  synonyms,
  ...(suggested ? { suggested } : {}),
  ...(fallback ? { fallback } : {}),
});

/** DOMAIN.md §9: the snapshot date of stacked weekly exports. */
const SNAPSHOT_SYNONYMS = [
  "Snapshot Date",
  "Snapshot",
  "As Of",
  "As Of Date",
  "Report Date",
  "快照日期",
  "统计日期",
  "快照",
];

// prettier-ignore
export const FIELDS: Record<InputKind, readonly FieldSpec[]> = {
  accounts: [
    f("accountId", false, "text", [
      "Account ID", "ID", "客户编号", "客户ID", "Account Number", "Customer ID", "Record ID", "Company ID",
    ]),
    f("name", true, "text", [
      "Account", "Account Name", "Customer", "Customer Name", "客户", "客户名称",
      "Company Name", "Company", "Associated Company", "公司名称",
    ]),
    f("industry", false, "text", ["Industry", "Vertical", "Segment", "行业", "Industry Type", "所属行业"]),
    f("region", false, "text", [
      "Region", "Territory", "Province", "区域", "大区", "省份",
      "Billing State/Province", "State", "State/Region", "所属区域",
    ]),
    f("contribution", true, "amount", [
      "Contribution", "Revenue", "Revenue LTM", "Sales", "贡献度", "合同额", "销售额", "近一年合同额",
    ], ["Annual Revenue", "年度销售额", "年销售额", "年营业额"]),
    f("potential", true, "amount", ["Potential", "Potential Value", "潜在价值", "潜力", "未来两年潜在规模"]),
    f("reference", false, "number", ["Reference Value", "Reference", "Demonstration", "示范作用"]),
    f("winnability", false, "number", ["Winnability", "Win/Deliver", "能赢能做"]),
    f("manualTier", false, "tier", ["Manual Tier", "Override", "手动调级"]),
    f("approver", false, "text", ["Approver", "Approved By", "审批人"]),
    f("owner", false, "text", ["Account Owner", "Company owner", "客户负责人", "负责人", "Owner"]),
    f("previousTier", false, "tier", ["Previous Tier", "Last Tier", "Prior Tier", "上期分级", "上期等级", "上期客户分级"]),
  ],
  opportunities: [
    f("opportunityId", false, "text", [
      "Opportunity ID", "ID", "商机编号", "Record ID", "Opportunity Number", "商机ID", "Deal ID",
    ]),
    f("name", false, "text", ["Opportunity Name", "Deal Name", "商机名称", "项目名称", "Opportunity"]),
    f("account", true, "text", [
      "Account", "Account Name", "Customer", "客户", "客户名称", "Associated Company", "Company", "Company Name",
    ]),
    f("owner", false, "text", [
      "Owner", "Rep", "Sales Rep", "负责人", "客户经理", "Opportunity Owner", "Deal owner", "商机负责人", "销售代表",
    ]),
    f("region", false, "text", ["Region", "区域"]),
    f("stage", true, "stage", ["Stage", "阶段", "商机阶段", "Deal Stage", "Stage Name", "销售阶段"]),
    f("status", false, "status", ["Status", "状态"]),
    f("amount", true, "amount", ["Amount", "Value", "金额", "预计金额"]),
    f("probability", false, "percent", ["Probability", "Probability (%)", "Deal probability", "赢率", "成交概率"]),
    f("created", false, "date", ["Created", "Create Date", "Created Date", "创建日期", "创建时间"]),
    f("stageEntered", false, "date", ["Stage Date", "Stage Entered", "进入阶段日期"]),
    f("expectedClose", false, "date", [
      "Close Date", "Expected Close", "预计签约日期", "Expected Close Date", "预计成交日期",
    ]),
    f("projectClass", false, "text", ["Class", "Project Class", "项目等级"]),
    f("nextStep", false, "text", ["Next Step", "下一步"]),
    // Weekly exports pasted under each other (DOMAIN.md §9): the reports read the latest snapshot only.
    f("snapshot", false, "date", SNAPSHOT_SYNONYMS),
  ],
  assignments: [
    f("account", true, "text", ["Account", "Account Name", "客户", "客户名称"]),
    f("rep", true, "text", ["Rep", "Owner", "Sales", "销售", "负责人"]),
    f("team", false, "text", ["Team", "团队"]),
    f("teamType", true, "teamType", ["Team Type", "团队类型"]),
    f("role", false, "role", ["Role", "角色"]),
    f("credit", false, "percent", ["Credit", "业绩比例"]),
  ],
  quotas: [
    f("rep", true, "text", ["Rep", "Sales", "Owner", "销售"]),
    f("quota", true, "amount", ["Quota", "Target", "指标", "销售目标"]),
    f("namedQuota", false, "amount", ["Named Quota", "Named-Account Target", "指名客户指标"]),
    f("lastYearNamed", false, "amount", ["Named LY", "Last Year Named", "去年指名客户业绩"]),
  ],
  rates: [
    f("currency", true, "text", ["Currency", "Currency Code", "ISO Code", "币种", "货币"]),
    f("rate", true, "number", ["Rate", "Conversion Rate", "Exchange Rate", "Rate to Base", "汇率", "折算汇率"]),
  ],
  ...PLAN_FIELDS,
  // DOMAIN.md §9: one kind for both shapes; the snapshot or the date entered is required by shape (history.ts).
  history: [
    f("snapshot", false, "date", SNAPSHOT_SYNONYMS),
    f("opportunityId", false, "text", [
      "Opportunity ID", "OpportunityId", "Opportunity Number", "商机编号", "商机ID", "Record ID", "Deal ID",
    ], undefined, ["ID"]),
    f("name", false, "text", ["Opportunity Name", "Deal Name", "商机名称", "项目名称", "Opportunity"]),
    f("account", false, "text", [
      "Account", "Account Name", "Customer", "客户", "客户名称", "Associated Company", "Company", "Company Name",
    ]),
    f("owner", false, "text", [
      "Owner", "Rep", "Sales Rep", "负责人", "客户经理", "Opportunity Owner", "Deal owner", "商机负责人", "销售代表",
    ]),
    f("region", false, "text", ["Region", "区域"]),
    f("stage", true, "stage", [
      "Stage", "阶段", "商机阶段", "Deal Stage", "Stage Name", "StageName", "销售阶段", "To Stage", "New Stage", "变更后阶段",
    ]),
    f("status", false, "status", ["Status", "状态"]),
    f("amount", false, "amount", ["Amount", "Value", "金额", "预计金额"]),
    f("entered", false, "date", [
      "Date Entered", "Entered", "Date Entered Stage", "Stage Entered", "Stage Date", "Entered Stage",
      "Stage Change Date", "Change Date", "Changed On", "Last Modified", "Last Modified Date", "Edit Date",
      "进入阶段日期", "进入日期", "变更日期", "变更时间", "阶段变更日期",
    ]),
    f("created", false, "date", ["Created", "Create Date", "Created Date", "创建日期", "创建时间"]),
    f("expectedClose", false, "date", [
      "Close Date", "Expected Close", "预计签约日期", "Expected Close Date", "预计成交日期",
    ]),
    f("projectClass", false, "text", ["Class", "Project Class", "项目等级"]),
  ],
  leads: [
    f("leadId", false, "text", ["Lead ID", "LeadId", "线索编号", "线索ID", "Record ID"], undefined, ["ID"]),
    f("name", false, "text", ["Lead Name", "Lead", "Name", "线索名称", "线索", "姓名"]),
    f("company", false, "text", ["Company", "Company Name", "Account", "公司", "公司名称", "客户", "客户名称"]),
    f("source", false, "text", ["Lead Source", "Source", "Original Source", "线索来源", "来源", "渠道"]),
    f("owner", false, "text", ["Lead Owner", "Owner", "Rep", "负责人", "销售", "跟进人", "Contact owner"]),
    f("created", false, "date", ["Created", "Create Date", "Created Date", "创建日期", "创建时间", "分配日期", "Assigned"]),
    f("status", true, "leadStatus", ["Lead Status", "Status", "线索状态", "状态"]),
    f("convertedOpportunityId", false, "text", [
      "Converted Opportunity ID", "Converted Opportunity", "Opportunity ID", "转化商机编号", "商机编号", "Deal ID",
    ]),
    f("convertedDate", false, "date", ["Converted Date", "Conversion Date", "Date Converted", "转化日期", "升迁日期"]),
  ],
  // DOMAIN.md §11. The amount has no plain "Amount" synonym, so an opportunities table never fits as contracts.
  contracts: [
    f("contractId", false, "text", [
      "Contract ID", "Contract Number", "Contract No", "Contract No.", "Contract #", "合同编号", "合同号", "合同ID",
    ]),
    f("name", false, "text", ["Contract Name", "Contract Title", "合同名称"]),
    f("account", true, "text", [
      "Account", "Account Name", "Customer", "Customer Name", "客户", "客户名称", "Company", "Company Name", "甲方",
    ]),
    f("opportunityId", false, "text", [
      "Opportunity ID", "Opportunity Number", "Deal ID", "商机编号", "商机ID", "Opportunity",
    ]),
    f("owner", false, "text", ["Owner", "Contract Owner", "Sales Rep", "Rep", "负责人", "销售", "销售代表", "合同负责人", "客户经理"]),
    f("region", false, "text", ["Region", "Territory", "区域", "大区"]),
    f("signed", false, "date", [
      "Signed", "Signed Date", "Date Signed", "Signing Date", "Contract Date", "Customer Signed Date",
      "签订日期", "签约日期", "合同签订日期", "签署日期",
    ]),
    f("amount", true, "amount", [
      "Contract amount", "Contract Value", "Total Contract Value", "TCV", "合同金额", "合同额", "合同总额",
    ]),
    f("invoiced", false, "amount", ["Invoiced", "Invoiced Amount", "Amount Invoiced", "Billed", "已开票", "已开票金额", "开票金额"]),
    f("received", false, "amount", [
      "Received", "Amount Received", "Received Amount", "Collected", "Paid", "Payments Received",
      "已回款", "回款金额", "已回款金额", "已收款", "回款",
    ]),
    f("deliveryStatus", false, "text", ["Delivery status", "Delivery", "Contract Status", "交付状态", "执行状态", "合同状态"]),
  ],
};
