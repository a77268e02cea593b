import { isRecord } from '../shared/isRecord';

/**
 * The ObserverScript format: plain JSON that anyone can write, read and check.
 * Logic only: no React, no DOM. The same rules are published as `script.schema.json`.
 */

/** Who the lines speak as: `second` ("you notice…") or `first` ("I notice…"). */
export type Perspective = 'second' | 'first';

/**
 * Words for one line. A string reads the same in both perspectives; an object gives
 * each perspective its own words, so every language keeps its own grammar.
 */
export type ScriptText = string | { second: string; first: string };

/** `line` is read; `prompt` asks for a word or sentence; `breath` makes room to breathe. */
export type StepKind = 'line' | 'prompt' | 'breath';

export interface ScriptStep {
  /** @default 'line' */
  kind?: StepKind;
  /** The words, with `{placeholders}`. For a prompt, the question. */
  text: ScriptText;
  /** Other phrasings of the same line that the person may switch to. */
  alternates?: ScriptText[];
  /** Suggested seconds before the next line when auto-advancing. @default 10 */
  pause?: number;
  /** The line invites attention to the body (touch, sensations); it then needs `nonBody`. */
  body?: boolean;
  /**
   * The same invitation without the body, e.g. feet on the floor instead of hand on heart.
   * Breath steps are body steps too: with "Without body focus" on, they show this line (or a
   * gentle default) and no breathing pacer.
   */
  nonBody?: ScriptText;
  /** Prompt steps: the placeholder the answer fills in later lines. */
  name?: string;
  /** Breath steps: how many breaths to make room for. @default 3 */
  cycles?: number;
  /** Keys starting with `x-` are the host's own and are kept as they are. */
  [extension: `x-${string}`]: unknown;
}

export interface Script {
  /** A stable id, reported in `onComplete`. */
  id: string;
  title: ScriptText;
  /** BCP 47 language of the words, e.g. `en` or `es`; speech picks a voice for it. */
  lang?: string;
  /**
   * Every placeholder the lines use, with gentle default words for when the host gives no
   * value and the person gives no answer (e.g. `feeling: "this feeling"`).
   */
  placeholders?: Record<string, ScriptText>;
  steps: ScriptStep[];
  [extension: `x-${string}`]: unknown;
}

/** One problem in a script: where (`steps[2].text`) and what. */
export interface ScriptError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; script: Script } | { ok: false; errors: ScriptError[] };

/** Seconds between lines when a step suggests none: clinicians leave about ten. */
export const defaultPauseSeconds = 10;
export const defaultBreathCycles = 3;
/** Seconds of room one breath gets when no BreathPacer paces it. */
export const secondsPerBreath = 10;
const maxPauseSeconds = 600;
const maxCycles = 30;

const placeholderPattern = /\{([A-Za-z][\w-]*)\}/g;
const namePattern = /^[A-Za-z][\w-]*$/;
const stepKinds: readonly StepKind[] = ['line', 'prompt', 'breath'];
const stepKeys = ['kind', 'text', 'alternates', 'pause', 'body', 'nonBody', 'name', 'cycles'];
const scriptKeys = ['id', 'title', 'lang', 'placeholders', 'steps'];

type Json = Record<string, unknown>;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The names of the `{placeholders}` in a piece of text, in order. */
export function placeholdersIn(text: string): string[] {
  return Array.from(text.matchAll(placeholderPattern), (match) => match[1] as string);
}

/** The words of a text for one perspective. */
export function textFor(text: ScriptText, perspective: Perspective): string {
  return typeof text === 'string' ? text : text[perspective];
}

/** Fills `{placeholders}` from `values`; a name without a value stays as written. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(placeholderPattern, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}

/**
 * Checks that `input` is a script and returns a fresh copy of it, or every problem found,
 * each with its path (`steps[2].text`). It never throws, whatever it is given.
 */
export function parseScript(input: unknown): ParseResult {
  const errors: ScriptError[] = [];
  const add = (path: string, message: string) => void errors.push({ path, message });

  // Keys that are neither known nor `x-` extensions are usually typos.
  const checkKeys = (value: Json, known: string[], path: string) => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key) && !key.startsWith('x-')) {
        add(`${path}${path && '.'}${key}`, `unknown field (expected one of ${known.join(', ')})`);
      }
    }
  };

  const checkWords = (words: unknown, path: string, declared: ReadonlySet<string>) => {
    if (!isNonEmptyString(words)) return add(path, 'expected text');
    for (const name of placeholdersIn(words)) {
      if (!declared.has(name)) {
        add(path, `unknown placeholder {${name}}: declare it in "placeholders" with default words`);
      }
    }
  };

  const checkText = (value: unknown, path: string, declared: ReadonlySet<string> = new Set()) => {
    if (!isRecord(value)) {
      if (typeof value === 'string') return checkWords(value, path, declared);
      return add(path, 'expected text, or { "second": text, "first": text }');
    }
    checkKeys(value, ['second', 'first'], path);
    checkWords(value.second, `${path}.second`, declared);
    checkWords(value.first, `${path}.first`, declared);
  };

  const checkStep = (value: unknown, path: string, declared: ReadonlySet<string>) => {
    if (!isRecord(value)) return add(path, 'expected a step object');
    checkKeys(value, stepKeys, path);
    const { kind = 'line', text, alternates, pause, body, nonBody, name, cycles } = value;
    const at = (field: string) => `${path}.${field}`;
    if (!stepKinds.includes(kind as StepKind)) add(at('kind'), `expected one of ${stepKinds.join(', ')}`);
    checkText(text, at('text'), declared);
    if (alternates !== undefined) {
      if (!Array.isArray(alternates)) add(at('alternates'), 'expected a list of texts');
      else alternates.forEach((item, i) => checkText(item, `${at('alternates')}[${i}]`, declared));
    }
    if (pause !== undefined && !(typeof pause === 'number' && pause >= 0 && pause <= maxPauseSeconds)) {
      add(at('pause'), `expected seconds from 0 to ${maxPauseSeconds}`);
    }
    if (body !== undefined && typeof body !== 'boolean') add(at('body'), 'expected true or false');
    if (nonBody !== undefined) checkText(nonBody, at('nonBody'), declared);
    else if (body === true) add(at('nonBody'), 'a body step needs a non-body alternative');
    if (kind === 'prompt') {
      if (typeof name !== 'string' || !declared.has(name)) {
        add(at('name'), 'a prompt needs the name of a placeholder (declared with default words)');
      }
    } else if (name !== undefined) {
      add(at('name'), 'only prompt steps have a name');
    }
    if (cycles !== undefined) {
      if (kind !== 'breath') add(at('cycles'), 'only breath steps have cycles');
      else if (!Number.isInteger(cycles) || (cycles as number) < 1 || (cycles as number) > maxCycles) {
        add(at('cycles'), `expected a whole number from 1 to ${maxCycles}`);
      }
    }
  };

  try {
    if (!isRecord(input)) {
      add('', 'expected a script object: { id, title, steps }');
      return { ok: false, errors };
    }
    checkKeys(input, scriptKeys, '');
    const { id, title, lang, placeholders, steps } = input;
    if (!isNonEmptyString(id)) add('id', 'expected text');
    if (lang !== undefined && !isNonEmptyString(lang)) add('lang', 'expected a language tag, e.g. "en"');
    const declared = new Set<string>();
    if (placeholders !== undefined) {
      if (!isRecord(placeholders)) add('placeholders', 'expected an object of name: default words');
      else {
        for (const [name, words] of Object.entries(placeholders)) {
          const path = `placeholders.${name}`;
          if (!namePattern.test(name)) add(path, 'a name starts with a letter: letters, digits, - or _');
          // Default words never contain placeholders themselves.
          checkText(words, path);
          declared.add(name);
        }
      }
    }
    checkText(title, 'title');
    if (!Array.isArray(steps) || steps.length === 0) add('steps', 'expected a list of at least one step');
    else steps.forEach((step, i) => checkStep(step, `steps[${i}]`, declared));
    if (errors.length > 0) return { ok: false, errors };
    // A valid script is JSON all through (x- values included), so a JSON copy is exact.
    return { ok: true, script: JSON.parse(JSON.stringify(input)) as Script };
  } catch {
    // Getters that throw, proxies, values JSON cannot hold: refuse them plainly.
    return { ok: false, errors: [{ path: '', message: 'the script could not be read as JSON' }] };
  }
}

/** What a step needs to say one line. */
export interface LineContext {
  perspective: Perspective;
  /** Host values, then the person's answers, by placeholder name. */
  values?: Readonly<Record<string, string>>;
  answers?: Readonly<Record<string, string>>;
  /** Which phrasing to use: 0 is `text`, 1 the first alternate… */
  phrasing?: number;
  /** Use the non-body alternative of body steps. */
  withoutBody?: boolean;
}

/** The placeholder values for a perspective: answers first, then host values, then defaults. */
export function placeholderValues(script: Script, context: LineContext): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const [name, words] of Object.entries(script.placeholders ?? {})) {
    filled[name] = textFor(words, context.perspective);
  }
  for (const source of [context.values, context.answers]) {
    for (const [name, value] of Object.entries(source ?? {})) {
      if (value.trim()) filled[name] = value.trim();
    }
  }
  return filled;
}

/** The words of one step, filled in, in the chosen perspective, phrasing and body choice. */
export function lineText(script: Script, step: ScriptStep, context: LineContext): string {
  const phrasings = [step.text, ...(step.alternates ?? [])];
  const chosen =
    (step.body || step.kind === 'breath') && step.nonBody && context.withoutBody
      ? step.nonBody
      : (phrasings[(context.phrasing ?? 0) % phrasings.length] ?? step.text);
  return fillPlaceholders(textFor(chosen, context.perspective), placeholderValues(script, context));
}

/** How long a step suggests staying before the next one, in milliseconds at pace 1. */
export function stepDurationMs(step: ScriptStep): number {
  const fallback = step.kind === 'breath' ? (step.cycles ?? defaultBreathCycles) * secondsPerBreath : null;
  return (step.pause ?? fallback ?? defaultPauseSeconds) * 1000;
}

/** Splits a line into sentences so each can be spoken as its own short utterance. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…:;]["”’»)]?)\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
