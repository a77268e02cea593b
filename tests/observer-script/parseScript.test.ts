import fc from 'fast-check';
import { parseScript, observerScripts, type Script, type ScriptStep } from '../../src/observer-script';
import { observerScriptsEs } from '../../src/observer-script/scripts';
import schema from '../../src/observer-script/script.schema.json';
import { fillPlaceholders, lineText, splitSentences } from '../../src/observer-script/script';

const valid: Script = {
  id: 'tiny',
  title: 'Tiny',
  placeholders: { feeling: 'this feeling' },
  steps: [
    { text: 'Hello.' },
    { kind: 'prompt', name: 'feeling', text: 'What is here?' },
    { text: 'Hi {feeling}.' },
  ],
};

function errorsOf(input: unknown) {
  const result = parseScript(input);
  if (result.ok) throw new Error('expected the script to be refused');
  return result.errors;
}

describe('given a valid script', () => {
  it('should return it as a fresh copy', () => {
    const result = parseScript(valid);
    expect(result).toEqual({ ok: true, script: valid });
    if (result.ok) expect(result.script).not.toBe(valid);
  });

  it('should keep x- extensions the host added', () => {
    const result = parseScript({ ...valid, 'x-source': 'clinic', steps: [{ text: 'a', 'x-tone': 'soft' }] });
    expect(result.ok && result.script.steps[0]?.['x-tone']).toBe('soft');
  });
});

describe('given every built-in script', () => {
  const all = {
    ...observerScripts,
    ...Object.fromEntries(Object.entries(observerScriptsEs).map(([k, v]) => [`es.${k}`, v])),
  };

  it.each(Object.entries(all))('should accept %s', (_name, script) => {
    expect(parseScript(script)).toEqual({ ok: true, script });
  });

  it.each(Object.entries(all))(
    'should offer a way without the body in every body step of %s',
    (_name, script) => {
      for (const step of script.steps) if (step.body) expect(step.nonBody).toBeDefined();
    },
  );

  it.each(Object.entries(observerScripts))(
    'should speak as "I", not "you", in the first person of %s',
    (_name, script) => {
      // Lines quoted to the scared part may say "you"; the person's own voice never does.
      for (const step of script.steps) {
        const words = lineText(script, step, { perspective: 'first' }).replace(/:.*$/, '');
        expect(words).not.toMatch(/\b(you|your|yourself)\b/i);
      }
    },
  );

  it('should use no words of shame or blame', () => {
    const words = JSON.stringify(all).toLowerCase();
    expect(words).not.toMatch(
      /\b(fail\w*|wrong|should|broken|weak|stupid|bad|pathetic|disorder\w*|symptom\w*)\b/,
    );
  });
});

describe('given a broken script', () => {
  it('should point at a step whose text is missing', () => {
    expect(errorsOf({ id: 'a', title: 'A', steps: [{ text: 'x' }, { text: 'y' }, { text: 42 }] })).toEqual([
      { path: 'steps[2].text', message: 'expected text, or { "second": text, "first": text }' },
    ]);
  });

  it('should list every problem, not only the first', () => {
    const paths = errorsOf({
      title: '',
      steps: [
        { text: { second: 'you' } },
        { kind: 'song', text: 'a', pause: -1 },
        { body: true, text: 'Hand on heart.' },
        { kind: 'prompt', text: 'Which word?' },
        { text: 'a', cycles: 2, pasue: 3 },
      ],
    }).map((error) => error.path);
    expect(paths).toEqual([
      'id',
      'title',
      'steps[0].text.first',
      'steps[1].kind',
      'steps[1].pause',
      'steps[2].nonBody',
      'steps[3].name',
      'steps[4].pasue',
      'steps[4].cycles',
    ]);
  });

  it('should name an unknown placeholder where it is used', () => {
    expect(
      errorsOf({ ...valid, steps: [{ text: 'a' }, { text: { second: 'x', first: 'I feel {feling}.' } }] }),
    ).toEqual([
      {
        path: 'steps[1].text.first',
        message: 'unknown placeholder {feling}: declare it in "placeholders" with default words',
      },
    ]);
  });

  it('should ask for a prompt name to be declared with default words', () => {
    expect(
      errorsOf({ id: 'a', title: 'A', steps: [{ kind: 'prompt', name: 'word', text: 'Which?' }] })[0]?.path,
    ).toBe('steps[0].name');
  });

  it('should refuse things that are not scripts at all', () => {
    for (const input of [null, undefined, 3, 'script', [], { id: 'a', title: 'A', steps: [] }]) {
      expect(parseScript(input).ok).toBe(false);
    }
  });

  it('should refuse, not throw, when reading the input throws', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(parseScript(hostile)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'the script could not be read as JSON' }],
    });
  });
});

describe('given any input at all', () => {
  it('should never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        const result = parseScript(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
  });

  it('should never throw for inputs shaped almost like a script', () => {
    const nearly = fc.record({
      id: fc.jsonValue(),
      title: fc.jsonValue(),
      placeholders: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
      steps: fc.array(
        fc.dictionary(
          fc.constantFrom('text', 'kind', 'name', 'body', 'nonBody', 'cycles', 'pause', 'alternates'),
          fc.jsonValue(),
        ),
      ),
    });
    fc.assert(fc.property(nearly, (input) => void parseScript(input)));
  });
});

const words = fc
  .string({ minLength: 1, maxLength: 20 })
  .filter((s) => s.trim() !== '' && !/\{[A-Za-z][\w-]*\}/.test(s));
const names = fc.uniqueArray(fc.stringMatching(/^[A-Za-z][\w-]{0,6}$/), { minLength: 1, maxLength: 3 });

const scriptArbitrary = names.chain((declared) => {
  const plain = fc.oneof(words, fc.record({ second: words, first: words }));
  const withPlaceholder = fc
    .tuple(words, fc.constantFrom(...declared))
    .map(([text, name]) => `${text} {${name}}`);
  const text = fc.oneof(plain, withPlaceholder, fc.record({ second: withPlaceholder, first: words }));
  const common = {
    text,
    alternates: fc.array(text, { maxLength: 2 }),
    pause: fc.double({ min: 0, max: 600, noNaN: true }),
  };
  const line = fc.oneof(
    fc.record({ kind: fc.constant('line' as const), ...common }, { requiredKeys: ['text'] }),
    fc.record(
      { ...common, body: fc.constant(true), nonBody: text },
      { requiredKeys: ['text', 'body', 'nonBody'] },
    ),
  );
  const prompt = fc.record(
    { kind: fc.constant('prompt' as const), name: fc.constantFrom(...declared), ...common },
    { requiredKeys: ['kind', 'name', 'text'] },
  );
  const breath = fc.record(
    { kind: fc.constant('breath' as const), cycles: fc.integer({ min: 1, max: 30 }), ...common },
    { requiredKeys: ['kind', 'text'] },
  );
  return fc.record(
    {
      id: words,
      title: plain,
      lang: fc.constantFrom('en', 'es', 'de-AT'),
      placeholders: fc
        .tuple(...declared.map(() => plain))
        .map((defaults) => Object.fromEntries(declared.map((name, i) => [name, defaults[i]]))),
      steps: fc.array(fc.oneof(line, prompt, breath), { minLength: 1, maxLength: 8 }),
    },
    { requiredKeys: ['id', 'title', 'placeholders', 'steps'] },
  );
});

describe('given any valid script', () => {
  it('should survive a trip through JSON unchanged', () => {
    fc.assert(
      fc.property(scriptArbitrary, (script) => {
        const result = parseScript(JSON.parse(JSON.stringify(script)));
        expect(result).toEqual({ ok: true, script });
      }),
    );
  });

  it('should fill every placeholder in every line', () => {
    fc.assert(
      fc.property(
        scriptArbitrary,
        fc.constantFrom('first' as const, 'second' as const),
        (script, perspective) => {
          for (const step of script.steps) {
            expect(lineText(script as Script, step as ScriptStep, { perspective })).not.toMatch(
              /\{[A-Za-z][\w-]*\}/,
            );
          }
        },
      ),
    );
  });
});

describe('given the published JSON Schema', () => {
  it('should describe exactly the fields parseScript accepts on a step', () => {
    const fields = Object.keys(schema.$defs.step.properties);
    for (const field of fields) {
      const problems = errorsOf({ id: 'a', title: 'A', steps: [{ text: 'a', [field]: null }, 7] });
      expect(problems.some((p) => p.message.startsWith('unknown field'))).toBe(false);
    }
    expect(errorsOf({ id: 'a', title: 'A', steps: [{ text: 'a', tone: 'soft' }] })[0]?.message).toMatch(
      new RegExp(`^unknown field \\(expected one of ${fields.join(', ')}\\)$`),
    );
  });
});

describe('given a line with values', () => {
  it('should fill known names and leave others as written', () => {
    expect(fillPlaceholders('{a} and {b}', { a: '<img src=x>' })).toBe('<img src=x> and {b}');
  });

  it('should prefer the answer, then the host value, then the default words', () => {
    const step = valid.steps[2]!;
    expect(lineText(valid, step, { perspective: 'second' })).toBe('Hi this feeling.');
    expect(lineText(valid, step, { perspective: 'second', values: { feeling: 'worry' } })).toBe('Hi worry.');
    expect(
      lineText(valid, step, {
        perspective: 'second',
        values: { feeling: 'worry' },
        answers: { feeling: ' ache ' },
      }),
    ).toBe('Hi ache.');
  });

  it('should split it into sentences to speak one by one', () => {
    expect(splitSentences('I’m here. You feel {x}, and that makes sense! Rest… now?')).toEqual([
      'I’m here.',
      'You feel {x}, and that makes sense!',
      'Rest…',
      'now?',
    ]);
  });
});
