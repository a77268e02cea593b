import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { announce } from '../provider/announcer';
import type { DeepPartial } from '../provider/messages';
import { useMessages } from '../provider/useMessages';
import { useReducedMotion } from '../provider/useReducedMotion';
import { ExitOrOffer } from '../provider/ExitOrOffer';
import { hiddenWhile, useGentleExit } from '../shared/useGentleExit';
import { stepLook, useStepMotion } from '../shared/useStepMotion';
import { widgetRootProps, type WidgetStyleProps } from '../shared/widget';
import type { GroundingResult } from './groundingExercise';
import { groundingMessages, type GroundingMessages } from './messages';
import { useGrounding, type UseGroundingOptions } from './useGrounding';
import { levelBelow } from '../provider/SupportOffer';

export interface GroundingProps extends UseGroundingOptions, WidgetStyleProps {
  /** Heading level of the title; each step's heading is one level below. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /**
   * The gentle "This isn’t helping" control: the host decides what to offer instead. It
   * receives what the person has done and written so far, which the widget does not keep.
   */
  onExit?: (progress: GroundingResult) => void;
  /** Replaces any of the widget's strings. */
  messages?: DeepPartial<GroundingMessages>;
}

/**
 * A grounding exercise at the person's pace: 5-4-3-2-1 through the senses, or orienting to
 * the place and the day. Every step can be skipped, writing is optional, and nothing the
 * person writes is kept once the widget is gone.
 *
 * @selector [data-variant="senses" | "orienting"]
 * @selector [data-state="active" | "complete"] and `[data-step]` (the current step's id)
 * @selector .attune-Grounding-dot[data-state="past" | "current" | "ahead"]
 */
export function Grounding({
  headingLevel = 2,
  onExit,
  messages: messageOverrides,
  className,
  unstyled,
  ...options
}: GroundingProps) {
  const messages = useMessages('grounding', groundingMessages, messageOverrides);
  const reducedMotion = useReducedMotion();
  const state = useGrounding(options);
  const { index, total, step, complete } = state;
  const id = useId();
  const titleId = `${id}title`;
  const stepHeadingId = `${id}step`;
  const promptId = `${id}prompt`;
  const Title = `h${headingLevel}` as const;
  const StepHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5' | 'h6';
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const stepMotion = useStepMotion<HTMLDivElement>(stepLook, reducedMotion);
  const fields = useRef<Array<HTMLInputElement | null>>([]);
  const position = { current: index + 1, total };
  // Nothing here runs on its own, so there is nothing to pause; without `onExit`, the offer of
  // the app's support takes the exercise's place, and what was typed waits for the way back.
  const exitButton = useRef<HTMLButtonElement>(null);
  const gentle = useGentleExit(onExit && (() => onExit(state.result())), undefined, [exitButton]);

  // A new step is a new page of the exercise: its heading takes focus, and the position is
  // said politely. The first render leaves focus where the page put it.
  const shown = useRef<string | null>(null);
  const showing = complete ? 'complete' : String(index);
  useEffect(() => {
    if (shown.current !== null && shown.current !== showing) {
      stepHeading.current?.focus();
      if (!complete) announce(messages.stepAnnouncement(position));
    }
    shown.current = showing;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the step changes
  }, [showing]);

  // Enter in a field goes to the next field, and from the last one to the next step.
  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>, slot: number) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const following = fields.current[slot + 1];
    if (following) following.focus();
    else state.next();
  };

  const field = (slot: number, label?: string) => (
    <input
      key={slot}
      ref={(element) => {
        fields.current[slot] = element;
      }}
      className="attune-Grounding-field"
      type="text"
      aria-label={label}
      aria-describedby={promptId}
      autoComplete="off"
      value={state.answers[slot] ?? ''}
      onChange={(event) => state.setAnswer(slot, event.target.value)}
      onKeyDown={(event) => onFieldKeyDown(event, slot)}
    />
  );

  const words = messages.steps[step.id];

  return (
    <section
      {...widgetRootProps('Grounding', { className, unstyled })}
      aria-labelledby={titleId}
      data-variant={state.variant}
      data-state={complete ? 'complete' : 'active'}
      data-step={complete ? undefined : step.id}
      data-motion={reducedMotion ? 'reduce' : undefined}
    >
      <div {...hiddenWhile(gentle.offering)}>
        <div className="attune-Grounding-header">
          <Title id={titleId} className="attune-Grounding-title">
            {messages.title[state.variant]}
          </Title>
          {!complete && <p className="attune-Grounding-position">{messages.stepOf(position)}</p>}
        </div>
        <p className="attune-Grounding-intro">{messages.intro[state.variant]}</p>

        {/* The position is in words above; the row only draws it. */}
        <div className="attune-Grounding-progress" aria-hidden="true">
          {state.progress.map((where, i) => (
            <span key={state.steps[i]?.id} className="attune-Grounding-dot" data-state={where} />
          ))}
        </div>

        {complete ? (
          <div className="attune-Grounding-step" key="complete" data-state="complete" ref={stepMotion}>
            <StepHeading ref={stepHeading} tabIndex={-1} className="attune-Grounding-stepTitle">
              {messages.completeTitle}
            </StepHeading>
            <p className="attune-Grounding-prompt">{messages.completeBody}</p>
          </div>
        ) : (
          <div className="attune-Grounding-step" key={step.id} data-state="active" ref={stepMotion}>
            <StepHeading
              id={stepHeadingId}
              ref={stepHeading}
              tabIndex={-1}
              className="attune-Grounding-stepTitle"
            >
              {words.title}
            </StepHeading>
            <p id={promptId} className="attune-Grounding-prompt">
              {words.prompt}
            </p>
            {step.count === 1 ? (
              <label className="attune-Grounding-answers">
                <span className="attune-Grounding-legend">{messages.answers}</span>
                {field(0)}
              </label>
            ) : (
              <fieldset className="attune-Grounding-answers">
                <legend className="attune-Grounding-legend">{messages.answers}</legend>
                {state.answers.map((_, slot) => field(slot, messages.answer({ number: slot + 1 })))}
              </fieldset>
            )}
          </div>
        )}

        <div className="attune-Grounding-controls" role="group" aria-label={messages.controls}>
          <button
            type="button"
            className="attune-Button"
            data-variant="quiet"
            aria-disabled={state.isFirst && !complete ? true : undefined}
            onClick={state.back}
          >
            {messages.back}
          </button>
          {!complete && (
            <button type="button" className="attune-Button" data-variant="quiet" onClick={state.skip}>
              {messages.skip}
            </button>
          )}
          <button type="button" className="attune-Button" onClick={complete ? state.restart : state.next}>
            {complete ? messages.startAgain : state.isLast ? messages.finish : messages.next}
          </button>
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
