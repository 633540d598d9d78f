import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { queryKeys } from './queryKeys';

/** An expired session anywhere sends the user back to the login screen. */
function onAuthLoss(error: unknown) {
  if (isApiError(error) && error.status === 401) queryClient.setQueryData(queryKeys.me, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAuthLoss }),
  mutationCache: new MutationCache({ onError: onAuthLoss }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
