import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not get better by asking again; network faults and 5xx may.
      retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status < 500),
    },
    mutations: { retry: false },
  },
});
