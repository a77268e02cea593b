import fc from 'fast-check';
import {
  choiceToMoment,
  createChoice,
  defaultPaths,
  validatePaths,
  validateValue,
  wayBackFrom,
  type ChoicePath,
} from '../../src/choice-point/choicePaths';
import { choicePointMessages, choicePointMessagesEs } from '../../src/choice-point/messages';

const problems = choicePointMessages.problems;
const paths = defaultPaths(choicePointMessages);

const pathArbitrary = fc.record(
  {
    id: fc.string({ maxLength: 6 }),
    label: fc.string({ maxLength: 6 }),
    description: fc.string(),
  },
  { requiredKeys: ['id', 'label'] },
);

describe('given the default paths', () => {
  it('should offer shame and compassion, each with a label, a description and a reflection', () => {
    expect(paths.map((path) => path.id)).toEqual(['shame', 'compassion']);
    for (const path of [...paths, ...defaultPaths(choicePointMessagesEs)]) {
      expect(path.label).not.toBe('');
      expect(path.description).not.toBe('');
      expect(path.reflection).not.toBe('');
    }
  });

  it('should pass validation', () => {
    expect(validatePaths(paths, problems)).toEqual({ ok: true, paths });
  });

  it('should lead from shame back to compassion, and from compassion nowhere', () => {
    expect(wayBackFrom('shame', paths)?.id).toBe('compassion');
    expect(wayBackFrom('compassion', paths)).toBeUndefined();
    expect(wayBackFrom(undefined, paths)).toBeUndefined();
  });
});

describe('given paths that cannot work', () => {
  it('should name a list with fewer than two paths', () => {
    const result = validatePaths([{ id: 'only', label: 'Only' }], problems);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'too-few-paths', count: 1 }] });
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/at least two paths.*is 1/);
  });

  it('should name the id that appears twice, once', () => {
    const result = validatePaths(
      [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'Again' },
        { id: 'a', label: 'And again' },
      ],
      problems,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => error.code)).toEqual(['duplicate-id']);
      expect(result.errors[0]!.message).toContain('“a”');
    }
  });

  it('should name the position of a path with no id or no label', () => {
    const result = validatePaths(
      [{ id: 'a', label: 'A' }, { label: 'B' }, { id: 'c', label: ' ' }],
      problems,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { code: 'missing-id', position: 2, message: 'Path 2 has no id.' },
        { code: 'missing-label', position: 3, message: 'Path 3 has no label.' },
      ],
    });
  });

  it.each([undefined, null, 'shame', 42, { id: 'a' }])('should say %s is not a list', (input) => {
    expect(validatePaths(input, problems)).toMatchObject({ ok: false, errors: [{ code: 'not-a-list' }] });
  });

  it('should accept exactly the lists of two or more distinct, labelled paths', () => {
    fc.assert(
      fc.property(fc.array(pathArbitrary, { maxLength: 6 }), (list) => {
        const ids = list.map((path) => path.id);
        const valid =
          list.length >= 2 &&
          new Set(ids).size === ids.length &&
          list.every((path) => path.id.trim() !== '' && path.label.trim() !== '');
        const result = validatePaths(list, problems);
        expect(result.ok).toBe(valid);
        if (!result.ok) {
          for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('should never throw, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => validatePaths(input, problems)).not.toThrow();
      }),
    );
  });
});

describe('given paths from untyped code', () => {
  it('should leave out optional texts that are not text, so nothing odd is ever rendered', () => {
    const result = validatePaths(
      [
        { id: 'a', label: 'A', description: { html: '<b>' }, reflection: 'Kind words.' },
        { id: 'b', label: 'B', extra: true },
      ],
      problems,
    );
    expect(result).toEqual({
      ok: true,
      paths: [
        { id: 'a', label: 'A', reflection: 'Kind words.' },
        { id: 'b', label: 'B' },
      ],
    });
  });
});

describe('given a value', () => {
  it('should accept none, or the id of a path', () => {
    expect(validateValue(null, paths, problems)).toBeUndefined();
    expect(validateValue(undefined, paths, problems)).toBeUndefined();
    expect(validateValue('compassion', paths, problems)).toBeUndefined();
  });

  it('should name a value that is not a path, and the paths there are', () => {
    expect(validateValue('courage', paths, problems)).toMatchObject({
      code: 'unknown-value',
      message: expect.stringMatching(/“courage”.*shame, compassion/),
    });
  });

  it('should flag any string that is not an id', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const known = paths.some((path) => path.id === value);
        expect(validateValue(value, paths, problems) === undefined).toBe(known);
      }),
    );
  });
});

describe('given custom paths and a custom way back', () => {
  const act: ChoicePath[] = [
    { id: 'towards', label: 'A towards move' },
    { id: 'away', label: 'An away move' },
  ];

  it('should lead where the map says, and only to a path that exists', () => {
    expect(wayBackFrom('away', act, { away: 'towards' })?.id).toBe('towards');
    expect(wayBackFrom('away', act)).toBeUndefined();
    expect(wayBackFrom('away', act, { away: 'elsewhere' })).toBeUndefined();
    expect(wayBackFrom('towards', act, { towards: 'towards' })).toBeUndefined();
  });

  it('should not take inherited keys for a way back', () => {
    expect(wayBackFrom('constructor', [...act, { id: 'constructor', label: 'C' }])).toBeUndefined();
  });
});

describe('given a choice', () => {
  const now = new Date('2026-03-01T09:30:00.000Z');

  it('should record the path, what was noticed and the time in ISO form', () => {
    expect(createChoice({ path: 'compassion', noticed: 'fawning', now })).toEqual({
      path: 'compassion',
      noticed: 'fawning',
      at: '2026-03-01T09:30:00.000Z',
    });
  });

  it('should keep body and intensities only when they have a value on the scale', () => {
    expect(
      createChoice({ path: 'shame', noticed: 'x', body: ['chest'], intensity: 7, intensityAfter: 11, now }),
    ).toEqual({ path: 'shame', noticed: 'x', at: now.toISOString(), body: ['chest'], intensity: 7 });
  });

  it('should become a Moment with the noticed pattern', () => {
    const choice = createChoice({
      path: 'compassion',
      noticed: 'bracing',
      intensity: 6,
      intensityAfter: 3,
      now,
    });
    expect(choiceToMoment(choice)).toEqual({
      at: now.toISOString(),
      pattern: 'bracing',
      path: 'compassion',
      intensity: 6,
      intensityAfter: 3,
    });
  });
});
