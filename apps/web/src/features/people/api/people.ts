import type { Invitation, Member, Role } from "@kroscek/schema";
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

type Page<T> = { items: T[]; nextCursor: string | null };
export interface InvitationCreated {
  invitation: Invitation;
  token: string;
  acceptPath: string;
}

const pages = <T>(key: readonly unknown[], path: string) =>
  infiniteQueryOptions({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => api.get<Page<T>>(path, { cursor: pageParam, limit: 100 }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useMembers = (ws: string) =>
  useInfiniteQuery(pages<Member>(keys.members(ws), wsPath(ws, "/members")));
export const useInvitations = (ws: string) =>
  useInfiniteQuery(pages<Invitation>(keys.invitations(ws), wsPath(ws, "/invitations")));

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
      api.patch<Member>(wsPath(ws, `/members/${v.userId}`), { role: v.role, version: v.version }),
    "members",
  );

export const useRemoveMember = (ws: string) =>
  useWrite(ws, (userId: string) => api.delete<null>(wsPath(ws, `/members/${userId}`)), "members");

export const useResetPassword = (ws: string) =>
  useWrite(
    ws,
    (userId: string) => api.post<{ password: string }>(wsPath(ws, `/members/${userId}/password-reset`)),
    "members",
  );

export const useInvite = (ws: string) =>
  useWrite(
    ws,
    (v: { email: string; role: Role }) => api.post<InvitationCreated>(wsPath(ws, "/members"), v),
    "invitations",
  );

export const useWithdrawInvitation = (ws: string) =>
  useWrite(ws, (id: string) => api.delete<null>(wsPath(ws, `/invitations/${id}`)), "invitations");
