import { defaultBodyAreas, defaultPatternIds } from '../../src/provider/common-messages';
import { serializePatternLog, type PatternLogEntry } from '../../src/pattern-log';
import type { NoticedWhen } from '../../src/shared/moment';

/** A small deterministic generator, so stories, tests and benchmarks see the same log. */
export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const whens: NoticedWhen[] = ['after', 'during', 'before'];
const notes = [
  'At the team meeting',
  'On the phone with Mum',
  'Said "sure, no problem", again',
  'Couldn’t sit still',
];

/**
 * `count` entries spread back in time from `end`, a few a day. Noticing drifts earlier over
 * time, as it often does, and later entries lean toward compassion more often.
 */
export function sampleEntries(count: number, end = Date.parse('2026-11-20T18:00:00Z')): PatternLogEntry[] {
  const next = random(count);
  const entries: PatternLogEntry[] = [];
  const spanMs = Math.min(count, 400) * 864e5;
  for (let i = 0; i < count; i++) {
    const age = (i / count) * spanMs;
    const recent = 1 - i / count;
    const at = new Date(end - age - Math.floor(next() * 6) * 36e5).toISOString();
    const entry: PatternLogEntry = {
      id: `sample-${i}`,
      at,
      pattern: defaultPatternIds[Math.floor(next() * defaultPatternIds.length)]!,
      when: whens[Math.min(2, Math.floor(next() * 2 + recent * 1.5))],
      path: next() < 0.5 + recent * 0.3 ? 'compassion' : 'shame',
    };
    if (next() < 0.6) entry.intensity = Math.floor(next() * 11);
    if (next() < 0.7) entry.body = [defaultBodyAreas[Math.floor(next() * defaultBodyAreas.length)]!];
    if (next() < 0.3) entry.note = notes[Math.floor(next() * notes.length)];
    entries.push(entry);
  }
  return entries;
}

/** The stored text of a log holding `entries`. */
export function sampleText(entries: PatternLogEntry[]): string {
  return serializePatternLog({ version: 2, entries, removed: {} });
}
