import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { displayOutlet } from "@/i18n/findings";
import { formatDate, localTimeZone } from "@/lib/format";
import {
  type CurrentScores,
  type SnapshotDetail,
  useCurrentScores,
  useDownloadExport,
  useRecompute,
  useSnapshot,
  useSnapshots,
} from "../api/reliability";
import { formatPercent } from "../utils/percent";
import { massLabel, scoreNote, toPoint } from "../utils/score-notes";
import { ScoreIntervalChart } from "./score-interval-chart";

/**
 * Outlet reliability: the newest finished snapshot as a table and an interval chart, with exports.
 * The newest snapshot is shown with its current scores: outlets re-estimated after a write since
 * it finished show their refreshed row, marked as such. An older snapshot is shown as it was.
 */
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
  const newestId = finished[0]?.id ?? null;
  const current = useCurrentScores(ws, selectedId === newestId ? newestId : null);
  // The newest snapshot exports its current scores (what the table shows); an older one as it was.
  const olderId = selectedId && selectedId !== newestId ? selectedId : undefined;

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
              onClick={() => download.mutate({ name: "reliability.csv", snapshot: olderId })}
              data-testid="export-csv"
            >
              {t("reliability.exportCsv")}
            </Button>
            <Button
              variant="default"
              disabled={!selectedId}
              onClick={() => download.mutate({ name: "reliability.json", snapshot: olderId })}
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
        <Scores
          ws={ws}
          detail={detail.data}
          current={current.data?.snapshotId === selectedId ? current.data : undefined}
        />
      )}
    </Stack>
  );
}

type ScoreRow = SnapshotDetail["scores"][number] & { refreshedAt?: string | null };

function Scores({ ws, detail, current }: { ws: string; detail: SnapshotDetail; current?: CurrentScores }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const pct = (v: number | null) => formatPercent(v, lang);
  const rows: ScoreRow[] = current?.scores ?? detail.scores;
  // The API lists best score first and unscored rows last.
  const scored = rows.filter((s) => s.status === "scored");
  const unscored = rows.filter((s) => s.status !== "scored");
  const points = scored.flatMap((s) => toPoint(s, s.outletId, displayOutlet(s.outletName), t) ?? []);
  const min = (detail.parameters as { minEvidence?: number }).minEvidence;
  // The score's interval, as the chart draws it (the accuracy interval is in the exports).
  const scoreInterval = (s: ScoreRow) => {
    const { scoreLow, scoreHigh } = s.components;
    return typeof scoreLow === "number" && typeof scoreHigh === "number"
      ? `${pct(scoreLow)} – ${pct(scoreHigh)}`
      : "–";
  };
  const outletLink = (s: { outletId: string; outletName: string }) => (
    <Anchor component={Link} to={`/w/${ws}/outlets/${s.outletId}`} title={t("reliability.outletPage")}>
      {displayOutlet(s.outletName)}
    </Anchor>
  );
  return (
    <Stack>
      <Title order={2} size="h4">
        {t("reliability.chart")}
      </Title>
      <Text size="sm" data-testid="score-vs-accuracy">
        {t("reliability.scoreVsAccuracy")}
      </Text>
      <Text size="sm" c="dimmed">
        {t("reliability.chartHint", { mass: massLabel(rows[0]) })}
        {min !== undefined && ` ${t("reliability.minEvidence", { min })}`}
      </Text>
      {current?.refreshedAt && (
        <Text size="sm" data-testid="refreshed-note">
          {t("reliability.refreshedNote", {
            date: formatDate(current.refreshedAt, lang, "minute", localTimeZone()),
            count: rows.filter((s) => s.refreshedAt).length,
          })}
        </Text>
      )}
      {points.length > 0 && (
        <ScoreIntervalChart points={points} layout="outlets" label={t("reliability.chart")} />
      )}
      <Table.ScrollContainer minWidth={860}>
        <Table striped data-testid="reliability-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("reader.outlet")}</Table.Th>
              <Table.Th>{t("reliability.score")}</Table.Th>
              <Table.Th>{t("reliability.interval")}</Table.Th>
              <Table.Th>{t("reliability.accuracy")}</Table.Th>
              <Table.Th>{t("reliability.slots")}</Table.Th>
              <Table.Th>{t("reliability.assertions")}</Table.Th>
              <Table.Th>{t("reliability.claims")}</Table.Th>
              <Table.Th>{t("reliability.unsourced")}</Table.Th>
              <Table.Th>{t("reliability.anonymous")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s, i) => {
              const note = scoreNote(s, t);
              return (
                <Fragment key={s.outletId}>
                  {i === scored.length && unscored.length > 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={9}>
                        <Text size="sm" fw={600}>
                          {t("reliability.unscored")}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  <Table.Tr
                    data-testid="reliability-row"
                    data-status={s.status}
                    data-refreshed={s.refreshedAt ? "true" : undefined}
                  >
                    <Table.Td>
                      {outletLink(s)}
                      {s.refreshedAt && (
                        <Badge ml="xs" size="xs" variant="dot" title={t("reliability.refreshedRowHint")}>
                          {t("reliability.refreshedRow")}
                        </Badge>
                      )}
                      {note && (
                        <Text size="xs" c="dimmed" maw={360}>
                          {note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {s.status === "scored" ? (
                        <Badge variant="light">{pct(s.score)}</Badge>
                      ) : (
                        <Badge variant="outline" color="gray">
                          {t(`reliability.statuses.${s.status}`)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{scoreInterval(s)}</Table.Td>
                    <Table.Td>{pct(s.accuracy)}</Table.Td>
                    <Table.Td>{typeof s.components.objects === "number" ? s.components.objects : 0}</Table.Td>
                    <Table.Td>{s.assertionCount}</Table.Td>
                    <Table.Td>{s.claimCount}</Table.Td>
                    <Table.Td>{s.unsourcedCount}</Table.Td>
                    <Table.Td>{s.anonymousCount}</Table.Td>
                  </Table.Tr>
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
