import type { SettingsWarning } from "../../excel/settings-store";
import type { WriteColumnsRefusal, WriteColumnsWarning } from "../../excel/write-columns";
import { REASON_TEXT } from "../../core/reasons";
import type { ScatterNote } from "../../reports/nine-grid-chart";
import type { StaticColumnReason } from "../../reports/live-warnings";
import { ReportKind, REPORTS, ReportSummary } from "../../reports/registry";
import { CodedModelIssue, CodedReason, ReportOptionStrings, ReportStrings, wordReason, wordSummary } from "./messages";

/** Bytes as megabytes with one decimal, for the payload warning. */
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A tab per pane: Data, Model and each report (a new report fails to compile until it is named). */
const TABS: Record<"data" | "model" | ReportKind | "pack", string> = {
  data: "Data",
  model: "Model",
  nineGrid: "Nine-Grid",
  coverage: "Coverage",
  pipeline: "Pipeline",
  quotas: "Quotas",
  pack: "Monthly pack",
  keyAccounts: "Key accounts",
  keyProjects: "Key projects",
  contractExecution: "Contracts",
  repPerformance: "Reps",
  regionalComposition: "Regions",
  customerPurchases: "Customers",
  movement: "Movement",
};

/** Report options a pane control sets, by option key (the Model pane's segmentation too). */
const OPTIONS: ReportOptionStrings = {
  segmentBy: { label: "Segment by", choices: { none: "No segments", industry: "Industry", region: "Region" } },
  splitBy: {
    label: "Split by",
    choices: { none: "Nothing", region: "Region", tier: "Tier", owner: "Owner", projectClass: "Project class" },
  },
  period: { label: "Period", choices: { month: "Month", quarter: "Quarter", half: "Half year", year: "Year" } },
  perSegmentMatrices: { label: "One matrix per segment" },
  logScale: { label: "Logarithmic axes" },
  topNames: { label: "Account names per cell" },
  weightBy: { label: "Weight by", choices: { stage: "Stage probability", row: "Each deal's own probability" } },
  keyProjectTiers: {
    label: "Key accounts' tiers",
    choices: { AB: "Tiers A and B", A: "Tier A only", ABC: "Tiers A, B and C", none: "No tier rule" },
  },
  keyProjectMinAmount: {
    label: "Key from amount",
    choices: {
      none: "No amount rule",
      "100000": "100,000 or more",
      "500000": "500,000 or more",
      "1000000": "1,000,000 or more",
      "5000000": "5,000,000 or more",
    },
  },
  contractSplit: {
    label: "Totals by",
    choices: { both: "Owner and region", owner: "Owner", region: "Region" },
  },
  overdueDays: {
    label: "Overdue after",
    choices: { "30": "30 days", "60": "60 days", "90": "90 days", "120": "120 days", "180": "180 days" },
  },
  historyWeeks: {
    label: "History window",
    choices: { "4": "4 weeks", "13": "13 weeks", "26": "26 weeks", "52": "52 weeks" },
  },
  regionalColumns: { label: "Columns", choices: { industry: "Industry", projectClass: "Project class" } },
  regionalPeriod: {
    label: "Year",
    choices: { thisYear: "This year to date", lastYear: "Last year", allYears: "All years" },
  },
  purchaseYears: { label: "Years", choices: { "2": "2 years", "3": "3 years", "4": "4 years", "5": "5 years" } },
  movementCompare: {
    label: "Compare with",
    choices: { previous: "The snapshot before", "4weeks": "4 weeks earlier", "13weeks": "13 weeks earlier" },
  },
  movementSplitBy: {
    label: "Stage flow by",
    choices: { none: "Nothing", owner: "Owner", region: "Region", projectClass: "Project class" },
  },
  language: {
    label: "Report language",
    choices: { pane: "Follow the pane", en: "English", zh: "中文" },
  },
  // A date option's "" choice is what a blank date means (the date input's hint); "default" the same, short, as
  // the blank choice of the list of snapshot dates.
  movementFrom: {
    label: "From snapshot",
    choices: {
      "": "Blank: as Compare with says; a date takes the latest snapshot on or before it",
      default: "As Compare with says",
    },
  },
  movementTo: {
    label: "To snapshot",
    choices: {
      "": "Blank: the latest snapshot on or before the report date",
      default: "Latest on or before the report date",
    },
  },
};

/** What the Nine-Grid scatter did on its own: the sheet's notes under the chart, said in the pane too. */
const scatterNote = (note: ScatterNote): string =>
  note.code === "scatterAutoLog"
    ? `The chart's ${note.axes.join(" and ")} ${note.axes.length > 1 ? "axes use" : "axis uses"} a log scale: ` +
      "the values span more than three orders of magnitude."
    : `${note.count.toLocaleString("en-US")} account${note.count === 1 ? " with zero contribution or potential is" : "s with zero contribution or potential are"} not plotted on the log scale; the matrices count ${note.count === 1 ? "it" : "them"}.`;

/** Each report's title, introduction and summary; the summary line is the plan's own (src/reports). */
const REPORT_TEXT: ReportStrings = {
  nineGrid: {
    title: "Nine-grid",
    intro: "Tiers every account on contribution × potential, with a matrix, a tier summary and a scatter chart.",
    summary: (d) => [REPORTS.nineGrid.summarise(d), ...d.chartNotes.map(scatterNote)].join(" "),
  },
  coverage: {
    title: "Coverage",
    intro: "Shows who covers which account, flags gaps and conflicts, and checks each rep's load.",
    summary: (d) => REPORTS.coverage.summarise(d),
  },
  pipeline: {
    title: "Pipeline",
    intro: "Stage funnel: open, weighted, reached, conversion, age and stalled deals, by period.",
    summary: (d) => REPORTS.pipeline.summarise(d),
  },
  quotas: {
    title: "Named-account quotas",
    intro: "Quota versus actual per rep, the named-account share, and pipeline coverage.",
    summary: (d) => REPORTS.quotas.summarise(d),
  },
  keyAccounts: {
    title: "Key accounts (ESP)",
    intro:
      "Creates the account plan, status questionnaire and action plan tables for your key accounts, then reviews them: target against won, plan, status scores per area, actions, and each rep's Step 8.",
    summary: (d) => REPORTS.keyAccounts.summarise(d),
  },
  keyProjects: {
    title: "Key projects",
    intro: "Open deals on key accounts, of class A/B or above an amount, by weighted amount, with why each is key.",
    summary: (d) => REPORTS.keyProjects.summarise(d),
  },
  contractExecution: {
    title: "Contract execution",
    intro: "Per contract invoiced, received, outstanding and overdue, with totals per owner and region.",
    summary: (d) => REPORTS.contractExecution.summarise(d),
  },
  repPerformance: {
    title: "Rep performance",
    intro:
      "Quota, won and attainment per rep, new-customer and new-industry wins, and with history how fast deals move.",
    summary: (d) => REPORTS.repPerformance.summarise(d),
  },
  regionalComposition: {
    title: "Regional composition",
    intro: "Won amount by region × industry (or project class), each cell's share, and the change on last year.",
    summary: (d) => REPORTS.regionalComposition.summarise(d),
  },
  customerPurchases: {
    title: "Customer purchases",
    intro: "Won amount per account for each of the last years, deals, repeat buyers, growth and last purchase.",
    summary: (d) => REPORTS.customerPurchases.summarise(d),
  },
  movement: {
    title: "Weekly movement",
    intro:
      "What moved between two snapshots of the opportunity history: stage flow, pipeline change, dropped and " +
      "slipped deals, rep performance and, with a Leads table, the weekly lead promotion table.",
    summary: (d) => REPORTS.movement.summarise(d),
  },
};

/** English strings of the task pane. Every key here must exist in zh-CN.ts too (the type checks it). */
export const enUS = {
  languageName: "English",
  appTitle: "Ninegrid",
  appTagline: "Key-account tiering, coverage, pipeline and quota reports.",
  /** Shown instead of the pane when it is opened outside Excel (e.g. in Word, or its URL in a browser). */
  notInExcel: "Ninegrid runs inside Excel: open it from the Home tab's Ninegrid button.",
  language: "Language",
  sampleVariant: "Sample",
  sampleVariants: { standard: "Ninegrid tables", salesforce: "Salesforce export" },
  insertSample: "Insert sample workbook",
  insertingSample: "Inserting sample workbook…",
  sampleInserted: (sheets: string) =>
    `Sample workbook inserted on sheets ${sheets}. Its tables are picked as sources below.`,
  sampleDateSet: (date: string) => `The report date is set to ${date}, the sample's date.`,
  unsupported: "Unsupported Excel version",
  unsupportedDetail: (set: string, version: string) =>
    `This version of Excel does not support ${set} ${version}, which Ninegrid's reports need. Use Microsoft 365 Excel (Windows, Mac or the web), updated to a current build.`,
  date1904: (sheet: string) =>
    `This workbook uses the 1904 date system, and ${sheet} has date columns. Ninegrid reads dates in the 1900 date system only and would put them four years off; copy the data into a workbook that uses the 1900 date system.`,
  cellEditMode: "Excel is in cell-edit mode: press Enter or Esc in the worksheet, then try again.",
  rowTooLarge: (address: string) =>
    `One row of ${address} is larger than Excel accepts in one request, so nothing was written. Shorten the longest texts in that row and try again.`,
  partLoadFailed:
    "Ninegrid could not download the part it needs for this, so nothing was written. Check the network connection and try again; if it still fails, close and reopen the task pane.",
  tabs: TABS,
  panesLabel: "Ninegrid panes",
  error: "Something went wrong",
  dismiss: "Dismiss",
  /** Names in a sentence: "Accounts, Quotas". */
  list: (items: readonly string[]) => items.join(", "),

  // Data pane
  dataTitle: "Source tables",
  dataIntro: "Pick the Excel table that holds each list. Columns are detected by header; fix any mapping below.",
  refreshTables: "Refresh table list",
  loadingTables: "Reading the workbook's tables…",
  noTables:
    "This workbook has no Excel tables yet. Format your lists as tables (Ctrl+T), or insert the sample workbook.",
  kinds: {
    accounts: "Accounts",
    opportunities: "Opportunities",
    assignments: "Assignments",
    quotas: "Quotas",
    rates: "Currency rates",
    contracts: "Contracts",
    history: "Opportunity history",
    leads: "Leads",
  },
  sourceFor: (kind: string) => `${kind} table`,
  noSource: "(none)",
  tableOption: (name: string, sheet: string, rows: number) => `${name} — ${sheet}, ${rows.toLocaleString()} rows`,
  useRange: "Use a range",
  useRangeHint:
    "A list that is not a table? Select it (or one cell of a sheet that holds only the list) and click Use a range. " +
    "Title lines above the header are skipped.",
  rangeOption: (name: string, rows: number) => `${name} — range, ${rows.toLocaleString()} rows`,
  rangeAdded: (name: string, kind: string | null) =>
    kind ? `Range ${name} is now the ${kind} source.` : `Range ${name} added: pick it as the source of a list below.`,
  rangeNote:
    "A plain range. Reports read it as it is, but live formulas over it do not take in rows added below it: " +
    "convert it to an Excel table for live reports.",
  convertToTable: "Convert to table…",
  convertConfirm: (range: string, name: string) =>
    `Make ${range} an Excel table named ${name}? Only the header and data rows become the table; title lines ` +
    "above stay as they are. Cell values do not change; Excel adds table formatting and filter buttons.",
  convertYes: "Convert",
  convertNo: "Cancel",
  converted: (name: string) => `Converted to the table ${name}; it is now the source of this list.`,
  convertRefused: (reason: "blankHeader" | "duplicateHeader", column: number, header: string) =>
    reason === "blankHeader"
      ? `Column ${column} of the header row is blank: name it first (Excel would call it "Column${column}").`
      : `The header "${header}" appears twice: rename one first (Excel would rename it for you).`,
  columnMapping: (kind: string) => `${kind} columns`,
  notMapped: "(not used)",
  required: "required",
  missingRequired: (fields: string) => `Required columns not found: ${fields}. Pick them below.`,
  checkData: "Check data",
  checking: "Checking…",
  validationTitle: "Validation",
  rowsRead: (kind: string, read: number, skipped: number) =>
    `${kind}: ${read.toLocaleString()} rows read, ${skipped.toLocaleString()} skipped`,
  allRowsGood: "Every row can be used.",
  firstErrors: (shown: number, total: number) => `First ${shown} of ${total} problems (click one to select the cell):`,
  errorAt: (sheet: string, row: number, column: string, reason: string) =>
    `${sheet} row ${row}${column ? `, ${column}` : ""}: ${reason}`,
  /** Why a row or cell is unusable; the English words are the core's own (src/core/reasons.ts). */
  reason: (e: CodedReason) => wordReason(REASON_TEXT, e),
  warningsCount: (n: number) => `${n} warning(s), e.g. opportunities whose account is not in the accounts table.`,
  checkStale: "The tables, columns or pipeline stages changed after this check: these results may be out of date.",
  checkAgain: "Check again",
  fields: {
    accountId: "Account ID",
    name: "Account name",
    industry: "Industry",
    region: "Region",
    contribution: "Contribution",
    potential: "Potential",
    reference: "Reference value",
    winnability: "Winnability",
    manualTier: "Manual tier",
    approver: "Approver",
    opportunityId: "Opportunity ID",
    account: "Account",
    owner: "Owner",
    stage: "Stage",
    status: "Status",
    amount: "Amount",
    created: "Created",
    stageEntered: "Stage entered",
    expectedClose: "Expected close",
    projectClass: "Project class",
    rep: "Rep",
    team: "Team",
    teamType: "Team type",
    role: "Role",
    credit: "Credit",
    quota: "Quota",
    namedQuota: "Named quota",
    lastYearNamed: "Named last year",
    "opportunities.name": "Opportunity name",
    probability: "Probability",
    nextStep: "Next step",
    currency: "Currency",
    rate: "Rate to base currency",
    previousTier: "Previous tier",
    snapshot: "Snapshot date",
    entered: "Date entered",
    leadId: "Lead ID",
    company: "Company",
    source: "Lead source",
    convertedOpportunityId: "Converted opportunity ID",
    convertedDate: "Converted date",
    contractId: "Contract ID",
    "contracts.name": "Contract name",
    "contracts.amount": "Contract amount",
    signed: "Signed",
    invoiced: "Invoiced",
    received: "Received",
    deliveryStatus: "Delivery status",
  } as Record<string, string>,

  // Model pane
  modelTitle: "Scoring and tiering model",
  modelWarningTitle: "Saved settings not used",
  settingsWarning: (w: SettingsWarning) =>
    w.code === "unreadable"
      ? "The saved Ninegrid settings could not be read; defaults are in use until you save again."
      : `The saved Ninegrid settings are not valid (${w.errors.join("; ")}); defaults are in use until you save again.`,
  weightsTitle: "Dimension weights",
  weightsSum: (sum: string) => `Sum: ${sum} (normalised to 100%)`,
  dims: {
    contribution: "Contribution",
    potential: "Potential",
    reference: "Reference value",
    winnability: "Winnability",
  },
  method: "Normalisation",
  methods: { rank: "Percent rank (default)", minmax: "Min–max", none: "None (values as given)" },
  cutsTitle: "Cuts per axis",
  cutsHelp: "A number, or a percentile such as P50. Values below cut 1 are L, from cut 2 up H.",
  axis: { contribution: "Contribution", potential: "Potential" },
  cut: (axis: string, k: number) => `${axis} cut ${k}`,
  segmentOverrides: "Per-segment cuts",
  segmentLabel: "Segment",
  addOverride: "Add segment cuts",
  remove: "Remove",
  tierMapTitle: "Tier map",
  tierMapHelp: "Rows: contribution band. Columns: potential band.",
  tierCell: (c: string, p: string) => `Tier for contribution ${c}, potential ${p}`,
  bands: { H: "H", M: "M", L: "L" },
  topTitle: "Key accounts (top X%)",
  topDefault: "Top X% (default)",
  topForSegment: "Top X% for segment",
  addTopSegment: "Add segment top X%",
  stagesTitle: "Pipeline stages",
  stageName: "Stage",
  stageProbability: "Win probability %",
  stageStall: "Stall after (days)",
  moveUp: (name: string) => `Move ${name} up`,
  moveDown: (name: string) => `Move ${name} down`,
  removeStage: (name: string) => `Remove ${name}`,
  addStage: "Add stage",
  newStage: "New stage",
  stageAliases: "Other names",
  stageAliasesHint: "Other spellings in your data, comma-separated (立项, Closed Won, qualifiedtobuy)",
  stagePreset: "Start from a preset",
  stagePresetNone: "Choose a preset…",
  stagePresetNames: { TAS: "TAS (default)", Salesforce: "Salesforce", HubSpot: "HubSpot" },
  presetOfferTitle: "Your stage column fits a preset",
  presetOffer: (preset: string, defaultShare: number, presetShare: number) =>
    `The last build read stages with the ${preset} preset: the default stages recognise ${Math.round(defaultShare * 100)}% of your stage cells, ${preset} ${Math.round(presetShare * 100)}%.`,
  usePreset: (preset: string) => `Use ${preset} and save`,
  stagePresetUsed: (preset: string, defaultShare: number, presetShare: number) =>
    `Stages read with the ${preset} preset (the default stages recognise ${Math.round(defaultShare * 100)}% of the stage cells, ${preset} ${Math.round(presetShare * 100)}%). Save it in the Model pane to keep it.`,
  save: "Save model",
  saving: "Saving…",
  saved: "Model saved with the workbook.",
  unsaved: "Unsaved changes",
  invalidTitle: "Fix these before saving",
  /** One line of the list of problems: the field, then what is wrong with it. */
  issueLine: (label: string, message: string) => `${label}: ${message}`,
  percentRange: "must be between 0% and 100%",
  notANumber: "must be a number",
  /** A model validation message; the English words are the schema's own (src/core/schemas.ts). */
  modelIssue: (i: CodedModelIssue) => i.message,
  segmentNeeded: "needs a segment name",
  duplicateSegment: "this segment is listed twice",
  writeColumnsTitle: "Score and tier columns",
  writeColumnsHelp:
    "Adds Score, Tier and Key account for each account. Live: KAM.* formulas right of the table that update with the data. Values: plain numbers inside the table.",
  modeLive: "Live formulas",
  modeValues: "Values",
  writeColumns: "Write score and tier columns",
  writing: "Writing…",
  columnsWritten: (cols: string, address: string, sheet: string) => `Wrote ${cols} at ${address} on ${sheet}.`,
  columnsWarning: (w: WriteColumnsWarning) => {
    switch (w.code) {
      case "liveOverallCuts":
        return "Live formulas use the overall cuts; per-segment cut overrides apply in values mode only.";
      case "liveTopPercent":
        return `Live key-account flags use ${w.percent}% for segments without their own top-X%; values mode uses your default.`;
      case "rowsLeftBlank":
        return `${w.count.toLocaleString("en-US")} account row${w.count === 1 ? "" : "s"} could not be read and ${w.count === 1 ? "was" : "were"} left blank (see Check data).`;
      case "liveTooLarge":
        return (
          `Live formulas would pass about ${megabytes(w.bytes)} MB to one KAM function, over the ${megabytes(w.limit)} MB ` +
          "a custom function can take in Excel on the web, so the columns were written as values."
        );
    }
  },
  columnsRefused: (r: WriteColumnsRefusal) => {
    switch (r.code) {
      case "unmapped":
        return "Map the contribution and potential columns of the accounts table first.";
      case "zeroWeights":
        return "The weights of the mapped dimensions are all zero; change the weights first.";
      case "noTable":
        return `There is no table named "${r.table}".`;
      case "notEmpty":
        return (
          `Cell ${r.cell} on "${r.sheet}" is not empty${r.more ? ` (and ${r.more.toLocaleString("en-US")} more)` : ""}: ` +
          `the live columns need ${r.range}, right of table ${r.table}, to be empty. Move or clear it, or write the columns as values.`
        );
    }
  },
  pickAccountsFirst: "Pick the accounts table in the Data pane first.",

  // Report panes
  reports: REPORT_TEXT,
  options: OPTIONS,
  reportDate: "Report date",
  reportLanguageHelp: "Sheet names, headers, labels, notes and chart titles; formulas stay the same.",
  reportDateHelp: "Empty: today.",
  liveOutput: "Live formulas (off: static values)",
  build: "Build",
  refresh: "Refresh",
  building: "Building report…",
  cancel: "Cancel",
  cancelled: "Build cancelled; nothing was written.",
  /** Write score and tier columns, or Insert sample workbook, stopped by Cancel. */
  writeCancelled: "Cancelled; nothing was written.",
  builtTitle: "Report ready",
  reportSummary: (summary: ReportSummary) => wordSummary(REPORT_TEXT, summary),
  writtenTo: (sheet: string, replaced: boolean) =>
    replaced ? `Written to sheet ${sheet}, replacing the previous one.` : `Written to sheet ${sheet}.`,
  goToSheet: "Go to sheet",
  builtWithWarningsTitle: "Report ready — check these numbers",
  liveStaticColumn: (column: string, reason: StaticColumnReason, first: string) =>
    `Column "${column}" ` +
    {
      text: `holds numbers stored as text (first at ${first})`,
      unit: "is in the unit its header names",
      currency: `holds amounts converted with the Rates table (first at ${first})`,
    }[reason] +
    ", which Excel's formulas cannot read as Ninegrid does, so its amounts, sums and cuts are written as values " +
    "as of this build; counts that do not depend on it stay live formulas.",
  liveSkippedRows: (sheet: string, count: number, first: number, excluded: boolean) =>
    `${count.toLocaleString("en-US")} row${count === 1 ? "" : "s"} of sheet ${sheet} (first: row ${first}) could not be ` +
    "used (see Check data) but match the live formulas' criteria. " +
    (excluded
      ? "The live formulas leave them out by their row; fix them and build again."
      : "Live formulas count them and the static numbers do not: fix them, or turn Live formulas off."),
  needsSources: (kinds: string) => `Pick these tables in the Data pane first: ${kinds}.`,
  modelInvalid: "The model has errors; fix them in the Model pane first.",
  /** What the Nine-Grid scatter did on its own (src/reports/nine-grid-chart.ts ScatterNote). */
  scatterNote,
  /** The report was written, but Excel lacks ExcelApi 1.9 for its print setup (ApplyResult.printSetup). */
  printSetupSkipped:
    "This Excel cannot set up pages for printing (ExcelApi 1.9), so the sheet prints with Excel's defaults.",

  // Monthly pack pane (issue 14)
  pack: {
    title: "Monthly pack",
    intro:
      "Builds the reports you choose in one go, with a contents sheet linking to each, stamped with the report date: " +
      "the first page of the deck you present. Cancel leaves every earlier report as it was.",
    choose: "Reports in the pack",
    needsSources: (reports: string, kinds: string) =>
      `Not offered until ${kinds} are picked in the Data pane: ${reports}.`,
    noneChosen: "Choose at least one report.",
    build: "Build pack",
    rebuild: "Rebuild pack",
    building: (reports: number) => `Building the pack (${reports} report${reports === 1 ? "" : "s"})…`,
    cancelled: "Pack cancelled; nothing was written and earlier reports are as they were.",
    readyTitle: "Pack ready",
    contentsOn: (sheet: string) => `Contents on sheet ${sheet}.`,
    reportOn: (title: string, sheet: string) => `${title} (sheet ${sheet}):`,
    openContents: "Open contents",
    refused: (reason: "empty" | "missingSources", report?: string) =>
      reason === "empty"
        ? "Choose at least one report for the pack."
        : `${report ?? "A report"} needs lists that are not picked; pick them in the Data pane.`,
  },
  /** The plan tables section of a report that reads them (the Key accounts pane, DOMAIN.md §10). */
  planTables: {
    title: "Plan tables",
    intro:
      "Account Plans, Account Status and Action Plan: one row per key account (and per question), for you to fill in. Running it again adds new key accounts and never changes what you typed.",
    create: "Create or update plan tables",
    creating: "Writing plan tables…",
    done: (keyAccounts: number, added: number, marked: number) =>
      `Plan tables ready for ${keyAccounts} key account${keyAccounts === 1 ? "" : "s"}: ` +
      `${added} row${added === 1 ? "" : "s"} added` +
      (marked ? `, ${marked} account${marked === 1 ? "" : "s"} marked as no longer key.` : "."),
    sheets: (sheets: string) => `On sheets ${sheets}.`,
    missingColumn: (table: string, column: string) =>
      `Table ${table} has no "${column}" column, so it was left as it is.`,
    noAccounts: "Pick the accounts table in the Data pane first.",
    account: "Key account",
    goTo: "Go to plan row",
    noPlanRow: (account: string) => `${account} has no row in the Account Plans table yet.`,
  },
  /** A date option of a report that reads history (Movement): its choices are the snapshots found. */
  snapshotsFound: (n: number, first: string, last: string) =>
    `${n.toLocaleString("en-US")} snapshots in the history, ${first} to ${last}.`,
  notASnapshot: (date: string) => `${date} (no snapshot that day: the one before it is taken)`,
  /** The Data pane's list of the ESP plan tables: found by Ninegrid, not picked (DOMAIN.md §10). */
  dataPlanTables: {
    title: "Plan tables",
    intro:
      "The Key accounts review finds these tables by itself; you do not pick them. Create or update them in the Key accounts pane.",
    kinds: { accountPlans: "Account Plans", accountStatus: "Account Status", actionPlan: "Action Plan" },
    found: (kind: string, table: string, sheet: string, rows: number) =>
      `${kind}: table ${table} on sheet ${sheet}, ${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"}`,
    missing: (kind: string) => `${kind}: not in this workbook yet`,
  },
};

export type Strings = typeof enUS;
