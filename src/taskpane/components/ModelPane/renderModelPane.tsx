import type { ReactNode } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { STAGE_PRESET_NAMES, StagePresetName } from "../../../core/stages";
import type { ColumnsMode } from "../../../excel/write-columns";
import { Strings } from "../../i18n";
import { AXES, CutOverrideDraft, DIMS, ModelDraft, StageDraft, TierLetter, TopSegmentDraft } from "../../model-draft";
import { ModelPaneState } from "./useModelPane";

export interface ModelPaneClasses {
  section: string;
  grid2: string;
  /** Like grid2 for wider controls (drop-downs): one column in a narrow pane. */
  gridWide: string;
  row: string;
  narrow: string;
  tierGrid: string;
  stages: string;
  stage: string;
  stageIndex: string;
  stageName: string;
  stageProbability: string;
  stageStall: string;
  stageActions: string;
  stageAliases: string;
  sum: string;
  issues: string;
}

const BANDS = ["H", "M", "L"] as const;
const TIERS: readonly TierLetter[] = ["A", "B", "C", "D"];
const fmt = (n: number) => String(Number(n.toPrecision(12)));

/** Weights and method, cuts, tier map, top X%, stages; the problems and Save; then the score and tier columns. */
export function renderModelPane(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  return (
    <section aria-labelledby="ninegrid-model-title" className={classes.section}>
      <Subtitle2 as="h2" id="ninegrid-model-title">
        {s.modelTitle}
      </Subtitle2>
      {state.modelWarning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.modelWarningTitle}</MessageBarTitle>
            {state.modelWarning}
          </MessageBarBody>
        </MessageBar>
      )}
      {renderWeights(state, s, classes)}
      {renderCuts(state, s, classes)}
      {renderTierMap(state, s, classes)}
      {renderTopPercent(state, s, classes)}
      {renderStages(state, s, classes)}
      {renderReportLanguage(state, s, classes)}
      {renderSave(state, s, classes)}
      {renderColumns(state, s, classes)}
    </section>
  );
}

/** A titled group of the pane; `id` labels it. */
function group(id: string, title: string, classes: ModelPaneClasses, children: ReactNode) {
  return (
    <div className={classes.section} role="group" aria-labelledby={id}>
      <Text as="h3" weight="semibold" id={id}>
        {title}
      </Text>
      {children}
    </div>
  );
}

function renderWeights(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const { draft } = state;
  return group(
    "ninegrid-weights",
    s.weightsTitle,
    classes,
    <>
      <div className={classes.grid2}>
        {DIMS.map((d) => (
          <Field key={d} label={s.dims[d]} validationMessage={state.fieldError(`weights.${d}`)}>
            <Input type="number" min={0} value={draft.weights[d]} onChange={(_, v) => state.setWeight(d, v.value)} />
          </Field>
        ))}
      </div>
      <Text className={classes.sum} aria-live="polite">
        {s.weightsSum(fmt(state.weightSum))}
      </Text>
      <div className={classes.gridWide}>
        <Field label={s.method}>
          <Select value={draft.method} onChange={(_, v) => state.setMethod(v.value as ModelDraft["method"])}>
            {(["rank", "minmax", "none"] as const).map((m) => (
              <option key={m} value={m}>
                {s.methods[m]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.options.segmentBy.label}>
          <Select value={draft.segmentBy} onChange={(_, v) => state.setSegmentBy(v.value as ModelDraft["segmentBy"])}>
            {(["none", "industry", "region"] as const).map((m) => (
              <option key={m} value={m}>
                {s.options.segmentBy.choices[m]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </>,
  );
}

/** Report language (issue 15): the pane's, English or Chinese, saved with the model. */
function renderReportLanguage(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const text = s.options.language;
  return (
    <div className={classes.gridWide}>
      <Field label={text.label} hint={s.reportLanguageHelp}>
        <Select
          value={state.draft.reports.language}
          onChange={(_, v) => state.setReportLanguage(v.value as ModelDraft["reports"]["language"])}
        >
          {(["pane", "en", "zh"] as const).map((l) => (
            <option key={l} value={l}>
              {text.choices[l]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

function renderCuts(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const err = state.fieldError;
  return group(
    "ninegrid-cuts",
    s.cutsTitle,
    classes,
    <>
      <Caption1>{s.cutsHelp}</Caption1>
      <div className={classes.grid2}>
        {AXES.flatMap((axis) =>
          ([0, 1] as const).map((k) => (
            <Field
              key={`${axis}${k}`}
              label={s.cut(s.axis[axis], k + 1)}
              validationMessage={err(`cuts.${axis}.${k}`) ?? (k === 1 ? err(`cuts.${axis}`) : undefined)}
            >
              <Input value={state.draft.cuts[axis][k]} onChange={(_, v) => state.setCut(axis, k, v.value)} />
            </Field>
          )),
        )}
      </div>
      <Text weight="semibold">{s.segmentOverrides}</Text>
      {state.draft.cutOverrides.map((o, i) => renderOverride(o, i, state, s, classes))}
      <div className={classes.row}>
        <Button onClick={state.addOverride}>{s.addOverride}</Button>
      </div>
    </>,
  );
}

/** One segment's own cuts: its name, two cuts per axis, Remove. */
function renderOverride(o: CutOverrideDraft, i: number, state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const setCut = (axis: (typeof AXES)[number], k: 0 | 1, text: string) =>
    state.setOverride(o.id, (x) => {
      const pair: [string, string] = [...x[axis]];
      pair[k] = text;
      return { ...x, [axis]: pair };
    });
  return (
    <div key={o.id} className={classes.row} role="group" aria-label={`${s.segmentOverrides} ${i + 1}`}>
      <Field label={s.segmentLabel} validationMessage={state.fieldError(`cutOverrides.${i}.segment`)}>
        <Input value={o.segment} onChange={(_, v) => state.setOverride(o.id, (x) => ({ ...x, segment: v.value }))} />
      </Field>
      {AXES.flatMap((axis) =>
        ([0, 1] as const).map((k) => (
          <Field
            key={`${axis}${k}`}
            label={s.cut(s.axis[axis], k + 1)}
            validationMessage={state.fieldError(`cuts.bySegment.${o.segment.trim()}.${axis}.${k}`)}
          >
            <Input className={classes.narrow} value={o[axis][k]} onChange={(_, v) => setCut(axis, k, v.value)} />
          </Field>
        )),
      )}
      <Button onClick={() => state.removeOverride(o.id)}>{s.remove}</Button>
    </div>
  );
}

function renderTierMap(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  return group(
    "ninegrid-tiermap",
    s.tierMapTitle,
    classes,
    <>
      <Caption1>{s.tierMapHelp}</Caption1>
      <div className={classes.tierGrid}>
        <span />
        {BANDS.map((p) => (
          <Caption1 key={p}>
            {s.axis.potential} {s.bands[p]}
          </Caption1>
        ))}
        {BANDS.map((c, r) => [
          <Caption1 key={`h${c}`}>
            {s.axis.contribution} {s.bands[c]}
          </Caption1>,
          ...BANDS.map((p, col) => (
            <Select
              key={`${c}${p}`}
              size="small"
              aria-label={s.tierCell(s.bands[c], s.bands[p])}
              value={state.draft.tierMap[r][col]}
              onChange={(_, v) => state.setTier(r, col, v.value as TierLetter)}
            >
              {TIERS.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </Select>
          )),
        ])}
      </div>
    </>,
  );
}

function renderTopPercent(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  return group(
    "ninegrid-top",
    s.topTitle,
    classes,
    <>
      <div className={classes.row}>
        <Field label={s.topDefault} validationMessage={state.fieldError("topPercent.default")}>
          <Input
            className={classes.narrow}
            type="number"
            min={0}
            max={100}
            value={state.draft.topDefault}
            onChange={(_, v) => state.setTopDefault(v.value)}
          />
        </Field>
      </div>
      {state.draft.topBySegment.map((t, i) => renderTopSegment(t, i, state, s, classes))}
      <div className={classes.row}>
        <Button onClick={state.addTopSegment}>{s.addTopSegment}</Button>
      </div>
    </>,
  );
}

function renderTopSegment(t: TopSegmentDraft, i: number, state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  return (
    <div key={t.id} className={classes.row} role="group" aria-label={`${s.topForSegment} ${i + 1}`}>
      <Field label={s.segmentLabel} validationMessage={state.fieldError(`topBySegment.${i}.segment`)}>
        <Input value={t.segment} onChange={(_, v) => state.setTopSegment(t.id, v.value, t.percent)} />
      </Field>
      <Field label={s.topForSegment} validationMessage={state.fieldError(`topPercent.bySegment.${t.segment.trim()}`)}>
        <Input
          className={classes.narrow}
          type="number"
          value={t.percent}
          onChange={(_, v) => state.setTopSegment(t.id, t.segment, v.value)}
        />
      </Field>
      <Button onClick={() => state.removeTopSegment(t.id)}>{s.remove}</Button>
    </div>
  );
}

function renderStages(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const picked = state.pickedPreset;
  return group(
    "ninegrid-stages",
    s.stagesTitle,
    classes,
    <>
      {picked && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.presetOfferTitle}</MessageBarTitle>
            {s.presetOffer(picked.preset, picked.defaultShare, picked.presetShare)}{" "}
            <Button size="small" onClick={() => void state.usePickedPreset()} disabled={state.saving}>
              {s.usePreset(picked.preset)}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={s.stagePreset} size="small">
        <Select value="" onChange={(_, d) => d.value && state.applyPreset(d.value as StagePresetName)}>
          <option value="">{s.stagePresetNone}</option>
          {STAGE_PRESET_NAMES.map((p) => (
            <option key={p} value={p}>
              {s.stagePresetNames[p]}
            </option>
          ))}
        </Select>
      </Field>
      <ol className={classes.stages} aria-labelledby="ninegrid-stages">
        {state.draft.stages.map((st, i) => renderStage(st, i, state, s, classes))}
      </ol>
      <div className={classes.row}>
        <Button onClick={state.addStage}>{s.addStage}</Button>
      </div>
    </>,
  );
}

/** A small labelled input of a stage row (probability, stall days, other names). */
function stageInput(
  id: string,
  label: string,
  n: number,
  value: string,
  onChange: (value: string) => void,
  className: string,
  extra: { type?: "number"; title?: string } = {},
) {
  return (
    <div className={className}>
      <Label size="small" htmlFor={id}>
        {label}
      </Label>
      <Input
        id={id}
        size="small"
        {...extra}
        aria-label={`${label} ${n}`}
        value={value}
        onChange={(_, v) => onChange(v.value)}
      />
    </div>
  );
}

function renderStage(st: StageDraft, i: number, state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const id = `ninegrid-stage-${st.id}`;
  const number = { type: "number" } as const;
  return (
    <li key={st.id} className={classes.stage}>
      <Text className={classes.stageIndex}>{i + 1}</Text>
      <Input
        className={classes.stageName}
        size="small"
        aria-label={`${s.stageName} ${i + 1}`}
        value={st.name}
        onChange={(_, v) => state.setStage(st.id, { name: v.value })}
      />
      {stageInput(
        `${id}-probability`,
        s.stageProbability,
        i + 1,
        st.probability,
        (probability) => state.setStage(st.id, { probability }),
        classes.stageProbability,
        number,
      )}
      {stageInput(
        `${id}-stall`,
        s.stageStall,
        i + 1,
        st.stallDays,
        (stallDays) => state.setStage(st.id, { stallDays }),
        classes.stageStall,
        number,
      )}
      {stageInput(
        `${id}-aliases`,
        s.stageAliases,
        i + 1,
        st.aliases.join(", "),
        (text) => state.setStageAliases(st.id, text),
        classes.stageAliases,
        { title: s.stageAliasesHint },
      )}
      {renderStageActions(st, i, state, s, classes)}
    </li>
  );
}

function renderStageActions(st: StageDraft, i: number, state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const icon = (glyph: string) => <span aria-hidden="true">{glyph}</span>;
  return (
    <div className={classes.stageActions}>
      <Button
        size="small"
        appearance="subtle"
        aria-label={s.moveUp(st.name)}
        disabled={i === 0}
        onClick={() => state.moveStage(st.id, -1)}
        icon={icon("↑")}
      />
      <Button
        size="small"
        appearance="subtle"
        aria-label={s.moveDown(st.name)}
        disabled={i === state.draft.stages.length - 1}
        onClick={() => state.moveStage(st.id, 1)}
        icon={icon("↓")}
      />
      <Button
        size="small"
        appearance="subtle"
        aria-label={s.removeStage(st.name)}
        onClick={() => state.removeStage(st.id)}
        icon={icon("✕")}
      />
    </div>
  );
}

/** The draft's problems, Save (disabled while there are any), unsaved changes and the save's outcome. */
function renderSave(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  return (
    <>
      {state.issues.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.invalidTitle}</MessageBarTitle>
            <ul className={classes.issues}>
              {state.issues.map((issue, i) => (
                <li key={i}>{s.issueLine(issue.label, issue.message)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.row}>
        <Button
          appearance="primary"
          onClick={() => void state.save()}
          disabled={state.saving || state.issues.length > 0}
          icon={state.saving ? <Spinner size="tiny" /> : undefined}
        >
          {state.saving ? s.saving : s.save}
        </Button>
        {state.dirty && <Caption1>{s.unsaved}</Caption1>}
      </div>
      {state.saveMessage && (
        <MessageBar intent={state.saveMessage.intent} layout="multiline">
          <MessageBarBody>{state.saveMessage.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** Live or values, Write with Cancel, and what was written (or why not). */
function renderColumns(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  return group(
    "ninegrid-columns",
    s.writeColumnsTitle,
    classes,
    <>
      <Body1>{s.writeColumnsHelp}</Body1>
      <RadioGroup
        layout="horizontal"
        value={state.columnsMode}
        onChange={(_, d) => state.setColumnsMode(d.value as ColumnsMode)}
        aria-labelledby="ninegrid-columns"
      >
        <Radio value="live" label={s.modeLive} />
        <Radio value="values" label={s.modeValues} />
      </RadioGroup>
      <div className={classes.row}>
        <Button
          onClick={() => void state.writeColumns()}
          disabled={state.writing}
          icon={state.writing ? <Spinner size="tiny" /> : undefined}
        >
          {state.writing ? s.writing : s.writeColumns}
        </Button>
        {state.writing && <Button onClick={state.cancelWrite}>{s.cancel}</Button>}
      </div>
      {renderWriteOutcome(state, s)}
    </>,
  );
}

function renderWriteOutcome({ writeCancelled, writeError, written }: ModelPaneState, s: Strings) {
  return (
    <>
      {writeCancelled && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.writeCancelled}</MessageBarBody>
        </MessageBar>
      )}
      {writeError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{writeError}</MessageBarBody>
        </MessageBar>
      )}
      {written && (
        <MessageBar intent={written.warnings.length ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {s.columnsWritten(s.list(Object.values(written.columns)), written.address, written.sheet)}
            {written.warnings.map((w) => (
              <div key={w.code}>{s.columnsWarning(w)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
