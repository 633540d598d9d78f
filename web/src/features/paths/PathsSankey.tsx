import { SankeyChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import type { PathsPeriod } from '../../../../src/contract/paths';
import { useEChart } from '../../components/useEChart';

echarts.use([SankeyChart]);

/**
 * The paths as a Sankey: one column per step, nodes labelled by touchpoint name, "(Ende)" nodes for the
 * drop-off. Hidden from screen readers: the tables below carry the same numbers. A click on a node
 * opens the people behind it.
 */
export function PathsSankey({
  period,
  nodeLabel,
  onNode,
}: {
  period: PathsPeriod;
  nodeLabel: (node: PathsPeriod['nodes'][number]) => string;
  onNode: (id: string) => void;
}) {
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'item' as const },
      series: [
        {
          type: 'sankey' as const,
          left: 8,
          right: 140,
          top: 8,
          bottom: 8,
          nodeAlign: 'left' as const,
          layoutIterations: 0,
          emphasis: { focus: 'adjacency' as const },
          data: period.nodes.map((n) => ({
            id: n.id,
            name: n.id,
            depth: n.level,
            value: n.profiles,
            itemStyle: { color: n.kind === 'touchpoint' ? '#1d4ed8' : '#9ca3af' },
            label: {
              formatter: `${nodeLabel(n)} (${n.profiles})`,
              color: '#1f2937',
              width: 130,
              overflow: 'truncate' as const,
            },
          })),
          links: period.links.map((l) => ({ source: l.source, target: l.target, value: l.profiles })),
          lineStyle: { color: 'gradient' as const, curveness: 0.5, opacity: 0.35 },
        },
      ],
    }),
    [period, nodeLabel],
  );
  const ref = useEChart(option, onNode);
  return <div ref={ref} className="pa-chart" aria-hidden="true" data-testid="paths-sankey" />;
}
