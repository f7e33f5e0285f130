import type { ReliabilitySnapshotDetailSchema } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ApiPath, api, apiBlob } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type SnapshotDetail = ReturnType<typeof ReliabilitySnapshotDetailSchema.parse>;
const relKey = (ws: string) => [...keys.workspace(ws), "reliability"] as const;

export const getSnapshots = (ws: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/reliability/snapshots", {
    path: { workspace: ws },
    query: { limit: 20 },
    signal,
  });
export const snapshotsQueryOptions = (ws: string) =>
  queryOptions({
    queryKey: [...relKey(ws), "snapshots"],
    queryFn: ({ signal }) => getSnapshots(ws, signal),
    select: (p) => p.items,
    // A queued or running snapshot is polled until it finishes.
    refetchInterval: (q) =>
      q.state.data?.items.some((s) => s.status === "queued" || s.status === "running") ? 1000 : false,
  });
export const useSnapshots = (ws: string) => useQuery(snapshotsQueryOptions(ws));

export const getSnapshot = (ws: string, id: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/reliability/snapshots/{id}", {
    path: { workspace: ws, id },
    signal,
  });
export const snapshotQueryOptions = (ws: string, id: string | null) =>
  queryOptions({
    queryKey: [...relKey(ws), "snapshot", id],
    queryFn: ({ signal }) => getSnapshot(ws, id ?? "", signal),
    enabled: Boolean(id),
  });
export const useSnapshot = (ws: string, id: string | null) => useQuery(snapshotQueryOptions(ws, id));

export type CurrentScores = Awaited<ReturnType<typeof getCurrentScores>>;
export const getCurrentScores = (ws: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/reliability/current", { path: { workspace: ws }, signal });
/**
 * The newest snapshot's rows with every outlet re-estimated by a refresh after a write in its place.
 * Keyed by that snapshot, so a newly finished snapshot is read again at once.
 */
export const currentScoresQueryOptions = (ws: string, snapshotId: string | null) =>
  queryOptions({
    queryKey: [...relKey(ws), "current", snapshotId],
    queryFn: ({ signal }) => getCurrentScores(ws, signal),
    enabled: Boolean(snapshotId),
    staleTime: 5_000,
  });
export const useCurrentScores = (ws: string, snapshotId: string | null) =>
  useQuery(currentScoresQueryOptions(ws, snapshotId));

export function useRecompute(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post("/api/v1/workspaces/{workspace}/reliability/snapshots", { path: { workspace: ws }, body: {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: relKey(ws) }),
  });
}

type ExportPath = Extract<ApiPath<"get">, `/api/v1/workspaces/{workspace}/exports/${string}`>;
/** The files the API exports (`reliability.csv`, `claimreview.jsonld` …). */
export type ExportName = ExportPath extends `/api/v1/workspaces/{workspace}/exports/${infer N}` ? N : never;

/** Downloads an export through fetch, so a failure shows the API's error instead of a broken file. */
export async function downloadExport(ws: string, name: ExportName, snapshot?: string) {
  const path: ExportPath = `/api/v1/workspaces/{workspace}/exports/${name}`;
  const blob = await apiBlob(path, { path: { workspace: ws }, query: { snapshot } });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useDownloadExport = (ws: string) =>
  useMutation({
    mutationFn: ({ name, snapshot }: { name: ExportName; snapshot?: string }) =>
      downloadExport(ws, name, snapshot),
  });
