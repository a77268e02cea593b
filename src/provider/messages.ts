import type { BreathPacerMessages } from '../breath-pacer/messages';
import type { ChoicePointMessages } from '../choice-point/messages';
import type { ObserverScriptMessages } from '../observer-script/messages';
import type { PatternLogMessages } from '../pattern-log/messages';
import type { MomentFlowMessages } from '../moment-flow/messages';
import type { GroundingMessages } from '../grounding/messages';
import type { CommonMessages } from './common-messages';

/**
 * Every user-visible string of attune-ui, one namespace per widget.
 * Values are plain strings, or functions of their parameters where a string needs
 * numbers or plurals; each locale's table owns its own grammar.
 */
export interface AttuneMessages {
  common: CommonMessages;
  breathPacer: BreathPacerMessages;
  choicePoint: ChoicePointMessages;
  observerScript: ObserverScriptMessages;
  patternLog: PatternLogMessages;
  momentFlow: MomentFlowMessages;
  grounding: GroundingMessages;
}

/** A partial override of any part of the table, at any depth. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type MessageOverrides = DeepPartial<AttuneMessages>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges an override into defaults; keys missing from the override keep their default. */
export function mergeMessages<T>(defaults: T, ...overrides: Array<DeepPartial<T> | undefined>): T {
  let result = defaults;
  for (const override of overrides) {
    if (!override) continue;
    result = mergeOne(result, override);
  }
  return result;
}

function mergeOne<T>(base: T, override: DeepPartial<T>): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override ?? base) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    merged[key] = isPlainObject(value) && isPlainObject(merged[key]) ? mergeOne(merged[key], value) : value;
  }
  return merged as T;
}
