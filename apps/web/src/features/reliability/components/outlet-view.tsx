import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { displayOutlet } from "@/i18n/findings";
import { formatDate, localTimeZone } from "@/lib/format";
import { useOutlet, useOutletHistory } from "../api/outlet";
import { formatPercent } from "../utils/percent";
import { massLabel, scoreNote, toPoint } from "../utils/score-notes";
import { Assertions, CopyGroups, Flags } from "./outlet-lists";
import { Section } from "./outlet-section";
import { ScoreIntervalChart } from "./score-interval-chart";

/** An outlet: its score history as a chart, its assertions, its flags and its copy groups. */
export function OutletView({ ws, outletId }: { ws: string; outletId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const outlet = useOutlet(ws, outletId);
  const history = useOutletHistory(ws, outletId);
  if (outlet.isPending) return <PageLoader />;
  if (outlet.isError) return <ErrorAlert error={outlet.error} onRetry={() => void outlet.refetch()} />;
  const o = outlet.data;
  const entries = history.data ?? [];
  const latest = entries.at(-1);
  const when = (iso: string) => formatDate(iso, lang, "minute", localTimeZone()) ?? iso;
  const points = entries.flatMap((h) => toPoint(h, h.snapshotId, when(h.computedAt), t) ?? []);
  const note = latest ? scoreNote(latest, t) : null;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={`/w/${ws}/reliability`} size="sm">
          {t("outletPage.back")}
        </Anchor>
        <Title order={1} size="h2" data-testid="outlet-name">
          {displayOutlet(o.name)}
        </Title>
        <Group gap="xs">
          <Badge variant="light">{t(`outletPage.kinds.${o.kind}`)}</Badge>
          {o.domain && <Text size="sm">{o.domain}</Text>}
        </Group>
      </Stack>
      <Section title={t("outletPage.latest")} testId="outlet-latest">
        {history.isPending ? (
          <PageLoader />
        ) : history.isError ? (
          <ErrorAlert error={history.error} />
        ) : !latest ? (
          <Text c="dimmed">{t("outletPage.noHistory")}</Text>
        ) : (
          <Paper withBorder p="sm">
            <Group gap="sm">
              {latest.status === "scored" ? (
                <Badge size="lg" variant="light" data-testid="outlet-score">
                  {t("reliability.score")}: {formatPercent(latest.score, lang)}
                </Badge>
              ) : (
                <Badge size="lg" variant="outline" color="gray" data-testid="outlet-score">
                  {t(`reliability.statuses.${latest.status}`)}
                </Badge>
              )}
              <Text size="sm">
                {t("reliability.slots")}:{" "}
                {typeof latest.components.objects === "number" ? latest.components.objects : 0}
                {" · "}
                {t("reliability.assertions")}: {latest.assertionCount} · {t("reliability.unsourced")}:{" "}
                {latest.unsourcedCount} · {t("reliability.anonymous")}: {latest.anonymousCount}
              </Text>
            </Group>
            {note && (
              <Text size="sm" mt="xs" data-testid="outlet-score-note">
                {note}
              </Text>
            )}
          </Paper>
        )}
      </Section>
      <Section
        title={t("outletPage.history")}
        hint={`${t("outletPage.historyHint")} ${t("reliability.scoreVsAccuracy")}`}
        testId="outlet-history"
      >
        {points.length > 0 ? (
          <>
            <Text size="sm" c="dimmed">
              {t("reliability.chartHint", { mass: massLabel(latest) })}
            </Text>
            <ScoreIntervalChart points={points} layout="history" label={t("outletPage.history")} />
          </>
        ) : (
          !history.isPending && <Text c="dimmed">{t("outletPage.noHistory")}</Text>
        )}
        {entries.length > points.length && (
          <Text size="sm" c="dimmed">
            {t("outletPage.unscoredSnapshots", { count: entries.length - points.length })}
          </Text>
        )}
      </Section>
      <Assertions ws={ws} outletId={outletId} />
      <Flags ws={ws} outletId={outletId} />
      <CopyGroups ws={ws} outletId={outletId} />
    </Stack>
  );
}
