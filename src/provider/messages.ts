import { isRecord } from '../shared/isRecord';

/** A partial override of any part of the table, at any depth. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * The provider's `messages` as this floor sees them: overrides by namespace (`breathPacer`,
 * `common`…). Their shape is each widget's own; `AttuneMessages` (src/locales) composes them.
 */
export type MessageTable = Readonly<Record<string, unknown>>;

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
  if (!isRecord(base) || !isRecord(override)) return (override ?? base) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    merged[key] = isRecord(value) && isRecord(merged[key]) ? mergeOne(merged[key], value) : value;
  }
  return merged as T;
}
