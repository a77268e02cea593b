import { act, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { ChoicePoint, ChoicePointDialog } from '../../src/choice-point';
import { Grounding } from '../../src/grounding';
import { MomentFlow } from '../../src/moment-flow';
import { ObserverScript, observerScripts } from '../../src/observer-script';
import { AttuneProvider } from '../../src/AttuneProvider';
import type { ReducedMotionSetting } from '../../src/provider';
import { fakeAnimations, type FakeAnimation } from '../fakeAnimations';

// framer-motion's mini `animate` drives the browser's Web Animations API; jsdom has none, so
// each test here installs a recording fake of `Element.prototype.animate`, the one call it makes.
let motion: ReturnType<typeof fakeAnimations>;
beforeEach(() => {
  motion = fakeAnimations();
});
afterEach(() => motion.uninstall());

function announcements() {
  return Array.from(document.querySelectorAll('[data-attune-announcer] > div'), (line) => line.textContent);
}

/** The copies of steps on their way out (inert, hidden from assistive technology). */
const leaving = () => Array.from(document.querySelectorAll<HTMLElement>('[data-leaving]'));

/** Lets the step's exit start: it is laid in after React's commit, in a microtask. */
const settle = () => act(async () => {});

/** Plays every animation on `element` to its end, as the browser would. */
async function finish(element: Element) {
  await act(async () => {
    for (const animation of motion.animations.filter((a) => a.target === element)) animation.finish();
  });
}

const on = (element: Element) => motion.animations.filter((a) => a.target === element);
const propertiesOf = (animations: FakeAnimation[]) =>
  new Set(animations.flatMap((a) => a.keyframes.flatMap((frame) => Object.keys(frame))));

function show(ui: ReactElement, reducedMotion: ReducedMotionSetting = 'never') {
  const user = userEvent.setup();
  return { user, ...render(<AttuneProvider reducedMotion={reducedMotion}>{ui}</AttuneProvider>) };
}

const renderGrounding = (reducedMotion?: ReducedMotionSetting) => show(<Grounding />, reducedMotion);

describe('given a step change with motion', () => {
  it('should move the new step in and fade the old one out over it, then remove the old one', async () => {
    const { user } = renderGrounding();
    // The first step is there from the start: nothing moves on arrival.
    expect(motion.animations).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();

    const heading = screen.getByRole('heading', { name: 'Four things you can hear' });
    const step = heading.closest('.attune-Grounding-step')!;
    expect(propertiesOf(on(step))).toEqual(new Set(['transform']));

    const [copy, ...others] = leaving();
    expect(others).toEqual([]);
    expect(copy).toHaveTextContent('Five things you can see');
    expect(copy).toHaveAttribute('aria-hidden', 'true');
    expect(copy).toHaveAttribute('inert');
    expect(copy!.querySelectorAll('[id]')).toHaveLength(0);
    expect(propertiesOf(on(copy!))).toEqual(new Set(['opacity', 'transform']));
    expect(
      on(copy!)
        .find((a) => 'opacity' in a.keyframes[0]!)!
        .keyframes.map((f) => f.opacity),
    ).toEqual([1, 0]);

    await finish(copy!);
    expect(copy).not.toBeInTheDocument();
    expect(leaving()).toEqual([]);
  });

  it('should keep focus on the new heading and announce only the new step while the old one leaves', async () => {
    const { user } = renderGrounding();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();
    expect(leaving()).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Four things you can hear' })).toHaveFocus();
    // The leaving copy is out of the accessibility tree: one step heading, one set of fields.
    expect(screen.queryByRole('heading', { name: 'Five things you can see' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(screen.getAllByRole('textbox')).toHaveLength(4);
    expect(announcements()).toEqual(['Step 2 of 5']);
    // Tab never lands in it.
    await user.tab();
    expect(leaving()[0]!.contains(document.activeElement)).toBe(false);
  });

  it('should cancel every running animation and take the leaving copy away when unmounted', async () => {
    const { user, unmount } = renderGrounding();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();
    expect(motion.running().length).toBeGreaterThan(0);
    unmount();
    expect(motion.running()).toEqual([]);
    expect(leaving()).toEqual([]);
  });

  it('should not leave a copy behind when the whole widget goes at once', async () => {
    const { user, unmount } = renderGrounding();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();
    await finish(leaving()[0]!);
    unmount();
    await settle();
    expect(leaving()).toEqual([]);
    expect(motion.running()).toEqual([]);
  });
});

describe('given reduced motion', () => {
  it('should change steps with opacity alone', async () => {
    const { user } = renderGrounding('always');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();
    const step = screen
      .getByRole('heading', { name: 'Four things you can hear' })
      .closest('.attune-Grounding-step')!;
    const [copy] = leaving();
    expect(propertiesOf(on(step))).toEqual(new Set(['opacity']));
    expect(propertiesOf(on(copy!))).toEqual(new Set(['opacity']));
    expect(propertiesOf(motion.animations)).toEqual(new Set(['opacity']));
  });

  it('should open and close a dialog with opacity alone', async () => {
    const { user } = show(
      <ChoicePointDialog
        noticed="people-pleasing"
        trigger={<button type="button">Pause and choose</button>}
      />,
      'always',
    );
    await user.click(screen.getByRole('button', { name: 'Pause and choose' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    await settle();
    expect(motion.animations.length).toBeGreaterThanOrEqual(4);
    expect(propertiesOf(motion.animations)).toEqual(new Set(['opacity']));
  });
});

describe('given a dialog', () => {
  it('should fade and rise in, and fade out after Radix has closed it and returned focus', async () => {
    const { user } = show(
      <ChoicePointDialog
        noticed="people-pleasing"
        trigger={<button type="button">Pause and choose</button>}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Pause and choose' }));
    const dialog = screen.getByRole('dialog', { name: 'A moment to choose' });
    expect(propertiesOf(on(dialog))).toEqual(new Set(['opacity', 'transform']));
    expect(propertiesOf(on(document.querySelector('.attune-Dialog-overlay')!))).toEqual(new Set(['opacity']));

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await settle();
    // Closed for everyone at once: no dialog in the tree, focus back on the trigger.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause and choose' })).toHaveFocus();
    // What is seen fades out: the overlay and the surface, as copies that then go.
    const copies = leaving();
    expect(copies.map((copy) => copy.className)).toEqual([
      expect.stringContaining('attune-Dialog-overlay'),
      expect.stringContaining('attune-Dialog'),
    ]);
    for (const copy of copies) {
      expect(on(copy).some((a) => a.keyframes.at(-1)!.opacity === 0)).toBe(true);
      await finish(copy);
    }
    expect(leaving()).toEqual([]);
  });
});

describe('given ChoicePoint', () => {
  it('should move the reflection in after a choice, and fade the old one out when the choice changes', async () => {
    const { user } = show(<ChoicePoint noticed="people-pleasing" />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    const reflection = document.querySelector('.attune-ChoicePoint-reflection')!;
    expect(propertiesOf(on(reflection))).toEqual(new Set(['transform']));
    await user.click(screen.getByRole('radio', { name: /As progress/ }));
    await settle();
    const [copy] = leaving();
    expect(copy).toHaveAttribute('data-path', 'shame');
    await finish(copy!);
    expect(leaving()).toEqual([]);
    expect(document.querySelectorAll('.attune-ChoicePoint-reflection')).toHaveLength(1);
  });
});

describe('given ObserverScript', () => {
  it('should move each new line in, and with one line at a time fade the line before it out', async () => {
    const { user } = show(
      <ObserverScript script={observerScripts.compassionateObserver} transcript="current" />,
    );
    const before = document.querySelector('.attune-ObserverScript-line')!.textContent;
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();
    const line = document.querySelector('.attune-ObserverScript-line:not([data-leaving])')!;
    expect(line.textContent).not.toBe(before);
    expect(propertiesOf(on(line))).toEqual(new Set(['transform']));
    expect(leaving().map((copy) => copy.textContent)).toEqual([before]);
  });

  it('should move the new current line of the transcript in, and keep the earlier lines', async () => {
    const { user } = show(<ObserverScript script={observerScripts.compassionateObserver} />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();
    const [first, second] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(on(first!)).toEqual([]);
    expect(second).toHaveAttribute('aria-current', 'step');
    expect(propertiesOf(on(second!))).toEqual(new Set(['transform']));
    expect(leaving()).toEqual([]);
  });
});

describe('given MomentFlow', () => {
  it('should fade the step out as the next one comes, with focus on the next one’s heading', async () => {
    const { user } = show(<MomentFlow noticed="fawning" />);
    await user.click(screen.getByRole('radio', { name: /As a setback/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await settle();
    expect(screen.getByRole('heading', { name: 'Breathe at your own pace' })).toHaveFocus();
    const copies = leaving();
    expect(copies).toHaveLength(1);
    expect(copies[0]).toHaveClass('attune-MomentFlow-step');
    expect(within(copies[0]!).queryAllByRole('radio', { hidden: true }).length).toBeGreaterThan(0);
    await finish(copies[0]!);
    expect(leaving()).toEqual([]);
  });
});

describe('given a browser without Web Animations (and the server)', () => {
  it('should change steps at once, with nothing left behind', async () => {
    motion.uninstall();
    const { user } = renderGrounding();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await settle();
    expect(leaving()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Four things you can hear' })).toHaveFocus();
  });
});
