// The page the BreathPacer benchmark loads: `?widget=pacer` or `?widget=peer`. It counts
// React commits (Profiler), and for the pacer records when each phase reached the screen.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { CountdownCircleTimer } from 'react-countdown-circle-timer';
import { BreathPacer } from '../src/breath-pacer';
import '../src/styles/index.css';

interface BenchWindow {
  commits: number;
  phases: number;
  /** performance.now() when the first phase began. */
  t0: number | null;
  /** For each phase change: [expected ms after t0, timer-level time, screen-level time]. */
  boundaries: Array<[number, number, number]>;
  /** Each return to visible: ms from visibilitychange to the right words on screen, and whether they were right. */
  returns: Array<{ delayMs: number; right: boolean }>;
}

const bench: BenchWindow = { commits: 0, phases: 0, t0: null, boundaries: [], returns: [] };
(window as unknown as { bench: BenchWindow }).bench = bench;

// Gentle, written out independently of the library: 4 s in, 6 s out.
const expectedWords = (t: number) => (t % 10_000 < 4000 ? 'Breathe in' : 'Breathe out');
let expectedNext = 4000;
let timerAt = 0;

const widget = new URLSearchParams(location.search).get('widget');
const root = createRoot(document.getElementById('root')!);

function onRender() {
  bench.commits++;
}

if (widget === 'peer') {
  root.render(
    <Profiler id="peer" onRender={onRender}>
      <CountdownCircleTimer isPlaying duration={600} colors="#2f6b66">
        {({ remainingTime }) => remainingTime}
      </CountdownCircleTimer>
    </Profiler>,
  );
} else {
  root.render(
    <Profiler id="pacer" onRender={onRender}>
      <BreathPacer
        defaultRunning
        announce={false}
        onPhaseChange={() => {
          bench.phases++;
          const now = performance.now();
          if (bench.t0 === null) bench.t0 = now;
          timerAt = now;
        }}
      />
    </Profiler>,
  );
  // The words reach the screen when React commits them; a MutationObserver sees that moment.
  new MutationObserver(() => {
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    if (bench.t0 === null || !/Breathe/.test(status) || document.visibilityState !== 'visible') return;
    const now = performance.now();
    const t = now - bench.t0;
    if (t >= expectedNext - 1000) {
      bench.boundaries.push([expectedNext, timerAt - bench.t0, t]);
      expectedNext += expectedNext % 10_000 === 4000 ? 6000 : 4000;
    }
  }).observe(document.getElementById('root')!, { subtree: true, childList: true, characterData: true });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') return;
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
}
