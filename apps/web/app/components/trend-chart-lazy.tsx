import { useHydrated } from '@tandem/web-kit';
import { lazy, Suspense } from 'react';
import type { TrendChartProps } from './trend-chart.tsx';

// Its own chunk: the chart library stays out of every other page's scripts.
const TrendChart = lazy(() => import('./trend-chart.tsx'));

/** A trend's drawing, once scripts run; the table and sentence beside it carry the numbers. */
export function LazyTrendChart(props: TrendChartProps) {
  const hydrated = useHydrated();
  return (
    <div
      className={props.large ? 'trend-chart trend-chart--large' : 'trend-chart'}
      aria-hidden="true"
    >
      {hydrated ? (
        <Suspense fallback={null}>
          <TrendChart {...props} />
        </Suspense>
      ) : null}
    </div>
  );
}
