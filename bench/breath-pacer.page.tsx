// The page the BreathPacer benchmark drives. `window.benchShow('pacer' | 'peer' | 'none', pattern)`
// mounts one widget at a time in the same root, so both are measured on the same page. It
// counts React commits (Profiler), records when each phase of a `gentle` pacer reached the
// screen, and keeps a count of pending timers for the unmount check.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { CountdownCircleTimer } from 'react-countdown-circle-timer';
import { BreathPacer, type BreathPresetName } from '../src/breath-pacer';
import '../src/styles/index.css';

type Widget = 'pacer' | 'peer' | 'none';

interface BenchWindow {
  commits: number;
  phases: number;
  /** performance.now() when the first phase of the shown pacer began. */
  t0: number | null;
  /** For each phase change of a `gentle` pacer: [expected ms after t0, timer-level time, screen-level time]. */
  boundaries: Array<[number, number, number]>;
  /** Each return to visible: ms from visibilitychange to the right words on screen, and whether they were right. */
  returns: Array<{ delayMs: number; right: boolean }>;
  /** Timeouts set and not yet fired or cleared. */
  pendingTimers: () => number;
}

// Counts pending timeouts the way the unmount check needs: set, and neither fired nor cleared.
const pending = new Set<number>();
const realSet = window.setTimeout.bind(window);
const realClear = window.clearTimeout.bind(window);
window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
  const id: number = realSet(
    (...args: unknown[]) => {
      pending.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    },
    ms,
    ...rest,
  );
  pending.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) pending.delete(id);
  realClear(id);
}) as typeof window.clearTimeout;

const bench: BenchWindow = {
  commits: 0,
  phases: 0,
  t0: null,
  boundaries: [],
  returns: [],
  pendingTimers: () => pending.size,
};
const host = window as unknown as { bench: BenchWindow; benchShow: typeof show };
host.bench = bench;

// Gentle, written out independently of the library: 4 s in, 6 s out.
const expectedWords = (t: number) => (t % 10_000 < 4000 ? 'Breathe in' : 'Breathe out');
let expectedNext = 4000;
let timerAt = 0;
let shownPattern: BreathPresetName = 'gentle';

const root = createRoot(document.getElementById('root')!);
const onRender = () => {
  bench.commits++;
};

function show(widget: Widget, pattern: BreathPresetName = 'gentle') {
  bench.t0 = null;
  bench.boundaries = [];
  bench.returns = [];
  expectedNext = 4000;
  shownPattern = pattern;
  // Synchronous, so that the caller's next measurement starts with the widget on the page.
  flushSync(() => {
    switch (widget) {
      case 'none':
        root.render(null);
        return;
      case 'peer':
        root.render(
          <Profiler id="peer" onRender={onRender}>
            <CountdownCircleTimer isPlaying duration={600} colors="#2f6b66">
              {({ remainingTime }) => remainingTime}
            </CountdownCircleTimer>
          </Profiler>,
        );
        return;
      case 'pacer':
        root.render(
          <Profiler id="pacer" onRender={onRender}>
            <BreathPacer
              key={Math.random()}
              pattern={pattern}
              defaultRunning
              onPhaseChange={() => {
                bench.phases++;
                const now = performance.now();
                if (bench.t0 === null) bench.t0 = now;
                timerAt = now;
              }}
            />
          </Profiler>,
        );
        return;
    }
  });
}
host.benchShow = show;

// The words reach the screen when React commits them; a MutationObserver sees that moment.
new MutationObserver(() => {
  const status = document.querySelector('[role="status"]')?.textContent ?? '';
  if (shownPattern !== 'gentle' || bench.t0 === null || !/Breathe/.test(status)) return;
  if (document.visibilityState !== 'visible') return;
  const t = performance.now() - bench.t0;
  if (t >= expectedNext - 1000) {
    bench.boundaries.push([expectedNext, timerAt - bench.t0, t]);
    expectedNext += expectedNext % 10_000 === 4000 ? 6000 : 4000;
  }
}).observe(document.getElementById('root')!, { subtree: true, childList: true, characterData: true });

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden' || bench.t0 === null) return;
  const shownAt = performance.now();
  const check = () => {
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    const right = status === expectedWords(performance.now() - bench.t0!);
    if (right || performance.now() - shownAt > 1000) {
      bench.returns.push({ delayMs: performance.now() - shownAt, right });
      // Resume screen-level timing from the next boundary after the hidden stretch.
      const t = performance.now() - bench.t0!;
      const breath = Math.floor(t / 10_000) * 10_000;
      expectedNext = t % 10_000 < 4000 ? breath + 4000 : breath + 10_000;
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});
