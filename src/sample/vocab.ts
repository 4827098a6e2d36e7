/**
 * Word lists and fixed vocabularies for the sample generator: headers (DOMAIN.md §2),
 * stages (§6), team types (§5), and the pieces account and rep names are built from.
 */

export const INDUSTRIES = [
  "Energy",
  "Finance",
  "Manufacturing",
  "Government",
  "Healthcare",
  "Retail",
  "Telecom",
] as const;
export type Industry = (typeof INDUSTRIES)[number];
/** Relative size of accounts per industry (multiplies the lognormal revenue). */
export const INDUSTRY_SCALE: readonly number[] = [2.2, 1.8, 1.0, 1.4, 0.8, 0.6, 1.6];
/** Relative frequency of each industry. */
export const INDUSTRY_WEIGHT: readonly number[] = [0.12, 0.16, 0.22, 0.12, 0.12, 0.14, 0.12];

export const REGIONS = ["East", "North", "South", "West", "Central"] as const;
export const REGION_WEIGHT: readonly number[] = [0.3, 0.22, 0.24, 0.1, 0.14];

/** Default stages, in order (DOMAIN.md §6). Index 0 is stage 1. */
export const STAGES_EN = [
  "Verify",
  "Approve",
  "Needs analysis",
  "Value presentation",
  "Bid",
  "Negotiate & sign",
] as const;
export const STAGES_ZH = ["验证商机", "商机立项", "需求分析", "价值呈现", "组织投标", "谈判签约"] as const;
export const STAGE_PROBABILITY: readonly number[] = [0.1, 0.2, 0.4, 0.6, 0.75, 0.9];

/** Status codes used by the column generator: 0 Open, 1 Won, 2 Lost. */
export const STATUS_EN = ["Open", "Won", "Lost"] as const;
export const STATUS_ZH = ["进行中", "赢单", "丢单"] as const;

export const TEAM_TYPES_EN = ["Territory", "KeyAccount", "Solution", "Partner"] as const;
export const TEAM_TYPES_ZH = ["地区销售", "大客户销售", "方案销售", "合作伙伴"] as const;
export type TeamType = (typeof TEAM_TYPES_EN)[number];

export const PROJECT_CLASSES = ["A", "B", "C", "D", "E"] as const;
export const TIERS = ["A", "B", "C", "D"] as const;

export const HEADERS = {
  accounts: [
    "Account ID",
    "Account Name",
    "Industry",
    "Region",
    "Contribution",
    "Potential",
    "Reference Value",
    "Winnability",
    "Manual Tier",
    "Approver",
  ],
  opportunities: [
    "Opportunity ID",
    "Account",
    "Owner",
    "Region",
    "Stage",
    "Status",
    "Amount",
    "Created",
    "Stage Entered",
    "Expected Close",
    "Project Class",
  ],
  assignments: ["Account", "Rep", "Team", "Team Type", "Role", "Credit"],
  quotas: ["Rep", "Quota", "Named Quota", "Last Year Named"],
} as const;

/** Chinese synonym for every English header (DOMAIN.md §2). Keyed by table, since "Account" differs per table. */
export const HEADERS_ZH: Record<keyof typeof HEADERS, Record<string, string>> = {
  accounts: {
    "Account ID": "客户编号",
    "Account Name": "客户名称",
    Industry: "行业",
    Region: "区域",
    Contribution: "近一年合同额",
    Potential: "未来两年潜在规模",
    "Reference Value": "示范作用",
    Winnability: "能赢能做",
    "Manual Tier": "手动调级",
    Approver: "审批人",
    "Previous Tier": "上期分级",
  },
  opportunities: {
    "Opportunity ID": "商机编号",
    Account: "客户",
    Owner: "负责人",
    Region: "区域",
    Stage: "阶段",
    Status: "状态",
    Amount: "金额",
    Created: "创建日期",
    "Stage Entered": "进入阶段日期",
    "Expected Close": "预计签约日期",
    "Project Class": "项目等级",
  },
  assignments: {
    Account: "客户",
    Rep: "销售",
    Team: "团队",
    "Team Type": "团队类型",
    Role: "角色",
    Credit: "业绩比例",
  },
  quotas: {
    Rep: "销售",
    Quota: "指标",
    "Named Quota": "指名客户指标",
    "Last Year Named": "去年指名客户业绩",
  },
};

// ---- name pieces -------------------------------------------------------------

export const ZH_CITIES = [
  "北京",
  "上海",
  "深圳",
  "广州",
  "杭州",
  "南京",
  "苏州",
  "成都",
  "重庆",
  "武汉",
  "西安",
  "天津",
  "青岛",
  "厦门",
  "合肥",
  "长沙",
  "郑州",
  "沈阳",
  "大连",
  "宁波",
  "无锡",
  "福州",
  "济南",
  "昆明",
  "贵阳",
  "南宁",
  "哈尔滨",
  "长春",
  "石家庄",
  "太原",
];
export const ZH_GRID_REGIONS = ["华东", "华北", "华南", "华中", "西南", "西北", "东北"];
export const ZH_BRANDS = [
  "华创",
  "宏达",
  "远航",
  "云帆",
  "中科",
  "瑞丰",
  "金桥",
  "新元",
  "恒信",
  "博远",
  "天成",
  "嘉禾",
  "汇通",
  "鼎盛",
  "永安",
  "星辰",
  "海润",
  "东方",
  "长城",
  "神州",
  "国泰",
  "明德",
  "启航",
  "卓越",
  "华信",
  "联创",
  "同德",
  "安捷",
  "翔宇",
  "蓝海",
  "思源",
  "致远",
  "泰和",
  "万达",
  "融信",
  "锦程",
  "华晟",
  "正元",
  "立信",
  "光明",
];
/** Industry words, same order as INDUSTRIES. */
export const ZH_INDUSTRY_WORDS: readonly (readonly string[])[] = [
  ["电力", "能源", "新能源", "燃气", "石化", "光伏"],
  ["银行", "证券", "保险", "信托", "基金", "金融控股"],
  ["机械", "汽车", "电子", "精密制造", "重工", "新材料"],
  ["大数据局", "税务局", "人民政府", "政务服务中心", "公安局", "交通运输局"],
  ["医药", "医疗器械", "生物科技", "健康", "人民医院", "中医院"],
  ["商贸", "百货", "零售", "电商", "超市", "连锁"],
  ["通信", "网络", "移动", "信息", "数据", "云计算"],
];
export const ZH_SUFFIXES = ["有限公司", "股份有限公司", "集团", "集团有限公司", "科技有限公司"];

export const EN_PREFIXES = [
  "Northwind",
  "Contoso",
  "Fabrikam",
  "Blue Ridge",
  "Silver Lake",
  "Redwood",
  "Summit",
  "Harbor",
  "Pioneer",
  "Evergreen",
  "Atlas",
  "Meridian",
  "Crescent",
  "Granite",
  "Lakeside",
  "Orion",
  "Pacific",
  "Sterling",
  "Vertex",
  "Westbrook",
  "Tailspin",
  "Litware",
  "Adventure",
  "Wingtip",
  "Proseware",
  "Coho",
  "Alpine",
  "Lucerne",
  "Woodgrove",
  "Trey",
];
/** English industry nouns, same order as INDUSTRIES. */
export const EN_INDUSTRY_WORDS: readonly (readonly string[])[] = [
  ["Power", "Energy", "Utilities", "Grid", "Solar", "Gas"],
  ["Bank", "Capital", "Financial", "Insurance", "Trust", "Securities"],
  ["Manufacturing", "Industries", "Motors", "Components", "Steel", "Robotics"],
  ["County Council", "City Services", "Transit Authority", "Water Board", "Revenue Office", "Public Works"],
  ["Health", "Medical", "Pharma", "Clinics", "Biotech", "Hospital"],
  ["Retail", "Stores", "Markets", "Outfitters", "Supermarkets", "Traders"],
  ["Telecom", "Networks", "Communications", "Wireless", "Data", "Cloud"],
];
export const EN_SUFFIXES = ["Ltd", "Inc.", "Group", "Co.", "LLC", "", "", "Holdings"];

export const ZH_SURNAMES = [
  "张",
  "王",
  "李",
  "赵",
  "刘",
  "陈",
  "杨",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "林",
  "高",
  "罗",
];
export const ZH_GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "磊",
  "洋",
  "勇",
  "艳",
  "杰",
  "涛",
  "明",
  "超",
  "秀英",
  "丽",
  "强",
  "军",
  "平",
  "刚",
  "晨",
  "浩",
  "宇",
  "欣",
  "怡",
  "婷",
  "雪",
  "鹏",
  "飞",
  "俊",
  "文",
];
export const EN_FIRST = [
  "Emily",
  "James",
  "Olivia",
  "Liam",
  "Sophia",
  "Noah",
  "Ava",
  "Ethan",
  "Mia",
  "Lucas",
  "Grace",
  "Daniel",
  "Chloe",
  "Ryan",
  "Hannah",
  "David",
  "Zoe",
  "Kevin",
  "Amy",
  "Jason",
];
export const EN_LAST = [
  "Chen",
  "Miller",
  "Smith",
  "Johnson",
  "Brown",
  "Wang",
  "Lee",
  "Garcia",
  "Wilson",
  "Taylor",
  "Anderson",
  "Thomas",
  "Martin",
  "Clark",
  "Lewis",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
];
/** Sales managers who approve manual tier overrides (not reps). */
export const APPROVERS = ["王建国", "Sarah Lin", "陈志强", "Michael Zhou"];
