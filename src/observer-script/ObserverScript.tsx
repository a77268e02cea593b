import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  type ButtonHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { announce } from '../provider/announcer';
import type { DeepPartial } from '../provider/messages';
import { useMessages } from '../provider/useMessages';
import { useReducedMotion } from '../provider/useReducedMotion';
import { ExitOrOffer } from '../provider/ExitOrOffer';
import { hiddenWhile, useGentleExit } from '../shared/useGentleExit';
import { stepLook, useStepMotion } from '../shared/useStepMotion';
import { cx } from '../shared/cx';
import {
  mergeRootProps,
  splitProps,
  widgetRootProps,
  styleKeys,
  type OwnKeysBesidesStyle,
  type PartClassNames,
  type WidgetProps,
  type WidgetStyleProps,
} from '../shared/widget';
import { observerScriptMessages, type ObserverScriptMessages } from './messages';
import { defaultBreathCycles, parseScript, type ScriptError, type ScriptStep } from './script';
import {
  maxPace,
  minPace,
  useObserverScript,
  type ObserverScriptLine,
  type UseObserverScriptOptions,
} from './useObserverScript';
import { levelBelow } from '../provider/SupportOffer';

const paceChoices = [minPace, 0.75, 1, 1.5, 2, 3, maxPace];
const rateChoices = [0.5, 0.75, 1, 1.25, 1.5, 2];

function QuietButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button {...props} type="button" className="attune-Button" data-variant="quiet" />;
}

type SettingOption = [value: string | number, label: string];

/** The choices with the value shown among them, so a host's own value (1.2, say) shows as it is. */
function withChoice(choices: readonly number[], value: number): number[] {
  return choices.includes(value) ? [...choices] : [...choices, value].sort((a, b) => a - b);
}

/** A labelled choice (pace, voice, speaking rate); values come back as strings. */
function Setting({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | number;
  options: SettingOption[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="attune-ObserverScript-setting">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What `renderBreath` receives to embed a BreathPacer in a breath step. */
export interface ObserverScriptBreath {
  step: ScriptStep;
  /** How many breaths the step makes room for. */
  cycles: number;
  /** Call when the breathing is done (e.g. from BreathPacer's `onComplete`) to move on. */
  onDone: () => void;
}

/** The parts `classNames` can style, besides `root`. */
export type ObserverScriptPart =
  'header' | 'title' | 'position' | 'transcript' | 'line' | 'prompt' | 'controls' | 'options';
/** Class names for ObserverScript's parts, `root` included: `{ root?, …each part? }`. */
export type ObserverScriptClassNames = PartClassNames<ObserverScriptPart>;

export interface ObserverScriptOwnProps
  extends UseObserverScriptOptions, WidgetStyleProps<ObserverScriptPart> {
  /**
   * `all` keeps earlier lines on screen as a transcript; `current` shows only the current one.
   * @selector .attune-ObserverScript-line[data-state="past" | "current"]
   * @default 'all'
   */
  transcript?: 'all' | 'current';
  /** Heading level of the script's title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Embeds a breathing widget in `breath` steps, e.g.
   * `({ cycles, onDone }) => <BreathPacer cycles={cycles} onComplete={onDone} />`.
   * Without it, a breath step shows a short text invitation.
   */
  renderBreath?: (breath: ObserverScriptBreath) => ReactNode;
  /**
   * The gentle "this isn't helping" control: playback and speech stop and the host decides
   * what next (its screen can show `SupportOffer`). Without it, the script steps aside for a
   * calm offer of the provider's `support` and a button back to the script.
   * @selector .attune-Exit
   */
  onExit?: () => void;
  /** Replaces any of the widget's strings. */
  messages?: DeepPartial<ObserverScriptMessages>;
}

/** ObserverScript's own props, and the DOM props of its root `<section>` (`id`, `data-*`, handlers…). */
export type ObserverScriptProps = WidgetProps<'section', ObserverScriptOwnProps>;

const ownProps: OwnKeysBesidesStyle<ObserverScriptOwnProps> = {
  script: true,
  values: true,
  perspective: true,
  step: true,
  defaultStep: true,
  onStepChange: true,
  autoAdvance: true,
  pace: true,
  defaultPace: true,
  onPaceChange: true,
  speak: true,
  defaultSpeak: true,
  onSpeakChange: true,
  voice: true,
  defaultVoice: true,
  onVoiceChange: true,
  rate: true,
  defaultRate: true,
  onRateChange: true,
  withoutBody: true,
  defaultWithoutBody: true,
  onWithoutBodyChange: true,
  onComplete: true,
  transcript: true,
  headingLevel: true,
  renderBreath: true,
  onExit: true,
  messages: true,
};

/**
 * Plays a script one line at a time. A script that cannot be played (from a CMS, say) is
 * checked with `parseScript` first and shown as a calm list of what needs fixing, never
 * a crash of the host app, with the same gentle exit as a script that plays.
 *
 * @selector [data-state="invalid"] when the script cannot be played
 */
export const ObserverScript = /* @__PURE__ */ forwardRef<HTMLElement, ObserverScriptProps>(
  function ObserverScript(props, ref) {
    const { script } = props;
    const checked = useMemo(() => parseScript(script), [script]);
    useEffect(() => {
      // Written out, not a helper: bundlers fold it away, warning and all, in production.
      if (process.env.NODE_ENV !== 'production' && !checked.ok) {
        const problems = checked.errors.map((error) => `  ${error.path}: ${error.message}`).join('\n');
        console.error(`ObserverScript: this script cannot be played:\n${problems}`);
      }
    }, [checked]);
    if (checked.ok) return <ObserverScriptPlayer {...props} rootRef={ref} />;
    return <InvalidScript {...props} rootRef={ref} errors={checked.errors} />;
  },
);

/**
 * What a script that cannot be played shows: what needs fixing, and the same gentle exit as
 * the player, so a person who lands here is never left without a way out.
 */
function InvalidScript({
  rootRef,
  errors,
  ...props
}: ObserverScriptProps & { rootRef: Ref<HTMLElement>; errors: ScriptError[] }) {
  const messages = useMessages('observerScript', observerScriptMessages, props.messages);
  const exitButton = useRef<HTMLButtonElement>(null);
  // Nothing plays or speaks here, so there is nothing to pause.
  const gentle = useGentleExit(props.onExit, undefined, [exitButton]);
  return (
    <div
      ref={rootRef as Ref<HTMLDivElement>}
      {...mergeRootProps(
        { ...widgetRootProps('ObserverScript', props), 'data-state': 'invalid' },
        splitProps(props, ownProps, styleKeys),
      )}
    >
      <div {...hiddenWhile(gentle.offering)}>
        <p className="attune-ObserverScript-problem">{messages.invalidScript}</p>
        <ul className="attune-ObserverScript-problems">
          {errors.map((error) => (
            <li key={`${error.path}: ${error.message}`}>
              <code>{error.path || 'script'}</code>: {error.message}
            </li>
          ))}
        </ul>
      </div>
      <ExitOrOffer
        ref={exitButton}
        gentle={gentle}
        headingLevel={levelBelow(props.headingLevel ?? 2)}
        backLabel={messages.backFromExit}
      />
    </div>
  );
}

/**
 * Plays a script one line at a time: the compassionate observer speaking to the part that
 * got scared. Manual by default; auto-advance, pace and speech are opt-in.
 *
 * @selector [data-state="manual" | "running" | "paused" | "complete"]
 * @selector [data-perspective="second" | "first"]
 * @selector [data-motion="reduce"] when motion is reduced (absent otherwise)
 */
function ObserverScriptPlayer({ rootRef, ...props }: ObserverScriptProps & { rootRef: Ref<HTMLElement> }) {
  const { transcript = 'all', headingLevel = 2, renderBreath, onExit, classNames: parts = {} } = props;
  const messages = useMessages('observerScript', observerScriptMessages, props.messages);
  const reducedMotion = useReducedMotion();
  // The current line moves in; in the one-line transcript the line it replaces fades out.
  const lineMotion = useStepMotion<HTMLElement>(stepLook, reducedMotion);
  const state = useObserverScript(props);
  const { index, total, step, complete, speech } = state;
  const id = useId();
  const titleId = `${id}title`;
  const currentId = `${id}line`;
  const hintId = `${id}hint`;
  const primaryRef = useRef<HTMLButtonElement>(null);
  const Heading = `h${headingLevel}` as const;
  const exitButton = useRef<HTMLButtonElement>(null);
  const gentle = useGentleExit(onExit, () => {
    state.pause();
    speech.setOn(false);
  }, [exitButton]);
  const position = { current: complete ? total : index + 1, total };

  // Announce each new line (not the first render: the page is read as it is).
  const announced = useRef<string | null>(null);
  const announcement = complete
    ? messages.complete
    : messages.lineAnnouncement({ ...position, text: state.text });
  useEffect(() => {
    if (announced.current !== null && announced.current !== announcement) announce(announcement);
    announced.current = announcement;
  }, [announcement]);

  // A step's own controls (a prompt's field, an embedded BreathPacer) leave with the step.
  // When the focused one goes, focus lands on the button that carries on, not on the page.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const gone = lastFocused.current && !lastFocused.current.isConnected;
    if (gone && document.activeElement === document.body) primaryRef.current?.focus();
  }, [index, complete]);

  // Options stay put for the whole script, so focus on them survives a change of line.
  // Breath steps count: following the breath is a body focus too.
  const hasBodySteps = state.script.steps.some((s) => (s.body && s.nonBody) || s.kind === 'breath');
  const hasAlternates = state.script.steps.some((s) => s.alternates?.length);
  const onPromptKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // The field leaves with its step; keep the person on the button that carries on.
    primaryRef.current?.focus();
    state.next();
  };

  const renderLine = (line: ObserverScriptLine) => {
    const isCurrent = line.index === index && !complete;
    const words = isCurrent
      ? state.sentences.map((sentence, i) => (
          <span
            key={i}
            className="attune-ObserverScript-sentence"
            data-state={i === speech.sentence ? 'speaking' : undefined}
          >
            {i > 0 ? ' ' : ''}
            {sentence}
          </span>
        ))
      : line.text;
    return (
      <>
        <span id={line.index === index ? currentId : undefined} className="attune-ObserverScript-text">
          {words}
        </span>
        {line.answer !== undefined && !(isCurrent && line.step.kind === 'prompt') ? (
          <span className="attune-ObserverScript-answer">{line.answer}</span>
        ) : null}
      </>
    );
  };

  const lineState = (line: ObserverScriptLine) => (line.index === index && !complete ? 'current' : 'past');

  return (
    <section
      ref={rootRef}
      {...mergeRootProps(
        {
          ...widgetRootProps('ObserverScript', props),
          'aria-labelledby': titleId,
          'data-state': state.status,
          'data-perspective': state.perspective,
          'data-motion': reducedMotion ? 'reduce' : undefined,
        },
        splitProps(props, ownProps, styleKeys),
      )}
      // Composed like the rest: the host's handler first, then the widget's unless prevented.
      onFocus={(event) => {
        props.onFocus?.(event);
        if (!event.defaultPrevented) lastFocused.current = event.target;
      }}
    >
      <div {...hiddenWhile(gentle.offering)}>
        <div className={cx('attune-ObserverScript-header', parts.header)}>
          <Heading id={titleId} className={cx('attune-ObserverScript-title', parts.title)}>
            {state.title}
          </Heading>
          <p className={cx('attune-ObserverScript-position', parts.position)}>{messages.stepOf(position)}</p>
        </div>

        {transcript === 'all' ? (
          <ol
            className={cx('attune-ObserverScript-transcript', parts.transcript)}
            aria-label={messages.transcript}
          >
            {state.lines.map((line) => (
              <li
                key={line.index}
                ref={lineState(line) === 'current' ? lineMotion : undefined}
                className={cx('attune-ObserverScript-line', parts.line)}
                data-state={lineState(line)}
                aria-current={lineState(line) === 'current' ? 'step' : undefined}
              >
                {renderLine(line)}
              </li>
            ))}
          </ol>
        ) : (
          <p
            className={cx('attune-ObserverScript-line', parts.line)}
            data-state={lineState(state.line)}
            key={index}
            ref={complete ? undefined : lineMotion}
          >
            {renderLine(state.line)}
          </p>
        )}

        {!complete && step.kind === 'prompt' && step.name ? (
          <div className={cx('attune-ObserverScript-prompt', parts.prompt)}>
            <input
              className="attune-ObserverScript-field"
              type="text"
              aria-labelledby={currentId}
              aria-describedby={hintId}
              value={state.answers[step.name] ?? ''}
              onChange={(event) => state.setAnswer(step.name!, event.target.value)}
              onKeyDown={onPromptKeyDown}
              autoComplete="off"
            />
            <p id={hintId} className="attune-ObserverScript-hint">
              {messages.promptHint({ fallback: state.fallbackFor(step.name) })}
            </p>
          </div>
        ) : null}

        {!complete && step.kind === 'breath' ? (
          <div className="attune-ObserverScript-breath">
            {state.withoutBody ? (
              // Breath focus is a body focus: with the setting on, no pacer, a steadier invitation.
              <p className="attune-ObserverScript-hint">{messages.breathWithoutBody}</p>
            ) : renderBreath ? (
              renderBreath({
                step,
                cycles: step.cycles ?? defaultBreathCycles,
                onDone: () => state.finishBreath(index),
              })
            ) : (
              <p className="attune-ObserverScript-hint">
                {messages.breathFallback({ cycles: step.cycles ?? defaultBreathCycles })}
              </p>
            )}
          </div>
        ) : null}

        {complete ? <p className="attune-ObserverScript-complete">{messages.complete}</p> : null}

        <div
          className={cx('attune-ObserverScript-controls', parts.controls)}
          role="group"
          aria-label={messages.controls}
        >
          <QuietButton aria-disabled={state.isFirst && !complete ? true : undefined} onClick={state.back}>
            {messages.back}
          </QuietButton>
          <button
            ref={primaryRef}
            type="button"
            className="attune-Button"
            onClick={complete ? state.restart : state.next}
          >
            {complete ? messages.startAgain : state.isLast ? messages.finish : messages.next}
          </button>
          {state.autoAdvance ? (
            <QuietButton
              aria-disabled={complete ? true : undefined}
              onClick={complete ? undefined : state.paused ? state.resume : state.pause}
            >
              {state.paused ? messages.resume : messages.pause}
            </QuietButton>
          ) : null}
        </div>

        <div className={cx('attune-ObserverScript-options', parts.options)}>
          {hasBodySteps ? (
            <QuietButton
              aria-pressed={state.withoutBody}
              onClick={() => state.setWithoutBody(!state.withoutBody)}
            >
              {messages.withoutBody}
            </QuietButton>
          ) : null}
          {hasAlternates ? (
            <QuietButton
              aria-disabled={complete || !state.hasAlternates ? true : undefined}
              onClick={state.otherWords}
            >
              {messages.otherWords}
            </QuietButton>
          ) : null}
          {state.autoAdvance ? (
            <Setting
              label={messages.pace}
              value={state.pace}
              options={withChoice(paceChoices, state.pace).map((choice) => [
                choice,
                messages.paceOption(choice),
              ])}
              onChange={(value) => state.setPace(Number(value))}
            />
          ) : null}
          {speech.supported ? (
            <QuietButton aria-pressed={speech.on} onClick={() => speech.setOn(!speech.on)}>
              {messages.readAloud}
            </QuietButton>
          ) : null}
          {speech.supported && speech.on && speech.voices.length > 0 ? (
            <Setting
              label={messages.voice}
              value={speech.voice}
              options={[
                ['', messages.defaultVoice],
                ...speech.voices.map((voice): SettingOption => [
                  voice.voiceURI,
                  `${voice.name} (${voice.lang})`,
                ]),
              ]}
              onChange={speech.setVoice}
            />
          ) : null}
          {speech.supported && speech.on ? (
            <Setting
              label={messages.rate}
              value={speech.rate}
              options={withChoice(rateChoices, speech.rate).map((choice) => [
                choice,
                messages.rateOption(choice),
              ])}
              onChange={(value) => speech.setRate(Number(value))}
            />
          ) : null}
        </div>
      </div>

      <ExitOrOffer
        ref={exitButton}
        gentle={gentle}
        headingLevel={levelBelow(headingLevel)}
        backLabel={messages.backFromExit}
      />
    </section>
  );
}
