import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ObserverScript, type Script } from '../../src/observer-script';
import { advance, fakeTimersInEachTest } from '../fakeTimers';

class FakeUtterance {
  rate = 1;
  lang = '';
  voice: { voiceURI: string } | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

const voices = [
  { voiceURI: 'calm', name: 'Calm', lang: 'en-GB' },
  { voiceURI: 'warm', name: 'Warm', lang: 'en-US' },
];

let spoken: FakeUtterance[];
let synth: {
  speak: ReturnType<typeof vi.fn>;
  cancel: ReturnType<typeof vi.fn>;
  getVoices: () => typeof voices;
  addEventListener: ReturnType<typeof vi.fn>;
  removeEventListener: ReturnType<typeof vi.fn>;
};

beforeEach(() => {
  spoken = [];
  synth = {
    speak: vi.fn((utterance: FakeUtterance) => spoken.push(utterance)),
    cancel: vi.fn(),
    getVoices: () => voices,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const script: Script = {
  id: 'spoken',
  title: 'Spoken',
  lang: 'en',
  steps: [{ text: 'First sentence. Second one! Third?' }, { text: 'Next line.' }],
};

function finishUtterance(index: number) {
  act(() => spoken[index]!.onend!());
}

describe('given speech synthesis and reading aloud switched on', () => {
  it('should speak one utterance per sentence, in order, highlighting the one being spoken', async () => {
    const user = userEvent.setup();
    render(<ObserverScript script={script} />);
    await user.click(screen.getByRole('button', { name: 'Read aloud', pressed: false }));
    expect(spoken.map((u) => u.text)).toEqual(['First sentence.']);
    expect(spoken[0]!.lang).toBe('en');
    expect(screen.getByText('First sentence.')).toHaveAttribute('data-state', 'speaking');
    finishUtterance(0);
    expect(spoken.map((u) => u.text)).toEqual(['First sentence.', 'Second one!']);
    expect(screen.getByText('First sentence.')).not.toHaveAttribute('data-state');
    expect(screen.getByText('Second one!')).toHaveAttribute('data-state', 'speaking');
    finishUtterance(1);
    finishUtterance(2);
    expect(spoken).toHaveLength(3);
    expect(screen.getByText('Third?')).not.toHaveAttribute('data-state');
  });

  it('should use the chosen voice and rate', async () => {
    const user = userEvent.setup();
    render(<ObserverScript script={script} defaultSpeak />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voice' }), 'Warm (en-US)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaking rate' }), '0.75×');
    const last = spoken.at(-1)!;
    expect(last.voice?.voiceURI).toBe('warm');
    expect(last.rate).toBe(0.75);
    // A change of voice starts the sentence again rather than the line.
    expect(last.text).toBe('First sentence.');
  });

  it('should stop the line and speak the next one when the person moves on', async () => {
    const user = userEvent.setup();
    render(<ObserverScript script={script} defaultSpeak />);
    synth.cancel.mockClear();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(spoken.at(-1)!.text).toBe('Next line.');
    // The cancelled line's late callbacks change nothing.
    finishUtterance(0);
    expect(spoken.at(-1)!.text).toBe('Next line.');
  });

  it('should stop speaking when switched off and when unmounted', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ObserverScript script={script} defaultSpeak />);
    synth.cancel.mockClear();
    await user.click(screen.getByRole('button', { name: 'Read aloud', pressed: true }));
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Read aloud', pressed: false }));
    synth.cancel.mockClear();
    unmount();
    expect(synth.cancel).toHaveBeenCalled();
  });

  it('should not throw when the browser refuses to speak', async () => {
    synth.speak.mockImplementation(() => {
      throw new Error('not allowed');
    });
    const user = userEvent.setup();
    render(<ObserverScript script={script} defaultSpeak />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
  });
});

describe('given speech and auto-advance together', () => {
  fakeTimersInEachTest();

  it('should start the pause only once the line has been spoken', () => {
    render(<ObserverScript script={script} defaultSpeak autoAdvance />);
    advance(60_000);
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    finishUtterance(0);
    finishUtterance(1);
    finishUtterance(2);
    advance(9_999);
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    advance(1);
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
  });

  it('should go on without waiting when a sentence fails to speak', () => {
    render(<ObserverScript script={script} defaultSpeak autoAdvance />);
    act(() => spoken[0]!.onerror!());
    advance(10_000);
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
  });
});
