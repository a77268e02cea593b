import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { announce } from '../provider/announcer';
import { useAttune } from '../provider/context';
import type { DeepPartial } from '../provider/messages';
import { useMessages } from '../provider/useMessages';
import { useControllableState } from '../shared/useControllableState';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import {
  checkSessionOptions,
  createBreathClock,
  resolvePattern,
  type BreathClock,
  type BreathInputError,
  type BreathPatternInput,
  type BreathSessionOptions,
  type TimedStep,
} from './breathClock';
import { createCuePlayer, type BreathCues } from './cues';
import { breathPacerMessages, type BreathPacerMessages } from './messages';
import {
  createPacerEngine,
  idleSnapshot,
  instructionFor,
  type BreathPacerSnapshot,
  type BreathPhaseEvent,
  type BreathSessionSummary,
  type PacerPosition,
} from './pacerEngine';

export type {
  BreathPacerSnapshot,
  BreathPacerStage,
  BreathPacerStatus,
  BreathPhaseEvent,
  BreathSessionSummary,
  PacerPosition,
} from './pacerEngine';

export interface UseBreathPacerOptions extends BreathSessionOptions {
  /**
   * A preset name, a custom `{ phases }` pattern or `{ breathsPerMinute }`. Holds are opt-in:
   * only `box` and `4-7-8` (or a custom pattern) have them.
   * @default 'gentle'
   * @selector [data-phase="inhale" | "hold" | "exhale" | "rest"]
   */
  pattern?: BreathPatternInput;
  /**
   * Controlled: whether the pacer runs. Pair with `onRunningChange`.
   * @selector [data-state="running"]
   */
  running?: boolean;
  /** Uncontrolled: whether it starts running at once. @default false */
  defaultRunning?: boolean;
  onRunningChange?: (running: boolean) => void;
  /** Every phase, the first one included; after a hidden tab, only the phase it returns to. */
  onPhaseChange?: (event: BreathPhaseEvent) => void;
  onCycleComplete?: (event: { cycle: number }) => void;
  /** At the end of a bounded session, and when Stop ends a session early (`completed: false`). */
  onComplete?: (summary: BreathSessionSummary) => void;
  /**
   * Bad input (an unknown preset, an empty or impossible pattern, a bad `cycles`…), each error
   * naming its field. The pacer never throws for it: a bad pattern falls back to `gentle`
   * and a bad option is left out. Without `onError`, the errors go to `console.error`.
   */
  onError?: (errors: BreathInputError[]) => void;
  /** Say each phase through the page's polite live region (quiet for phases under 1.5 s). @default true */
  announce?: boolean;
  /** Opt-in sound, vibration and voice. */
  cues?: BreathCues;
  /** Replaces any of the widget's strings (after the provider's `messages.breathPacer`). */
  messages?: DeepPartial<BreathPacerMessages>;
}

export interface BreathPacerApi extends BreathPacerSnapshot {
  /** Breaths in the session, or null when it has no end. */
  totalCycles: number | null;
  /** The text of the status region: the instruction, "Paused", the countdown… */
  instruction: string;
  /** "Breath 2 of 6", or empty before the first breath. */
  count: string;
  messages: BreathPacerMessages;
  /** The checked pattern and session, for custom visuals. */
  clock: BreathClock;
  /** Problems with the input (already reported through `onError`). */
  errors: BreathInputError[];
  start: () => void;
  pause: () => void;
  /** Start, pause or resume, as the toggle button does. */
  toggle: () => void;
  stop: () => void;
  /** Where the session is right now (read at call time), or null when idle. */
  getPosition: () => PacerPosition | null;
}

const gentle = resolvePattern('gentle');
const gentleSteps: readonly TimedStep[] = gentle.ok ? gentle.steps : [];

/**
 * The headless breathing pacer: timing, controls, events and cues, without any markup.
 * Time is read from `performance.now()` when needed, so it never drifts, pauses exactly
 * and finds the right phase again after a hidden tab. React renders only on phase changes.
 * Hidden by `<Activity mode="hidden">` while running, it pauses (asking `onRunningChange(false)`
 * when shown again), so the time away is not counted as breathing.
 */
export function useBreathPacer(options: UseBreathPacerOptions = {}): BreathPacerApi {
  const { pattern = 'gentle', cycles, duration, leadIn, slowFrom } = options;
  const messages = useMessages('breathPacer', breathPacerMessages, options.messages);
  const { locale } = useAttune();

  // A key for the inputs, so that an inline pattern object does not restart the pacer.
  const inputKey = JSON.stringify([pattern, cycles, duration, leadIn, slowFrom]);
  const { clock, errors } = useMemo(() => {
    const resolved = resolvePattern(pattern);
    const checked = checkSessionOptions({ cycles, duration, leadIn, slowFrom });
    const steps = resolved.ok ? resolved.steps : gentleSteps;
    return {
      clock: createBreathClock(steps, checked.options),
      errors: [...(resolved.ok ? [] : resolved.errors), ...checked.errors],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputKey]);

  const [running = false, setRunning] = useControllableState({
    prop: options.running,
    defaultProp: options.defaultRunning ?? false,
    onChange: options.onRunningChange,
    caller: 'BreathPacer',
  });

  const [snapshot, setSnapshot] = useState<BreathPacerSnapshot>(idleSnapshot);
  // The instruction, computed once for what is shown: the status region, the live region and
  // the voice all use this one string.
  const instruction = useMemo(() => instructionFor(snapshot, clock, messages), [snapshot, clock, messages]);
  // Each time the engine asks for the words of the snapshot it just rendered (a count, so the
  // same words can be asked for again, e.g. after a pause).
  const [wordsAsked, setWordsAsked] = useState({ count: 0, voice: false });

  // The engine computes and schedules; this hook plays its cues and says its words.
  const [engine] = useState(createPacerEngine);
  const [player] = useState(createCuePlayer);
  const cues = options.cues;
  // The engine reads the latest props at every use, so callbacks never restart its timer.
  useIsomorphicLayoutEffect(() => {
    engine.connect({
      clock,
      onPhaseChange: options.onPhaseChange,
      onCycleComplete: options.onCycleComplete,
      onComplete: options.onComplete,
      setRunning,
      render: setSnapshot,
      say: (voice) => setWordsAsked(({ count }) => ({ count: count + 1, voice })),
      tone: (phase, delayMs) => cues?.sound && player.tone(phase, delayMs),
      vibrate: (phase) => cues?.vibration && player.vibrate(phase),
      silence: () => player.silence(),
    });
  });

  // This pacer's lines in the live region, withdrawn (with their timers) when it unmounts.
  const announcements = useRef<AbortController | null>(null);
  useEffect(() => {
    if (wordsAsked.count === 0) return;
    if (options.announce !== false && document.visibilityState !== 'hidden') {
      announcements.current ??= new AbortController();
      announce(instruction, { signal: announcements.current.signal });
    }
    if (wordsAsked.voice && cues?.voice) player.speak(instruction, locale);
    // Only when words are asked for: a new string alone (another language) is not news.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wordsAsked]);

  const clockInUse = useRef(clock);
  // Stop only asks (`running` is the host's when controlled); the reset waits for its answer.
  const stopAsked = useRef(false);
  // Paused because it was hidden (see the cleanup below): shown again, it asks to stay paused,
  // and counts the ask so that this effect runs again on the answer even when a controlling
  // host refuses it (keeps `running`), and then it breathes on, showing what the host passes.
  const pausedAway = useRef(false);
  const [awayAsks, setAwayAsks] = useState(0);
  useEffect(() => {
    // A new pattern or session begins again from the first breath.
    if (clockInUse.current !== clock) {
      clockInUse.current = clock;
      engine.reset();
    }
    if (pausedAway.current) {
      pausedAway.current = false;
      if (running) {
        setRunning(false);
        // eslint-disable-next-line react-hooks/set-state-in-effect -- once per showing, to hear the answer
        setAwayAsks((asks) => asks + 1);
        return;
      }
    }
    if (running) engine.run();
    else if (stopAsked.current) engine.stop();
    else engine.pause();
    stopAsked.current = false;
  }, [running, clock, engine, setRunning, awayAsks]);

  useEffect(() => {
    if (errors.length === 0) return;
    const onError = options.onError;
    if (onError) onError(errors);
    else console.error(`BreathPacer: ${errors.map((error) => error.message).join(' ')}`);
    // Reported once per new input, not on every render of a host with an inline onError.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && engine.status === 'running') engine.run();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [engine]);

  // Unmounting leaves nothing behind: no timer, tone, utterance, buzz, audio context or line.
  // Hidden by `<Activity mode="hidden">`, which runs this same cleanup and keeps the state, a
  // running session pauses: time away is not breathing, and shown again it waits for Resume at
  // the breath it was on. StrictMode's cleanup, followed at once by the effect again, is not
  // that: the pause waits a microtask, and only if the pacer was not mounted again by then.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      engine.dispose();
      player.dispose();
      announcements.current?.abort();
      announcements.current = null;
      queueMicrotask(() => {
        if (mounted.current || engine.status !== 'running') return;
        engine.pause();
        pausedAway.current = true;
      });
    };
  }, [engine, player]);

  const start = useCallback(() => {
    stopAsked.current = false;
    setRunning(true);
  }, [setRunning]);
  const pause = useCallback(() => {
    stopAsked.current = false;
    setRunning(false);
  }, [setRunning]);
  // From what is shown, never from a value the host may not have taken.
  const toggle = useCallback(() => (running ? pause() : start()), [running, pause, start]);
  const stop = useCallback(() => {
    // Not running: nothing to ask, back to the start at once.
    if (!running) return engine.stop();
    stopAsked.current = true;
    setRunning(false);
  }, [running, engine, setRunning]);
  const getPosition = useCallback(() => engine.position(), [engine]);

  const totalCycles = Number.isFinite(clock.totalCycles) ? clock.totalCycles : null;
  const count =
    snapshot.cycle === 0
      ? ''
      : totalCycles === null
        ? messages.cycle({ cycle: snapshot.cycle })
        : messages.cycleOf({ cycle: snapshot.cycle, total: totalCycles });

  return {
    ...snapshot,
    totalCycles,
    instruction,
    count,
    messages,
    clock,
    errors,
    start,
    pause,
    toggle,
    stop,
    getPosition,
  };
}
