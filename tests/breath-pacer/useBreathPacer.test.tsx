import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { StrictMode, type ReactNode } from 'react';
import { useBreathPacer, type UseBreathPacerOptions } from '../../src/breath-pacer';
import { breathPhases } from '../../src/breath-pacer/breathClock';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const strict = ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode>;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

function renderPacer(options: UseBreathPacerOptions) {
  return renderHook((props: UseBreathPacerOptions) => useBreathPacer(props), {
    initialProps: { announce: false, ...options },
    wrapper: strict,
  });
}

describe('given the headless hook in strict mode', () => {
  it('should report the first phase once, even though effects run twice', () => {
    const onPhaseChange = vi.fn();
    renderPacer({ defaultRunning: true, onPhaseChange });
    expect(onPhaseChange).toHaveBeenCalledExactlyOnceWith({ phase: 'inhale', phaseIndex: 0, cycle: 1 });
  });

  it('should tell a custom visual exactly where the breath is, read at call time', () => {
    const { result } = renderPacer({
      defaultRunning: true,
      pattern: {
        phases: [
          { phase: 'inhale', seconds: 2 },
          { phase: 'exhale', seconds: 3 },
        ],
      },
    });
    advance(1500);
    expect(result.current.getPosition()).toMatchObject({
      stage: 'breathing',
      phase: 'inhale',
      progress: 0.75,
      elapsedMs: 1500,
    });
    expect(result.current).toMatchObject({
      phase: 'inhale',
      phaseMs: 2000,
      cycle: 1,
      instruction: 'Breathe in',
    });
  });

  it('should return no position before it starts', () => {
    const { result } = renderPacer({});
    expect(result.current.getPosition()).toBeNull();
    expect(result.current.status).toBe('idle');
  });

  it('should begin again from the first breath when the pattern changes', () => {
    const onPhaseChange = vi.fn();
    const { rerender, result } = renderPacer({ defaultRunning: true, onPhaseChange });
    advance(5000);
    rerender({ announce: false, defaultRunning: true, onPhaseChange, pattern: 'box' });
    expect(result.current).toMatchObject({ status: 'running', phase: 'inhale', cycle: 1, phaseMs: 4000 });
    expect(onPhaseChange).toHaveBeenLastCalledWith({ phase: 'inhale', phaseIndex: 0, cycle: 1 });
  });

  it('should not restart when an inline pattern object is rebuilt with the same values', () => {
    const pattern = () => ({
      phases: [
        { phase: 'inhale' as const, seconds: 3 },
        { phase: 'exhale' as const, seconds: 3 },
      ],
    });
    const { rerender, result } = renderPacer({ defaultRunning: true, pattern: pattern() });
    advance(4000);
    rerender({ announce: false, defaultRunning: true, pattern: pattern() });
    expect(result.current).toMatchObject({ phase: 'exhale', cycle: 1 });
  });

  it('should ease from a faster rate to the pattern’s own pace', () => {
    const { result } = renderPacer({
      defaultRunning: true,
      slowFrom: { fromBreathsPerMinute: 12, cycles: 2 },
    });
    // Gentle is 10 s a breath; 12 a minute is 5 s: the first inhale is 2 s, not 4.
    expect(result.current.phaseMs).toBe(2000);
  });
});

describe('given any pattern and any schedule of pauses', () => {
  it('should show the phase the clock gives for the running time alone', () => {
    const step = fc.record({
      phase: fc.constantFrom(...breathPhases),
      seconds: fc.integer({ min: 1, max: 16 }).map((halves) => halves / 2),
    });
    const schedule = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 20_000 })),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), schedule, (phases, runs) => {
        const { result, unmount } = renderHook(() =>
          useBreathPacer({ pattern: { phases }, announce: false }),
        );
        let ran = 0;
        for (const [running, resting] of runs) {
          act(() => result.current.start());
          advance(running);
          ran += running;
          act(() => result.current.pause());
          advance(resting);
          const expected = result.current.clock.positionAt(ran);
          expect(result.current).toMatchObject({
            status: 'paused',
            phaseIndex: expected.phaseIndex,
            cycle: expected.cycle,
          });
          expect(result.current.getPosition()?.elapsedMs).toBe(ran);
        }
        unmount();
      }),
      { numRuns: 40 },
    );
  });
});
