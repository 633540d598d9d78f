import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PrioritisedTouchpoint, Quadrant } from '../../../../src/core/prioritisation/prioritise';
import { useFormat } from '../../i18n/format';
import { escapeHtml } from './escapeHtml';
import { usePrioritiesT } from './messages';
import { QUADRANT_COLOURS, QUADRANTS } from './quadrants';
import { useEChart, type EChartsOption } from '../../components/useEChart';

export interface MatrixPoint extends PrioritisedTouchpoint {
  impact: number;
  effort: number;
  momentThatMatters: boolean;
}

const TOP = 5.95;

/** Points on the same impact and effort sit in a small ring around the cell so none hides another. */
function spread(points: readonly MatrixPoint[]): { point: MatrixPoint; x: number; y: number }[] {
  const byCell = new Map<string, MatrixPoint[]>();
  for (const p of points)
    byCell.set(`${p.effort}/${p.impact}`, [...(byCell.get(`${p.effort}/${p.impact}`) ?? []), p]);
  return [...byCell.values()].flatMap((cell) =>
    cell.map((point, i) => {
      if (cell.length === 1) return { point, x: point.effort, y: point.impact };
      const angle = (2 * Math.PI * i) / cell.length;
      const radius = Math.min(0.36, 0.12 + 0.04 * cell.length);
      return {
        point,
        x: point.effort + radius * Math.cos(angle),
        y: point.impact + radius * Math.sin(angle),
      };
    }),
  );
}

/**
 * Impact × effort as a scatter chart with the four quadrants of the method (split at 3, as
 * `quadrantOf` does), bubble size by priority score. The chart is hidden from screen readers: the
 * quadrant summary below it and the gap table carry the same information.
 */
export function PriorityMatrix({ points }: { points: readonly MatrixPoint[] }) {
  const t = usePrioritiesT();
  const format = useFormat();
  const navigate = useNavigate();
  const maxScore = Math.max(1, ...points.map((p) => p.priorityScore));
  // The ranking decides the numbers in the bubbles, the same as in the quick wins and the gap list.
  const rank = useMemo(() => new Map(points.map((p, i) => [p.id, i + 1])), [points]);

  const option = useMemo<EChartsOption>(() => {
    const area = (quadrant: Quadrant, x: [number, number], y: [number, number]) => [
      {
        name: t(`quadrants.${quadrant}`),
        xAxis: x[0],
        yAxis: y[1],
        itemStyle: { color: QUADRANT_COLOURS[quadrant].tint },
        label: { color: QUADRANT_COLOURS[quadrant].text },
      },
      { xAxis: x[1], yAxis: y[0] },
    ];
    const axis = (name: string, max: number) => ({
      type: 'value' as const,
      min: 0.5,
      max,
      name,
      nameLocation: 'middle' as const,
      nameGap: 32,
      nameTextStyle: { color: '#111827', fontSize: 15, fontWeight: 'bold' as const },
      axisLabel: { color: '#1f2937', fontSize: 14, customValues: [1, 2, 3, 4, 5] },
      axisTick: { customValues: [1, 2, 3, 4, 5] },
      splitLine: { show: false },
      axisLine: { lineStyle: { color: '#4b5563' } },
    });
    return {
      animation: false,
      grid: { left: 64, right: 24, top: 16, bottom: 56 },
      xAxis: axis(t('matrix.effort'), 5.5),
      // Room above impact 5 for the quadrant names.
      yAxis: axis(t('matrix.impact'), TOP),
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const data = (
            params as { data?: { name?: string; impact?: number; effort?: number; score?: number } }
          ).data;
          if (!data?.name) return '';
          return `<b>${rank.get((params as { data?: { id?: string } }).data?.id ?? '') ?? ''}. ${escapeHtml(data.name)}</b><br>${escapeHtml(
            t('matrix.tooltip', {
              impact: data.impact,
              effort: data.effort,
              score: format.number(data.score ?? 0, 1),
            }),
          )}`;
        },
      },
      series: [
        {
          type: 'scatter',
          cursor: 'pointer',
          data: spread(points).map(({ point, x, y }) => ({
            id: point.id,
            name: point.name,
            value: [x, y],
            impact: point.impact,
            effort: point.effort,
            score: point.priorityScore,
            symbolSize: 20 + 28 * Math.sqrt(point.priorityScore / maxScore),
            symbol: point.momentThatMatters ? 'diamond' : 'circle',
            itemStyle: {
              color: QUADRANT_COLOURS[point.quadrant].dot,
              borderColor: '#ffffff',
              borderWidth: 2,
            },
          })),
          label: {
            show: true,
            position: 'inside',
            formatter: (p: { data?: { id?: string } }) => String(rank.get(p.data?.id ?? '') ?? ''),
            color: '#ffffff',
            fontSize: 11,
            fontWeight: 'bold',
          },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: '#4b5563', type: 'dashed', width: 1.5 },
            data: [{ xAxis: 2.5 }, { yAxis: 2.5 }],
          },
          markArea: {
            silent: true,
            label: { show: true, position: 'insideTopLeft', fontSize: 15, fontWeight: 'bold' },
            data: [
              area('quick_win', [0.5, 2.5], [2.5, TOP]),
              area('major_project', [2.5, 5.5], [2.5, TOP]),
              area('fill_in', [0.5, 2.5], [0.5, 2.5]),
              area('thankless_task', [2.5, 5.5], [0.5, 2.5]),
            ] as never,
          },
        },
      ],
    };
  }, [points, maxScore, rank, t, format]);

  const ref = useEChart(option, (id) => void navigate(`/touchpoints/${id}`));
  const counts = QUADRANTS.map((q) => ({ q, count: points.filter((p) => p.quadrant === q).length }));

  return (
    <figure className="prio-matrix" data-testid="priority-matrix">
      <div ref={ref} className="prio-matrix-chart" aria-hidden="true" />
      <figcaption>
        <span className="visually-hidden">{t('matrix.summary')}: </span>
        <ul className="prio-quadrant-legend">
          {counts.map(({ q, count }) => (
            <li key={q} data-testid={`quadrant-${q}`}>
              <span
                className="prio-swatch"
                style={{ background: QUADRANT_COLOURS[q].dot }}
                aria-hidden="true"
              />
              <strong>{t(`quadrants.${q}`)}</strong>{' '}
              <span className="muted">({t(`quadrantHints.${q}`)})</span>: {t('matrix.inQuadrant', { count })}
            </li>
          ))}
        </ul>
        <p className="prio-mtm-legend">
          <span aria-hidden="true">◆ </span>
          {t('matrix.mtmLegend')} · {t('matrix.numbers')}
        </p>
      </figcaption>
    </figure>
  );
}
