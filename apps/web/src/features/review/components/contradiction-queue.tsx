import type { ContradictionView, ReviewStatus } from "@kroscek/schema";
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { VirtualList } from "@/components/virtual-list";
import { useFindingText, useLang } from "@/i18n/findings";
import { apiUrl } from "@/lib/api-client";
import { formatDate, localTimeZone } from "@/lib/format";
import { keys } from "@/lib/query-keys";
import { useContradictions, useReviewContradiction } from "../api/review";
import { ReviewDecisionModal } from "./decision-modal";

/** The editors' queue: each contradiction's two quotes side by side, to confirm or dismiss with a note. */
export function ContradictionQueue({ ws, canResolve }: { ws: string; canResolve: boolean }) {
  const { t } = useTranslation();
  // The printable report in the interface's language.
  const lang = useLang();
  const [status, setStatus] = useState<ReviewStatus | "all">("open");
  const query = useContradictions(ws, status === "all" ? null : status);
  const review = useReviewContradiction(ws);
  const [deciding, setDeciding] = useState<{ item: ContradictionView; status: ReviewStatus } | null>(null);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as ReviewStatus | "all")}
          aria-label={t("review.status")}
          data={[
            { value: "open", label: t("review.statuses.open") },
            { value: "confirmed", label: t("review.statuses.confirmed") },
            { value: "dismissed", label: t("review.statuses.dismissed") },
            { value: "all", label: t("common.all") },
          ]}
          data-testid="contradiction-status"
        />
        <Anchor
          href={apiUrl("/api/v1/workspaces/{workspace}/reports/contradictions.html", {
            path: { workspace: ws },
            query: { lang },
          })}
          target="_blank"
          rel="noopener"
          size="sm"
        >
          {t("review.printable")}
        </Anchor>
      </Group>
      {!canResolve && (
        <Text size="sm" c="dimmed">
          {t("review.onlyEditors")}
        </Text>
      )}
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("review.empty")}</Text>
      ) : (
        <VirtualList
          items={items}
          getKey={(c) => c.id}
          renderItem={(c) => (
            <ContradictionCard
              ws={ws}
              c={c}
              canResolve={canResolve}
              onDecide={(s) => setDeciding({ item: c, status: s })}
            />
          )}
          estimateSize={260}
          label={t("review.queueLabel")}
          testId="contradiction-list"
          next={query}
        />
      )}
      <ReviewDecisionModal
        deciding={deciding}
        onClose={() => setDeciding(null)}
        review={review}
        listKey={keys.contradictions(ws)}
      />
    </Stack>
  );
}

function ContradictionCard({
  ws,
  c,
  canResolve,
  onDecide,
}: {
  ws: string;
  c: ContradictionView;
  canResolve: boolean;
  onDecide: (s: ReviewStatus) => void;
}) {
  const { t } = useTranslation();
  const text = useFindingText();
  const lang = text.lang;
  const sentence = text.finding(c);
  const names = (c.message.params.names ?? {}) as Record<string, string>;
  const colour = c.status === "open" ? "red" : c.status === "confirmed" ? "orange" : "gray";
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mb="sm"
      component="article"
      aria-label={sentence}
      data-testid="contradiction"
    >
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Group gap={6}>
            <Badge color={colour}>{t(`review.statuses.${c.status}`)}</Badge>
            <Badge variant="outline" color="gray">
              {text.rule(c.ruleId)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t("review.detected", { date: formatDate(c.createdAt, lang, "day", localTimeZone()) })}
            </Text>
          </Group>
          <Text fw={600} mt={6}>
            {sentence}
          </Text>
          <Anchor component={Link} to={`/w/${ws}/events/${c.eventId}`} size="sm">
            {t("review.event", { title: c.eventTitle })}
          </Anchor>
          {c.resolutionNote && (
            <Text size="sm" c="dimmed" mt={4}>
              {t("review.resolution", { note: c.resolutionNote })}
            </Text>
          )}
        </div>
        {canResolve && (
          <Group gap="xs">
            {c.status !== "confirmed" && (
              <Button size="xs" color="red.9" onClick={() => onDecide("confirmed")}>
                {t("review.confirm")}
              </Button>
            )}
            {c.status !== "dismissed" && (
              <Button size="xs" variant="default" onClick={() => onDecide("dismissed")} data-testid="dismiss">
                {t("review.dismiss")}
              </Button>
            )}
            {c.status !== "open" && (
              <Button size="xs" variant="subtle" onClick={() => onDecide("open")}>
                {t("review.reopen")}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        {c.sides.map((s, i) => (
          <Paper
            key={s.assertionId}
            bg="gray.0"
            p="sm"
            radius="sm"
            aria-label={t("review.side", { n: i + 1 })}
          >
            <Text fw={600} size="sm">
              {text.outlet(s.outletName)}
            </Text>
            <Anchor component={Link} to={`/w/${ws}/articles/${s.articleId}`} size="xs">
              {s.articleTitle ?? t("common.untitled")}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatDate(s.publishedAt, lang, "day", s.timeZone) ?? t("common.noDate")} ·{" "}
              {t(`stance.${s.stance}`, { defaultValue: s.stance })}
            </Text>
            <Text size="sm" mt={6} style={{ whiteSpace: "pre-wrap" }} fs="italic">
              “{s.quote}”
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {text.claim(s.claimValue, s.claimSummary, names, s.timeZone)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
