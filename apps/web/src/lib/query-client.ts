import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-client";

/** Retries only failures that may go away (network, 5xx); a 4xx answer will not change on retry. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
    },
  });
}
