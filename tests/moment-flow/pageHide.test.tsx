import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity, StrictMode } from 'react';
import { MomentFlow, useMomentFlow, type Moment, type MomentFlowResult } from '../../src/moment-flow';
import {
  createLocalStorage,
  createPatternLogStore,
  encrypted,
  PatternLog,
  type PatternLogStorage,
} from '../../src/pattern-log';
import { savedEntries } from './savedEntries';

// A closed tab or a followed link runs no React cleanup: a flow that holds something worth
// saving stashes it beside the log (as a closing PatternLog does), and the next load has it.

const note = 'said yes to the extra shift';
const noteBox = () => screen.getByRole('textbox', { name: 'Anything you want to remember? (optional)' });

// A key per test: a store a test opened may still finish a save after it ends.
let key = 'flow-log';
let tests = 0;
beforeEach(() => {
  key = `flow-log-${++tests}`;
});
afterEach(() => {
  vi.restoreAllMocks();
});
const stashKeys = () => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:stash:`));

const pageHide = (persisted = false) =>
  act(() => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted }));
  });
const pageShow = () =>
  act(() => {
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
/** A tab switch, or a phone sending the browser away: the page is hidden, perhaps for good. */
const tabHidden = (hidden: boolean) =>
  act(() => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(hidden ? 'hidden' : 'visible');
    document.dispatchEvent(new Event('visibilitychange'));
  });

/** What a fresh load of the log (a new page) reads from the same storage. */
async function nextLoad() {
  const store = createPatternLogStore(createLocalStorage({ key }));
  store.start();
  await store.flush();
  store.stop();
  return store.getSnapshot().entries;
}

/** A flow on its first step with a pattern picked and a note typed, not yet sent. */
async function typedNote(storage: PatternLogStorage = createLocalStorage({ key })) {
  const user = userEvent.setup();
  const onExit = vi.fn<(moment: Moment | null) => void>();
  const onComplete = vi.fn<(moment: Moment) => void>();
  // MomentFlow announces only what saving does: no save, nothing said.
  const onSaveChange = vi.fn();
  const view = render(
    <MomentFlow storage={storage} onExit={onExit} onComplete={onComplete} onSaveChange={onSaveChange} />,
  );
  await user.click(screen.getByRole('radio', { name: 'People-pleasing' }));
  await user.type(noteBox(), `  ${note}  `);
  return { user, storage, onExit, onComplete, onSaveChange, ...view };
}

/** From the first step with a pattern picked: on through the flow's steps to its saved end. */
async function finishFromTheFirstStep(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('radio', { name: /As a setback/ }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('button', { name: 'Skip this step' }));
  const end = screen.getByRole('region', { name: 'You noticed. That matters.' });
  expect(await within(end).findByText('Saved to your log.')).toBeVisible();
}

describe('given a MomentFlow with a note typed on its first step', () => {
  it.each([
    ['pagehide', () => pageHide()],
    ['visibilitychange to hidden', () => tabHidden(true)],
  ])('should stash it on %s, going on where it was, so the next load of the log has it', async (_, hide) => {
    const { onExit, onComplete, onSaveChange } = await typedNote();
    hide();

    // Stashed in the same task: a closing page gets no other.
    expect(stashKeys()).toHaveLength(1);
    expect(onExit).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
    expect(onSaveChange).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'What did you notice?' })).toBeVisible();
    expect(noteBox()).toHaveValue(`  ${note}  `);

    const log = render(<PatternLog storage={createLocalStorage({ key })} />);
    expect(await within(log.container).findByText(note)).toBeVisible();
    await waitFor(() => expect(stashKeys()).toEqual([]));
    expect(await savedEntries(createLocalStorage({ key }))).toEqual([
      expect.objectContaining({ pattern: 'people-pleasing', note }),
    ]);
  });

  it.each([
    ['with the stash still waiting', false],
    ['after another page took the stash in', true],
  ])(
    'should end with one entry, as finished, when the page comes back from the cache and the flow is finished (%s)',
    async (_, takenIn) => {
      // One clock for the stash and the save: the save still wins, being the later change.
      vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-03T07:00:00.000Z'));
      const { user, onComplete } = await typedNote();
      pageHide(true);
      if (takenIn) expect(await nextLoad()).toEqual([expect.objectContaining({ note })]);
      pageShow();

      await user.type(noteBox(), ' again');
      await finishFromTheFirstStep(user);

      expect(onComplete).toHaveBeenCalledOnce();
      const finished = { pattern: 'people-pleasing', note: `${note}   again`, path: 'shame' };
      expect(await savedEntries(createLocalStorage({ key }))).toEqual([expect.objectContaining(finished)]);
      expect(await nextLoad()).toEqual([expect.objectContaining(finished)]);
      expect(stashKeys()).toEqual([]);
    },
  );

  it('should stash once per hide, and keep the latest words after the tab is shown and hidden again', async () => {
    const stash = vi.fn<(slot: string, text: string) => void>();
    const local = createLocalStorage({ key });
    const storage: PatternLogStorage = {
      ...local,
      stash: (slot, text) => {
        stash(slot, text);
        local.stash!(slot, text);
      },
    };
    const user = userEvent.setup();
    render(
      <StrictMode>
        <MomentFlow storage={storage} />
      </StrictMode>,
    );
    await user.click(screen.getByRole('radio', { name: 'People-pleasing' }));
    tabHidden(true);
    expect(stash).toHaveBeenCalledOnce();
    tabHidden(false);
    expect(stash).toHaveBeenCalledOnce();
    await user.type(noteBox(), note);
    tabHidden(true);

    expect(stash).toHaveBeenCalledTimes(2);
    // The same slot, so the later stash replaces the earlier: one moment waits, not two.
    expect(stash.mock.calls[1]![0]).toBe(stash.mock.calls[0]![0]);
    expect(stashKeys()).toHaveLength(1);
    expect(await nextLoad()).toEqual([expect.objectContaining({ pattern: 'people-pleasing', note })]);
  });

  it.each([
    ['left', ['This isn’t helping']],
    ['finished', ['Continue', 'Skip this step', 'Skip this step']],
  ])('should stash nothing after the flow has ended (%s)', async (_, presses) => {
    const { user, onSaveChange } = await typedNote();
    for (const name of presses) await user.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(onSaveChange).toHaveBeenLastCalledWith('saved'));
    pageHide();
    expect(stashKeys()).toEqual([]);
    expect(await savedEntries(createLocalStorage({ key }))).toHaveLength(1);
  });
});

describe('given a MomentFlow that holds nothing worth saving', () => {
  it('should stash nothing when the page is hidden', async () => {
    const onExit = vi.fn();
    render(<MomentFlow storage={createLocalStorage({ key })} onExit={onExit} />);
    tabHidden(true);
    pageHide();
    expect(stashKeys()).toEqual([]);
    expect(localStorage.getItem(key)).toBeNull();
    expect(onExit).not.toHaveBeenCalled();
  });
});

describe('given a MomentFlow whose note was kept aside, then erased', () => {
  // A note typed with no pattern picked is worth keeping (under the unnamed pattern); erased,
  // the flow holds nothing, and what a hidden page kept must not come back.
  const secret = 'what I said to my sister';

  /** A note typed, the tab hidden (a stash), another page taking it in, the tab back, the note erased. */
  async function erasedAfterStash(onExit?: (moment: Moment | null) => void) {
    const user = userEvent.setup();
    const view = render(<MomentFlow storage={createLocalStorage({ key })} onExit={onExit} />);
    await user.type(noteBox(), secret);
    tabHidden(true);
    expect(await nextLoad()).toEqual([expect.objectContaining({ note: secret })]);
    tabHidden(false);
    await user.clear(noteBox());
    return { user, ...view };
  }

  async function expectGone() {
    expect(await nextLoad()).toEqual([]);
    for (const name of Object.keys(localStorage).filter((k) => k.startsWith(key)))
      expect(localStorage.getItem(name)).not.toContain('sister');
  }

  it('should let it go when the page is hidden again', async () => {
    await erasedAfterStash();
    pageHide();
    await expectGone();
  });

  it('should let it go when the person leaves', async () => {
    const onExit = vi.fn<(moment: Moment | null) => void>();
    const { user } = await erasedAfterStash(onExit);
    await user.click(screen.getByRole('button', { name: 'This isn’t helping' }));
    expect(onExit).toHaveBeenCalledExactlyOnceWith(null);
    await expectGone();
  });

  it('should let it go when the flow is removed', async () => {
    const { unmount } = await erasedAfterStash();
    unmount();
    await act(async () => {});
    await expectGone();
  });

  it('should keep the moment as finished when a note is typed again and the flow finished', async () => {
    const { user } = await erasedAfterStash();
    pageHide();
    await user.click(screen.getByRole('radio', { name: 'People-pleasing' }));
    await user.type(noteBox(), note);
    await finishFromTheFirstStep(user);
    expect(await nextLoad()).toEqual([expect.objectContaining({ pattern: 'people-pleasing', note })]);
  });
});

describe('given a MomentFlow hidden by <Activity>', () => {
  it('should still stash what it holds when the page closes', async () => {
    const user = userEvent.setup();
    const storage = createLocalStorage({ key });
    const flow = (shown: boolean) => (
      <Activity mode={shown ? 'visible' : 'hidden'}>
        <MomentFlow noticed="fawning" storage={storage} />
      </Activity>
    );
    const { rerender } = render(flow(true));
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    rerender(flow(false));
    await act(async () => {});
    pageHide();

    expect(stashKeys()).toHaveLength(1);
    expect(await nextLoad()).toEqual([expect.objectContaining({ pattern: 'fawning', path: 'shame' })]);
  });
});

describe('given storage that cannot stash (encrypted)', () => {
  // Its cipher cannot write in the task a closing page has: the moment is not kept then (a limit,
  // documented). Nothing breaks, and nothing is written in the clear.
  it('should go on without a stash, writing nothing', async () => {
    const storage = encrypted(createLocalStorage({ key }), { passphrase: 'correct horse' });
    expect(storage.stash).toBeUndefined();
    const { onExit } = await typedNote(storage);
    pageHide();

    expect(onExit).not.toHaveBeenCalled();
    expect(noteBox()).toHaveValue(`  ${note}  `);
    for (const name of Object.keys(localStorage).filter((k) => k.startsWith(key)))
      expect(localStorage.getItem(name)).not.toContain('shift');
  });
});

describe('given the headless useMomentFlow', () => {
  function Headless(props: {
    onStash: (moment: Moment | null) => void;
    onEnd: (result: MomentFlowResult) => void;
  }) {
    const flow = useMomentFlow({ noticed: { pattern: 'fawning' }, ...props });
    return (
      <button type="button" onClick={() => flow.note('tight chest')}>
        Add a note
      </button>
    );
  }

  it('should tell onStash what leaving would save, and not end; and null once that is nothing', async () => {
    const user = userEvent.setup();
    const onStash = vi.fn<(moment: Moment | null) => void>();
    const onEnd = vi.fn<(result: MomentFlowResult) => void>();
    const { unmount } = render(<Headless onStash={onStash} onEnd={onEnd} />);
    await user.click(screen.getByRole('button', { name: 'Add a note' }));
    pageHide();

    expect(onStash).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ pattern: 'fawning', note: 'tight chest' }),
    );
    expect(onEnd).not.toHaveBeenCalled();
    unmount();
    await act(async () => {});
    // Removed holding something, it leaves and saves through onEnd; nothing is let go.
    expect(onEnd).toHaveBeenCalledOnce();
    expect(onStash).toHaveBeenCalledOnce();
  });

  it('should tell onStash null when the flow is removed holding nothing', async () => {
    const onStash = vi.fn<(moment: Moment | null) => void>();
    function Empty() {
      useMomentFlow({ onStash });
      return null;
    }
    const { unmount } = render(<Empty />);
    pageHide();
    expect(onStash).toHaveBeenCalledExactlyOnceWith(null);
    unmount();
    await act(async () => {});
    expect(onStash).toHaveBeenLastCalledWith(null);
    expect(onStash).toHaveBeenCalledTimes(2);
  });
});
