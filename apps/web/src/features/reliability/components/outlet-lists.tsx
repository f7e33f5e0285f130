// The outlet page's lists: its assertions, the flags on its articles and its copy groups (first pages).
import { Anchor, Badge, Paper, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { claimValueText, displayOutlet, useFindingText } from "@/i18n/findings";
import { formatDate } from "@/lib/format";
import { LIMIT, useOutletAssertions, useOutletCopyGroups, useOutletFlags } from "../api/outlet";
import { Section } from "./outlet-section";

export function Assertions({ ws, outletId }: { ws: string; outletId: string }) {
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
                      {claimValueText(a.claim, lang === "en" ? "en" : "id")}
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

export function Flags({ ws, outletId }: { ws: string; outletId: string }) {
  const { t } = useTranslation();
  const q = useOutletFlags(ws, outletId);
  const text = useFindingText();
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
                    {f.articleTitle ?? t("common.untitled")}
                  </Anchor>
                  <Text size="sm" data-testid="outlet-flag-explanation">
                    {text.finding(f)}
                  </Text>
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

export function CopyGroups({ ws, outletId }: { ws: string; outletId: string }) {
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
                        displayOutlet(a.outletName)
                      ) : (
                        <Anchor component={Link} to={`/w/${ws}/outlets/${a.outletId}`}>
                          {displayOutlet(a.outletName)}
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
