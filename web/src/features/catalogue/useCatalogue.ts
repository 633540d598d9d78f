import { useQuery } from '@tanstack/react-query';
import type {
  AnalogTouchpoint,
  DigitalInterface,
  DoOrDont,
  NeedCategory,
} from '../../../../src/core/catalogue/types';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export interface Catalogue {
  needCategories: NeedCategory[];
  digitalInterfaces: DigitalInterface[];
  analogTouchpoints: AnalogTouchpoint[];
  dosAndDonts: DoOrDont[];
}

/** The catalogue is product data that never changes while the app runs. */
export function useCatalogue() {
  return useQuery({
    queryKey: queryKeys.catalogue,
    queryFn: ({ signal }) => api<Catalogue>('/catalogue', { signal }),
    staleTime: Infinity,
  });
}
