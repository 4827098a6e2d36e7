import type { FunctionMessages } from "./en-US";

/** The `KAM.*` functions' own cell messages in Chinese; argument names and quoted cells stay as typed. */
export const functionMessagesZhCN: FunctionMessages = {
  refused: (fn, why, hint) => `KAM.${fn}：${why}；${hint}`,
  argument: (fn, problem) => `KAM.${fn}：${problem}`,
  hintColumns: "请改用任务窗格中的“写入评分与分级列”",
  hintReport: "请改为在任务窗格中生成报表",
  spillLimit: (rows, limit) => `${rows.toLocaleString("zh-CN")} 行超过了 ${limit.toLocaleString("zh-CN")} 行的溢出上限`,
  argsTooLarge: (over, mb, budget) =>
    `其区域${over ? "超过" : "约为"} ${mb} MB，超出了自定义函数在网页版 Excel 中可安全传递的 ${budget} MB（上限 5 MB）`,
  resultTooLarge: (over, mb, budget) =>
    `其结果${over ? "超过" : "约为"} ${mb} MB，超出了自定义函数在网页版 Excel 中可安全传递的 ${budget} MB（上限 5 MB）`,
  mustBeRange: (name) => `${name} 必须是一个区域`,
  notRectangular: (name, row) => `${name} 必须是矩形区域（第 ${row} 行与第 1 行宽度不同）`,
  notVector: (name, rows, cols) => `${name} 必须是单列或单行，而不是 ${rows}×${cols}`,
  lengthMismatch: (other, n, main, m) => `${other} 有 ${n} 个单元格，而 ${main} 有 ${m} 个；二者必须逐行对应`,
  mustBeOneOf: (name, allowed) => `${name} 必须是 ${allowed.map((a) => `“${a}”`).join("、")} 之一`,
  percentNotNumber: (label, text) => `${label}：“${text}”是百分比，此处需要数字`,
  negative: (label, value) => `${label}：${value} 是负数`,
  amountBlank: "金额为空",
  statusUnknown: (status) => `状态“${status}”不是 Open（进行中）、Won（赢单）或 Lost（输单）`,
  stageContradicts: (stage, status) => `阶段“${stage}”与状态“${status}”矛盾`,
  stageUnknown: (stage) => `未知阶段“${stage}”`,
  tierInvalid: (tier) => `级别“${tier}”不是 A、B、C 或 D`,
  assignmentTeamType: (row, teamType) => `第 ${row} 条分配的团队类型“${teamType}”未知`,
  assignmentRole: (row, role) => `第 ${row} 条分配的角色“${role}”未知`,
};
