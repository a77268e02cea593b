import { useDeferredValue, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { NoticedWhen } from '../shared/moment';
import { cx } from '../shared/cx';
import { usePatternLogContext, usePatternLogSettings } from './context';
import type { PatternLogEntry } from './document';
import { computeInsights, type InsightPeriod, type PatternLogInsightsData } from './insights';
import { createInsightsCounter } from './insightsWorker';

/** Token colours for chart series; each keeps 3:1 against the surface in both themes. */
const seriesColours = [
  'var(--attune-accent)',
  'var(--attune-warm)',
  'var(--attune-muted-fg)',
  'var(--attune-focus)',
];
const whenSeries: Array<NoticedWhen | 'unknown'> = ['before', 'during', 'after', 'unknown'];
const gapDays = 7;
const noInsights = computeInsights([]);

interface Series {
  key: string;
  label: string;
  colour: string;
  value: (period: InsightPeriod) => number;
}

interface ChartProps {
  title: string;
  summary: string;
  periods: InsightPeriod[];
  series: Series[];
  periodLabel: (period: InsightPeriod) => string;
}

/** Stacked bars in SVG, named by its title and one-line summary, with the same numbers as a table. */
function StackedChart({ title, summary, periods, series, periodLabel }: ChartProps) {
  const { messages, format } = usePatternLogSettings();
  const id = useId();
  const max = Math.max(1, ...periods.map((p) => series.reduce((sum, s) => sum + s.value(p), 0)));
  const width = 320;
  const height = 120;
  const slot = width / Math.max(periods.length, 1);
  const bar = Math.min(28, slot * 0.7);
  return (
    <figure className="attune-PatternLog-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <span id={`${id}-title`} className="attune-PatternLog-chartTitle">
          {title}
        </span>
        <span id={`${id}-summary`} className="attune-PatternLog-summary">
          {summary}
        </span>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-summary`}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        className="attune-PatternLog-svg"
      >
        {periods.map((period, index) => {
          let y = height;
          return series.map((s) => {
            const value = s.value(period);
            const h = (value / max) * (height - 4);
            y -= h;
            return value > 0 ? (
              <rect
                key={`${period.start}-${s.key}`}
                x={index * slot + (slot - bar) / 2}
                y={y}
                width={bar}
                height={h}
                style={{ fill: s.colour }}
              />
            ) : null;
          });
        })}
      </svg>
      {periods.length > 1 && (
        <p className="attune-PatternLog-axis" aria-hidden="true">
          <span>{periodLabel(periods[0]!)}</span>
          <span>{periodLabel(periods[periods.length - 1]!)}</span>
        </p>
      )}
      <ul className="attune-PatternLog-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="attune-PatternLog-swatch" style={{ background: s.colour }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <details className="attune-PatternLog-tableToggle">
        <summary>{messages.showTable}</summary>
        <table className="attune-PatternLog-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.periodColumn}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.start}>
                <th scope="row">{periodLabel(period)}</th>
                {series.map((s) => (
                  <td key={s.key}>{format.number(s.value(period))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Below this many entries counting takes well under a frame: no worker, no wait. */
const workerFrom = 2000;

/**
 * The insights of `entries`: counted in a worker for a long log, so adding an entry never waits
 * for a count of the whole log; on the main thread, a frame later, for a short one or where
 * there is no worker. `pending` while a count is on its way (the last one shows until then).
 */
function useInsights(entries: readonly PatternLogEntry[]): {
  insights?: PatternLogInsightsData;
  pending: boolean;
} {
  const large = entries.length >= workerFrom;
  const [counter] = useState(createInsightsCounter);
  const counted = useSyncExternalStore(counter.subscribe, counter.getSnapshot, counter.getSnapshot);
  const inWorker = large && !counted.failed;
  // Counting 10,000 entries takes a few frames' worth; the list updates first, this follows.
  // The worker is told in the deferred render too: finding what changed walks the whole list,
  // and an entry added shows without waiting for that walk or the message to the worker.
  const deferred = useDeferredValue(entries);
  useEffect(() => {
    if (inWorker) counter.update(deferred);
  }, [counter, inWorker, deferred]);
  useEffect(() => () => counter.stop(), [counter]);
  const onThread = useMemo(() => (inWorker ? undefined : computeInsights(deferred)), [inWorker, deferred]);
  if (!inWorker) return { insights: onThread, pending: deferred !== entries };
  return { insights: counted.insights, pending: counted.of !== entries };
}

/**
 * What the log shows over time, with no streaks and no scores: how often noticing
 * happened, when in the moment, which way the person leaned, and what came up most.
 * Loaded on demand by `PatternLogInsights`.
 */
export function InsightsView() {
  const { log, messages, common, format, labelOf, classNames } = usePatternLogContext();
  const id = useId();
  const counting = useInsights(log.entries);
  // Until the first count of a long log arrives: the number of times is known, the rest follows.
  const total = log.entries.length;
  const insights = useMemo(
    () => counting.insights ?? { ...noInsights, timesNoticed: total },
    [counting.insights, total],
  );
  const [sessionStart] = useState(() => Date.now());
  const days =
    log.lastVisitAt === undefined ? undefined : (sessionStart - Date.parse(log.lastVisitAt)) / 864e5;
  // Only a new count changes what follows: adding an entry renders the look back again while
  // the count is on its way, and its charts and tables (hundreds of dates and numbers) stay.
  const counted = useMemo(() => {
    const periodLabel = (period: InsightPeriod) => {
      const [year, month, day] = period.start.split('-').map(Number) as [number, number, number];
      const date = new Date(year, month - 1, day);
      return insights.periodKind === 'week'
        ? messages.week({ date: format.date(date, { month: 'short', day: 'numeric' }) })
        : format.date(date, { month: 'long', year: 'numeric' });
    };
    const latest = insights.periods.findLast((p) => p.total > p.when.unknown);
    const whenSummary =
      insights.earlierShare === undefined || !latest
        ? messages.whenSummaryNone
        : messages.whenSummary({
            share: format.number(insights.earlierShare, { style: 'percent' }),
            period: periodLabel(latest),
          });
    // How many moments have a way noted, never which way led: the chart shows the mix without a scorecard.
    const pathCount = insights.periods.reduce(
      (sum, p) => sum + Object.values(p.paths).reduce((a, b) => a + (b ?? 0), 0),
      0,
    );
    return insights.timesNoticed === 0 ? (
      <p>{messages.insightsEmpty}</p>
    ) : (
      <>
        <p className="attune-PatternLog-count">{messages.timesNoticed({ count: insights.timesNoticed })}</p>
        <StackedChart
          title={messages.whenChartTitle}
          summary={whenSummary}
          periods={insights.periods}
          periodLabel={periodLabel}
          series={whenSeries.map((when, index) => ({
            key: when,
            label: when === 'unknown' ? messages.notNoted : common.when[when],
            colour: seriesColours[index]!,
            value: (p) => p.when[when],
          }))}
        />
        <StackedChart
          title={messages.pathsChartTitle}
          summary={pathCount > 0 ? messages.pathsSummary({ count: pathCount }) : messages.pathsSummaryNone}
          periods={insights.periods}
          periodLabel={periodLabel}
          series={insights.paths.slice(0, seriesColours.length).map((path, index) => ({
            key: path,
            label: labelOf('path', path),
            colour: seriesColours[index]!,
            value: (p) => p.paths[path] ?? 0,
          }))}
        />
        <div className="attune-PatternLog-tops">
          {(
            [
              ['pattern', messages.topPatternsHeading, insights.topPatterns],
              ['body', messages.topBodyHeading, insights.topBody],
            ] as const
          ).map(([kind, heading, items]) =>
            items.length ? (
              <div key={kind}>
                <h4 id={`${id}-${kind}`}>{heading}</h4>
                <ol aria-labelledby={`${id}-${kind}`}>
                  {items.map((item) => (
                    <li key={item.id}>
                      {labelOf(kind, item.id)}: {format.number(item.count)}
                    </li>
                  ))}
                </ol>
              </div>
            ) : null,
          )}
        </div>
      </>
    );
  }, [insights, messages, common, format, labelOf, id]);
  return (
    <section
      className={cx('attune-PatternLog-insights', classNames.insights)}
      aria-labelledby={`${id}-heading`}
      aria-busy={counting.pending || undefined}
    >
      <h3 id={`${id}-heading`}>{messages.insightsHeading}</h3>
      {days !== undefined && days >= gapDays && (
        <p className="attune-PatternLog-welcome">{messages.welcomeBack}</p>
      )}
      {counted}
    </section>
  );
}
