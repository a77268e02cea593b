import { lazy } from 'react';
import { OnDemand } from './OnDemand';

// The look back (its charts, its counting and the worker that counts a long log) loads on
// demand, once the log renders it: logging a moment never waits for it. It appears a moment
// after the rest; should its code not arrive, the log stays whole without it.
const InsightsView = /* @__PURE__ */ lazy(() =>
  import('./InsightsView').then((module) => ({ default: module.InsightsView })),
);

/**
 * What the log shows over time, with no streaks and no scores: how often noticing
 * happened, when in the moment, which way the person leaned, and what came up most.
 * @selector .attune-PatternLog-insights
 */
export function PatternLogInsights() {
  return (
    <OnDemand>
      <InsightsView />
    </OnDemand>
  );
}
