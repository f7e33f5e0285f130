import type { ReliabilitySnapshotDetailSchema, ReliabilitySnapshotView } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiBlob, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type SnapshotDetail = ReturnType<typeof ReliabilitySnapshotDetailSchema.parse>;
type Page<T> = { items: T[]; nextCursor: string | null };
const relKey = (ws: string) => [...keys.workspace(ws), "reliability"] as const;

export const getSnapshots = (ws: string, signal?: AbortSignal) =>
  api.get<Page<ReliabilitySnapshotView>>(wsPath(ws, "/reliability/snapshots"), { limit: 20 }, signal);
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
  api.get<SnapshotDetail>(wsPath(ws, `/reliability/snapshots/${id}`), undefined, signal);
export const snapshotQueryOptions = (ws: string, id: string | null) =>
  queryOptions({
    queryKey: [...relKey(ws), "snapshot", id],
    queryFn: ({ signal }) => getSnapshot(ws, id ?? "", signal),
    enabled: Boolean(id),
  });
export const useSnapshot = (ws: string, id: string | null) => useQuery(snapshotQueryOptions(ws, id));

export function useRecompute(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ReliabilitySnapshotView>(wsPath(ws, "/reliability/snapshots"), {}),
    onSuccess: () => void qc.invalidateQueries({ queryKey: relKey(ws) }),
  });
}

/** Downloads an export through fetch, so a failure shows the API's error instead of a broken file. */
export async function downloadExport(ws: string, name: string, snapshot?: string) {
  const blob = await apiBlob(wsPath(ws, `/exports/${name}`), { snapshot });
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
    mutationFn: ({ name, snapshot }: { name: string; snapshot?: string }) =>
      downloadExport(ws, name, snapshot),
  });
