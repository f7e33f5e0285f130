import type { Session, SignIn } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "./api-client";
import { keys } from "./query-keys";

/** The signed-in session, or null when nobody is signed in (a 401 is an answer, not a failure). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await api.get("/api/v1/auth/session");
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: keys.session, queryFn: getSession, staleTime: 5 * 60_000, retry: false });

export const useSession = () => useQuery(sessionQueryOptions());

export async function signIn(input: SignIn): Promise<Session> {
  const session = await api.post("/api/v1/auth/sign-in", { body: input });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      qc.removeQueries({ queryKey: ["ws"] });
      qc.setQueryData(keys.session, session);
    },
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post("/api/v1/auth/sign-out"),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(keys.session, null);
    },
  });
}
