import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { AttributionRow } from '../../../../src/contract/attribution';
import { useEChart } from '../../components/useEChart';

echarts.use([LegendComponent]);

const COLORS = ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#15803d', '#0369a1', '#6b7280'];
/** More keys would make the bars too thin to read; the table lists them all. */
const MAX_KEYS = 12;

/**
 * The models side by side: one group of horizontal bars per key (touchpoint, channel, campaign), a bar
 * per model, named in the legend. Hidden from screen readers: the table carries the same numbers.
 * Clicking a bar opens the people behind its key.
 */
export function AttributionChart({
  rows,
  models,
  measure,
  modelName,
  onKey,
}: {
  rows: AttributionRow[];
  models: string[];
  measure: 'conversions' | 'value';
  modelName: (kind: string) => string;
  onKey: (key: string) => void;
}) {
  const shown = rows.slice(0, MAX_KEYS);
  const option = useMemo(
    () => ({
      animation: false,
      color: COLORS,
      grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' as const, textStyle: { color: '#1f2937', fontSize: 12 } },
      tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
      yAxis: {
        type: 'category' as const,
        inverse: true,
        data: shown.map((r) => r.label),
        axisLabel: { color: '#1f2937', width: 130, overflow: 'truncate' as const, interval: 0 },
      },
      xAxis: { type: 'value' as const, axisLabel: { color: '#1f2937', hideOverlap: true } },
      series: models.map((kind) => ({
        name: modelName(kind),
        type: 'bar' as const,
        data: shown.map((r) => ({
          value: Math.round((r[measure][kind as keyof AttributionRow['conversions']] ?? 0) * 100) / 100,
          id: r.key,
        })),
        cursor: 'pointer',
      })),
    }),
    [shown, models, measure, modelName],
  );
  const ref = useEChart(option, onKey);
  const height = Math.max(240, 80 + shown.length * (models.length * 7 + 12));
  return (
    <div
      ref={ref}
      className="at-chart"
      style={{ height }}
      aria-hidden="true"
      data-testid="attribution-chart"
    />
  );
}
