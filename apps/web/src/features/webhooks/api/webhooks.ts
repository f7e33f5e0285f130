import type { WebhookEvent } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const useWebhooks = (ws: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.webhooks(ws),
      queryFn: ({ signal }) =>
        api.get("/api/v1/workspaces/{workspace}/webhooks", { path: { workspace: ws }, signal }),
      select: (r) => r.items,
    }),
  );

export const useDeliveries = (ws: string, endpointId: string | null) =>
  useQuery({
    queryKey: [...keys.webhooks(ws), endpointId, "deliveries"],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/webhooks/{id}/deliveries", {
        path: { workspace: ws, id: endpointId ?? "" },
        signal,
      }),
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
        api.post("/api/v1/workspaces/{workspace}/webhooks", { path: { workspace: ws }, body: input }),
      onSuccess: refresh,
    }),
    setActive: useMutation({
      mutationFn: (e: { id: string; active: boolean; version: number }) =>
        api.patch("/api/v1/workspaces/{workspace}/webhooks/{id}", {
          path: { workspace: ws, id: e.id },
          body: { active: e.active, version: e.version },
        }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api.delete("/api/v1/workspaces/{workspace}/webhooks/{id}", { path: { workspace: ws, id } }),
      onSuccess: refresh,
    }),
    test: useMutation({
      mutationFn: (id: string) =>
        api.post("/api/v1/workspaces/{workspace}/webhooks/{id}/test", { path: { workspace: ws, id } }),
      onSuccess: refresh,
    }),
  };
}
