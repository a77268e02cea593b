import fc from 'fast-check';
import {
  answersFor,
  clampStep,
  emptyGroundingRecord,
  groundingResult,
  groundingSteps,
  groundingVariants,
  progressOf,
  withAnswer,
  withMark,
  type GroundingRecord,
  type GroundingStepId,
} from '../../src/grounding/groundingExercise';

const allIds: GroundingStepId[] = ['see', 'hear', 'touch', 'smell', 'taste', 'place', 'date', 'time', 'hold'];
const details = {
  variant: 'senses' as const,
  completed: false,
  startedAt: '2026-12-02T10:00:00.000Z',
  at: '2026-12-02T10:03:00.000Z',
};

describe('given the senses variant', () => {
  it('should invite five, four, three, two and one things, sense by sense', () => {
    expect(groundingSteps('senses').map((step) => [step.id, step.count])).toEqual([
      ['see', 5],
      ['hear', 4],
      ['touch', 3],
      ['smell', 2],
      ['taste', 1],
    ]);
  });

  it('should leave out a sense the person cannot use', () => {
    expect(groundingSteps('senses', ['smell']).map((step) => step.id)).toEqual([
      'see',
      'hear',
      'touch',
      'taste',
    ]);
  });
});

describe('given the orienting variant', () => {
  it('should name the place, the date, the time of day and something to hold', () => {
    expect(groundingSteps('orienting').map((step) => [step.id, step.count])).toEqual([
      ['place', 1],
      ['date', 1],
      ['time', 1],
      ['hold', 1],
    ]);
  });
});

describe('given any steps to leave out', () => {
  it('should keep the variant’s order, drop exactly those, and never leave it empty', () => {
    fc.assert(
      fc.property(fc.constantFrom(...groundingVariants), fc.subarray(allIds), (variant, omit) => {
        const all = groundingSteps(variant);
        const kept = groundingSteps(variant, omit);
        expect(kept.length).toBeGreaterThan(0);
        const expected = all.filter((step) => !omit.includes(step.id));
        expect(kept).toEqual(expected.length > 0 ? expected : all);
      }),
    );
  });
});

describe('given any step number', () => {
  it('should clamp it to a whole step the exercise has', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer()), fc.integer({ min: 1, max: 9 }), (step, total) => {
        const clamped = clampStep(step, total);
        expect(Number.isInteger(clamped)).toBe(true);
        expect(clamped).toBeGreaterThanOrEqual(0);
        expect(clamped).toBeLessThan(total);
        // === rather than toBe: -0 is step 0 too.
        if (Number.isInteger(step) && step >= 0 && step < total) expect(clamped === step).toBe(true);
      }),
    );
  });
});

type Edit =
  | { kind: 'answer'; step: number; slot: number; text: string }
  | { kind: 'mark'; step: number; skipped: boolean };

const edits = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('answer' as const),
      step: fc.nat(4),
      slot: fc.integer({ min: -2, max: 7 }),
      text: fc.string({ maxLength: 12 }),
    }),
    fc.record({ kind: fc.constant('mark' as const), step: fc.nat(4), skipped: fc.boolean() }),
  ),
  { maxLength: 30 },
);

describe('given any answers typed, retyped and skipped', () => {
  const steps = groundingSteps('senses');
  const apply = (list: Edit[]) =>
    list.reduce<GroundingRecord>((record, edit) => {
      const step = steps[edit.step]!;
      return edit.kind === 'answer'
        ? withAnswer(record, step, edit.slot, edit.text)
        : withMark(record, step.id, edit.skipped ? 'skipped' : 'noticed');
    }, emptyGroundingRecord);

  it('should keep one field per invited thing, holding the last text typed in it', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const record = apply(list);
        steps.forEach((step, i) => {
          const fields = answersFor(record, step);
          expect(fields).toHaveLength(step.count);
          fields.forEach((text, slot) => {
            const last = list.findLast((e) => e.kind === 'answer' && e.step === i && e.slot === slot);
            expect(text).toBe(last?.kind === 'answer' ? last.text : '');
          });
        });
      }),
    );
  });

  it('should report only what was written, trimmed, and each step’s last mark', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const record = apply(list);
        const result = groundingResult(steps, record, details);
        expect(result.steps.map((s) => s.id)).toEqual(steps.map((s) => s.id));
        result.steps.forEach((reported, i) => {
          const step = steps[i]!;
          expect(reported.answers).toEqual(
            answersFor(record, step)
              .map((text) => text.trim())
              .filter((text) => text !== ''),
          );
          expect(reported.answers.length).toBeLessThanOrEqual(step.count);
          const mark = list.findLast((e) => e.kind === 'mark' && e.step === i);
          expect(reported.state).toBe(
            mark?.kind === 'mark' ? (mark.skipped ? 'skipped' : 'noticed') : 'not-reached',
          );
        });
      }),
    );
  });

  it('should never change the record it was given', () => {
    const before = withAnswer(emptyGroundingRecord, steps[0]!, 0, 'lamp');
    const frozen = JSON.stringify(before);
    withAnswer(before, steps[0]!, 1, 'window');
    withMark(before, 'see', 'skipped');
    expect(JSON.stringify(before)).toBe(frozen);
    expect(emptyGroundingRecord).toEqual({ answers: {}, marks: {} });
  });
});

describe('given a position in the steps', () => {
  it('should mark steps before it past, it current and the rest ahead, or all past at the end', () => {
    expect(progressOf(4, 1, false)).toEqual(['past', 'current', 'ahead', 'ahead']);
    expect(progressOf(4, 3, true)).toEqual(['past', 'past', 'past', 'past']);
  });
});
