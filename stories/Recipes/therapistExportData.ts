import { defaultBodyAreas, defaultPatternIds, type NoticedWhen, type PatternLogEntry } from '../../src';
import { random } from '../PatternLog/sampleLog';

const whens: NoticedWhen[] = ['after', 'during', 'before'];
// Notes with commas, quotes and a line break, as people write them: the CSV must keep them whole.
const notes = [
  'Said "sure, no problem" when I meant no',
  'Team meeting, stayed quiet again',
  'Lying awake before the appointment',
  'Noticed it on the walk home.\nLet my shoulders drop.',
];

/** About two months of a realistic log: one or two moments on most days, newest first. */
export function seedEntries(end = Date.parse('2026-11-25T19:00:00Z'), days = 56): PatternLogEntry[] {
  const next = random(7);
  const entries: PatternLogEntry[] = [];
  for (let day = 0; day < days; day++) {
    const count = Math.floor(next() * 2.4); // 0, 1 or 2 on a day
    for (let i = 0; i < count; i++) {
      const at = new Date(end - day * 864e5 - Math.floor(next() * 10) * 36e5);
      const entry: PatternLogEntry = {
        id: `moment-${day}-${i}`,
        at: at.toISOString(),
        pattern: defaultPatternIds[Math.floor(next() * defaultPatternIds.length)]!,
        when: whens[Math.floor(next() * whens.length)],
        path: next() < 0.65 ? 'compassion' : 'shame',
      };
      if (next() < 0.7) entry.intensity = Math.floor(next() * 11);
      if (next() < 0.6) entry.body = [defaultBodyAreas[Math.floor(next() * defaultBodyAreas.length)]!];
      if (next() < 0.35) entry.note = notes[Math.floor(next() * notes.length)];
      entries.push(entry);
    }
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

/** The local calendar day of an ISO time, as a date input writes it: `2026-11-03`. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The entries from `from` to `to` (both days included, local time), oldest first, for reading in order. */
export function entriesBetween(
  entries: readonly PatternLogEntry[],
  from: string,
  to: string,
): PatternLogEntry[] {
  return entries
    .filter((entry) => {
      const day = localDay(entry.at);
      return day >= from && day <= to;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}
