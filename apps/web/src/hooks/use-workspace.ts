import type { Workspace } from "@kroscek/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { api } from "@/lib/api-client";
import { useSession } from "@/lib/auth";
import { keys } from "@/lib/query-keys";

/** One workspace as the API describes it to the caller (settings, version, archived, role). */
export const workspaceQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: keys.workspaceDetail(slug),
    queryFn: ({ signal }) => api.get("/api/v1/workspaces/{workspace}", { path: { workspace: slug }, signal }),
  });

/**
 * The workspace named in the URL, with the caller's role in it. It comes from the session, except
 * an archived workspace, which the session leaves out but which stays readable to its members.
 */
export function useWorkspace(): { slug: string; workspace: Workspace | undefined; isPending: boolean } {
  const { workspace: slug = "" } = useParams();
  const session = useSession();
  const fromSession = session.data?.workspaces.find((w) => w.slug === slug);
  const detail = useQuery({
    ...workspaceQueryOptions(slug),
    enabled: !!slug && !!session.data && !fromSession,
  });
  return {
    slug,
    workspace: fromSession ?? detail.data,
    isPending: session.isPending || (!fromSession && detail.isLoading),
  };
}
