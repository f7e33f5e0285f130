import type { WorkspaceCreate, WorkspaceUpdate } from "@kroscek/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { workspaceQueryOptions } from "@/hooks/use-workspace";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const createWorkspace = (input: WorkspaceCreate) => api.post("/api/v1/workspaces", { body: input });

/** Creates a workspace; the session is reloaded before resolving, so the switcher lists it at once. */
export function useCreateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createWorkspace,
    onSuccess: async (ws) => {
      qc.setQueryData(keys.workspaceDetail(ws.slug), ws);
      await qc.invalidateQueries({ queryKey: keys.session });
    },
  });
}

/** The workspace's settings, read fresh (the session's copy may be minutes old). */
export const useWorkspaceSettings = (slug: string) =>
  useQuery({ ...workspaceQueryOptions(slug), staleTime: 0 });

export const updateWorkspace = (slug: string, input: WorkspaceUpdate) =>
  api.patch("/api/v1/workspaces/{workspace}", { path: { workspace: slug }, body: input });

export function useUpdateWorkspace(slug: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkspaceUpdate) => updateWorkspace(slug, input),
    onSuccess: async (ws) => {
      qc.setQueryData(keys.workspaceDetail(slug), ws);
      await qc.invalidateQueries({ queryKey: keys.session });
    },
  });
}
