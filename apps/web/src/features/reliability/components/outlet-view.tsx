import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import {
  useOutlet,
  useOutletAssertions,
  useOutletCopyGroups,
  useOutletFlags,
  useOutletHistory,
} from "../api/outlet";
import { formatPercent } from "../utils/percent";
import { massLabel, scoreNote, toPoint } from "../utils/score-notes";
import { ScoreIntervalChart } from "./score-interval-chart";

const LIMIT = 50;

function Section({
  title,
  hint,
  testId,
  children,
}: {
  title: string;
  hint?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" data-testid={testId}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      {children}
    </Stack>
  );
}

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
          {o.name}
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

function Assertions({ ws, outletId }: { ws: string; outletId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const q = useOutletAssertions(ws, outletId);
  const items = q.data?.items ?? [];
  return (
    <Section title={t("outletPage.assertions")} testId="outlet-assertions">
      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("outletPage.noAssertions")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("outletPage.event")}</Table.Th>
                <Table.Th>{t("outletPage.claim")}</Table.Th>
                <Table.Th>{t("outletPage.stance")}</Table.Th>
                <Table.Th>{t("outletPage.attribution")}</Table.Th>
                <Table.Th>{t("outletPage.article")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/w/${ws}/events/${a.event.id}`}>
                      {a.event.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/w/${ws}/claims/${a.claim.id}`}>
                      {a.claim.summary}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`stance.${a.stance}`)}</Table.Td>
                  <Table.Td>{t(`attribution.kinds.${a.attribution.kind}`)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/w/${ws}/articles/${a.article.id}`}>
                      {a.article.title ?? a.article.id}
                    </Anchor>
                    {a.article.publishedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDate(a.article.publishedAt, lang)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {q.data?.nextCursor && (
        <Text size="sm" c="dimmed">
          {t("outletPage.firstOnly", { count: LIMIT })}
        </Text>
      )}
    </Section>
  );
}

function Flags({ ws, outletId }: { ws: string; outletId: string }) {
  const { t } = useTranslation();
  const q = useOutletFlags(ws, outletId);
  const items = q.data ?? [];
  return (
    <Section title={t("outletPage.flags")} testId="outlet-flags">
      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("outletPage.noFlags")}</Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <Badge variant="light" color="orange">
                    {t(`review.flagKinds.${f.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${ws}/articles/${f.articleId}`}>
                    {f.articleTitle ?? f.articleId}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`review.statuses.${f.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

function CopyGroups({ ws, outletId }: { ws: string; outletId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const q = useOutletCopyGroups(ws, outletId);
  const groups = q.data ?? [];
  return (
    <Section
      title={t("outletPage.copyGroups")}
      hint={t("outletPage.copyGroupsHint")}
      testId="outlet-copy-groups"
    >
      {q.isPending ? (
        <PageLoader />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : groups.length === 0 ? (
        <Text c="dimmed">{t("outletPage.noCopyGroups")}</Text>
      ) : (
        groups.map((g) => (
          <Paper key={g.id} withBorder p="xs" data-testid="copy-group">
            <Table>
              <Table.Tbody>
                {g.articles.map((a) => (
                  <Table.Tr key={a.id} fw={a.outletId === outletId ? 600 : undefined}>
                    <Table.Td>
                      {a.outletId === outletId ? (
                        a.outletName
                      ) : (
                        <Anchor component={Link} to={`/w/${ws}/outlets/${a.outletId}`}>
                          {a.outletName}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws}/articles/${a.id}`}>
                        {a.title ?? a.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDate(a.publishedAt, lang) ?? "–"}</Table.Td>
                    <Table.Td>
                      {a.wireCredit ? `${t("outletPage.wireCredit")}: ${a.wireCredit}` : ""}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))
      )}
    </Section>
  );
}
