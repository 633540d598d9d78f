import { useQuery } from '@tanstack/react-query';
import type { Checklist } from '../../../../src/core/catalogue/deriveMaturity';
import type { ChecklistKind } from '../../../../src/core/model';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useChecklist(kind: ChecklistKind | null) {
  return useQuery({
    queryKey: queryKeys.checklist(kind ?? 'none'),
    queryFn: ({ signal }) => api<Checklist>(`/catalogue/checklists/${kind ?? ''}`, { signal }),
    enabled: kind !== null,
    staleTime: Infinity,
  });
}
