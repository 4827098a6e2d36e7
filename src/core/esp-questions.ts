/**
 * Ninegrid's own status questionnaire for key accounts (DOMAIN.md §10, ESP step 4, seed 000): about
 * twelve statements in four areas, each scored 0 (not true, or we do not know) to 5 (fully true).
 * Question IDs are stable: rows already in a workbook keep matching the bank after an upgrade.
 */

/** The four areas of DOMAIN.md §10, in the order reports show them. */
export type Area = "relationship" | "needsValue" | "competition" | "decision";
export const AREAS: readonly Area[] = ["relationship", "needsValue", "competition", "decision"];

/** A text in both languages the tables are written in. */
export interface Bilingual {
  en: string;
  zh: string;
}
export type TableLanguage = keyof Bilingual;

/** Area names as written in the Area column (DOMAIN.md §10: 关系, 需求与价值, 竞争, 决策与预算). */
export const AREA_NAMES: Readonly<Record<Area, Bilingual>> = {
  relationship: { en: "Relationship", zh: "关系" },
  needsValue: { en: "Needs and value", zh: "需求与价值" },
  competition: { en: "Competition", zh: "竞争" },
  decision: { en: "Decision process and budget", zh: "决策与预算" },
};

export interface Question {
  id: string;
  area: Area;
  /** Relative weight within the overall score; 3 marks what most decides the account's future. */
  weight: number;
  text: Bilingual;
}

const q = (id: string, area: Area, weight: number, en: string, zh: string): Question => ({
  id,
  area,
  weight,
  text: { en, zh },
});

/** The question bank (DOMAIN.md §10). Each statement is scored 0–5 by how true it is today. */
export const QUESTION_BANK: readonly Question[] = [
  q("REL-1", "relationship", 3,
    "A sponsor at decision-maker level supports us and meets us at least once a quarter.",
    "客户决策层中有支持我们的人（高层倡导者），且每季度至少与我们会面一次。"),
  q("REL-2", "relationship", 2,
    "We know the customer's organisation chart and where each key person stands towards us.",
    "我们掌握客户的组织结构图，清楚每位关键人物对我们的态度。"),
  q("REL-3", "relationship", 2,
    "Our contacts reach beyond one department: business, technical and procurement people all know us.",
    "我们的关系不局限于一个部门：业务、技术和采购部门都有熟悉我们的人。"),
  q("NEED-1", "needsValue", 3,
    "We know the customer's goals for the next two years and how our offer helps reach them.",
    "我们了解客户未来两年的业务目标，以及我们的方案如何帮助其实现。"),
  q("NEED-2", "needsValue", 2,
    "The customer has agreed to the business value we quantified for them.",
    "客户认可我们为其量化的业务价值。"),
  q("NEED-3", "needsValue", 2,
    "What we delivered here works well, and the customer would act as a reference for us.",
    "我们在该客户已交付的项目运行良好，客户愿意作为我们的样板客户。"),
  q("COMP-1", "competition", 2,
    "We know which competitors are active here, and their relationships and strengths.",
    "我们清楚哪些竞争对手活跃在该客户，以及他们的关系和优势。"),
  q("COMP-2", "competition", 3,
    "The customer sees a clear advantage in our solution over the alternatives, doing nothing included.",
    "客户认为我们的方案明显优于其他选择（包括维持现状）。"),
  q("COMP-3", "competition", 1,
    "Our share of the customer's spending in our category is growing.",
    "我们在客户同类采购中的份额在增长。"),
  q("DEC-1", "decision", 3,
    "We know who decides, who approves and who influences a purchase, and the steps of their buying process.",
    "我们清楚谁决策、谁审批、谁影响采购，以及客户采购流程的各个步骤。"),
  q("DEC-2", "decision", 2,
    "We know the customer's budget cycle, and our projects are in next year's budget.",
    "我们了解客户的预算周期，且我们的项目已列入其下一年度预算。"),
  q("DEC-3", "decision", 2,
    "We know the procurement rules (tender, vendor list, framework agreement) and qualify under them.",
    "我们了解客户的采购规则（招标、供应商名录、框架协议），并已具备入围资格。"),
]; // prettier-ignore

const BY_ID = new Map(QUESTION_BANK.map((question) => [foldId(question.id), question]));

function foldId(id: string): string {
  return id.normalize("NFKC").trim().toUpperCase();
}

/** The bank's question with this ID (case-, width- and space-insensitive), or undefined (DOMAIN.md §10). */
export function bankQuestion(id: string): Question | undefined {
  return BY_ID.get(foldId(id));
}
