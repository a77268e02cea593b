import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { BreathPacer } from '../breath-pacer/BreathPacer';
import type { BreathPatternInput } from '../breath-pacer/breathClock';
import { ChoicePoint } from '../choice-point/ChoicePoint';
import { Grounding } from '../grounding/Grounding';
import type { GroundingVariant } from '../grounding/groundingExercise';
import type { Choice, ChoicePath } from '../choice-point/choicePaths';
import { ObserverScript } from '../observer-script/ObserverScript';
import type { Perspective, Script } from '../observer-script/script';
import { compassionateObserver } from '../observer-script/scripts';
import type { PatternLogStorage } from '../pattern-log/storage';
import { commonMessages, defaultPatternIds } from '../provider/common-messages';
import { announce } from '../provider/announcer';
import type { DeepPartial } from '../provider/messages';
import { useMessages } from '../provider/useMessages';
import { useReducedMotion } from '../provider/useReducedMotion';
import { ExitButton } from '../shared/ExitButton';
import { SupportOffer, levelBelow } from '../provider/SupportOffer';
import { useGentleExit } from '../shared/useGentleExit';
import { stepLook, useStepMotion } from '../shared/useStepMotion';
import type { Moment } from '../shared/moment';
import { cx } from '../shared/cx';
import { useComposedRefs } from '../shared/useComposedRefs';
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
import { newId } from '../pattern-log/logStore';
import { saveMoment, stashMoment } from './appendMoment';
import { otherSettleStep } from './flow';
import { momentFlowMessages, type MomentFlowMessages } from './messages';
import { NoticeStep } from './NoticeStep';
import { useMomentFlow, type UseMomentFlowOptions } from './useMomentFlow';

export type MomentSaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** The parts `classNames` can style, besides `root`: each step's heading, its body, and the row of moves. */
export type MomentFlowPart = 'title' | 'step' | 'nav';
/** Class names for MomentFlow's parts, `root` included: `{ root?, …each part? }`. */
export type MomentFlowClassNames = PartClassNames<MomentFlowPart>;

export interface MomentFlowOwnProps
  extends
    Omit<UseMomentFlowOptions, 'onEnd' | 'onStash' | 'unnamedPattern' | 'noticed' | 'rootRef'>,
    WidgetStyleProps<MomentFlowPart> {
  /** Where the moment is saved when the flow ends: a PatternLog storage adapter. */
  storage?: PatternLogStorage;
  /** A pattern the host already knows (id or text): the flow then starts at the choice. */
  noticed?: string;
  /** Body areas the host already knows. */
  body?: string[];
  /** The ChoicePoint paths. @default shame and compassion */
  paths?: readonly ChoicePath[];
  /**
   * Asks how strong it feels (0–10) before choosing and after the reflection, saved as the
   * moment's `intensity` and `intensityAfter`. An answer of 9 or 10 brings a calm offer of the
   * provider's `support`. @default false
   */
  askIntensity?: boolean;
  /**
   * The script after a compassion path. @default the locale table's `momentFlow.defaultScript`
   * (Spanish in `es`), else observerScripts.compassionateObserver
   */
  script?: Script;
  perspective?: Perspective;
  /** The breathing step's pattern. @default 'gentle' */
  breathPattern?: BreathPatternInput;
  /** How many breaths the breathing step offers. @default 3 */
  breathCycles?: number;
  /**
   * The grounding exercise offered next to breathing (or first, with `settle="ground"`).
   * Only which exercise was done is saved, never the words typed in it. @default 'senses'
   */
  groundingVariant?: GroundingVariant;
  /** Called when every step is done (or skipped), with the whole moment. */
  onComplete?: (moment: Moment) => void;
  /**
   * Called when the person leaves before the end, through "This isn’t helping" (the flow's or
   * any step's widget's) or by unmounting the flow (e.g. closing its dialog), with what they
   * had entered (saved like a finished moment), or `null` when they had entered nothing. The
   * flow then shows a calm offer of the provider's `support`. Without `onExit`, the exit
   * pauses the flow instead: the offer, and a button back to the step the person was on.
   * @selector .attune-Exit
   */
  onExit?: (moment: Moment | null) => void;
  /** Called when saving to `storage` succeeds or fails. */
  onSaveChange?: (status: MomentSaveStatus, error?: unknown) => void;
  /** The level of each step's heading. @default 2 */
  headingLevel?: 2 | 3 | 4;
  messages?: DeepPartial<MomentFlowMessages>;
}

/** MomentFlow's own props, and the DOM props of its root `<section>` (`id`, `data-*`, handlers…). */
export type MomentFlowProps = WidgetProps<'section', MomentFlowOwnProps>;

/** Every own prop name: what is not here goes to the root element. */
export const momentFlowOwnProps: OwnKeysBesidesStyle<MomentFlowOwnProps> = {
  omit: true,
  observeAfter: true,
  settle: true,
  step: true,
  defaultStep: true,
  onStepChange: true,
  storage: true,
  noticed: true,
  body: true,
  paths: true,
  askIntensity: true,
  script: true,
  perspective: true,
  breathPattern: true,
  breathCycles: true,
  groundingVariant: true,
  onComplete: true,
  onExit: true,
  onSaveChange: true,
  headingLevel: true,
  messages: true,
};

/**
 * One whole moment of noticing, as a single flow: what was noticed (and where in the body)
 * → ChoicePoint → after compassion, ObserverScript with the pattern filled in → BreathPacer,
 * with Grounding offered in its place → saved as one record. Every step can be skipped;
 * "This isn’t helping" ends it at any point and keeps what was entered.
 *
 * @selector [data-step="notice" | "choose" | "observe" | "breathe" | "ground" | "done"]
 * @selector [data-motion="reduce"] when motion is reduced (absent otherwise)
 */
export const MomentFlow = /* @__PURE__ */ forwardRef<HTMLElement, MomentFlowProps>(
  function MomentFlow(props, ref) {
    const {
      storage,
      noticed,
      body,
      paths,
      askIntensity = false,
      script: scriptProp,
      perspective,
      breathPattern = 'gentle',
      breathCycles = 3,
      groundingVariant = 'senses',
      onComplete,
      onExit,
      onSaveChange,
      headingLevel = 2,
      messages: messageOverrides,
      classNames: parts = {},
      omit,
      observeAfter,
      settle,
      step: stepProp,
      defaultStep,
      onStepChange,
    } = props;
    const flowOptions = { omit, observeAfter, settle, step: stepProp, defaultStep, onStepChange };
    const messages = useMessages('momentFlow', momentFlowMessages, messageOverrides);
    const script = scriptProp ?? messages.defaultScript ?? compassionateObserver;
    const common = useMessages('common', commonMessages);
    const [saveStatus, setSaveStatus] = useState<MomentSaveStatus>('idle');
    const [lastChoice, setLastChoice] = useState<Choice | null>(null);
    const root = useRef<HTMLElement>(null);
    const rootRef = useComposedRefs(ref, root);
    // The moment's id in the log, chosen at the start: what a hidden page stashes and the save
    // at the end are the same entry, so the log never holds the moment twice. The save's change
    // stamp comes after the last stash's, so the moment as finished is the one kept.
    const [entryId] = useState(newId);
    const stashedAt = useRef(0);
    // Whether the latest stash holds the moment (not its deletion): only then is there one to let go.
    const stashHolds = useRef(false);
    const stash = (moment: Moment | null) => {
      if (!storage || (!moment && !stashHolds.current)) return;
      const before = stashedAt.current;
      stashedAt.current = stashMoment(storage, entryId, moment, before);
      if (stashedAt.current !== before) stashHolds.current = !!moment;
    };

    const flow = useMomentFlow({
      ...flowOptions,
      rootRef: root,
      noticed: noticed ? { pattern: noticed, ...(body && { body }) } : undefined,
      unnamedPattern: messages.unnamedPattern,
      // The page may be closing: no time to read the log and merge, so the moment is stashed
      // beside it, as a closing PatternLog does, and told to no one (the flow has not ended).
      // Once it holds nothing (a note erased), what was stashed goes too.
      onStash: stash,
      onEnd: ({ how, moment }) => {
        if (how === 'completed' && moment) onComplete?.(moment);
        if (how === 'exited') onExit?.(moment);
        // Left with nothing to save: nothing stashed earlier outlives that choice.
        if (!moment) stash(null);
        if (!storage || !moment) return;
        setSaveStatus('saving');
        onSaveChange?.('saving');
        const failed = (error: unknown) => {
          setSaveStatus('failed');
          announce(messages.notSaved);
          onSaveChange?.('failed', error);
        };
        const now = () => Math.max(Date.now(), stashedAt.current + 1);
        saveMoment(storage, { ...moment, id: entryId }, { onRetrying: failed, now }).then(() => {
          setSaveStatus('saved');
          announce(messages.saved);
          onSaveChange?.('saved');
        }, failed);
      },
    });
    const { step, moment } = flow;
    const heading = useRef<HTMLHeadingElement>(null);
    const reducedMotion = useReducedMotion();
    // Each step is its own element, so the step it replaces can fade out as it moves in.
    const stepMotion = useStepMotion<HTMLDivElement>(stepLook, reducedMotion);
    // Every exit in the flow, nested widgets' included, leaves (or pauses) the whole flow.
    const exitButton = useRef<HTMLButtonElement>(null);
    const gentle = useGentleExit(onExit && (() => flow.exit()), undefined, [exitButton, heading]);
    const exited = flow.state.ended === 'exited';
    const away = gentle.offering || exited;

    // A new step is a new page of the flow: its heading takes focus so the next thing read is
    // where the person is. The first step keeps the page's focus where it was.
    const shownStep = useRef(step);
    useEffect(() => {
      if (shownStep.current === step) return;
      shownStep.current = step;
      heading.current?.focus();
    }, [step]);

    const otherWay = otherSettleStep(step, flowOptions);
    const patternText = labelOf(moment.pattern, common) ?? messages.unnamedPattern;
    const Heading = `h${headingLevel}` as const;
    const headingId = useId();

    return (
      <section
        ref={rootRef}
        {...mergeRootProps(
          {
            ...widgetRootProps('MomentFlow', props),
            'data-step': step,
            'data-motion': reducedMotion ? 'reduce' : undefined,
            'aria-labelledby': headingId,
          },
          splitProps(props, momentFlowOwnProps, styleKeys),
        )}
      >
        <Heading
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className={cx('attune-MomentFlow-title', parts.title)}
        >
          {messages.stepTitle[step]}
        </Heading>

        <div
          key={step}
          ref={stepMotion}
          className={cx('attune-MomentFlow-step', parts.step)}
          hidden={away}
          style={away ? { display: 'none' } : undefined}
        >
          {step === 'notice' && (
            <NoticeStep
              messages={messages}
              common={common}
              initial={moment}
              onNotice={flow.notice}
              onDraft={flow.setDraft}
            />
          )}

          {step === 'choose' && (
            <>
              <ChoicePoint
                noticed={moment.pattern ?? messages.unnamedPattern}
                body={moment.body}
                paths={paths}
                defaultValue={moment.path ?? null}
                askIntensity={askIntensity}
                headingLevel={levelBelow(headingLevel)}
                onChoose={setLastChoice}
                onIntensityAfterChange={setLastChoice}
                onExit={gentle.exit}
              />
              {(lastChoice ?? moment.path) && (
                <button
                  type="button"
                  className="attune-Button"
                  onClick={() =>
                    flow.choose(
                      lastChoice?.path ?? moment.path ?? '',
                      lastChoice?.intensityAfter,
                      lastChoice?.intensity,
                    )
                  }
                >
                  {messages.continue}
                </button>
              )}
            </>
          )}

          {step === 'observe' && (
            <ObserverScript
              script={script}
              perspective={perspective}
              values={{ pattern: patternText.toLocaleLowerCase() }}
              headingLevel={levelBelow(headingLevel)}
              renderBreath={({ cycles, onDone }) => (
                <BreathPacer
                  pattern={breathPattern}
                  cycles={cycles}
                  onComplete={onDone}
                  onExit={gentle.exit}
                />
              )}
              onComplete={(completion) =>
                flow.observed({ id: completion.scriptId, completed: true, answers: completion.answers })
              }
              onExit={gentle.exit}
            />
          )}

          {step === 'breathe' && (
            <BreathPacer
              pattern={breathPattern}
              cycles={breathCycles}
              onExit={gentle.exit}
              onComplete={(summary) =>
                flow.breathed({
                  pattern: typeof breathPattern === 'string' ? breathPattern : 'custom',
                  cycles: summary.cycles,
                  durationMs: summary.durationMs,
                  completed: summary.completed,
                })
              }
            />
          )}

          {step === 'ground' && (
            <Grounding
              variant={groundingVariant}
              headingLevel={Math.min(headingLevel + 1, 5) as 3 | 4 | 5}
              onExit={() => flow.exit()}
              onComplete={(result) => flow.grounded({ variant: result.variant, completed: result.completed })}
            />
          )}

          {step === 'done' && (
            <>
              <p>{messages.doneBody}</p>
              {(saveStatus === 'saved' || saveStatus === 'failed') && (
                <p className="attune-MomentFlow-saved" data-status={saveStatus}>
                  {saveStatus === 'saved' ? messages.saved : messages.notSaved}
                </p>
              )}
            </>
          )}
        </div>

        {away && (
          <SupportOffer
            headingLevel={levelBelow(headingLevel)}
            takeFocus
            continueLabel={messages.backFromExit}
            onContinue={exited ? undefined : gentle.comeBack}
          />
        )}

        {step !== 'done' && !away && (
          <div className={cx('attune-MomentFlow-nav', parts.nav)}>
            {flow.canGoBack && (
              <button type="button" className="attune-Button" data-variant="quiet" onClick={flow.back}>
                {messages.back}
              </button>
            )}
            {otherWay && (
              <button
                type="button"
                className="attune-Button"
                data-variant="quiet"
                onClick={() => flow.switchTo(otherWay)}
              >
                {otherWay === 'ground' ? messages.groundInstead : messages.breatheInstead}
              </button>
            )}
            <button type="button" className="attune-Button" data-variant="quiet" onClick={flow.skip}>
              {messages.skip}
            </button>
            {/* The widgets of later steps carry the exit themselves, in their own place. */}
            {step === 'notice' && (
              <ExitButton ref={exitButton} onClick={gentle.exit}>
                {common.exit}
              </ExitButton>
            )}
          </div>
        )}
      </section>
    );
  },
);

function labelOf(pattern: string | undefined, common: typeof commonMessages): string | undefined {
  if (!pattern) return undefined;
  return (defaultPatternIds as readonly string[]).includes(pattern)
    ? common.patterns[pattern as (typeof defaultPatternIds)[number]]
    : pattern;
}
