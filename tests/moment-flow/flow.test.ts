import fc from 'fast-check';
import {
  momentFlowReducer,
  momentToSave,
  nextStep,
  otherSettleStep,
  startMoment,
  stepProblem,
  describeStepProblem,
  arriveAt,
  momentSteps,
  type MomentFlowAction,
  type MomentFlowOptions,
  type MomentFlowState,
} from '../../src/moment-flow/flow';

const at = new Date('2026-11-26T10:00:00.000Z');
const run = (actions: MomentFlowAction[], state = startMoment(at)) =>
  actions.reduce<MomentFlowState>((s, a) => momentFlowReducer(s, a), state);

const script = { id: 'compassionate-observer', completed: true };
const breath = { pattern: 'gentle', cycles: 3, durationMs: 30000, completed: true };

describe('given a new moment', () => {
  it('should start by asking what was noticed', () => {
    expect(startMoment(at)).toMatchObject({ step: 'notice', moment: { at: at.toISOString() } });
  });

  it('should start at the choice when the host already knows the pattern', () => {
    expect(startMoment(at, { pattern: 'bracing' }).step).toBe('choose');
  });

  it('should walk notice → choose → observe → breathe → done after compassion', () => {
    const steps: string[] = [];
    let state = startMoment(at);
    for (const action of [
      { type: 'notice', noticed: { pattern: 'fawning', body: ['throat'] } },
      { type: 'choose', path: 'compassion' },
      { type: 'observed', script },
      { type: 'breathed', breath },
    ] satisfies MomentFlowAction[]) {
      state = momentFlowReducer(state, action);
      steps.push(state.step);
    }
    expect(steps).toEqual(['choose', 'observe', 'breathe', 'done']);
    expect(state.ended).toBe('completed');
    expect(momentToSave(state, 'unnamed')).toEqual({
      at: at.toISOString(),
      pattern: 'fawning',
      body: ['throat'],
      path: 'compassion',
      script,
      breath,
    });
  });

  it('should not offer the script after a path that is not compassion', () => {
    const state = run([
      { type: 'notice', noticed: { pattern: 'fawning' } },
      { type: 'choose', path: 'shame' },
    ]);
    expect(state.step).toBe('breathe');
  });

  it('should leave out omitted steps', () => {
    const state = momentFlowReducer(
      { step: 'observe', moment: { at: at.toISOString(), path: 'compassion' }, history: [] },
      { type: 'skip' },
      { omit: ['breathe'] },
    );
    expect(state.step).toBe('done');
    expect(nextStep(startMoment(at), { omit: ['choose'] })).toBe('breathe');
  });

  it('should go back to the step the person came from', () => {
    const state = run([
      { type: 'notice', noticed: { pattern: 'fawning' } },
      { type: 'skip' },
      { type: 'back' },
    ]);
    expect(state.step).toBe('choose');
    expect(state.moment.pattern).toBe('fawning');
  });

  it('should save nothing when nothing at all was entered', () => {
    expect(momentToSave(run([{ type: 'exit' }]), 'unnamed')).toBeNull();
  });

  it('should keep what was done even when the pattern was never named', () => {
    const state = run([{ type: 'skip' }, { type: 'choose', path: 'compassion' }, { type: 'exit' }]);
    expect(momentToSave(state, 'Something I noticed')).toEqual({
      at: at.toISOString(),
      pattern: 'Something I noticed',
      path: 'compassion',
    });
  });
});

describe('given the two ways of settling', () => {
  const afterChoice = [
    { type: 'notice', noticed: { pattern: 'withdrawing' } },
    { type: 'choose', path: 'shame' },
  ] satisfies MomentFlowAction[];

  it('should offer grounding in place of breathing, save which exercise was done and end', () => {
    const switched = run([...afterChoice, { type: 'switch', to: 'ground' }]);
    expect(switched.step).toBe('ground');
    expect(otherSettleStep(switched.step)).toBe('breathe');
    const state = momentFlowReducer(switched, {
      type: 'grounded',
      grounding: { variant: 'orienting', completed: true },
    });
    expect(state.step).toBe('done');
    expect(momentToSave(state, 'unnamed')).toEqual({
      at: at.toISOString(),
      pattern: 'withdrawing',
      path: 'shame',
      grounding: { variant: 'orienting', completed: true },
    });
  });

  it('should go back from grounding to the breathing it was chosen over', () => {
    const state = run([...afterChoice, { type: 'switch', to: 'ground' }, { type: 'back' }]);
    expect(state.step).toBe('breathe');
  });

  it('should show grounding first when the host asks, with breathing a button away', () => {
    const state = momentFlowReducer(run([afterChoice[0]!]), afterChoice[1]!, { settle: 'ground' });
    expect(state.step).toBe('ground');
    expect(otherSettleStep('ground', { settle: 'ground' })).toBe('breathe');
  });

  it('should not offer a way the host left out, and ignore a switch to it', () => {
    const breathing = run(afterChoice);
    expect(otherSettleStep('breathe', { omit: ['ground'] })).toBeNull();
    expect(momentFlowReducer(breathing, { type: 'switch', to: 'ground' }, { omit: ['ground'] })).toBe(
      breathing,
    );
    expect(momentFlowReducer(breathing, { type: 'switch', to: 'breathe' })).toBe(breathing);
    expect(otherSettleStep('choose')).toBeNull();
  });

  it('should leave settling out, as before grounding, when the breathing step is left out', () => {
    expect(nextStep(run([afterChoice[0]!]), { omit: ['choose', 'breathe'] })).toBe('done');
    expect(nextStep(run([afterChoice[0]!]), { omit: ['choose', 'ground'], settle: 'ground' })).toBe('done');
  });
});

const grounding = { variant: 'senses', completed: true };

const actionArbitrary: fc.Arbitrary<MomentFlowAction> = fc.oneof(
  fc.record({
    type: fc.constant('notice' as const),
    noticed: fc.record(
      {
        pattern: fc.string({ minLength: 1 }),
        body: fc.array(fc.constantFrom('jaw', 'chest', 'hands')),
        when: fc.constantFrom('before' as const, 'during' as const, 'after' as const),
        intensity: fc.integer({ min: 0, max: 10 }),
      },
      { requiredKeys: ['pattern'] },
    ),
  }),
  fc.record(
    {
      type: fc.constant('choose' as const),
      path: fc.constantFrom('shame', 'compassion', 'towards'),
      intensity: fc.integer({ min: 0, max: 10 }),
      intensityAfter: fc.integer({ min: 0, max: 10 }),
    },
    { requiredKeys: ['type', 'path'] },
  ),
  fc.constant<MomentFlowAction>({ type: 'observed', script }),
  fc.constant<MomentFlowAction>({ type: 'breathed', breath }),
  fc.constant<MomentFlowAction>({ type: 'grounded', grounding }),
  fc.record({
    type: fc.constant('switch' as const),
    to: fc.constantFrom('breathe' as const, 'ground' as const),
  }),
  fc.record({ type: fc.constant('note' as const), note: fc.string() }),
  fc.constant<MomentFlowAction>({ type: 'skip' }),
  fc.constant<MomentFlowAction>({ type: 'back' }),
  fc.constant<MomentFlowAction>({ type: 'exit' }),
);

describe('given any sequence of steps, skips, backs and exits', () => {
  it('should keep every value the person entered until they replace it', () => {
    fc.assert(
      fc.property(fc.array(actionArbitrary, { maxLength: 30 }), (actions) => {
        const final = run(actions);
        // The last value each field received before the flow ended is the one kept.
        const expected: Record<string, unknown> = { at: at.toISOString() };
        let state = startMoment(at);
        for (const action of actions) {
          const before = state;
          state = momentFlowReducer(state, action);
          if (before.ended) break;
          if (action.type === 'notice') Object.assign(expected, action.noticed);
          if (action.type === 'choose') {
            expected.path = action.path;
            if (action.intensity !== undefined) expected.intensity = action.intensity;
            if (action.intensityAfter !== undefined) expected.intensityAfter = action.intensityAfter;
          }
          if (action.type === 'observed') expected.script = action.script;
          if (action.type === 'breathed') expected.breath = action.breath;
          if (action.type === 'grounded') expected.grounding = action.grounding;
          if (action.type === 'note') expected.note = action.note;
        }
        expect(final.moment).toEqual(expected);
      }),
    );
  });

  it('should stay ended once it has ended, and never step outside the known steps', () => {
    fc.assert(
      fc.property(fc.array(actionArbitrary, { maxLength: 30 }), (actions) => {
        let state = startMoment(at);
        for (const action of actions) {
          const next = momentFlowReducer(state, action);
          if (state.ended) expect(next).toBe(state);
          expect(['notice', 'choose', 'observe', 'breathe', 'ground', 'done']).toContain(next.step);
          state = next;
        }
      }),
    );
  });
});

describe('given a step the host chooses', () => {
  it('should only ever move to a step the flow can be at, whatever the person does', () => {
    fc.assert(
      fc.property(fc.array(actionArbitrary, { maxLength: 30 }), (actions) => {
        let state = startMoment(at);
        for (const action of actions) {
          const next = momentFlowReducer(state, action);
          expect(stepProblem(next.step, next)).toBeNull();
          state = next;
        }
      }),
    );
  });

  it('should let Back lead to the step shown before, and arriving there step back in history', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...momentSteps.filter((step) => step !== 'done'))), (steps) => {
        let state = startMoment(at);
        for (const step of steps) {
          const before = state;
          state = arriveAt(state, step);
          if (step === before.step) expect(state).toBe(before);
          // Arriving at the step Back would show is going back; any other step is a move on.
          else if (step === before.history.at(-1))
            expect(state).toEqual(momentFlowReducer(before, { type: 'back' }));
          else expect(momentFlowReducer(state, { type: 'back' })).toEqual(before);
        }
        // Back never shows the same step twice in a row.
        [state.step, ...state.history.toReversed()].forEach((step, index, trail) =>
          expect(step).not.toBe(trail[index + 1]),
        );
      }),
    );
  });

  it('should complete the flow on arriving at done, and keep an exit as an exit', () => {
    expect(arriveAt(startMoment(at), 'done').ended).toBe('completed');
    const exited = momentFlowReducer(startMoment(at), { type: 'exit', draft: { pattern: 'fawning' } });
    expect(arriveAt(exited, 'done').ended).toBe('exited');
  });

  it('should name what is wrong with a step the flow cannot be at', () => {
    const state = startMoment(at, { pattern: 'bracing' });
    const why = (step: unknown, given = state, options: MomentFlowOptions = {}) => {
      const problem = stepProblem(step, given, options);
      return problem && describeStepProblem(problem, step, options);
    };
    expect(why('rest')).toMatch(/"rest" is not a step; the steps are notice, choose/);
    expect(why(undefined)).toMatch(/undefined is not a step/);
    expect(why('breathe', state, { omit: ['breathe'] })).toMatch(/left out by `omit`/);
    expect(why('observe')).toMatch(/follows only a path in `observeAfter` \(compassion\)/);
    expect(why('observe', { ...state, moment: { ...state.moment, path: 'compassion' } })).toBeNull();
    expect(why('notice', { ...state, ended: 'completed' })).toMatch(/has completed/);
    expect(why('ground')).toBeNull();
  });
});
