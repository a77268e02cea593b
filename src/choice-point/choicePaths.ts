import type { Moment } from '../shared/moment';
import { defaultPathIds, type ChoicePointMessages } from './messages';

/** One way a person may meet what they noticed. */
export interface ChoicePath {
  /** Stable id, reported in `choice.path` and exposed as `data-path`. */
  id: string;
  label: string;
  /** One line under the label. */
  description?: string;
  /** Said after the shared affirmation once this path is chosen. */
  reflection?: string;
}

/** Which path each path offers a way back to: after `shame`, `compassion`. */
export const defaultWayBack: Readonly<Record<string, string>> = { shame: 'compassion' };

/** The lowest and highest points of the intensity scale. */
export const intensityRange = { min: 0, max: 10 } as const;

/** A choice as `onChoose` reports it: one record per path chosen, in order. */
export interface Choice {
  /** The id of the chosen path. */
  path: string;
  /** What was noticed, as given: a pattern id or the person's own words. */
  noticed: string;
  /** ISO 8601 time of the choice. */
  at: string;
  /** Where in the body it was felt, when given. */
  body?: string[];
  /** How strong it felt before choosing (0–10), when asked and answered. */
  intensity?: number;
  /** How strong it felt after the reflection (0–10), when asked and answered. */
  intensityAfter?: number;
}

/** Something wrong with the paths or value a host passed in. */
export type ChoicePointProblem =
  | { code: 'not-a-list' }
  | { code: 'too-few-paths'; count: number }
  | { code: 'missing-id'; position: number }
  | { code: 'missing-label'; position: number }
  | { code: 'duplicate-id'; id: string }
  | { code: 'unknown-value'; value: string; ids: string[] };

/** A problem with the sentence that names it. */
export type ChoicePointError = ChoicePointProblem & { message: string };

export type PathsValidation = { ok: true; paths: ChoicePath[] } | { ok: false; errors: ChoicePointError[] };

/** The default paths, in the words of `messages`. */
export function defaultPaths(messages: Pick<ChoicePointMessages, 'paths'>): ChoicePath[] {
  return defaultPathIds.map((id) => ({ id, ...messages.paths[id] }));
}

/** The sentence for a problem, from the `problems` messages. */
export function describeProblem(
  problem: ChoicePointProblem,
  problems: ChoicePointMessages['problems'],
): string {
  switch (problem.code) {
    case 'not-a-list':
      return problems.notAList;
    case 'too-few-paths':
      return problems.tooFewPaths({ count: problem.count });
    case 'missing-id':
      return problems.missingId({ position: problem.position });
    case 'missing-label':
      return problems.missingLabel({ position: problem.position });
    case 'duplicate-id':
      return problems.duplicateId({ id: problem.id });
    case 'unknown-value':
      return problems.unknownValue({ value: problem.value, ids: problem.ids });
  }
}

function isFilledString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function fieldOf(entry: unknown, key: string): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
}

/**
 * Checks paths from anywhere (props typed or not): a list of at least two, each with an
 * id and a label, no id twice. Every problem is reported, positions counted from 1.
 */
export function validatePaths(paths: unknown, problems: ChoicePointMessages['problems']): PathsValidation {
  const found: ChoicePointProblem[] = [];
  if (!Array.isArray(paths)) {
    found.push({ code: 'not-a-list' });
  } else {
    if (paths.length < 2) found.push({ code: 'too-few-paths', count: paths.length });
    const seen = new Set<string>();
    const repeated = new Set<string>();
    paths.forEach((entry: unknown, index) => {
      const id = fieldOf(entry, 'id');
      if (!isFilledString(id)) found.push({ code: 'missing-id', position: index + 1 });
      else if (seen.has(id)) repeated.add(id);
      else seen.add(id);
      if (!isFilledString(fieldOf(entry, 'label')))
        found.push({ code: 'missing-label', position: index + 1 });
    });
    for (const id of repeated) found.push({ code: 'duplicate-id', id });
  }
  if (found.length === 0) return { ok: true, paths: (paths as unknown[]).map(toPath) };
  return {
    ok: false,
    errors: found.map((problem) => ({ ...problem, message: describeProblem(problem, problems) })),
  };
}

/** A checked entry as a clean path: optional texts that are not strings are left out, never rendered. */
function toPath(entry: unknown): ChoicePath {
  const path: ChoicePath = { id: fieldOf(entry, 'id') as string, label: fieldOf(entry, 'label') as string };
  const description = fieldOf(entry, 'description');
  const reflection = fieldOf(entry, 'reflection');
  if (isFilledString(description)) path.description = description;
  if (isFilledString(reflection)) path.reflection = reflection;
  return path;
}

/** A problem when `value` is set but names none of `paths`; `null`/`undefined` mean "none chosen". */
export function validateValue(
  value: unknown,
  paths: readonly ChoicePath[],
  problems: ChoicePointMessages['problems'],
): ChoicePointError | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && paths.some((path) => path.id === value)) return undefined;
  const problem: ChoicePointProblem = {
    code: 'unknown-value',
    value: shownValue(value),
    ids: paths.map((p) => p.id),
  };
  return { ...problem, message: describeProblem(problem, problems) };
}

/** The path offered as a way back after `pathId`, if there is one among `paths`. */
export function wayBackFrom(
  pathId: string | null | undefined,
  paths: readonly ChoicePath[],
  wayBack: Readonly<Record<string, string>> = defaultWayBack,
): ChoicePath | undefined {
  if (!pathId || !Object.hasOwn(wayBack, pathId)) return undefined;
  const target = wayBack[pathId];
  return target === pathId ? undefined : paths.find((path) => path.id === target);
}

/** The label for an id from a table of labels, or the text itself when it is not an id. */
export function labelFor(idOrText: string, labels: Readonly<Record<string, string>>): string {
  return Object.hasOwn(labels, idOrText) ? (labels[idOrText] ?? idOrText) : idOrText;
}

/** `body` as a list: one area, several, or none. */
export function bodyList(body: string | readonly string[] | undefined): string[] {
  if (body === undefined || body === null) return [];
  return (Array.isArray(body) ? (body as unknown[]) : [body]).filter(isFilledString);
}

/** True for a whole number on the 0–10 scale. */
export function isIntensity(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    (value as number) >= intensityRange.min &&
    (value as number) <= intensityRange.max
  );
}

/** A choice record at `now`; optional fields appear only when they have a value. */
export function createChoice(input: {
  path: string;
  noticed: string;
  body?: readonly string[];
  intensity?: number;
  intensityAfter?: number;
  now?: Date;
}): Choice {
  const choice: Choice = {
    path: input.path,
    noticed: input.noticed,
    at: (input.now ?? new Date()).toISOString(),
  };
  if (input.body && input.body.length > 0) choice.body = [...input.body];
  if (isIntensity(input.intensity)) choice.intensity = input.intensity;
  if (isIntensity(input.intensityAfter)) choice.intensityAfter = input.intensityAfter;
  return choice;
}

/** The choice as a PatternLog `Moment`, ready to store. */
export function choiceToMoment(choice: Choice): Moment {
  const { noticed, ...rest } = choice;
  return { ...rest, pattern: noticed };
}

/** A host's value as a developer would write it: `{"id":1}`, not "[object Object]". */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value; // a BigInt or a cycle: its kind is enough to find it
  }
}
