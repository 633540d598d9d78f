import { CustomChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { MomentCandidate } from '../../../../src/contract/moments';
import { useEChart } from '../../components/useEChart';

echarts.use([CustomChart]);

type Api = {
  value: (dim: number) => number | string;
  coord: (point: number[]) => number[];
  size?: (size: number[]) => number | number[];
};

/**
 * Lift per touchpoint as a dot with its 95 % interval as a bar with end ticks, largest lift on top, a
 * line at 0. Hidden from screen readers: the table carries the same numbers. Clicking a row opens the
 * journeys with the touchpoint.
 */
export function LiftChart({
  candidates,
  onTouchpoint,
}: {
  candidates: MomentCandidate[];
  onTouchpoint: (id: string) => void;
}) {
  const option = useMemo(() => {
    const shown = candidates.filter((c) => c.interval !== null && c.liftDifference !== null);
    const pp = (v: number) => Math.round(v * 1000) / 10;
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item' as const,
        formatter: (p: { dataIndex: number }) => {
          const c = shown[p.dataIndex];
          return c?.interval
            ? `${c.name}: ${pp(c.liftDifference ?? 0)} pp (${pp(c.interval.low)} … ${pp(c.interval.high)})`
            : '';
        },
      },
      yAxis: {
        type: 'category' as const,
        inverse: true,
        data: shown.map((c) => c.name),
        axisLabel: { color: '#1f2937', width: 140, overflow: 'truncate' as const, interval: 0 },
      },
      xAxis: {
        type: 'value' as const,
        // Fitted to the intervals shown (0 always in view), so narrow intervals stay readable.
        min: (v: { min: number }) => Math.floor(Math.min(v.min, 0) / 10) * 10,
        max: (v: { max: number }) => Math.ceil(Math.max(v.max, 0) / 10) * 10,
        axisLabel: { color: '#1f2937', hideOverlap: true, formatter: '{value}' },
      },
      series: [
        {
          type: 'custom' as const,
          encode: { x: [1, 2], y: 0 },
          data: shown.map((c, i) => ({
            value: [i, pp(c.interval?.low ?? 0), pp(c.interval?.high ?? 0)],
            id: c.touchpointId,
          })),
          renderItem: (_params: unknown, api: Api) => {
            const y = Number(api.value(0));
            const lo = api.coord([Number(api.value(1)), y]);
            const hi = api.coord([Number(api.value(2)), y]);
            const style = { stroke: '#1d4ed8', lineWidth: 2 };
            const tick = (x: number, yy: number) => ({
              type: 'line' as const,
              shape: { x1: x, y1: yy - 5, x2: x, y2: yy + 5 },
              style,
            });
            const [x1 = 0, y1 = 0] = lo;
            const [x2 = 0] = hi;
            return {
              type: 'group' as const,
              children: [
                { type: 'line' as const, shape: { x1, y1, x2, y2: y1 }, style },
                tick(x1, y1),
                tick(x2, y1),
              ],
            };
          },
          cursor: 'pointer',
        },
        {
          type: 'scatter' as const,
          symbolSize: 10,
          itemStyle: { color: '#b45309' },
          data: shown.map((c, i) => ({ value: [pp(c.liftDifference ?? 0), i], id: c.touchpointId })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#6b7280', type: 'dashed' as const },
            data: [{ xAxis: 0 }],
            label: { show: false },
          },
          cursor: 'pointer',
        },
      ],
    };
  }, [candidates]);
  const ref = useEChart(option, onTouchpoint);
  const rows = candidates.filter((c) => c.interval !== null).length;
  return (
    <div
      ref={ref}
      className="mm-chart"
      style={{ height: `${Math.max(160, rows * 32 + 48)}px` }}
      aria-hidden="true"
      data-testid="moments-chart"
    />
  );
}
