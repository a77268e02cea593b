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

export interface PatternLogContextValue {
  log: UsePatternLogResult;
  messages: PatternLogMessages;
  common: CommonMessages;
  format: Formatters;
  patterns: PatternLogOption[];
  bodyAreas: PatternLogOption[];
  paths: PatternLogOption[];
  labelOf: (kind: 'pattern' | 'body' | 'path', id: string) => string;
  /** The pattern the list shows ('' for all); exports of CSV follow it. */
  filter: string;
  setFilter: (filter: string) => void;
  visibleEntries: PatternLogEntry[];
  idBase: string;
  pageSize: number;
  /** The host's class names for the log's parts. */
  classNames: Partial<
    Record<'header' | 'title' | 'quickAdd' | 'list' | 'entry' | 'insights' | 'data', string>
  >;
}

export const PatternLogContext = createContext<PatternLogContextValue | null>(null);

export function usePatternLogContext(): PatternLogContextValue {
  const value = useContext(PatternLogContext);
  if (!value) throw new Error('PatternLog parts must be inside <PatternLog>.');
  return value;
}
