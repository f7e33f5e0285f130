import type { Session, Setup } from "@kroscek/schema";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, setCsrfToken } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export function useChangePassword() {
  return useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) =>
      api.post("/api/v1/auth/password", { body: v }),
  });
}

export const useMyInvitations = (enabled = true) =>
  useQuery({
    queryKey: keys.myInvitations,
    queryFn: ({ signal }) => api.get("/api/v1/invitations", { signal }).then((r) => r.items),
    enabled,
  });

/** Joins the workspace of an invitation to one's e-mail; the session is reloaded so it is listed. */
export function useAcceptInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post("/api/v1/invitations/{id}/accept", { path: { id } }),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: keys.session }),
        qc.invalidateQueries({ queryKey: keys.myInvitations }),
      ]);
    },
  });
}

/** After setup or accepting a link the API has signed the browser in: keep its session and CSRF token. */
function useAdoptSession() {
  const qc = useQueryClient();
  return (session: Session) => {
    setCsrfToken(session.csrfToken);
    qc.removeQueries({ queryKey: ["ws"] });
    qc.removeQueries({ queryKey: keys.myInvitations });
    qc.setQueryData(keys.session, session);
  };
}

export const useSetupStatus = (token: string) =>
  useQuery({
    queryKey: ["setup", token],
    queryFn: ({ signal }) => api.get("/api/v1/setup", { query: { token }, signal }),
    enabled: token !== "",
    retry: false,
  });

export function useCompleteSetup() {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (input: Setup) => api.post("/api/v1/setup", { body: input }),
    onSuccess: adopt,
  });
}

export const useInvitationLink = (token: string) =>
  useQuery({
    queryKey: ["invitation-link", token],
    queryFn: ({ signal }) => api.get("/api/v1/invitations/link", { query: { token }, signal }),
    enabled: token !== "",
    retry: false,
  });

export function useAcceptInvitationLink(token: string) {
  const adopt = useAdoptSession();
  return useMutation({
    mutationFn: (v: { password: string; displayName?: string }) =>
      api.post("/api/v1/invitations/link/accept", { query: { token }, body: v }),
    onSuccess: adopt,
  });
}
