import { act, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { Activity, StrictMode } from 'react';
import { BreathPacer, type BreathPacerProps } from '../../src/breath-pacer';
import { AttuneProvider } from '../../src/AttuneProvider';
import { announce, type ReducedMotionSetting } from '../../src/provider';
import { fakeAnimations, type FakeAnimation } from '../fakeAnimations';
import { advance, fakeTimersInEachTest } from '../fakeTimers';

// Test doubles for the browser APIs jsdom lacks. They keep the state a browser would (what
// is connected, sounding, queued or running), read from the faked clock, and set no timers.
class FakeParam {
  setValueAtTime = vi.fn();
  linearRampToValueAtTime = vi.fn();
  exponentialRampToValueAtTime = vi.fn();
}
class FakeNode {
  connected = false;
  connect = vi.fn((next: FakeNode) => {
    this.connected = true;
    return next;
  });
  disconnect = vi.fn(() => {
    this.connected = false;
  });
}
class FakeOscillator extends FakeNode {
  type = 'sine';
  frequency = new FakeParam();
  startAt = Infinity;
  stopAt = Infinity;
  onended: (() => void) | null = null;
  constructor(private context: FakeAudioContext) {
    super();
  }
  start = vi.fn((at: number = this.context.currentTime) => {
    this.startAt = at;
  });
  stop = vi.fn((at: number = this.context.currentTime) => {
    this.stopAt = Math.min(this.stopAt, at);
  });
  get sounding() {
    const now = this.context.currentTime;
    return this.connected && this.startAt <= now && now < this.stopAt;
  }
}
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state = 'running';
  destination = new FakeNode();
  nodes: FakeNode[] = [];
  oscillators: FakeOscillator[] = [];
  private readonly origin = performance.now();
  close = vi.fn(() => {
    this.state = 'closed';
    return Promise.resolve();
  });
  resume = vi.fn(() => Promise.resolve());
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  /** The audio clock, in seconds, from 100 when the context was made. */
  get currentTime() {
    return 100 + (performance.now() - this.origin) / 1000;
  }
  createOscillator() {
    const oscillator = new FakeOscillator(this);
    this.oscillators.push(oscillator);
    this.nodes.push(oscillator);
    return oscillator;
  }
  createGain() {
    const gain = Object.assign(new FakeNode(), { gain: new FakeParam() });
    this.nodes.push(gain);
    return gain;
  }
}
class FakeUtterance {
  lang = '';
  rate = 1;
  constructor(public text: string) {}
}
/** Speaks one utterance at a time, each for 1.5 s of the faked clock. */
class FakeSpeechSynthesis {
  queue: Array<{ utterance: FakeUtterance; endsAt: number }> = [];
  speak = vi.fn((utterance: FakeUtterance) => {
    const after = this.queue.at(-1)?.endsAt ?? performance.now();
    this.queue.push({ utterance, endsAt: Math.max(after, performance.now()) + 1500 });
  });
  cancel = vi.fn(() => {
    this.queue = [];
  });
  get pending() {
    return this.queue.filter(({ endsAt }) => endsAt > performance.now()).length;
  }
  get speaking() {
    return this.pending > 0;
  }
}
let animations: FakeAnimation[] = [];
let uninstallAnimations = () => {};
let synth: FakeSpeechSynthesis;
let vibrate: ReturnType<typeof vi.fn<(pattern: VibratePattern) => boolean>>;

fakeTimersInEachTest();
beforeEach(() => {
  FakeAudioContext.instances = [];
  synth = new FakeSpeechSynthesis();
  vi.stubGlobal('AudioContext', FakeAudioContext);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', synth);
  vibrate = vi.fn(() => true);
  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: vibrate });
  ({ animations, uninstall: uninstallAnimations } = fakeAnimations());
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'vibrate');
  uninstallAnimations();
});

const allCues: BreathPacerProps = { cues: { sound: true, vibration: true, voice: true }, announce: false };

function start(props: BreathPacerProps = allCues, reducedMotion: ReducedMotionSetting = 'never') {
  const utils = render(
    <AttuneProvider reducedMotion={reducedMotion}>
      <BreathPacer {...props} />
    </AttuneProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Start' }));
  return utils;
}
const audio = () => FakeAudioContext.instances[0]!;

describe('given a pacer with sound', () => {
  it('should schedule each tone on the audio clock, one phase ahead', () => {
    start({ cues: { sound: true } });
    const [now, next] = audio().oscillators;
    expect(now!.start).toHaveBeenCalledWith(100);
    expect(now!.sounding).toBe(true);
    // The exhale tone is set for the end of the 4 s inhale, on the audio context's own clock.
    expect(next!.start).toHaveBeenCalledWith(104);
  });

  it('should rise for breathing in and fall for breathing out', () => {
    start({ cues: { sound: true } });
    const [inhale, exhale] = audio().oscillators.map(
      (o) => o.frequency.setValueAtTime.mock.calls[0]![0] as number,
    );
    const [inhaleEnd, exhaleEnd] = audio().oscillators.map(
      (o) => o.frequency.linearRampToValueAtTime.mock.calls[0]![0] as number,
    );
    expect(inhaleEnd).toBeGreaterThan(inhale!);
    expect(exhaleEnd).toBeLessThan(exhale!);
  });

  it('should stop the scheduled tone when paused', () => {
    start({ cues: { sound: true } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    for (const oscillator of audio().oscillators) expect(oscillator.stop).toHaveBeenCalledWith();
  });

  it('should make no sound unless asked', () => {
    start({});
    expect(FakeAudioContext.instances).toHaveLength(0);
  });
});

describe('given a pacer with vibration and voice', () => {
  it('should buzz differently for breathing in and out', () => {
    start();
    advance(4000);
    const calls = vibrate.mock.calls.map(([pattern]) => pattern);
    expect(calls).toHaveLength(2);
    expect(calls[0]).not.toEqual(calls[1]);
  });

  it('should speak each instruction in the page’s language', () => {
    start();
    expect(synth.speak).toHaveBeenCalledWith(expect.objectContaining({ text: 'Breathe in', lang: 'en' }));
  });
});

describe('given a browser without audio, vibration or speech', () => {
  it('should breathe on without them and without throwing', () => {
    vi.stubGlobal('AudioContext', undefined);
    vi.stubGlobal('speechSynthesis', undefined);
    vi.stubGlobal('SpeechSynthesisUtterance', undefined);
    Reflect.deleteProperty(navigator, 'vibrate');
    const { unmount } = start();
    advance(4000);
    expect(screen.getByRole('status')).toHaveTextContent('Breathe out');
    expect(() => unmount()).not.toThrow();
  });

  it('should carry on when a cue refuses to play', () => {
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('not allowed');
        }
      },
    );
    start();
    advance(4000);
    expect(screen.getByRole('status')).toHaveTextContent('Breathe out');
  });
});

describe('given a pacer that is unmounted', () => {
  const everyCue: BreathPacerProps = { cues: { sound: true, vibration: true, voice: true } };
  // Gentle: "Breathe out" starts at 4 s, its tone sounds until 5.4 s and its words until 5.5 s.
  const moments: Array<[string, BreathPacerProps, () => void]> = [
    ['running, between cues', everyCue, () => advance(6000)],
    [
      'paused',
      everyCue,
      () => {
        advance(6000);
        fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      },
    ],
    [
      'in the middle of speaking',
      { cues: { voice: true } },
      () => {
        advance(4200);
        expect(synth.speaking).toBe(true);
      },
    ],
    [
      'in the middle of a tone',
      { cues: { sound: true } },
      () => {
        advance(4300);
        expect(audio().oscillators.some((oscillator) => oscillator.sounding)).toBe(true);
      },
    ],
  ];

  it.each(moments)(
    'should leave no timer, animation, audio node, speech or announcement behind when %s',
    (_, props, moment) => {
      const { unmount } = start(props);
      moment();
      expect(animations.length).toBeGreaterThan(0);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
      expect(animations.filter((animation) => animation.playState !== 'idle')).toEqual([]);
      expect(synth.pending).toBe(0);
      expect(screen.queryByRole('log')?.textContent ?? '').toBe('');
      for (const context of FakeAudioContext.instances) {
        expect(context.state).toBe('closed');
        expect(context.nodes.filter((node) => node.connected)).toEqual([]);
        expect(context.oscillators.filter((oscillator) => oscillator.stopAt > context.currentTime)).toEqual(
          [],
        );
      }
    },
  );

  it('should stop the buzz too', () => {
    const { unmount } = start();
    advance(4000);
    unmount();
    expect(vibrate).toHaveBeenLastCalledWith(0);
  });

  it('should leave other widgets’ announcements alone', () => {
    const { unmount } = start({});
    act(() => announce('Entry saved'));
    unmount();
    expect(screen.getByRole('log')).toHaveTextContent(/^Entry saved$/);
  });
});

describe('given a pacer hidden by <Activity>, which keeps its state', () => {
  it('should go quiet while hidden, and sound and speak again only once resumed', async () => {
    const pacer = (mode: 'visible' | 'hidden') => (
      <Activity mode={mode}>
        <BreathPacer {...allCues} />
      </Activity>
    );
    const { rerender } = render(pacer('visible'));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(4300);
    expect(audio().oscillators.some((oscillator) => oscillator.sounding)).toBe(true);
    expect(synth.speaking).toBe(true);

    await act(async () => rerender(pacer('hidden')));
    expect(vi.getTimerCount()).toBe(0);
    expect(synth.pending).toBe(0);
    expect(vibrate).toHaveBeenLastCalledWith(0);
    expect(audio().state).toBe('closed');
    expect(animations.filter((animation) => animation.playState === 'running')).toEqual([]);
    advance(30_000);
    expect(synth.speak).toHaveBeenCalledTimes(2);

    await act(async () => rerender(pacer('visible')));
    advance(30_000);
    expect(synth.speak).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(synth.speak).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'Breathe out' }));
    const resumed = FakeAudioContext.instances.at(-1)!;
    expect(resumed.state).toBe('running');
  });
});

describe('given strict mode, which unmounts and mounts again at once', () => {
  it('should still announce and speak the first phase', () => {
    render(
      <StrictMode>
        <BreathPacer cues={{ voice: true }} />
      </StrictMode>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('log')).toHaveTextContent(/^Breathe in$/);
    expect(synth.speaking).toBe(true);
  });
});

/** The animations started for the shape and for the bar in the current phase. */
const latest = () => ({
  shape: animations.findLast((a) => a.target.classList.contains('attune-BreathPacer-shape'))!,
  bar: animations.findLast((a) => a.target.classList.contains('attune-BreathPacer-progress'))!,
});
const compositorOnly = new Set(['transform', 'opacity', 'offset', 'easing', 'composite']);

describe('given motion', () => {
  it('should grow the shape on the inhale', () => {
    start({});
    const shape = latest().shape.keyframes;
    expect(shape[0]!.transform).toMatch(/scale/);
    expect(Number(/[\d.]+/.exec(String(shape[1]!.transform))![0])).toBeGreaterThan(
      Number(/[\d.]+/.exec(String(shape[0]!.transform))![0]),
    );
  });

  it('should pause the animation with the pacer', () => {
    start({});
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const { shape, bar } = latest();
    expect(shape.playState).toBe('paused');
    expect(bar.playState).toBe('paused');
  });

  it.each([
    ['full', 'never'],
    ['reduced', 'always'],
  ] as const)('should animate only transform and opacity, with %s motion', (_, reducedMotion) => {
    start({ pattern: 'box' }, reducedMotion);
    for (let phase = 0; phase < 4; phase++) advance(4000);
    expect(animations.length).toBeGreaterThanOrEqual(10);
    for (const { keyframes } of animations) {
      for (const frame of keyframes) {
        expect(Object.keys(frame).filter((key) => !compositorOnly.has(key))).toEqual([]);
      }
    }
  });
});

/** Where the bar's edges are, as fractions of its width from its centre, at progress `p`. */
function barEdges(keyframes: Keyframe[], p: number) {
  const parse = (frame: Keyframe) => {
    const match = /translateX\((-?[\d.]+)%?\) scaleX\(([\d.]+)\)/.exec(String(frame.transform));
    return { shift: Number(match![1]) / 100, scale: Number(match![2]) };
  };
  const [from, to] = keyframes.map(parse);
  const shift = from!.shift + (to!.shift - from!.shift) * p;
  const scale = from!.scale + (to!.scale - from!.scale) * p;
  return { left: shift - scale / 2, right: shift + scale / 2 };
}

describe('given the progress bar', () => {
  it('should fill from the left edge in a left-to-right page', () => {
    start({});
    const { keyframes } = latest().bar;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const { left, right } = barEdges(keyframes, p);
        expect(left).toBeCloseTo(-0.5, 9);
        expect(right - left).toBeCloseTo(p, 9);
      }),
    );
  });

  it('should fill from the right edge in a right-to-left page', () => {
    document.documentElement.dir = 'rtl';
    // jsdom computes no direction; a browser's getComputedStyle says what the dir attribute makes it.
    const computed = window.getComputedStyle.bind(window);
    const spy = vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) =>
      Object.assign(computed(element, pseudo), {
        direction: element.matches(':dir(rtl)') ? 'rtl' : 'ltr',
      }),
    );
    try {
      start({});
      const { keyframes } = latest().bar;
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
          const { left, right } = barEdges(keyframes, p);
          expect(right).toBeCloseTo(0.5, 9);
          expect(right - left).toBeCloseTo(p, 9);
        }),
      );
    } finally {
      document.documentElement.removeAttribute('dir');
      spy.mockRestore();
    }
  });
});

describe('given reduced motion', () => {
  it('should pace with the shape’s opacity and the bar, and never scale the shape', () => {
    start({}, 'always');
    advance(4000);
    const shapes = animations.filter((a) => a.target.classList.contains('attune-BreathPacer-shape'));
    expect(shapes.length).toBeGreaterThan(1);
    for (const { keyframes } of shapes) {
      for (const frame of keyframes) expect(frame.transform).toBeUndefined();
      expect(keyframes[1]!.opacity).not.toBe(keyframes[0]!.opacity);
    }
    expect(latest().bar.keyframes[1]!.transform).toMatch(/scaleX\(1\)/);
    expect(screen.getByRole('group')).toHaveAttribute('data-motion', 'reduce');
  });
});
