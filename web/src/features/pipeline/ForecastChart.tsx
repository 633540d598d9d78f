import { useMemo } from 'react';
import type { PipelineReport } from '../../../../src/contract/deals';
import { useEChart } from '../../components/useEChart';
import { usePipelineT } from './messages';

/** Weighted open value and won value per close month, as stacked bars; the table beside it has the figures. */
export function ForecastChart({ forecast }: { forecast: PipelineReport['forecast'] }) {
  const t = usePipelineT();
  const option = useMemo(
    () => ({
      grid: { left: 72, right: 16, top: 24, bottom: 48 },
      tooltip: { trigger: 'axis' as const },
      xAxis: {
        type: 'category' as const,
        data: forecast.map((f) => f.month ?? t('report.unscheduled')),
        axisLabel: { color: '#1f2937', hideOverlap: true, rotate: forecast.length > 8 ? 40 : 0 },
      },
      yAxis: { type: 'value' as const, axisLabel: { color: '#1f2937', hideOverlap: true } },
      series: [
        {
          name: t('report.weighted'),
          type: 'bar' as const,
          stack: 'f',
          data: forecast.map((f) => f.weighted),
          color: '#1d4ed8',
        },
        {
          name: t('report.won'),
          type: 'bar' as const,
          stack: 'f',
          data: forecast.map((f) => f.won),
          color: '#15803d',
        },
      ],
    }),
    [forecast, t],
  );
  const ref = useEChart(option);
  return <div ref={ref} className="pl-chart" aria-hidden="true" data-testid="forecast-chart" />;
}
