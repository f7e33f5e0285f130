import type { Feed } from "@kroscek/schema";
import { Badge, Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { useFeedMutations, useFeeds } from "../api/feeds";

const RESULT_COLOURS: Record<NonNullable<Feed["lastResult"]>, string> = {
  ok: "teal",
  not_modified: "gray",
  error: "red",
};

/** The workspace's feeds with their state; editors and administrators follow, pause and remove. */
export function FeedList({ ws, canManage }: { ws: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const feeds = useFeeds(ws);
  const { follow, setActive, remove } = useFeedMutations(ws);
  const [url, setUrl] = useState("");
  const when = (iso: string | null) => formatDate(iso, i18n.language, "minute", localTimeZone()) ?? "—";

  if (feeds.isPending) return <PageLoader />;
  if (feeds.isError) return <ErrorAlert error={feeds.error} onRetry={() => void feeds.refetch()} />;
  return (
    <Stack gap="md">
      {canManage && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            follow.mutate(url.trim(), { onSuccess: () => setUrl("") });
          }}
        >
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={t("feeds.url")}
              description={t("feeds.urlHint")}
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              data-testid="feed-url"
            />
            <Button type="submit" disabled={!url.trim()} loading={follow.isPending}>
              {t("feeds.follow")}
            </Button>
          </Group>
          {follow.isError && <ErrorAlert error={follow.error} />}
        </form>
      )}
      {feeds.data.length === 0 ? (
        <Text c="dimmed">{t("feeds.empty")}</Text>
      ) : (
        <Table striped data-testid="feed-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("feeds.feed")}</Table.Th>
              <Table.Th>{t("feeds.lastPoll")}</Table.Th>
              <Table.Th>{t("feeds.nextPoll")}</Table.Th>
              <Table.Th>{t("feeds.items")}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {feeds.data.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td style={{ wordBreak: "break-all" }}>
                  <Text size="sm" fw={500}>
                    {f.title ?? f.url}
                  </Text>
                  {f.title && (
                    <Text size="xs" c="dimmed">
                      {f.url}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {!f.active && <Badge color="yellow">{t("feeds.paused")}</Badge>}
                    {f.lastResult ? (
                      <Badge color={RESULT_COLOURS[f.lastResult]} variant="light">
                        {t(`feeds.result.${f.lastResult}`)}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="outline">
                        {t("feeds.neverPolled")}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs">{when(f.lastPolledAt)}</Text>
                  {f.lastError && (
                    <Text size="xs" c="red.8">
                      {f.lastError}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.active ? when(f.nextPollAt) : "—"}</Text>
                  {f.failures > 0 && (
                    <Text size="xs" c="dimmed">
                      {t("feeds.failures", { count: f.failures })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t("feeds.imported", { count: f.itemsImported })}</Text>
                  {f.itemsFailed > 0 && (
                    <Text size="xs" c="dimmed">
                      {t("feeds.itemsFailed", { count: f.itemsFailed })}
                    </Text>
                  )}
                  {f.itemsRetrying > 0 && (
                    <Text size="xs" c="dimmed">
                      {t("feeds.itemsRetrying", { count: f.itemsRetrying })}
                    </Text>
                  )}
                  {f.lastItemError && (
                    <Text size="xs" c="red.8" style={{ wordBreak: "break-word" }}>
                      {t("feeds.lastItemError", { error: f.lastItemError })}
                    </Text>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setActive.mutate({ id: f.id, active: !f.active, version: f.version })}
                      >
                        {f.active ? t("feeds.pause") : t("feeds.resume")}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(f.id)}>
                        {t("feeds.remove")}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
