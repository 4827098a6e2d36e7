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
import { ColumnsMode } from "../../../excel/write-columns";
import { Strings } from "../../i18n";
import { AXES, DIMS, ModelDraft, TierLetter } from "../../model-draft";
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

export function renderModelPane(state: ModelPaneState, s: Strings, classes: ModelPaneClasses) {
  const { draft, app } = state;
  const err = state.fieldError;
  return (
    <section aria-labelledby="ninegrid-model-title" className={classes.section}>
      <Subtitle2 as="h2" id="ninegrid-model-title">
        {s.modelTitle}
      </Subtitle2>
      {app.modelWarning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.modelWarningTitle}</MessageBarTitle>
            {app.modelWarning}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={classes.section} role="group" aria-labelledby="ninegrid-weights">
        <Text as="h3" weight="semibold" id="ninegrid-weights">
          {s.weightsTitle}
        </Text>
        <div className={classes.grid2}>
          {DIMS.map((d) => (
            <Field key={d} label={s.dims[d]} validationMessage={err(`weights.${d}`)}>
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
          <Field label={s.segmentBy}>
            <Select value={draft.segmentBy} onChange={(_, v) => state.setSegmentBy(v.value as ModelDraft["segmentBy"])}>
              {(["none", "industry", "region"] as const).map((m) => (
                <option key={m} value={m}>
                  {s.segments[m]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </div>

      <div className={classes.section} role="group" aria-labelledby="ninegrid-cuts">
        <Text as="h3" weight="semibold" id="ninegrid-cuts">
          {s.cutsTitle}
        </Text>
        <Caption1>{s.cutsHelp}</Caption1>
        <div className={classes.grid2}>
          {AXES.flatMap((axis) =>
            ([0, 1] as const).map((k) => (
              <Field
                key={`${axis}${k}`}
                label={s.cut(s.axis[axis], k + 1)}
                validationMessage={err(`cuts.${axis}.${k}`) ?? (k === 1 ? err(`cuts.${axis}`) : undefined)}
              >
                <Input value={draft.cuts[axis][k]} onChange={(_, v) => state.setCut(axis, k, v.value)} />
              </Field>
            )),
          )}
        </div>
        <Text weight="semibold">{s.segmentOverrides}</Text>
        {draft.cutOverrides.map((o, i) => (
          <div key={o.id} className={classes.row} role="group" aria-label={`${s.segmentOverrides} ${i + 1}`}>
            <Field label={s.segmentLabel} validationMessage={err(`cutOverrides.${i}.segment`)}>
              <Input
                value={o.segment}
                onChange={(_, v) => state.setOverride(o.id, (x) => ({ ...x, segment: v.value }))}
              />
            </Field>
            {AXES.flatMap((axis) =>
              ([0, 1] as const).map((k) => (
                <Field
                  key={`${axis}${k}`}
                  label={s.cut(s.axis[axis], k + 1)}
                  validationMessage={err(`cuts.bySegment.${o.segment.trim()}.${axis}.${k}`)}
                >
                  <Input
                    className={classes.narrow}
                    value={o[axis][k]}
                    onChange={(_, v) =>
                      state.setOverride(o.id, (x) => {
                        const pair: [string, string] = [...x[axis]];
                        pair[k] = v.value;
                        return { ...x, [axis]: pair };
                      })
                    }
                  />
                </Field>
              )),
            )}
            <Button onClick={() => state.removeOverride(o.id)}>{s.remove}</Button>
          </div>
        ))}
        <div className={classes.row}>
          <Button onClick={state.addOverride}>{s.addOverride}</Button>
        </div>
      </div>

      <div className={classes.section} role="group" aria-labelledby="ninegrid-tiermap">
        <Text as="h3" weight="semibold" id="ninegrid-tiermap">
          {s.tierMapTitle}
        </Text>
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
                value={draft.tierMap[r][col]}
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
      </div>

      <div className={classes.section} role="group" aria-labelledby="ninegrid-top">
        <Text as="h3" weight="semibold" id="ninegrid-top">
          {s.topTitle}
        </Text>
        <div className={classes.row}>
          <Field label={s.topDefault} validationMessage={err("topPercent.default")}>
            <Input
              className={classes.narrow}
              type="number"
              min={0}
              max={100}
              value={draft.topDefault}
              onChange={(_, v) => state.setTopDefault(v.value)}
            />
          </Field>
        </div>
        {draft.topBySegment.map((t, i) => (
          <div key={t.id} className={classes.row} role="group" aria-label={`${s.topForSegment} ${i + 1}`}>
            <Field label={s.segmentLabel} validationMessage={err(`topBySegment.${i}.segment`)}>
              <Input value={t.segment} onChange={(_, v) => state.setTopSegment(t.id, v.value, t.percent)} />
            </Field>
            <Field label={s.topForSegment} validationMessage={err(`topPercent.bySegment.${t.segment.trim()}`)}>
              <Input
                className={classes.narrow}
                type="number"
                value={t.percent}
                onChange={(_, v) => state.setTopSegment(t.id, t.segment, v.value)}
              />
            </Field>
            <Button onClick={() => state.removeTopSegment(t.id)}>{s.remove}</Button>
          </div>
        ))}
        <div className={classes.row}>
          <Button onClick={state.addTopSegment}>{s.addTopSegment}</Button>
        </div>
      </div>

      <div className={classes.section} role="group" aria-labelledby="ninegrid-stages">
        <Text as="h3" weight="semibold" id="ninegrid-stages">
          {s.stagesTitle}
        </Text>
        {state.pickedPreset && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.presetOfferTitle}</MessageBarTitle>
              {s.presetOffer(
                state.pickedPreset.preset,
                state.pickedPreset.defaultShare,
                state.pickedPreset.presetShare,
              )}{" "}
              <Button size="small" onClick={() => void state.usePickedPreset()} disabled={state.saving}>
                {s.usePreset(state.pickedPreset.preset)}
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
          {draft.stages.map((st, i) => {
            const id = `ninegrid-stage-${st.id}`;
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
                <div className={classes.stageProbability}>
                  <Label size="small" htmlFor={`${id}-probability`}>
                    {s.stageProbability}
                  </Label>
                  <Input
                    id={`${id}-probability`}
                    size="small"
                    type="number"
                    aria-label={`${s.stageProbability} ${i + 1}`}
                    value={st.probability}
                    onChange={(_, v) => state.setStage(st.id, { probability: v.value })}
                  />
                </div>
                <div className={classes.stageStall}>
                  <Label size="small" htmlFor={`${id}-stall`}>
                    {s.stageStall}
                  </Label>
                  <Input
                    id={`${id}-stall`}
                    size="small"
                    type="number"
                    aria-label={`${s.stageStall} ${i + 1}`}
                    value={st.stallDays}
                    onChange={(_, v) => state.setStage(st.id, { stallDays: v.value })}
                  />
                </div>
                <div className={classes.stageAliases}>
                  <Label size="small" htmlFor={`${id}-aliases`}>
                    {s.stageAliases}
                  </Label>
                  <Input
                    id={`${id}-aliases`}
                    size="small"
                    title={s.stageAliasesHint}
                    aria-label={`${s.stageAliases} ${i + 1}`}
                    value={st.aliases.join(", ")}
                    onChange={(_, v) => state.setStageAliases(st.id, v.value)}
                  />
                </div>
                <div className={classes.stageActions}>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={s.moveUp(st.name)}
                    disabled={i === 0}
                    onClick={() => state.moveStage(st.id, -1)}
                    icon={<span aria-hidden="true">↑</span>}
                  />
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={s.moveDown(st.name)}
                    disabled={i === draft.stages.length - 1}
                    onClick={() => state.moveStage(st.id, 1)}
                    icon={<span aria-hidden="true">↓</span>}
                  />
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={s.removeStage(st.name)}
                    onClick={() => state.removeStage(st.id)}
                    icon={<span aria-hidden="true">✕</span>}
                  />
                </div>
              </li>
            );
          })}
        </ol>
        <div className={classes.row}>
          <Button onClick={state.addStage}>{s.addStage}</Button>
        </div>
      </div>

      {state.issues.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.invalidTitle}</MessageBarTitle>
            <ul className={classes.issues}>
              {state.issues.map((line, i) => (
                <li key={i}>{line}</li>
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
        {app.dirty && <Caption1>{s.unsaved}</Caption1>}
      </div>
      {state.saveMessage && (
        <MessageBar intent={state.saveMessage.intent} layout="multiline">
          <MessageBarBody>{state.saveMessage.text}</MessageBarBody>
        </MessageBar>
      )}

      <div className={classes.section} role="group" aria-labelledby="ninegrid-columns">
        <Text as="h3" weight="semibold" id="ninegrid-columns">
          {s.writeColumnsTitle}
        </Text>
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
        {state.writeCancelled && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{s.writeCancelled}</MessageBarBody>
          </MessageBar>
        )}
        {state.writeError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.writeError}</MessageBarBody>
          </MessageBar>
        )}
        {state.written && (
          <MessageBar intent={state.written.warnings.length ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {s.columnsWritten(
                s.list(Object.values(state.written.columns)),
                state.written.address,
                state.written.sheet,
              )}
              {state.written.warnings.map((w) => (
                <div key={w.code}>{s.columnsWarning(w)}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
