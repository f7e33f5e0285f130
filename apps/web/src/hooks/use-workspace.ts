import type { Workspace } from "@kroscek/schema";
import { useParams } from "react-router";
import { useSession } from "@/lib/auth";

/** The workspace named in the URL, with the caller's role in it (from the session). */
export function useWorkspace(): { slug: string; workspace: Workspace | undefined } {
  const { workspace: slug = "" } = useParams();
  const session = useSession();
  return { slug, workspace: session.data?.workspaces.find((w) => w.slug === slug) };
}
