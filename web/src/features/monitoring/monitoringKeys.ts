/** Query keys of monitoring, under the workspace key. */
export const monitoringKeys = {
  kpis: (ws: string) => ['ws', ws, 'kpis'] as const,
  values: (ws: string, kpiId: string) => ['ws', ws, 'kpis', kpiId, 'values'] as const,
};
