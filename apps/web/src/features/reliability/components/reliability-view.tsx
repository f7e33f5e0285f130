import { BarChart } from "@mantine/charts";
import { Badge, Button, Group, Paper, Progress, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { displayOutlet } from "@/i18n/findings";
import { formatDate, localTimeZone } from "@/lib/format";
import {
  type SnapshotDetail,
  useDownloadExport,
  useRecompute,
  useSnapshot,
  useSnapshots,
} from "../api/reliability";

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Outlet reliability: the newest finished snapshot as a table and an interval chart, with exports. */
export function ReliabilityView({ ws, canManage }: { ws: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const snapshots = useSnapshots(ws);
  const recompute = useRecompute(ws);
  const download = useDownloadExport(ws);
  const [chosen, setChosen] = useState<string | null>(null);
  const finished = (snapshots.data ?? []).filter((s) => s.status === "done");
  const running = (snapshots.data ?? []).find((s) => s.status === "queued" || s.status === "running");
  const failed = (snapshots.data ?? [])[0]?.status === "failed" ? snapshots.data?.[0] : undefined;
  const selectedId = chosen ?? finished[0]?.id ?? null;
  const detail = useSnapshot(ws, selectedId);

  if (snapshots.isPending) return <PageLoader />;
  if (snapshots.isError)
    return <ErrorAlert error={snapshots.error} onRetry={() => void snapshots.refetch()} />;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t("reliability.snapshot")}
          w={340}
          allowDeselect={false}
          value={selectedId}
          onChange={setChosen}
          data={finished.map((s) => ({
            value: s.id,
            label: t("reliability.snapshotLabel", {
              date: formatDate(s.finishedAt ?? s.createdAt, lang, "minute", localTimeZone()),
              algorithm: s.algorithm,
              version: s.algorithmVersion,
            }),
          }))}
          placeholder={t("reliability.none")}
          data-testid="snapshot-select"
        />
        {canManage && (
          <Group gap="xs">
            <Button
              onClick={() => recompute.mutate()}
              loading={recompute.isPending || Boolean(running)}
              data-testid="recompute"
            >
              {t("reliability.recompute")}
            </Button>
            <Button
              variant="default"
              disabled={!selectedId}
              onClick={() => download.mutate({ name: "reliability.csv", snapshot: selectedId ?? undefined })}
              data-testid="export-csv"
            >
              {t("reliability.exportCsv")}
            </Button>
            <Button
              variant="default"
              disabled={!selectedId}
              onClick={() => download.mutate({ name: "reliability.json", snapshot: selectedId ?? undefined })}
            >
              {t("reliability.exportJson")}
            </Button>
          </Group>
        )}
      </Group>
      {!canManage && (
        <Text size="sm" c="dimmed">
          {t("reliability.onlyEditors")}
        </Text>
      )}
      <ErrorAlert error={recompute.error ?? download.error} />
      {running && (
        <Paper withBorder p="sm" aria-live="polite">
          <Text size="sm">{t("reliability.running")}</Text>
          <Progress value={Math.round(running.progress * 100)} mt={6} aria-label={t("reliability.running")} />
        </Paper>
      )}
      {failed?.error && <ErrorAlert error={new Error(failed.error)} />}
      <Group gap="xs" wrap="wrap" aria-label={t("reliability.otherExports")} role="group">
        <Text size="sm" fw={600}>
          {t("reliability.otherExports")}
        </Text>
        {(["assertions.csv", "annotations.jsonld", "claimreview.jsonld"] as const).map((name) => (
          <Button key={name} size="xs" variant="default" onClick={() => download.mutate({ name })}>
            {name}
          </Button>
        ))}
      </Group>
      {!selectedId ? (
        <Text c="dimmed">{t("reliability.none")}</Text>
      ) : detail.isPending ? (
        <PageLoader />
      ) : detail.isError ? (
        <ErrorAlert error={detail.error} />
      ) : (
        <Scores detail={detail.data} />
      )}
    </Stack>
  );
}

function Scores({ detail }: { detail: SnapshotDetail }) {
  const { t } = useTranslation();
  const rows = [...detail.scores].sort((a, b) => b.score - a.score);
  const chartData = rows.map((s) => ({
    outlet: displayOutlet(s.outletName),
    low: Number(s.accuracyLow.toFixed(3)),
    interval: Number((s.accuracyHigh - s.accuracyLow).toFixed(3)),
  }));
  return (
    <Stack>
      <Title order={2} size="h4">
        {t("reliability.chart")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("reliability.chartHint")}
      </Text>
      <div role="img" aria-label={t("reliability.chart")}>
        <BarChart
          h={Math.max(160, rows.length * 44)}
          data={chartData}
          dataKey="outlet"
          orientation="vertical"
          type="stacked"
          withTooltip={false}
          yAxisProps={{ width: 160 }}
          xAxisProps={{ domain: [0, 1] }}
          valueFormatter={pct}
          series={[
            { name: "low", color: "transparent", label: t("reliability.low") },
            { name: "interval", color: "indigo.7", label: t("reliability.interval") },
          ]}
        />
      </div>
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="reliability-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("reader.outlet")}</Table.Th>
              <Table.Th>{t("reliability.score")}</Table.Th>
              <Table.Th>{t("reliability.accuracy")}</Table.Th>
              <Table.Th>{t("reliability.interval")}</Table.Th>
              <Table.Th>{t("reliability.assertions")}</Table.Th>
              <Table.Th>{t("reliability.claims")}</Table.Th>
              <Table.Th>{t("reliability.unsourced")}</Table.Th>
              <Table.Th>{t("reliability.anonymous")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.outletId}>
                <Table.Td>{displayOutlet(s.outletName)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{pct(s.score)}</Badge>
                </Table.Td>
                <Table.Td>{pct(s.accuracy)}</Table.Td>
                <Table.Td>
                  {pct(s.accuracyLow)} – {pct(s.accuracyHigh)}
                </Table.Td>
                <Table.Td>{s.assertionCount}</Table.Td>
                <Table.Td>{s.claimCount}</Table.Td>
                <Table.Td>{s.unsourcedCount}</Table.Td>
                <Table.Td>{s.anonymousCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
