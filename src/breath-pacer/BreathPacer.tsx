import { forwardRef, useEffect, useId, useMemo, useRef, type RefObject } from 'react';
import { exitMessages } from '../provider/common-messages';
import { useMessages } from '../provider/useMessages';
import { useReducedMotion } from '../provider/useReducedMotion';
import { ExitButton } from '../shared/ExitButton';
import { SupportOffer } from '../provider/SupportOffer';
import { useGentleExit } from '../shared/useGentleExit';
import { move, type MotionKeyframes, type MotionOptions } from '../shared/motion';
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
import { breathLevels } from './breathClock';
import { useBreathPacer, type BreathPacerApi, type UseBreathPacerOptions } from './useBreathPacer';

/** The parts `classNames` can style, besides `root`. */
export type BreathPacerPart =
  'visual' | 'shape' | 'track' | 'progress' | 'instruction' | 'count' | 'controls' | 'hint';
/** Class names for BreathPacer's parts, `root` included: `{ root?, …each part? }`. */
export type BreathPacerClassNames = PartClassNames<BreathPacerPart>;

export interface BreathPacerOwnProps extends UseBreathPacerOptions, WidgetStyleProps<BreathPacerPart> {
  /**
   * The "this isn't helping" button was pressed. The pacer pauses; offer something else (your
   * screen can show `SupportOffer`). Without it, the pacer pauses and steps aside for a calm
   * offer of the provider's `support` and a button back to the breathing.
   * @selector .attune-Exit
   */
  onExit?: () => void;
  /** The level of the support offer's heading, after the exit. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** BreathPacer's own props, and the DOM props of its root `<div>` (`id`, `data-*`, handlers…). */
export type BreathPacerProps = WidgetProps<'div', BreathPacerOwnProps>;

const ownProps: OwnKeysBesidesStyle<BreathPacerOwnProps> = {
  pattern: true,
  cycles: true,
  duration: true,
  leadIn: true,
  slowFrom: true,
  running: true,
  defaultRunning: true,
  onRunningChange: true,
  onPhaseChange: true,
  onCycleComplete: true,
  onComplete: true,
  onError: true,
  announce: true,
  cues: true,
  messages: true,
  onExit: true,
  headingLevel: true,
};

// Sizes of the shape when the breath is empty and full, and its opacity under reduced motion.
const smallest = 0.55;
const breathEase: [number, number, number, number] = [0.37, 0, 0.63, 1];

/**
 * The bar fills in the reading direction: scaled about its centre while a translation keeps
 * its inline-start edge still, so it needs no transform-origin and works unstyled too.
 */
function fillFromInlineStart(bar: HTMLElement): [string, string] {
  const start = getComputedStyle(bar).direction === 'rtl' ? '50%' : '-50%';
  return [`translateX(${start}) scaleX(0)`, 'translateX(0) scaleX(1)'];
}

// How long a phase's last frame is held after its end, as part of the same animation.
const holdSeconds = 1;

/**
 * One phase, from `from` to `to` over `seconds`, then held there. framer-motion writes an
 * animation's last frame as an inline style when it finishes, and the browser then paints
 * the shape again; held a second longer, the animation is still running when the next
 * phase replaces it (within a frame or two), so nothing is written and nothing repainted.
 */
function phase(
  property: 'transform' | 'opacity',
  [from, to]: [string | number, string | number],
  seconds: number,
  ease: typeof breathEase | 'linear',
): [MotionKeyframes, MotionOptions] {
  return [
    { [property]: [from, to, to] },
    {
      duration: seconds + holdSeconds,
      times: [0, seconds / (seconds + holdSeconds), 1],
      ease: [ease, 'linear'],
    },
  ];
}

/**
 * Draws the shape and the progress bar through framer-motion (Web Animations): one
 * animation per phase, started at the right point of the phase, so the browser animates and
 * React stays idle. Only `transform` and `opacity` move, the two properties every engine
 * animates on the compositor: between phase changes the page's main thread has nothing to do.
 */
function useBreathAnimation(
  pacer: BreathPacerApi,
  reduced: boolean,
  shape: RefObject<HTMLDivElement | null>,
  bar: RefObject<HTMLDivElement | null>,
  /** While the support offer stands in for the pacer; its shape is drawn anew on return. */
  offering: boolean,
) {
  const { status, stage, phaseIndex, cycle, clock, getPosition } = pacer;
  const levels = useMemo(() => breathLevels(clock.steps), [clock]);
  useEffect(() => {
    const at = getPosition();
    if (offering || !at || at.stage !== 'breathing') return;
    const index = clock.steps.findIndex((s) => s.phaseIndex === at.phaseIndex);
    const [from, to] = levels[index] ?? [0, 0];
    const seconds = (at.phaseEndMs - at.phaseStartMs) / 1000;
    const size = (level: number) => smallest + (1 - smallest) * level;
    const look = reduced
      ? phase('opacity', [size(from), size(to)], seconds, breathEase)
      : phase('transform', [`scale(${size(from)})`, `scale(${size(to)})`], seconds, breathEase);
    const elements = [shape.current, bar.current];
    const animations = [
      move(shape.current, ...look),
      bar.current &&
        move(bar.current, ...phase('transform', fillFromInlineStart(bar.current), seconds, 'linear')),
    ];
    for (const animation of animations) {
      if (!animation) continue;
      animation.time = at.progress * seconds;
      if (status !== 'running') animation.pause();
    }
    return () => {
      animations.forEach((animation) => animation?.cancel());
      // A phase that ran past its hold (timers very late) left its last frame as an inline
      // style; the next phase, or the resting look from the CSS, takes over from here.
      for (const element of elements) {
        element?.style.removeProperty('transform');
        element?.style.removeProperty('opacity');
      }
    };
  }, [status, stage, phaseIndex, cycle, reduced, clock, levels, getPosition, shape, bar, offering]);
}

/**
 * A calm breathing guide: a shape that grows as you breathe in and shrinks as you breathe
 * out, the instruction in words, Start / Pause / Resume and Stop, and a gentle way out.
 * Holds are opt-in: the default `gentle` pattern has none.
 *
 * @selector .attune-BreathPacer[data-state="idle" | "running" | "paused" | "complete"]
 * @selector .attune-BreathPacer[data-phase="inhale" | "hold" | "exhale" | "rest"]
 * @selector .attune-BreathPacer[data-motion="reduce"] when motion is reduced (absent otherwise)
 */
export const BreathPacer = /* @__PURE__ */ forwardRef<HTMLDivElement, BreathPacerProps>(
  function BreathPacer(props, ref) {
    const pacer = useBreathPacer(props);
    const parts = props.classNames ?? {};
    const common = useMessages('common', exitMessages);
    const reduced = useReducedMotion();
    const shape = useRef<HTMLDivElement>(null);
    const bar = useRef<HTMLDivElement>(null);
    const exitButton = useRef<HTMLButtonElement>(null);
    const gentle = useGentleExit(props.onExit, pacer.pause, [exitButton]);
    useBreathAnimation(pacer, reduced, shape, bar, gentle.offering);

    const instructionId = useId();
    const { messages: m, status, phase } = pacer;
    const toggleLabel = status === 'running' ? m.pause : status === 'paused' ? m.resume : m.start;
    const root = mergeRootProps(
      {
        ...widgetRootProps('BreathPacer', props),
        role: 'group',
        'aria-label': m.label,
        'data-state': status,
        'data-phase': status === 'idle' || !phase || gentle.offering ? undefined : phase,
        'data-motion': reduced ? 'reduce' : undefined,
      },
      splitProps(props, ownProps, styleKeys),
    );

    // The pacer is paused (its hook keeps the place) while the offer stands in for it.
    if (gentle.offering)
      return (
        <div ref={ref} {...root}>
          <SupportOffer
            headingLevel={props.headingLevel}
            takeFocus
            continueLabel={m.backFromExit}
            onContinue={gentle.comeBack}
          />
        </div>
      );

    return (
      <div ref={ref} {...root}>
        <div className={cx('attune-BreathPacer-visual', parts.visual)} aria-hidden="true">
          <div className={cx('attune-BreathPacer-shape', parts.shape)} ref={shape} />
          <div className={cx('attune-BreathPacer-track', parts.track)}>
            <div className={cx('attune-BreathPacer-progress', parts.progress)} ref={bar} />
          </div>
        </div>
        {/* Announced through the page's live region, once per phase, so this one stays quiet; a
          person who lands on the controls mid-session hears it as their description. */}
        <p
          id={instructionId}
          className={cx('attune-BreathPacer-instruction', parts.instruction)}
          role="status"
          aria-live="off"
        >
          {pacer.instruction}
        </p>
        <p className={cx('attune-BreathPacer-count', parts.count)}>{pacer.count}</p>
        <div className={cx('attune-BreathPacer-controls', parts.controls)}>
          <button
            type="button"
            className="attune-Button"
            onClick={pacer.toggle}
            aria-describedby={instructionId}
          >
            {toggleLabel}
          </button>
          <button type="button" className="attune-Button" data-variant="quiet" onClick={pacer.stop}>
            {m.stop}
          </button>
        </div>
        <p className={cx('attune-BreathPacer-hint', parts.hint)}>{m.hint}</p>
        <ExitButton ref={exitButton} onClick={gentle.exit}>
          {common.exit}
        </ExitButton>
      </div>
    );
  },
);
