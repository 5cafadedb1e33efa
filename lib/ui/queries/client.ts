import { QueryClient } from '@tanstack/react-query';

/** Extension pages talk to our own background, never the network: queries must run offline too. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: 5_000, retry: 1 },
      mutations: { networkMode: 'always' },
    },
  });
}
