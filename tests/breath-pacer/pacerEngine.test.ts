// @vitest-environment node
import fc from 'fast-check';
import { breathPacerMessages } from '../../src/breath-pacer/messages';
import {
  createBreathClock,
  resolvePattern,
  type BreathPhase,
  type TimedStep,
} from '../../src/breath-pacer/breathClock';
import {
  createPacerEngine,
  instructionFor,
  type BreathPacerSnapshot,
  type PacerHost,
} from '../../src/breath-pacer/pacerEngine';

// The engine runs here in plain Node: no document, no window, no live region. Only the time
// it reads is faked: performance.now() and its one timer, moved by the test.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});
const advance = (ms: number) => vi.advanceTimersByTime(ms);
const pending = () => vi.getTimerCount();

/** What the host was asked to say or play, in the order asked. */
type Cue =
  | { type: 'words'; voice: boolean }
  | { type: 'tone'; phase: BreathPhase; delayMs: number }
  | { type: 'vibrate'; phase: BreathPhase }
  | { type: 'silence' };
type Event = { render: BreathPacerSnapshot } | { cue: Cue } | { running: boolean };

function recordingHost(steps: readonly TimedStep[], leadIn = 0) {
  const events: Event[] = [];
  const host: PacerHost = {
    clock: createBreathClock(steps, { leadIn, cycles: 2 }),
    setRunning: (running) => events.push({ running }),
    render: (snapshot) => events.push({ render: snapshot }),
    say: (voice) => events.push({ cue: { type: 'words', voice } }),
    tone: (phase, delayMs) => events.push({ cue: { type: 'tone', phase, delayMs } }),
    vibrate: (phase) => events.push({ cue: { type: 'vibrate', phase } }),
    silence: () => events.push({ cue: { type: 'silence' } }),
  };
  return { host, events };
}

function stepsOf(preset: 'box' | 'sigh'): readonly TimedStep[] {
  const resolved = resolvePattern(preset);
  if (!resolved.ok) throw new Error(`${preset} should resolve`);
  return resolved.steps;
}
const boxSteps = stepsOf('box');

describe('given the pacer engine in Node, with no DOM', () => {
  it('should run with no document or window to touch', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    const { host, events } = recordingHost(boxSteps);
    const engine = createPacerEngine();
    engine.connect(host);
    engine.run();
    advance(boxSteps[0]!.ms);
    expect(engine.status).toBe('running');
    expect(events.length).toBeGreaterThan(0);
  });

  it('should render each phase, then ask for its words, its buzz and its tones', () => {
    const { host, events } = recordingHost(boxSteps);
    const engine = createPacerEngine();
    engine.connect(host);
    engine.run();
    expect(events).toEqual([
      { render: expect.objectContaining({ status: 'running', phase: 'inhale', cycle: 1 }) },
      { cue: { type: 'words', voice: true } },
      { cue: { type: 'vibrate', phase: 'inhale' } },
      { cue: { type: 'tone', phase: 'inhale', delayMs: 0 } },
      // One phase ahead, on the audio clock.
      { cue: { type: 'tone', phase: 'hold', delayMs: 4000 } },
    ]);
    events.length = 0;
    advance(4000);
    expect(events[0]).toEqual({ render: expect.objectContaining({ phase: 'hold', phaseIndex: 1 }) });
    // The hold's own tone was scheduled a phase ago: only the next one is asked for.
    expect(events.filter((e) => 'cue' in e && e.cue.type === 'tone')).toEqual([
      { cue: { type: 'tone', phase: 'exhale', delayMs: 4000 } },
    ]);
  });

  it('should ask for the words of a pause after showing it, and silence the cues', () => {
    const { host, events } = recordingHost(boxSteps);
    const engine = createPacerEngine();
    engine.connect(host);
    engine.run();
    advance(1000);
    events.length = 0;
    engine.pause();
    expect(events).toEqual([
      { cue: { type: 'silence' } },
      { render: expect.objectContaining({ status: 'paused' }) },
      { cue: { type: 'words', voice: false } },
    ]);
  });

  it('should set one timer at a time, and none once paused, stopped or disposed', () => {
    const { host } = recordingHost(boxSteps);
    const engine = createPacerEngine();
    engine.connect(host);
    engine.run();
    expect(pending()).toBe(1);
    advance(6000);
    expect(pending()).toBe(1);
    engine.pause();
    expect(pending()).toBe(0);
    engine.run();
    expect(pending()).toBe(1);
    engine.dispose();
    expect(pending()).toBe(0);
    engine.run();
    engine.stop();
    expect(pending()).toBe(0);
  });

  it('should end a bounded session by itself and ask the host to stop running', () => {
    const { host, events } = recordingHost(boxSteps);
    const engine = createPacerEngine();
    engine.connect(host);
    engine.run();
    advance(host.clock.totalMs);
    expect(engine.status).toBe('complete');
    expect(pending()).toBe(0);
    expect(events.slice(-2)).toEqual([{ cue: { type: 'words', voice: false } }, { running: false }]);
  });
});

describe('given any pattern, lead-in and schedule of pauses', () => {
  const step = fc.record({
    phase: fc.constantFrom('inhale' as const, 'hold' as const, 'exhale' as const, 'rest' as const),
    seconds: fc.integer({ min: 1, max: 8 }),
  });

  it('should render only what the clock gives for the running time, and ask for words only after a render', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 9000 }), fc.integer({ min: 0, max: 5000 })), {
          maxLength: 6,
        }),
        (phases, leadIn, schedule) => {
          const resolved = resolvePattern({ phases });
          if (!resolved.ok) return;
          vi.clearAllTimers();
          const { host, events } = recordingHost(resolved.steps, leadIn);
          const engine = createPacerEngine();
          engine.connect(host);
          let running = 0;
          engine.run();
          for (const [runMs, pauseMs] of schedule) {
            advance(runMs);
            running += runMs;
            if (engine.status !== 'running') break;
            engine.pause();
            advance(pauseMs);
            engine.run();
          }
          if (engine.status === 'running') {
            const at = host.clock.sessionAt(running);
            const shown = events.flatMap((e) => ('render' in e ? [e.render] : [])).at(-1)!;
            if (at.stage === 'breathing')
              expect([shown.phaseIndex, shown.cycle]).toEqual([at.phaseIndex, at.cycle]);
            if (at.stage === 'lead-in') expect(shown.leadInSeconds).toBe(at.secondsLeft);
          }
          // Words are always about what was just rendered: never before the first render.
          const firstWords = events.findIndex((e) => 'cue' in e && e.cue.type === 'words');
          const firstRender = events.findIndex((e) => 'render' in e);
          if (firstWords !== -1) expect(firstRender).toBeLessThan(firstWords);
        },
      ),
    );
  });
});

describe('given a snapshot, the instruction', () => {
  const clock = createBreathClock(stepsOf('sigh'));

  it('should be one string for every status, from the widget’s messages', () => {
    const idle: BreathPacerSnapshot = {
      status: 'idle',
      stage: 'idle',
      phase: null,
      phaseIndex: 0,
      cycle: 0,
      phaseMs: 0,
      leadInSeconds: 0,
    };
    expect(instructionFor(idle, clock, breathPacerMessages)).toBe(breathPacerMessages.ready);
    expect(instructionFor({ ...idle, status: 'paused' }, clock, breathPacerMessages)).toBe(
      breathPacerMessages.paused,
    );
    expect(
      instructionFor(
        { ...idle, status: 'running', stage: 'lead-in', leadInSeconds: 3 },
        clock,
        breathPacerMessages,
      ),
    ).toBe(breathPacerMessages.leadIn({ seconds: 3 }));
  });

  it('should ask for a little more on the second of two inhales', () => {
    const running = (phaseIndex: number): BreathPacerSnapshot => ({
      status: 'running',
      stage: 'breathing',
      phase: clock.steps[phaseIndex]!.phase,
      phaseIndex,
      cycle: 1,
      phaseMs: 1000,
      leadInSeconds: 0,
    });
    expect(instructionFor(running(0), clock, breathPacerMessages)).toBe(breathPacerMessages.phases.inhale);
    expect(instructionFor(running(1), clock, breathPacerMessages)).toBe(breathPacerMessages.inhaleMore);
  });
});
