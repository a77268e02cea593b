import { act, fireEvent, render, screen } from '@testing-library/react';
import { BreathPacer, type BreathPacerProps } from '../../src/breath-pacer';
import { AttuneProvider, type ReducedMotionSetting } from '../../src/provider';

// Test doubles for the browser APIs jsdom lacks, recording what the pacer asks of them.
class FakeParam {
  setValueAtTime = vi.fn();
  linearRampToValueAtTime = vi.fn();
  exponentialRampToValueAtTime = vi.fn();
}
class FakeNode {
  connect = vi.fn((next: FakeNode) => next);
  disconnect = vi.fn();
}
class FakeOscillator extends FakeNode {
  type = 'sine';
  frequency = new FakeParam();
  start = vi.fn();
  stop = vi.fn();
  onended: (() => void) | null = null;
}
class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  state = 'running';
  currentTime = 100;
  destination = new FakeNode();
  oscillators: FakeOscillator[] = [];
  close = vi.fn(() => Promise.resolve());
  resume = vi.fn(() => Promise.resolve());
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  createOscillator() {
    const oscillator = new FakeOscillator();
    this.oscillators.push(oscillator);
    return oscillator;
  }
  createGain() {
    return Object.assign(new FakeNode(), { gain: new FakeParam() });
  }
}
class FakeUtterance {
  lang = '';
  rate = 1;
  constructor(public text: string) {}
}

const animations: Array<{
  keyframes: Keyframe[];
  cancel: ReturnType<typeof vi.fn>;
  pause: ReturnType<typeof vi.fn>;
}> = [];

beforeEach(() => {
  vi.useFakeTimers();
  FakeAudioContext.instances = [];
  animations.length = 0;
  vi.stubGlobal('AudioContext', FakeAudioContext);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', { speak: vi.fn(), cancel: vi.fn() });
  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: vi.fn(() => true) });
  Element.prototype.animate = vi.fn(function (keyframes: Keyframe[]) {
    const animation = { keyframes, cancel: vi.fn(), pause: vi.fn(), currentTime: 0 };
    animations.push(animation);
    return animation as unknown as Animation;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'vibrate');
  Reflect.deleteProperty(Element.prototype, 'animate');
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
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const audio = () => FakeAudioContext.instances[0]!;

describe('given a pacer with sound', () => {
  it('should schedule each tone on the audio clock, one phase ahead', () => {
    start({ cues: { sound: true } });
    const [now, next] = audio().oscillators;
    expect(now!.start).toHaveBeenCalledWith(100);
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
    const calls = vi.mocked(navigator.vibrate).mock.calls.map(([pattern]) => pattern);
    expect(calls).toHaveLength(2);
    expect(calls[0]).not.toEqual(calls[1]);
  });

  it('should speak each instruction in the page’s language', () => {
    start();
    expect(speechSynthesis.speak).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Breathe in', lang: 'en' }),
    );
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

describe('given a pacer unmounted in the middle of a breath', () => {
  it('should leave no timer, tone, utterance, buzz or animation behind', () => {
    const { unmount } = start();
    advance(5000);
    const oscillators = audio().oscillators;
    const running = [...animations];
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(audio().close).toHaveBeenCalledOnce();
    for (const oscillator of oscillators) expect(oscillator.stop).toHaveBeenCalledWith();
    expect(speechSynthesis.cancel).toHaveBeenCalled();
    expect(navigator.vibrate).toHaveBeenLastCalledWith(0);
    expect(running.length).toBeGreaterThan(0);
    for (const animation of running) expect(animation.cancel).toHaveBeenCalled();
  });
});

describe('given motion', () => {
  it('should grow the shape on the inhale', () => {
    start({});
    const shape = animations[0]!.keyframes;
    expect(shape[0]!.transform).toMatch(/scale/);
    expect(Number(/[\d.]+/.exec(String(shape[1]!.transform))![0])).toBeGreaterThan(
      Number(/[\d.]+/.exec(String(shape[0]!.transform))![0]),
    );
  });

  it('should pause the animation with the pacer', () => {
    start({});
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const current = animations.slice(-2);
    for (const animation of current) expect(animation.pause).toHaveBeenCalled();
  });
});

describe('given reduced motion', () => {
  it('should pace with opacity and progress, and scale or move nothing', () => {
    start({}, 'always');
    advance(4000);
    expect(animations.length).toBeGreaterThan(0);
    for (const { keyframes } of animations) {
      for (const frame of keyframes) expect(frame.transform).toBeUndefined();
    }
    expect(animations.some(({ keyframes }) => keyframes.some((frame) => frame.opacity !== undefined))).toBe(
      true,
    );
    expect(screen.getByRole('group')).toHaveAttribute('data-motion', 'reduce');
  });
});
