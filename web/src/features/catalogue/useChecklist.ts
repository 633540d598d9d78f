import { useQuery } from '@tanstack/react-query';
import { checklistSchema } from '../../../../src/contract/catalogue';
import type { ChecklistKind } from '../../../../src/core/model';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useChecklist(kind: ChecklistKind | null) {
  return useQuery({
    queryKey: queryKeys.checklist(kind ?? 'none'),
    queryFn: ({ signal }) => api(`/catalogue/checklists/${kind ?? ''}`, { signal, schema: checklistSchema }),
    enabled: kind !== null,
    staleTime: Infinity,
  });
}
