import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

/** One quarter on the chart: its label and the headline's value (a share as a percentage). */
export interface ChartPoint {
  readonly label: string;
  readonly value: number | null;
}

export interface TrendChartProps {
  readonly points: readonly ChartPoint[];
  /** The target on the chart's scale, drawn as a reference line; none for a figure without one. */
  readonly target: number | null;
  readonly targetLabel: string;
  /** 0–100 for shares; otherwise the chart scales itself. */
  readonly percent: boolean;
  readonly large: boolean;
}

/**
 * The drawing of a trend. It is loaded on its own after the page is interactive (recharts
 * draws only in the browser anyway), and the page shows the same numbers in a table and a
 * sentence, so the drawing is hidden from assistive technology and takes no focus.
 */
export default function TrendChart({
  points,
  target,
  targetLabel,
  percent,
  large,
}: TrendChartProps) {
  return (
    // As wide as the card, from a phone to a laptop.
    <ResponsiveContainer width="100%" height={large ? 280 : 150}>
      <LineChart
        data={[...points]}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: large ? 12 : 10 }} interval={large ? 0 : 1} />
        <YAxis
          width={large ? 44 : 36}
          tick={{ fontSize: large ? 12 : 10 }}
          domain={percent ? [0, 100] : [0, 'auto']}
          unit={percent ? '%' : undefined}
          allowDecimals={false}
        />
        {target === null ? null : (
          <ReferenceLine
            y={target}
            stroke="#8a4b00"
            strokeDasharray="6 3"
            label={{
              value: targetLabel,
              position: 'insideTopRight',
              fontSize: 11,
              fill: '#8a4b00',
            }}
          />
        )}
        <Line
          type="linear"
          dataKey="value"
          stroke="#1d4f91"
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
