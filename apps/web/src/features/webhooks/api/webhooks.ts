import type { WebhookDelivery, WebhookEndpoint, WebhookEvent } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const useWebhooks = (ws: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.webhooks(ws),
      queryFn: ({ signal }) =>
        api.get<{ items: WebhookEndpoint[] }>(wsPath(ws, "/webhooks"), undefined, signal),
      select: (r) => r.items,
    }),
  );

export const useDeliveries = (ws: string, endpointId: string | null) =>
  useQuery({
    queryKey: [...keys.webhooks(ws), endpointId, "deliveries"],
    queryFn: ({ signal }) =>
      api.get<{ items: WebhookDelivery[] }>(
        wsPath(ws, `/webhooks/${endpointId}/deliveries`),
        undefined,
        signal,
      ),
    select: (r) => r.items,
    enabled: endpointId !== null,
    // Deliveries move from pending to delivered (or retry) on their own.
    refetchInterval: 3000,
  });

export function useWebhookMutations(ws: string) {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: keys.webhooks(ws) });
  return {
    create: useMutation({
      mutationFn: (input: { url: string; events: WebhookEvent[] }) =>
        api.post<WebhookEndpoint & { secret: string }>(wsPath(ws, "/webhooks"), input),
      onSuccess: refresh,
    }),
    setActive: useMutation({
      mutationFn: (e: { id: string; active: boolean; version: number }) =>
        api.patch<WebhookEndpoint>(wsPath(ws, `/webhooks/${e.id}`), { active: e.active, version: e.version }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.delete<{ deleted: true }>(wsPath(ws, `/webhooks/${id}`)),
      onSuccess: refresh,
    }),
    test: useMutation({
      mutationFn: (id: string) => api.post<WebhookDelivery>(wsPath(ws, `/webhooks/${id}/test`)),
      onSuccess: refresh,
    }),
  };
}
