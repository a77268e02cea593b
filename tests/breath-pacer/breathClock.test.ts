import fc from 'fast-check';
import {
  breathLevels,
  breathPhases,
  breathPresets,
  checkSessionOptions,
  createBreathClock,
  elapsedOf,
  idleStopwatch,
  patternFromRate,
  pauseStopwatch,
  resolvePattern,
  startStopwatch,
  type BreathStep,
  type TimedStep,
} from '../../src/breath-pacer/breathClock';

function stepsOf(input: unknown): TimedStep[] {
  const result = resolvePattern(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.steps;
}

const stepArbitrary: fc.Arbitrary<BreathStep> = fc.record({
  phase: fc.constantFrom(...breathPhases),
  // Half seconds from 0.5 to 30, the range a pattern may use.
  seconds: fc.integer({ min: 1, max: 60 }).map((halves) => halves / 2),
});
const patternArbitrary = fc
  .array(stepArbitrary, { minLength: 1, maxLength: 6 })
  .map((phases) => ({ phases }));

describe('given the presets', () => {
  it('should resolve every preset to a whole number of milliseconds', () => {
    for (const name of Object.keys(breathPresets)) {
      const result = resolvePattern(name);
      expect(result.ok).toBe(true);
      if (result.ok) expect(Number.isInteger(result.cycleMs)).toBe(true);
    }
  });

  it('should hold the breath only in box and 4-7-8', () => {
    const withHolds = Object.entries(breathPresets)
      .filter(([, p]) => p.phases.some((s) => s.phase === 'hold'))
      .map(([name]) => name);
    expect(withHolds).toEqual(['box', '4-7-8']);
  });

  it('should breathe out for longer than in by default', () => {
    const [inhale, exhale] = stepsOf('gentle');
    expect(exhale!.ms).toBeGreaterThan(inhale!.ms);
  });

  it('should give the sigh two inhales before one long exhale', () => {
    expect(stepsOf('sigh').map((s) => s.phase)).toEqual(['inhale', 'inhale', 'exhale']);
  });
});

describe('given a breathing rate', () => {
  it('should make one breath last about sixty seconds over the rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 30, noNaN: true }), (rate) => {
        const ms = stepsOf(patternFromRate(rate)).reduce((sum, s) => sum + s.ms, 0);
        expect(Math.abs(ms - 60_000 / rate)).toBeLessThanOrEqual(250);
      }),
    );
  });

  it('should refuse a rate that is not a number, naming the field', () => {
    const result = resolvePattern({ breathsPerMinute: Number.NaN });
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'pattern.breathsPerMinute' }] });
  });
});

describe('given bad input', () => {
  it.each([
    ['an unknown preset', 'deep-dive', 'pattern'],
    ['no phases', { phases: [] }, 'pattern.phases'],
    ['not a pattern at all', 42, 'pattern.phases'],
    ['a negative length', { phases: [{ phase: 'inhale', seconds: -1 }] }, 'pattern.phases[0].seconds'],
    [
      'a NaN length',
      {
        phases: [
          { phase: 'inhale', seconds: 4 },
          { phase: 'exhale', seconds: NaN },
        ],
      },
      'pattern.phases[1].seconds',
    ],
    ['an infinite length', { phases: [{ phase: 'exhale', seconds: Infinity }] }, 'pattern.phases[0].seconds'],
    ['a length over 30 s', { phases: [{ phase: 'exhale', seconds: 31 }] }, 'pattern.phases[0].seconds'],
    ['an unknown phase', { phases: [{ phase: 'gasp', seconds: 2 }] }, 'pattern.phases[0].phase'],
    [
      'a zero total',
      {
        phases: [
          { phase: 'inhale', seconds: 0 },
          { phase: 'exhale', seconds: 0.1 },
        ],
      },
      'pattern.phases',
    ],
  ])('should report %s with the name of the field', (_, input, path) => {
    const result = resolvePattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(path);
      expect(result.errors[0]!.message).toContain(path);
    }
  });

  it('should report bad session options and leave them out', () => {
    const { options, errors } = checkSessionOptions({
      cycles: 0,
      duration: Infinity,
      leadIn: 2.5,
      slowFrom: { fromBreathsPerMinute: 12, cycles: -1 },
    });
    expect(options).toEqual({});
    expect(errors.map((e) => e.path)).toEqual(['cycles', 'duration', 'leadIn', 'slowFrom.cycles']);
  });

  it('should keep, in production, each error’s field and a short message that names it', () => {
    const inDevelopment = resolvePattern({ phases: [{ phase: 'gasp', seconds: 31 }] });
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const pattern = resolvePattern({ phases: [{ phase: 'gasp', seconds: 31 }] });
      const session = checkSessionOptions({ cycles: 0, slowFrom: { fromBreathsPerMinute: 1, cycles: 1 } });
      expect(pattern.ok || pattern.errors).toEqual([
        { path: 'pattern.phases[0].phase', message: 'pattern.phases[0].phase is not valid.' },
        { path: 'pattern.phases[0].seconds', message: 'pattern.phases[0].seconds is not valid.' },
      ]);
      expect(session.errors).toEqual([
        { path: 'cycles', message: 'cycles is not valid.' },
        { path: 'slowFrom.fromBreathsPerMinute', message: 'slowFrom.fromBreathsPerMinute is not valid.' },
      ]);
      // The sentences that say what would be right are for development only.
      expect(inDevelopment.ok || inDevelopment.errors[0]!.message).toMatch(/must be one of: inhale/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('should skip a zero-length phase but keep the indices of the others', () => {
    const steps = stepsOf({
      phases: [
        { phase: 'inhale', seconds: 4 },
        { phase: 'hold', seconds: 0 },
        { phase: 'exhale', seconds: 4 },
      ],
    });
    expect(steps.map((s) => [s.phase, s.phaseIndex])).toEqual([
      ['inhale', 0],
      ['exhale', 2],
    ]);
  });
});

describe('given any pattern', () => {
  it('should start each phase exactly at the sum of the phases before it', () => {
    fc.assert(
      fc.property(patternArbitrary, fc.integer({ min: 1, max: 50 }), (pattern, cycle) => {
        const steps = stepsOf(pattern);
        const clock = createBreathClock(steps);
        let boundary = (cycle - 1) * clock.cycleMs;
        steps.forEach((s) => {
          const at = clock.positionAt(boundary);
          expect(at).toMatchObject({ phaseIndex: s.phaseIndex, cycle, phaseStartMs: boundary, progress: 0 });
          if (boundary > 0) expect(clock.positionAt(boundary - 1).phaseEndMs).toBe(boundary);
          boundary += s.ms;
          expect(at.phaseEndMs).toBe(boundary);
        });
      }),
    );
  });

  it('should find the same phase after any schedule of pauses as after the same running time without them', () => {
    fc.assert(
      fc.property(
        patternArbitrary,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 40_000 })), {
          maxLength: 12,
        }),
        (pattern, schedule) => {
          const clock = createBreathClock(stepsOf(pattern));
          let now = 1000;
          let watch = idleStopwatch;
          let ran = 0;
          for (const [run, rest] of schedule) {
            watch = startStopwatch(watch, now);
            now += run;
            ran += run;
            expect(elapsedOf(watch, now)).toBe(ran);
            watch = pauseStopwatch(watch, now);
            now += rest;
            expect(elapsedOf(watch, now)).toBe(ran);
          }
          expect(clock.positionAt(elapsedOf(watch, now))).toEqual(clock.positionAt(ran));
        },
      ),
    );
  });

  it('should end a bounded session after a whole breath, however long it was asked to last', () => {
    fc.assert(
      fc.property(patternArbitrary, fc.integer({ min: 1, max: 3600 }), (pattern, seconds) => {
        const clock = createBreathClock(stepsOf(pattern), { duration: seconds });
        expect(clock.totalMs % clock.cycleMs).toBe(0);
        expect(clock.totalMs).toBeGreaterThanOrEqual(seconds * 1000);
        expect(clock.totalMs - clock.cycleMs).toBeLessThan(seconds * 1000);
        expect(clock.sessionAt(clock.totalMs).stage).toBe('complete');
        expect(clock.sessionAt(clock.totalMs - 1).stage).toBe('breathing');
      }),
    );
  });

  it('should never report a progress outside 0 to 1', () => {
    fc.assert(
      fc.property(patternArbitrary, fc.integer({ min: -5000, max: 10_000_000 }), (pattern, t) => {
        const at = createBreathClock(stepsOf(pattern), { cycles: 3 }).positionAt(t);
        expect(at.progress).toBeGreaterThanOrEqual(0);
        expect(at.progress).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('given a session with a lead-in', () => {
  it('should count down whole seconds, then start the first breath at zero', () => {
    const clock = createBreathClock(stepsOf('gentle'), { leadIn: 3 });
    expect(clock.sessionAt(0)).toMatchObject({ stage: 'lead-in', secondsLeft: 3, nextChangeInMs: 1000 });
    expect(clock.sessionAt(1500)).toMatchObject({ stage: 'lead-in', secondsLeft: 2, nextChangeInMs: 500 });
    expect(clock.sessionAt(2999)).toMatchObject({ stage: 'lead-in', secondsLeft: 1, nextChangeInMs: 1 });
    expect(clock.sessionAt(3000)).toMatchObject({
      stage: 'breathing',
      phase: 'inhale',
      cycle: 1,
      nextChangeInMs: 4000,
    });
  });
});

describe('given gradual slowing', () => {
  it('should begin at the faster rate and reach the pattern’s own pace after the easing breaths', () => {
    const steps = stepsOf('gentle');
    const clock = createBreathClock(steps, { slowFrom: { fromBreathsPerMinute: 12, cycles: 4 } });
    const lengths = [1, 2, 3, 4, 5, 6].map((n) => clock.cycleStartMs(n + 1) - clock.cycleStartMs(n));
    expect(lengths[0]).toBe(5000);
    for (let i = 1; i < 4; i++) expect(lengths[i]!).toBeGreaterThan(lengths[i - 1]!);
    expect(lengths.slice(4)).toEqual([10_000, 10_000]);
  });

  it('should still place every boundary where the phase before it ends', () => {
    fc.assert(
      fc.property(
        patternArbitrary,
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (pattern, rate, n) => {
          const clock = createBreathClock(stepsOf(pattern), {
            slowFrom: { fromBreathsPerMinute: rate, cycles: n },
          });
          let t = 0;
          for (let i = 0; i < 40; i++) {
            const at = clock.positionAt(t);
            expect(at.phaseStartMs).toBe(t);
            expect(at.phaseEndMs).toBeGreaterThan(t);
            t = at.phaseEndMs;
          }
        },
      ),
    );
  });
});

describe('given the levels of the breath', () => {
  it('should fill on the inhale, keep it on the hold and empty on the exhale', () => {
    expect(breathLevels(stepsOf('box'))).toEqual([
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('should fill most of the way on the first inhale of a sigh', () => {
    expect(breathLevels(stepsOf('sigh'))).toEqual([
      [0, 0.75],
      [0.75, 1],
      [1, 0],
    ]);
  });
});
