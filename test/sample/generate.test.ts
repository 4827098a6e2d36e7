import {
  CONFLICT_SHARE,
  DEFAULT_AS_OF,
  EMOJI_NAME,
  FORMULA_NAMES,
  GAP_SHARE,
  HEADERS,
  LONG_NAME,
  RTL_NAMES,
  STAGES_EN,
  STAGES_ZH,
  TEAM_TYPES_EN,
  TEAM_TYPES_ZH,
  excelSerial,
  generateColumns,
  generateSample,
  localizeHeaders,
  mulberry32,
  type SampleCell,
  type SampleTable,
} from "../../src/sample";

const col = (t: SampleTable, header: string): SampleCell[] => {
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`no ${header}`);
  return t.rows.map((r) => r[i]);
};
const nums = (cells: SampleCell[]): number[] => cells.filter((v): v is number => typeof v === "number");
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const HAN = /[\u4e00-\u9fff]/;
const teamTypeCode = (v: SampleCell): string => {
  const s = String(v);
  const zh = (TEAM_TYPES_ZH as readonly string[]).indexOf(s);
  return zh >= 0 ? TEAM_TYPES_EN[zh] : s;
};

describe("random", () => {
  it("mulberry32 is deterministic, in [0,1), and seed-sensitive", () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const xa = Array.from({ length: 1000 }, () => a.next());
    const xb = Array.from({ length: 1000 }, () => b.next());
    const xc = Array.from({ length: 1000 }, () => c.next());
    expect(xa).toEqual(xb);
    expect(xa).not.toEqual(xc);
    expect(Math.min(...xa)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xa)).toBeLessThan(1);
    const mean = xa.reduce((s, x) => s + x, 0) / xa.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it("normal() has mean ≈ 0 and sd ≈ 1", () => {
    const r = mulberry32(9);
    const xs = Array.from({ length: 20000 }, () => r.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe("generateSample", () => {
  const wb = generateSample();

  it("is deterministic per seed and differs across seeds", () => {
    expect(generateSample()).toEqual(wb);
    const other = generateSample({ seed: 43 });
    expect(other.accounts.rows).not.toEqual(wb.accounts.rows);
    expect(other.opportunities.rows).not.toEqual(wb.opportunities.rows);
    expect(other.assignments.rows).not.toEqual(wb.assignments.rows);
  });

  it("has the default sizes, report date, table names and headers", () => {
    expect(wb.accounts.rows).toHaveLength(400);
    expect(wb.opportunities.rows).toHaveLength(1200);
    expect(wb.quotas.rows.length).toBeGreaterThanOrEqual(35);
    expect(wb.quotas.rows.length).toBeLessThanOrEqual(45);
    expect(wb.asOf).toBe(46349);
    expect(DEFAULT_AS_OF).toBe(excelSerial(2026, 11, 23));
    expect([wb.accounts.name, wb.opportunities.name, wb.assignments.name, wb.quotas.name]).toEqual([
      "Accounts",
      "Opportunities",
      "Assignments",
      "Quotas",
    ]);
    expect(wb.accounts.headers).toEqual([
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
      "Previous Tier",
    ]);
    expect(wb.opportunities.headers).toEqual([
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
    ]);
    expect(wb.assignments.headers).toEqual(["Account", "Rep", "Team", "Team Type", "Role", "Credit"]);
    expect(wb.quotas.headers).toEqual(["Rep", "Quota", "Named Quota", "Last Year Named"]);
    for (const t of [wb.accounts, wb.opportunities, wb.assignments, wb.quotas]) {
      for (const r of t.rows) expect(r).toHaveLength(t.headers.length);
    }
    expect(wb.dirtyCells).toEqual([]);
  });

  it("honours custom sizes and asOf", () => {
    const s = generateSample({ seed: 5, accounts: 57, opportunities: 13, asOf: excelSerial(2025, 1, 31) });
    expect(s.accounts.rows).toHaveLength(57);
    expect(s.opportunities.rows).toHaveLength(13);
    expect(s.asOf).toBe(excelSerial(2025, 1, 31));
    for (const c of nums(col(s.opportunities, "Created"))) expect(c).toBeLessThanOrEqual(s.asOf);
    expect(() => generateSample({ accounts: -1 })).toThrow(RangeError);
    expect(() => generateSample({ accounts: 0, opportunities: 3 })).toThrow(RangeError);
    expect(generateSample({ accounts: 0, opportunities: 0 }).accounts.rows).toEqual([]);
  });

  it("has unique account IDs and names, mixing Chinese and English names", () => {
    const ids = col(wb.accounts, "Account ID");
    const names = col(wb.accounts, "Account Name") as string[];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    const zh = names.filter((n) => HAN.test(n)).length;
    const en = names.filter((n) => /^[A-Za-z]/.test(n)).length;
    expect(zh).toBeGreaterThan(400 * 0.4);
    expect(en).toBeGreaterThan(400 * 0.2);
    expect(zh + en).toBe(400);
  });

  it("has heavy-tailed contribution with some zeros, and correlated potential", () => {
    const c = nums(col(wb.accounts, "Contribution"));
    expect(c).toHaveLength(400);
    const positive = c.filter((x) => x > 0);
    expect(c.length - positive.length).toBeGreaterThan(0);
    expect(Math.max(...c) / median(c)).toBeGreaterThan(100);
    expect(Math.max(...positive) / Math.min(...positive)).toBeGreaterThan(1000);
    const p = nums(col(wb.accounts, "Potential"));
    const pairs = c.map((x, i) => [x, p[i]]).filter(([x, y]) => x > 0 && y > 0);
    const lx = pairs.map(([x]) => Math.log(x));
    const ly = pairs.map(([, y]) => Math.log(y));
    const mx = lx.reduce((s, v) => s + v, 0) / lx.length;
    const my = ly.reduce((s, v) => s + v, 0) / ly.length;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < lx.length; i++) {
      sxy += (lx[i] - mx) * (ly[i] - my);
      sxx += (lx[i] - mx) ** 2;
      syy += (ly[i] - my) ** 2;
    }
    const rho = sxy / Math.sqrt(sxx * syy);
    expect(rho).toBeGreaterThan(0.3);
    expect(rho).toBeLessThan(0.95);
  });

  it("has 1–10 integer reference and winnability scores with some blanks", () => {
    for (const h of ["Reference Value", "Winnability"]) {
      const v = col(wb.accounts, h);
      const blanks = v.filter((x) => x === null).length;
      expect(blanks).toBeGreaterThan(0);
      expect(blanks).toBeLessThan(100);
      for (const x of nums(v)) {
        expect(Number.isInteger(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(1);
        expect(x).toBeLessThanOrEqual(10);
      }
      expect(new Set(nums(v)).size).toBeGreaterThan(5);
    }
  });

  it("has a few manual tiers, approved and pending", () => {
    const manual = col(wb.accounts, "Manual Tier");
    const approver = col(wb.accounts, "Approver");
    const withTier = manual.map((m, i) => [m, approver[i]]).filter(([m]) => m !== null);
    expect(withTier.length).toBeGreaterThan(2);
    expect(withTier.length).toBeLessThan(40);
    for (const [m] of withTier) expect(["A", "B", "C", "D"]).toContain(m);
    expect(withTier.some(([, a]) => a !== null)).toBe(true);
    expect(withTier.some(([, a]) => a === null)).toBe(true);
    // Approvers only appear next to a manual tier.
    expect(approver.filter((a, i) => a !== null && manual[i] === null)).toEqual([]);
  });

  it("has opportunities with mixed stage/status spellings, consistent dates and known accounts", () => {
    const o = wb.opportunities;
    const stages = col(o, "Stage");
    expect(stages.some((s) => (STAGES_EN as readonly SampleCell[]).includes(s))).toBe(true);
    expect(stages.some((s) => (STAGES_ZH as readonly SampleCell[]).includes(s))).toBe(true);
    expect(stages.some((s) => typeof s === "number" && s >= 1 && s <= 6)).toBe(true);
    for (const s of stages) {
      expect(
        typeof s === "number"
          ? s >= 1 && s <= 6
          : (STAGES_EN as readonly SampleCell[]).includes(s) || (STAGES_ZH as readonly SampleCell[]).includes(s),
      ).toBe(true);
    }
    const statuses = new Set(col(o, "Status"));
    for (const s of ["Open", "Won", "Lost", "进行中", "赢单", "丢单"]) expect(statuses.has(s)).toBe(true);
    for (const s of statuses) expect([null, "Open", "Won", "Lost", "进行中", "赢单", "丢单"]).toContain(s);
    expect(o.numberFormats).toMatchObject({
      Created: "yyyy-mm-dd",
      "Stage Entered": "yyyy-mm-dd",
      "Expected Close": "yyyy-mm-dd",
    });
    const [iCr, iSe, iSt, iStage] = ["Created", "Stage Entered", "Status", "Stage"].map((h) => o.headers.indexOf(h));
    for (const r of o.rows) {
      const created = r[iCr] as number;
      expect(Number.isInteger(created)).toBe(true);
      expect(created).toBeLessThanOrEqual(wb.asOf);
      if (r[iSe] !== null) {
        expect(r[iSe] as number).toBeGreaterThanOrEqual(created);
        expect(r[iSe] as number).toBeLessThanOrEqual(wb.asOf);
      }
      if (r[iSt] === "Won" || r[iSt] === "赢单") expect([6, STAGES_EN[5], STAGES_ZH[5]]).toContain(r[iStage]);
    }
    const amounts = nums(col(o, "Amount"));
    expect(amounts).toHaveLength(1200);
    expect(Math.min(...amounts)).toBeGreaterThan(0);
    expect(Math.max(...amounts) / median(amounts)).toBeGreaterThan(20);
    expect(new Set(col(o, "Project Class"))).toEqual(new Set(["A", "B", "C", "D", "E"]));
    const ids = new Set(col(wb.accounts, "Account ID"));
    for (const a of col(o, "Account")) expect(ids.has(a)).toBe(true);
    const reps = new Set(col(wb.quotas, "Rep"));
    for (const r of col(o, "Owner")) expect(reps.has(r)).toBe(true);
  });

  it("plants coverage gaps and conflicts in the assignments", () => {
    const t = wb.assignments;
    const [iA, iT, iR] = ["Account", "Team Type", "Role"].map((h) => t.headers.indexOf(h));
    const primaries = new Map<SampleCell, Set<string>>();
    for (const r of t.rows) {
      const tt = teamTypeCode(r[iT]);
      expect(TEAM_TYPES_EN as readonly string[]).toContain(tt);
      const role = r[iR];
      const isPrimary = role === null ? tt === "Territory" || tt === "KeyAccount" : role === "Primary";
      // Roles, when given, agree with the team type default.
      expect(isPrimary).toBe(tt === "Territory" || tt === "KeyAccount");
      if (!isPrimary) continue;
      const set = primaries.get(r[iA]) ?? new Set<string>();
      set.add(tt);
      primaries.set(r[iA], set);
    }
    const ids = col(wb.accounts, "Account ID");
    const uncovered = ids.filter((id) => !primaries.has(id));
    const conflicts = ids.filter((id) => primaries.get(id)?.size === 2);
    expect(uncovered).toHaveLength(Math.round(400 * GAP_SHARE));
    expect(conflicts).toHaveLength(Math.round(400 * CONFLICT_SHARE));
    // Overlays exist, including on some uncovered accounts' neighbours; Chinese team types appear.
    expect(t.rows.some((r) => teamTypeCode(r[iT]) === "Solution")).toBe(true);
    expect(t.rows.some((r) => teamTypeCode(r[iT]) === "Partner")).toBe(true);
    expect(t.rows.some((r) => (TEAM_TYPES_ZH as readonly SampleCell[]).includes(r[iT]))).toBe(true);
    // Key-account primaries go to big accounts.
    const contribution = new Map(wb.accounts.rows.map((r) => [r[0], r[4] as number]));
    const kaOnly = ids.filter((id) => primaries.get(id)?.size === 1 && primaries.get(id)?.has("KeyAccount"));
    const terOnly = ids.filter((id) => primaries.get(id)?.size === 1 && primaries.get(id)?.has("Territory"));
    expect(kaOnly.length).toBeGreaterThan(10);
    expect(Math.min(...kaOnly.map((id) => contribution.get(id) ?? 0))).toBeGreaterThan(
      median(terOnly.map((id) => contribution.get(id) ?? 0)),
    );
    const reps = new Set(col(wb.quotas, "Rep"));
    for (const r of col(t, "Rep")) expect(reps.has(r)).toBe(true);
    expect(col(t, "Credit").every((c) => c === 1 || c === 0.5)).toBe(true);
  });

  it("has ~40 reps with Chinese and English names and named quotas for key-account reps", () => {
    const q = wb.quotas;
    const reps = col(q, "Rep") as string[];
    expect(new Set(reps).size).toBe(reps.length);
    expect(reps.some((r) => HAN.test(r))).toBe(true);
    expect(reps.some((r) => /^[A-Za-z]+ [A-Za-z]+$/.test(r))).toBe(true);
    for (const v of nums(col(q, "Quota"))) expect(v).toBeGreaterThan(0);
    expect(nums(col(q, "Quota"))).toHaveLength(reps.length);
    const named = col(q, "Named Quota");
    expect(named.filter((v) => v !== null).length).toBeGreaterThan(5);
    expect(named.filter((v) => v === null).length).toBeGreaterThan(5);
  });

  it("backs the rows with the column fast path", () => {
    const cols = generateColumns(400, 42, { opportunities: 1200 });
    expect(Array.from(cols.accounts.contribution)).toEqual(col(wb.accounts, "Contribution"));
    expect(Array.from(cols.opportunities.amount)).toEqual(col(wb.opportunities, "Amount"));
    expect(cols.accounts.segment).toEqual(col(wb.accounts, "Industry"));
    expect(cols.opportunities.stageLabel).toEqual(col(wb.opportunities, "Stage"));
    const ref = Array.from(cols.accounts.reference, (x) => (Number.isNaN(x) ? null : x));
    expect(ref).toEqual(col(wb.accounts, "Reference Value"));
    // Opportunities don't shift the accounts: a different opportunity count leaves accounts as they were.
    expect(generateSample({ opportunities: 5 }).accounts.rows).toEqual(wb.accounts.rows);
  });
});

describe("localizeHeaders", () => {
  const wb = generateSample({ accounts: 30, opportunities: 10 });

  it("maps every table to the Chinese synonyms and re-keys number formats", () => {
    expect(localizeHeaders(wb.accounts, "zh-CN").headers).toEqual([
      "客户编号",
      "客户名称",
      "行业",
      "区域",
      "近一年合同额",
      "未来两年潜在规模",
      "示范作用",
      "能赢能做",
      "手动调级",
      "审批人",
      "上期分级",
    ]);
    const opp = localizeHeaders(wb.opportunities, "zh-CN");
    expect(opp.headers).toEqual([
      "商机编号",
      "客户",
      "负责人",
      "区域",
      "阶段",
      "状态",
      "金额",
      "创建日期",
      "进入阶段日期",
      "预计签约日期",
      "项目等级",
    ]);
    expect(opp.numberFormats).toEqual({
      金额: "#,##0",
      创建日期: "yyyy-mm-dd",
      进入阶段日期: "yyyy-mm-dd",
      预计签约日期: "yyyy-mm-dd",
    });
    expect(localizeHeaders(wb.assignments, "zh-CN").headers).toEqual([
      "客户",
      "销售",
      "团队",
      "团队类型",
      "角色",
      "业绩比例",
    ]);
    expect(localizeHeaders(wb.quotas, "zh-CN").headers).toEqual(["销售", "指标", "指名客户指标", "去年指名客户业绩"]);
    expect(opp.rows).toBe(wb.opportunities.rows);
    // The source table is untouched.
    expect(wb.opportunities.headers).toEqual([...HEADERS.opportunities]);
    expect(localizeHeaders(wb.quotas, "en-US").headers).toEqual([...HEADERS.quotas]);
    expect(() => localizeHeaders({ ...wb.quotas, name: "Other" }, "zh-CN")).toThrow();
  });
});

describe("dirty sample", () => {
  const clean = generateSample({ seed: 11 });
  const dirty = generateSample({ seed: 11, dirty: true });

  it("plants every kind of bad and hostile cell where it says", () => {
    const kinds = new Set(dirty.dirtyCells.map((d) => d.kind));
    for (const k of [
      "textNumber",
      "currencyText",
      "ambiguousNumber",
      "negativeNumber",
      "unknownStage",
      "errorValue",
      "blankRequired",
      "duplicateId",
      "formulaLike",
      "longText",
      "emoji",
      "rtl",
    ]) {
      expect(kinds.has(k as never)).toBe(true);
    }
    const tables: Record<string, SampleTable> = {
      Accounts: dirty.accounts,
      Opportunities: dirty.opportunities,
      Assignments: dirty.assignments,
      Quotas: dirty.quotas,
    };
    for (const d of dirty.dirtyCells) {
      const t = tables[d.table];
      expect(t.rows[d.row][t.headers.indexOf(d.column)]).toBe(d.value);
      if (d.expect === "accept") expect(typeof d.parsed).toBe("number");
    }
    const values = dirty.dirtyCells.map((d) => d.value);
    for (const v of [
      "1,234",
      "¥2,000",
      "$ 3,500.50",
      "3.5M",
      -12_000,
      "#N/A",
      LONG_NAME,
      EMOJI_NAME,
      ...FORMULA_NAMES,
      ...RTL_NAMES,
    ])
      expect(values).toContain(v);
    expect(LONG_NAME).toHaveLength(5000);
    expect(dirty.dirtyCells.find((d) => d.kind === "blankRequired" && d.table === "Accounts")?.value).toBeNull();
    // No two planted cells share an account row (each row has one reason to be bad).
    const accRows = dirty.dirtyCells.filter((d) => d.table === "Accounts").map((d) => d.row);
    expect(new Set(accRows).size).toBe(accRows.length);
  });

  it("duplicates an earlier row's account ID", () => {
    const d = dirty.dirtyCells.find((c) => c.kind === "duplicateId");
    expect(d).toBeDefined();
    const ids = col(dirty.accounts, "Account ID");
    const firstIndex = ids.indexOf(d?.value ?? "");
    expect(firstIndex).toBeGreaterThanOrEqual(0);
    expect(firstIndex).toBeLessThan(d?.row ?? -1);
  });

  it("changes only the planted cells", () => {
    const planted = new Set(dirty.dirtyCells.map((d) => `${d.table}|${d.row}|${d.column}`));
    let differing = 0;
    for (const key of ["accounts", "opportunities", "assignments", "quotas"] as const) {
      const a = clean[key];
      const b = dirty[key];
      expect(b.rows).toHaveLength(a.rows.length);
      a.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (!Object.is(v, b.rows[i][j])) {
            differing++;
            expect(planted.has(`${a.name}|${i}|${a.headers[j]}`)).toBe(true);
          }
        }),
      );
    }
    expect(differing).toBe(dirty.dirtyCells.length);
    // The clean sample has none of these values.
    expect(nums(col(clean.opportunities, "Amount"))).toHaveLength(clean.opportunities.rows.length);
    expect(col(clean.accounts, "Account Name").every((n) => typeof n === "string" && !/^[=+@-]/.test(n))).toBe(true);
  });

  it("refuses tables too small to hold the planted cells", () => {
    expect(() => generateSample({ accounts: 10, opportunities: 10, dirty: true })).toThrow(RangeError);
  });
});

describe("scale", () => {
  // Its speed is measured by `npm run bench` (the reports section generates this size), not by a timed test.
  it("generates 1,048,576 accounts and 300k opportunities", () => {
    const big = generateSample({ accounts: 1_048_576, opportunities: 300_000 });
    expect(big.accounts.rows).toHaveLength(1_048_576);
    expect(big.opportunities.rows).toHaveLength(300_000);
    expect(big.quotas.rows.length).toBeLessThanOrEqual(1000);
  });
});
