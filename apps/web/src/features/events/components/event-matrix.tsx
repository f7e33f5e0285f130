import type { ContradictionView, EventMatrix, MatrixAssertion } from "@kroscek/schema";
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { useFindingText } from "@/i18n/findings";
import { formatDate } from "@/lib/format";
import { useEventContradictions, useEventMatrix } from "../api/events";

const STANCE_COLOUR = { asserts: "teal", denies: "red", reports_unconfirmed: "yellow" } as const;

/** The outlet × claim matrix of one event, with detected contradictions marked in their cells. */
export function EventMatrixView({ ws, eventId }: { ws: string; eventId: string }) {
  const { t } = useTranslation();
  const text = useFindingText();
  const matrix = useEventMatrix(ws, eventId);
  const contradictions = useEventContradictions(ws, eventId);
  if (matrix.isPending) return <PageLoader />;
  if (matrix.isError) return <ErrorAlert error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const m = matrix.data;
  const live = (contradictions.data ?? []).filter((c) => c.active && c.status !== "dismissed");
  return (
    <Stack>
      <Title order={1} size="h2">
        {m.event.title}
      </Title>
      <Badge variant="light" w="fit-content">
        {t(`eventKinds.${m.event.kind}`)}
      </Badge>
      <Title order={2} size="h4">
        {t("events.matrix")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("events.matrixHint")}
      </Text>
      {m.outlets.length === 0 ? (
        <Text c="dimmed">{t("events.emptyMatrix")}</Text>
      ) : (
        <MatrixTable ws={ws} m={m} conflicts={live} />
      )}
      <Title order={2} size="h4" mt="md">
        {t("events.conflicts")}
      </Title>
      {contradictions.isError && <ErrorAlert error={contradictions.error} />}
      {live.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("events.noConflicts")}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="event-conflicts">
          {live.map((c) => (
            <Paper key={c.id} withBorder p="sm" style={{ borderColor: "var(--mantine-color-red-7)" }}>
              <Text size="sm" fw={600}>
                {text.finding(c)}
              </Text>
              <Text size="xs" c="dimmed">
                {text.rule(c.ruleId)} · {t(`review.statuses.${c.status}`)} ·{" "}
                {text.outlet(c.sides[0].outletName)} ↔ {text.outlet(c.sides[1].outletName)}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MatrixTable({ ws, m, conflicts }: { ws: string; m: EventMatrix; conflicts: ContradictionView[] }) {
  const { t, i18n } = useTranslation();
  const text = useFindingText();
  const lang = i18n.resolvedLanguage ?? "id";
  const cell = new Map(m.cells.map((c) => [`${c.claimId}:${c.outletId}`, c.assertions]));
  const conflictOf = (a: MatrixAssertion) =>
    conflicts.filter((c) => c.assertionAId === a.id || c.assertionBId === a.id);
  return (
    <Table.ScrollContainer minWidth={Math.max(600, 220 + m.outlets.length * 220)}>
      <Table withTableBorder withColumnBorders data-testid="event-matrix" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("events.claimColumn")}</Table.Th>
            {m.outlets.map((o) => (
              <Table.Th key={o.id} scope="col">
                {o.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.slots.flatMap((group) =>
            group.claims.map((claim) => (
              <Table.Tr key={claim.id}>
                <Table.Th scope="row" style={{ fontWeight: 400, verticalAlign: "top" }}>
                  <Badge size="sm" variant="outline" mb={4}>
                    {t(`slots.${group.slot}`)}
                  </Badge>
                  <div>
                    <Anchor component={Link} to={`/w/${ws}/claims/${claim.id}`} size="sm">
                      {claim.sentence[text.lang]}
                    </Anchor>
                  </div>
                </Table.Th>
                {m.outlets.map((o) => {
                  const list = cell.get(`${claim.id}:${o.id}`) ?? [];
                  const clash = [...new Map(list.flatMap(conflictOf).map((c) => [c.id, c])).values()];
                  return (
                    <Table.Td
                      key={o.id}
                      style={{
                        verticalAlign: "top",
                        background: clash.length ? "var(--mantine-color-red-0)" : undefined,
                        outline: clash.length ? "2px solid var(--mantine-color-red-7)" : undefined,
                      }}
                      data-conflict={clash.length > 0 || undefined}
                    >
                      {list.length === 0 ? (
                        <Text c="dimmed" aria-label={t("common.none")}>
                          {t("events.noAssertion")}
                        </Text>
                      ) : (
                        <Stack gap={6}>
                          {list.map((a) => (
                            <div key={a.id}>
                              <Badge size="xs" color={STANCE_COLOUR[a.stance]} variant="light">
                                {t(`stance.${a.stance}`)}
                              </Badge>
                              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                                “{a.quote.exact}”
                              </Text>
                              <Anchor component={Link} to={`/w/${ws}/articles/${a.article.id}`} size="xs">
                                {a.article.title ?? t("common.untitled")} ·{" "}
                                {formatDate(a.article.publishedAt, lang) ?? t("common.noDate")}
                              </Anchor>
                            </div>
                          ))}
                          {clash.map((c) => (
                            <Text key={c.id} size="xs" c="red.9" fw={600}>
                              {t("events.conflictCell")}: {text.finding(c)}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
