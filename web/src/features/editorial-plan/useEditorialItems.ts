import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { editorialItemSchema } from '../../../../src/contract/editorialPlan';
import { api, wsPath } from '../../api/client';
import { editorialKeys } from './editorialKeys';

const listSchema = z.array(editorialItemSchema);

/** The items planned from `from` (inclusive) to `to` (exclusive), both instants. */
export function useEditorialItems(workspaceId: string, from: string, to: string) {
  return useQuery({
    queryKey: editorialKeys.items(workspaceId, from, to),
    queryFn: ({ signal }) =>
      api(
        wsPath(
          workspaceId,
          `/editorial-plan/items?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        ),
        { schema: listSchema, signal },
      ),
    // Paging to the next week keeps the grid in place until its items arrive.
    placeholderData: keepPreviousData,
  });
}
