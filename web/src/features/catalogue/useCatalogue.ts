import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { catalogueSchema } from '../../../../src/contract/catalogue';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export type Catalogue = z.infer<typeof catalogueSchema>;

/** The catalogue is product data that never changes while the app runs. */
export function useCatalogue() {
  return useQuery({
    queryKey: queryKeys.catalogue,
    queryFn: ({ signal }) => api('/catalogue', { signal, schema: catalogueSchema }),
    staleTime: Infinity,
  });
}
