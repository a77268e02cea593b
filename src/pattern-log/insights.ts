import type { NoticedWhen } from '../shared/moment';
import type { PatternLogEntry } from './document';

/** A stretch of time in a chart: a week (`2026-W14` style start date) or a month (`2026-04`). */
export interface InsightPeriod {
  /** The first day of the period, `YYYY-MM-DD` in local time. */
  start: string;
  /** How many times something was noticed in the period. */
  total: number;
  /** Counts by when it was noticed; `unknown` when not recorded. */
  when: Record<NoticedWhen | 'unknown', number>;
  /** Counts by ChoicePoint path id; entries without a path are not counted here. */
  paths: Record<string, number>;
}

export interface PatternLogInsightsData {
  /** Every entry ever kept: this never resets. */
  timesNoticed: number;
  periodKind: 'week' | 'month';
  /** Oldest first, at most `maxPeriods`. */
  periods: InsightPeriod[];
  /** Every path id seen, most used first. */
  paths: string[];
  /** Most frequent first. */
  topPatterns: Array<{ id: string; count: number }>;
  topBody: Array<{ id: string; count: number }>;
  /** Share of entries with a `when` that were noticed before or during, in the last period with any. */
  earlierShare?: number;
}

export const maxPeriods = 12;

/**
 * What the log shows over time, with no streaks and no scores: only counts of noticing.
 * Weeks when the log spans up to twelve weeks, months beyond that.
 */
export function computeInsights(entries: readonly PatternLogEntry[], limit = 5): PatternLogInsightsData {
  // Self-contained, helpers and all: the insights worker runs this very function from its source.
  const maxPeriods = 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  const dayKey = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const periodStart = (date: Date, kind: 'week' | 'month') => {
    if (kind === 'month') return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-01`;
    return dayKey(new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7)));
  };
  const top = (counts: Map<string, number>, count: number) =>
    Array.from(counts, ([id, n]) => ({ id, count: n }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
      .slice(0, count);
  const patterns = new Map<string, number>();
  const body = new Map<string, number>();
  const pathTotals = new Map<string, number>();
  const times = entries.map((e) => Date.parse(e.at));
  // A loop, not Math.max(...times): spreading 100,000 arguments can overflow the stack.
  let newest = 0;
  for (const time of times) if (time > newest) newest = time;
  let oldest = newest;
  for (const time of times) if (time < oldest) oldest = time;
  const periodKind = newest - oldest <= 12 * 7 * 864e5 ? 'week' : 'month';
  const periods = new Map<string, InsightPeriod>();
  entries.forEach((entry, index) => {
    patterns.set(entry.pattern, (patterns.get(entry.pattern) ?? 0) + 1);
    for (const area of entry.body ?? []) body.set(area, (body.get(area) ?? 0) + 1);
    const start = periodStart(new Date(times[index]!), periodKind);
    let period = periods.get(start);
    if (!period) {
      period = { start, total: 0, when: { before: 0, during: 0, after: 0, unknown: 0 }, paths: {} };
      periods.set(start, period);
    }
    period.total++;
    period.when[entry.when ?? 'unknown']++;
    if (entry.path) {
      period.paths[entry.path] = (period.paths[entry.path] ?? 0) + 1;
      pathTotals.set(entry.path, (pathTotals.get(entry.path) ?? 0) + 1);
    }
  });
  const sorted = Array.from(periods.values())
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .slice(-maxPeriods);
  const lastWithWhen = sorted.findLast((p) => p.total > p.when.unknown);
  const insights: PatternLogInsightsData = {
    timesNoticed: entries.length,
    periodKind,
    periods: sorted,
    paths: top(pathTotals, Infinity).map((p) => p.id),
    topPatterns: top(patterns, limit),
    topBody: top(body, limit),
  };
  if (lastWithWhen) {
    const { before, during, after } = lastWithWhen.when;
    insights.earlierShare = (before + during) / (before + during + after);
  }
  return insights;
}
