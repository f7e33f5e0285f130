import { Anchor, Badge, Code, Group, Paper, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { displayOutlet } from "@/i18n/findings";
import { formatDate, localTimeZone } from "@/lib/format";
import { type AuditRecord, useClaimAssertions, useClaimAudit } from "../api/claims";
import { useEventVerdicts, useVerdict, useVerdictAudit, useVerdictScale } from "../api/verdicts";
import { ClaimWording } from "./claim-wording";
import { VerdictEditor } from "./verdict-editor";

interface Props {
  ws: string;
  claimId: string;
  canDraft: boolean;
  canPublish: boolean;
  canRetract: boolean;
}

/** A claim with every article asserting it, its verdict, and the audit trail of both. */
export function ClaimDetail({ ws, claimId, canDraft, canPublish, canRetract }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const query = useClaimAssertions(ws, claimId);
  const audit = useClaimAudit(ws, claimId);
  const verdict = useVerdict(ws, claimId);
  const verdictAudit = useVerdictAudit(ws, verdict.data?.id);
  const trail = [...(audit.data ?? []), ...(verdictAudit.data ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { claim, assertions } = query.data;
  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="outline">{t(`slots.${claim.slot}`)}</Badge>
        <Anchor component={Link} to={`/w/${ws}/events/${claim.eventId}`} size="sm">
          {t("reader.event")} →
        </Anchor>
      </Group>
      <Title order={1} size="h2" data-testid="claim-heading">
        {lang === "en" ? claim.sentence.en : claim.sentence.id}
      </Title>
      {canDraft && (
        <ClaimWording
          key={`${claim.id}-${claim.version}`}
          ws={ws}
          claim={claim}
          onReload={() => void query.refetch()}
        />
      )}
      <VerdictEditor
        ws={ws}
        claimId={claimId}
        canDraft={canDraft}
        canPublish={canPublish}
        canRetract={canRetract}
      />
      <EventVerdictNotes ws={ws} eventId={claim.eventId} claimId={claim.id} />
      <Title order={2} size="h4">
        {t("claims.assertedBy")}
      </Title>
      {assertions.length === 0 ? (
        <Text c="dimmed">{t("claims.noAssertions")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="claim-assertions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("reader.outlet")}</Table.Th>
                <Table.Th>{t("review.quote")}</Table.Th>
                <Table.Th>{t("stance.label")}</Table.Th>
                <Table.Th>{t("attribution.label")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assertions.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {displayOutlet(a.outlet.name)}
                    </Text>
                    <Anchor component={Link} to={`/w/${ws}/articles/${a.article.id}`} size="xs">
                      {a.article.title ?? t("common.untitled")}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDate(a.article.publishedAt, lang) ?? t("common.noDate")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      “{a.quote.exact}”
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`stance.${a.stance}`)}</Table.Td>
                  <Table.Td>
                    {t(`attribution.kinds.${a.attribution.kind}`)}
                    {a.attribution.text && (
                      <Text size="xs" c="dimmed">
                        {a.attribution.text}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h4">
        {t("claims.audit")}
      </Title>
      {audit.isError ? (
        <ErrorAlert error={audit.error} />
      ) : trail.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("claims.noAudit")}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} data-testid="claim-audit">
          {trail.map((e) => (
            <Timeline.Item
              key={e.id}
              title={t(`auditActions.${e.action.replace(/\./g, "_")}`, {
                defaultValue: t("auditActions.unknown"),
              })}
            >
              <AuditEntry e={e} lang={lang} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}

function AuditEntry({ e, lang }: { e: AuditRecord; lang: string }) {
  const { t } = useTranslation();
  const actor = e.actorUserId ?? e.actorTokenId ?? t("claims.system");
  return (
    <Paper p={0}>
      <Text size="xs" c="dimmed">
        {formatDate(e.createdAt, lang, "minute", localTimeZone())} · {t("claims.actor", { actor })}
      </Text>
      {e.before != null && (
        <details>
          <summary>{t("claims.before")}</summary>
          <Code block>{JSON.stringify(e.before, null, 2)}</Code>
        </details>
      )}
      {e.after != null && (
        <details>
          <summary>{t("claims.after")}</summary>
          <Code block>{JSON.stringify(e.after, null, 2)}</Code>
        </details>
      )}
    </Paper>
  );
}

/** Verdicts on the claim's event as a whole that rate this claim too, linked to the event page. */
function EventVerdictNotes({ ws, eventId, claimId }: { ws: string; eventId: string; claimId: string }) {
  const { t, i18n } = useTranslation();
  const verdicts = useEventVerdicts(ws, eventId);
  const scale = useVerdictScale(ws);
  const mine = (verdicts.data ?? []).filter((v) => v.claimIds.includes(claimId));
  if (!mine.length) return null;
  const label = (key: string) => {
    const e = scale.data?.items.find((s) => s.key === key);
    return e ? (i18n.resolvedLanguage === "en" ? e.labelEn : e.labelId) : key;
  };
  return (
    <Stack gap={2} data-testid="claim-event-verdicts">
      {mine.map((v) => (
        <Anchor key={v.id} component={Link} to={`/w/${ws}/events/${eventId}`} size="sm">
          {t("verdict.alsoInEvent", {
            rating: label(v.ratingKey),
            status: t(`verdict.statuses.${v.status}`),
          })}
        </Anchor>
      ))}
    </Stack>
  );
}
