import { useEffect, useId, useMemo, useRef, type RefObject } from 'react';
import { commonMessages } from '../provider/common-messages';
import { useMessages } from '../provider/useMessages';
import { useReducedMotion } from '../provider/useReducedMotion';
import { ExitButton } from '../shared/ExitButton';
import { SupportOffer } from '../provider/SupportOffer';
import { useGentleExit } from '../shared/useGentleExit';
import { move } from '../shared/motion';
import { widgetRootProps, type WidgetStyleProps } from '../shared/widget';
import { breathLevels } from './breathClock';
import { useBreathPacer, type BreathPacerApi, type UseBreathPacerOptions } from './useBreathPacer';

export interface BreathPacerProps extends UseBreathPacerOptions, WidgetStyleProps {
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

// Sizes of the shape when the breath is empty and full, and its opacity under reduced motion.
const smallest = 0.55;
const breathEase: [number, number, number, number] = [0.37, 0, 0.63, 1];

/**
 * The bar fills in the reading direction: scaled about its centre while a translation keeps
 * its inline-start edge still, so it needs no transform-origin and works unstyled too.
 */
function fillFromInlineStart(bar: HTMLElement) {
  const start = getComputedStyle(bar).direction === 'rtl' ? '50%' : '-50%';
  return { transform: [`translateX(${start}) scaleX(0)`, 'translateX(0) scaleX(1)'] };
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
      ? { opacity: [size(from), size(to)] }
      : { transform: [`scale(${size(from)})`, `scale(${size(to)})`] };
    const elements = [shape.current, bar.current];
    const animations = [
      move(shape.current, look, { duration: seconds, ease: breathEase }),
      bar.current &&
        move(bar.current, fillFromInlineStart(bar.current), { duration: seconds, ease: 'linear' }),
    ];
    for (const animation of animations) {
      if (!animation) continue;
      animation.time = at.progress * seconds;
      if (status !== 'running') animation.pause();
    }
    return () => {
      animations.forEach((animation) => animation?.cancel());
      // A phase that ran to its end left its last frame as an inline style (framer-motion
      // does); the next phase, or the resting look from the CSS, takes over from here.
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
export function BreathPacer(props: BreathPacerProps) {
  const pacer = useBreathPacer(props);
  const common = useMessages('common', commonMessages);
  const reduced = useReducedMotion();
  const shape = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const exitButton = useRef<HTMLButtonElement>(null);
  const gentle = useGentleExit(props.onExit, pacer.pause, [exitButton]);
  useBreathAnimation(pacer, reduced, shape, bar, gentle.offering);

  const instructionId = useId();
  const { messages: m, status, phase } = pacer;
  const toggleLabel = status === 'running' ? m.pause : status === 'paused' ? m.resume : m.start;
  const root = {
    ...widgetRootProps('BreathPacer', props),
    role: 'group',
    'aria-label': m.label,
    'data-state': status,
    'data-motion': reduced ? 'reduce' : undefined,
  };

  // The pacer is paused (its hook keeps the place) while the offer stands in for it.
  if (gentle.offering)
    return (
      <div {...root}>
        <SupportOffer
          headingLevel={props.headingLevel}
          takeFocus
          continueLabel={m.backFromExit}
          onContinue={gentle.comeBack}
        />
      </div>
    );

  return (
    <div {...root} data-phase={status === 'idle' || !phase ? undefined : phase}>
      <div className="attune-BreathPacer-visual" aria-hidden="true">
        <div className="attune-BreathPacer-shape" ref={shape} />
        <div className="attune-BreathPacer-track">
          <div className="attune-BreathPacer-progress" ref={bar} />
        </div>
      </div>
      {/* Announced through the page's live region, once per phase, so this one stays quiet; a
          person who lands on the controls mid-session hears it as their description. */}
      <p id={instructionId} className="attune-BreathPacer-instruction" role="status" aria-live="off">
        {pacer.instruction}
      </p>
      <p className="attune-BreathPacer-count">{pacer.count}</p>
      <div className="attune-BreathPacer-controls">
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
      <p className="attune-BreathPacer-hint">{m.hint}</p>
      <ExitButton ref={exitButton} onClick={gentle.exit}>
        {common.exit}
      </ExitButton>
    </div>
  );
}
