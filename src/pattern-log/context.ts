import { createContext, useContext } from 'react';
import type { CommonMessages } from '../provider/common-messages';
import type { Formatters } from '../provider/useFormatters';
import type { PatternLogEntry } from './document';
import type { PatternLogMessages } from './messages';
import type { UsePatternLogResult } from './usePatternLog';

/** A choice offered in the form: an id that is stored, and the label that is shown. */
export interface PatternLogOption {
  id: string;
  label: string;
}

/** The parts of PatternLog that `classNames` can style, besides `root`. */
export type PatternLogPart = 'header' | 'title' | 'quickAdd' | 'list' | 'entry' | 'insights' | 'data';

/**
 * What stays the same while the log changes: the words, formats, options and the log's actions.
 * Parts that need only this (an entry's row, the forms, the charts) do not render again when
 * an entry is added elsewhere in the log.
 */
export interface PatternLogSettings {
  /** The log's actions; the same functions for as long as the log is the same. */
  actions: Pick<UsePatternLogResult, 'add' | 'update' | 'remove'>;
  messages: PatternLogMessages;
  common: CommonMessages;
  format: Formatters;
  patterns: PatternLogOption[];
  bodyAreas: PatternLogOption[];
  paths: PatternLogOption[];
  labelOf: (kind: 'pattern' | 'body' | 'path', id: string) => string;
  idBase: string;
  pageSize: number;
  /** The host's class names for the log's parts. */
  classNames: Partial<
    Record<'header' | 'title' | 'quickAdd' | 'list' | 'entry' | 'insights' | 'data', string>
  >;
}

/** The settings, and the log as it is now: a new value on every change to the log. */
export interface PatternLogContextValue extends PatternLogSettings {
  log: UsePatternLogResult;
  /** The pattern the list shows ('' for all); exports of CSV follow it. */
  filter: string;
  setFilter: (filter: string) => void;
  visibleEntries: PatternLogEntry[];
}

export const PatternLogContext = createContext<PatternLogContextValue | null>(null);
export const PatternLogSettingsContext = createContext<PatternLogSettings | null>(null);

const outside = 'PatternLog parts must be inside <PatternLog>.';

export function usePatternLogContext(): PatternLogContextValue {
  const value = useContext(PatternLogContext);
  if (!value) throw new Error(outside);
  return value;
}

/** The settings alone: a part that uses only these renders again only when they change. */
export function usePatternLogSettings(): PatternLogSettings {
  const value = useContext(PatternLogSettingsContext);
  if (!value) throw new Error(outside);
  return value;
}
