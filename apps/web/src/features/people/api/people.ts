import type { Invitation, Role } from "@kroscek/schema";
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export interface InvitationCreated {
  invitation: Invitation;
  token: string;
  acceptPath: string;
}

export const useMembers = (ws: string) =>
  useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: keys.members(ws),
      queryFn: ({ pageParam, signal }) =>
        api.get("/api/v1/workspaces/{workspace}/members", {
          path: { workspace: ws },
          query: { cursor: pageParam, limit: 100 },
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );
export const useInvitations = (ws: string) =>
  useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: keys.invitations(ws),
      queryFn: ({ pageParam, signal }) =>
        api.get("/api/v1/workspaces/{workspace}/invitations", {
          path: { workspace: ws },
          query: { cursor: pageParam, limit: 100 },
          signal,
        }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  );

function useWrite<V, R>(ws: string, fn: (v: V) => Promise<R>, invalidate: "members" | "invitations") {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys[invalidate](ws) }),
  });
}

export const useChangeRole = (ws: string) =>
  useWrite(
    ws,
    (v: { userId: string; role: Role; version: number }) =>
      api.patch("/api/v1/workspaces/{workspace}/members/{id}", {
        path: { workspace: ws, id: v.userId },
        body: { role: v.role, version: v.version },
      }),
    "members",
  );

export const useRemoveMember = (ws: string) =>
  useWrite(
    ws,
    (userId: string) =>
      api.delete("/api/v1/workspaces/{workspace}/members/{id}", { path: { workspace: ws, id: userId } }),
    "members",
  );

export const useResetPassword = (ws: string) =>
  useWrite(
    ws,
    (userId: string) =>
      api.post("/api/v1/workspaces/{workspace}/members/{id}/password-reset", {
        path: { workspace: ws, id: userId },
      }),
    "members",
  );

export const useInvite = (ws: string) =>
  useWrite(
    ws,
    (v: { email: string; role: Role }) =>
      api.post("/api/v1/workspaces/{workspace}/members", { path: { workspace: ws }, body: v }),
    "invitations",
  );

export const useWithdrawInvitation = (ws: string) =>
  useWrite(
    ws,
    (id: string) =>
      api.delete("/api/v1/workspaces/{workspace}/invitations/{id}", { path: { workspace: ws, id } }),
    "invitations",
  );
