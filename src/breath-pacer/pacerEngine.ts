import {
  elapsedOf,
  idleStopwatch,
  pauseStopwatch,
  startStopwatch,
  type BreathClock,
  type BreathPhase,
  type SessionPosition,
  type Stopwatch,
} from './breathClock';
import type { BreathPacerMessages } from './messages';

export type BreathPacerStatus = 'idle' | 'running' | 'paused' | 'complete';
export type BreathPacerStage = 'idle' | 'lead-in' | 'breathing' | 'complete';

export interface BreathPhaseEvent {
  phase: BreathPhase;
  /** Index in the pattern's `phases`. */
  phaseIndex: number;
  /** The breath, counting from 1. */
  cycle: number;
}

export interface BreathSessionSummary {
  /** Whole breaths taken. */
  cycles: number;
  /** Breathing time, without pauses or the lead-in. */
  durationMs: number;
  /** False when the person stopped before the end. */
  completed: boolean;
}

/** What the pacer shows; it changes only when the phase (or the status) changes. */
export interface BreathPacerSnapshot {
  status: BreathPacerStatus;
  stage: BreathPacerStage;
  /** The current phase, or null before the first breath. */
  phase: BreathPhase | null;
  phaseIndex: number;
  /** The breath, counting from 1 (0 before the first). */
  cycle: number;
  /** Length of the current phase in ms. */
  phaseMs: number;
  /** Seconds left in the lead-in countdown (0 outside it). */
  leadInSeconds: number;
}

export const idleSnapshot: BreathPacerSnapshot = {
  status: 'idle',
  stage: 'idle',
  phase: null,
  phaseIndex: 0,
  cycle: 0,
  phaseMs: 0,
  leadInSeconds: 0,
};

/** What the engine asks of its host (the hook), read afresh at every use. */
export interface PacerHost {
  clock: BreathClock;
  onPhaseChange?: ((event: BreathPhaseEvent) => void) | undefined;
  onCycleComplete?: ((event: { cycle: number }) => void) | undefined;
  onComplete?: ((summary: BreathSessionSummary) => void) | undefined;
  /** The session ended or was stopped: the host's `running` should become false. */
  setRunning: (running: boolean) => void;
  render: (snapshot: BreathPacerSnapshot) => void;
  /*
   * The cues: the engine says when (timing is its job); the host says how (words, the live
   * region, Web Audio, a buzz, a voice).
   */
  /** Say the words of the snapshot just rendered; `voice`: speak them aloud too, if asked. */
  say: (voice: boolean) => void;
  /** The tone of `phase`, `delayMs` from now (scheduled ahead, so a late timer is not heard). */
  tone: (phase: BreathPhase, delayMs: number) => void;
  vibrate: (phase: BreathPhase) => void;
  /** Stop every scheduled tone, buzz and utterance. */
  silence: () => void;
}

export type PacerPosition = SessionPosition & { elapsedMs: number };

export interface PacerEngine {
  readonly status: BreathPacerStatus;
  /** Gives the engine the host's latest props and callbacks; call before `run()`, and on every render. */
  connect: (host: PacerHost) => void;
  /** Starts, resumes, or (when already running) finds the phase again and re-arms the timer. */
  run: () => void;
  pause: () => void;
  /** Ends the session early (reporting it) and goes back to idle. */
  stop: () => void;
  /** Back to idle without reporting anything, for a new pattern. */
  reset: () => void;
  position: () => PacerPosition | null;
  /**
   * Clears its timer (the host silences its own cues). `run()` can pick up again afterwards
   * (React's strict mode does), and then cues the current phase afresh.
   */
  dispose: () => void;
}

// Phases shorter than this are not announced or spoken: the words would outlast them.
const quietBelowMs = 1500;

/**
 * The instruction for what is shown: the words of the status region, and what the live
 * region and the voice say. The second of two inhales (a sigh) asks for "a little more".
 */
export function instructionFor(
  snapshot: BreathPacerSnapshot,
  clock: BreathClock,
  messages: BreathPacerMessages,
): string {
  switch (snapshot.status) {
    case 'idle':
      return messages.ready;
    case 'paused':
      return messages.paused;
    case 'complete':
      return messages.complete;
    case 'running': {
      const { phase, phaseIndex } = snapshot;
      if (!phase) return messages.leadIn({ seconds: snapshot.leadInSeconds });
      const index = clock.steps.findIndex((s) => s.phaseIndex === phaseIndex);
      const previous = clock.steps[(index + clock.steps.length - 1) % clock.steps.length];
      const again = phase === 'inhale' && previous?.phase === 'inhale' && clock.steps.length > 1;
      return again ? messages.inhaleMore : messages.phases[phase];
    }
  }
}

/** What the host shows for a status and a moment of the session. */
function snapshotOf(status: BreathPacerStatus, at: SessionPosition | null): BreathPacerSnapshot {
  if (!at) return { ...idleSnapshot, status };
  if (at.stage === 'lead-in')
    return { ...idleSnapshot, status, stage: 'lead-in', leadInSeconds: at.secondsLeft };
  const { stage, phase, phaseIndex, cycle } = at;
  return {
    status,
    stage,
    phase,
    phaseIndex,
    cycle,
    phaseMs: at.phaseEndMs - at.phaseStartMs,
    leadInSeconds: 0,
  };
}

function sameSnapshot(a: BreathPacerSnapshot, b: BreathPacerSnapshot): boolean {
  return (Object.keys(a) as Array<keyof BreathPacerSnapshot>).every((key) => a[key] === b[key]);
}

/**
 * The running pacer without React, the DOM or the announcer: a stopwatch read from
 * `performance.now()`, one timer set for the next phase boundary (read from the global
 * `setTimeout` at call time, so fake timers apply), and cues handed to the host. The phase
 * always comes from the clock and the elapsed time, never from counting ticks.
 */
export function createPacerEngine(): PacerEngine {
  let connected: PacerHost | null = null;
  const host = (): PacerHost => {
    if (!connected) throw new Error('BreathPacer: connect() the engine before running it.');
    return connected;
  };
  let watch: Stopwatch = idleStopwatch;
  let status: BreathPacerStatus = 'idle';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: SessionPosition | null = null;
  let clock: BreathClock | null = null;
  // The phase whose tone is already scheduled on the audio clock.
  let toneKey: string | null = null;
  // What the host shows now: it is told only of changes, so React commits once a phase.
  let shown = idleSnapshot;
  // Disposed while running: the cues of the current phase were silenced, so a later run() replays them.
  let recue = false;
  // Resumed from a pause: the instruction is said again once the phase is shown.
  let resuming = false;

  const currentClock = () => (clock ??= host().clock);
  const isLong = (at: SessionPosition & { stage: 'breathing' }) =>
    at.phaseEndMs - at.phaseStartMs >= quietBelowMs;

  function show(next: BreathPacerSnapshot) {
    if (sameSnapshot(shown, next)) return;
    shown = next;
    host().render(next);
  }

  function clearTimer() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function silence() {
    host().silence();
    toneKey = null;
  }

  /** The cues of a phase entered in its turn, given after it is shown. */
  function cueEntry(at: SessionPosition & { stage: 'breathing' }, elapsed: number) {
    const h = host();
    if (isLong(at)) h.say(true);
    h.vibrate(at.phase);
    // Tones go on the audio clock one phase ahead, so they sound on time even if a timer is late.
    if (toneKey !== `${at.cycle}:${at.phaseIndex}`) h.tone(at.phase, 0);
    const next = currentClock().sessionAt(elapsed + at.nextChangeInMs);
    if (next.stage === 'breathing') {
      h.tone(next.phase, at.nextChangeInMs);
      toneKey = `${next.cycle}:${next.phaseIndex}`;
    }
  }

  function finish(at: SessionPosition & { stage: 'complete' }) {
    const h = host();
    const c = currentClock();
    clearTimer();
    status = 'complete';
    watch = pauseStopwatch(watch, performance.now());
    show(snapshotOf(status, at));
    h.say(false);
    h.onCycleComplete?.({ cycle: c.totalCycles });
    h.onComplete?.({ cycles: c.totalCycles, durationMs: c.totalMs, completed: true });
    h.setRunning(false);
  }

  function sync() {
    clearTimer();
    const h = host();
    const elapsed = elapsedOf(watch, performance.now());
    const at = currentClock().sessionAt(elapsed);
    const fresh = recue;
    const resumed = resuming;
    recue = resuming = false;
    if (at.stage === 'complete') return finish(at);
    const before = last;
    last = at;
    show(snapshotOf('running', at));
    if (at.stage === 'lead-in') {
      if (before?.stage !== 'lead-in' || fresh) h.say(false);
    } else {
      const previous = before?.stage === 'breathing' ? before : null;
      if (!previous || previous.cycle !== at.cycle || previous.phaseIndex !== at.phaseIndex) {
        if (previous && at.cycle > previous.cycle) h.onCycleComplete?.({ cycle: at.cycle - 1 });
        h.onPhaseChange?.({ phase: at.phase, phaseIndex: at.phaseIndex, cycle: at.cycle });
        // Only a phase reached in its turn gets cues; after a hidden tab, skipped phases stay quiet.
        if (!previous || previous.phaseEndMs === at.phaseStartMs) cueEntry(at, elapsed);
        else silence();
      } else if (fresh) cueEntry(at, elapsed);
      else if (resumed && isLong(at)) h.say(false);
    }
    timer = setTimeout(sync, at.nextChangeInMs);
  }

  function reset() {
    clearTimer();
    silence();
    watch = idleStopwatch;
    status = 'idle';
    last = null;
    clock = null;
    show(idleSnapshot);
  }

  return {
    get status() {
      return status;
    },
    connect(next) {
      connected = next;
    },
    run() {
      const now = performance.now();
      switch (status) {
        case 'idle':
        case 'complete':
          watch = startStopwatch(idleStopwatch, now);
          last = null;
          clock = host().clock;
          break;
        case 'paused':
          watch = startStopwatch(watch, now);
          resuming = true;
          break;
        case 'running':
          break;
      }
      status = 'running';
      sync();
    },
    pause() {
      if (status !== 'running') return;
      clearTimer();
      silence();
      watch = pauseStopwatch(watch, performance.now());
      status = 'paused';
      show(snapshotOf(status, last));
      host().say(false);
    },
    stop() {
      const h = host();
      if (status === 'running' || status === 'paused') {
        const c = currentClock();
        const elapsed = elapsedOf(watch, performance.now());
        const at = c.sessionAt(elapsed);
        h.onComplete?.({
          cycles: at.stage === 'lead-in' ? 0 : at.cycle - 1,
          durationMs: Math.max(0, elapsed - c.leadInMs),
          completed: false,
        });
      }
      reset();
      h.setRunning(false);
    },
    reset,
    position() {
      if (status === 'idle') return null;
      const elapsedMs = elapsedOf(watch, performance.now());
      return { ...currentClock().sessionAt(elapsedMs), elapsedMs };
    },
    dispose() {
      clearTimer();
      toneKey = null;
      recue = status === 'running';
    },
  };
}
