import { FLAG_KINDS, type FlagKind, type FlagView, type ReviewStatus } from "@kroscek/schema";
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { LoadMore, useNextPageNearEnd } from "@/components/virtual-list";
import { useFindingText } from "@/i18n/findings";
import { keys } from "@/lib/query-keys";
import { type FlagFilter, useFlags, useReviewFlag } from "../api/review";
import { ReviewDecisionModal } from "./decision-modal";

/** Flags on articles and assertions (unsourced, undated, spam, copies…), filterable and reviewable. */
export function FlagList({ ws, canResolve }: { ws: string; canResolve: boolean }) {
  const { t } = useTranslation();
  const text = useFindingText();
  const [filter, setFilter] = useState<FlagFilter>({ status: "open", kind: null });
  const query = useFlags(ws, filter);
  const review = useReviewFlag(ws);
  const [deciding, setDeciding] = useState<{ item: FlagView; status: ReviewStatus } | null>(null);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  // Only the rows in view are rendered; spacer rows above and below keep the scroll height.
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 8,
  });
  const rows = virtualizer.getVirtualItems();
  const padTop = rows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  useNextPageNearEnd(rows[rows.length - 1]?.index ?? -1, items.length, query);
  const columns = canResolve ? 5 : 4;
  return (
    <Stack>
      <Group wrap="wrap">
        <Select
          label={t("review.status")}
          clearable
          placeholder={t("common.all")}
          value={filter.status}
          onChange={(v) => setFilter({ ...filter, status: v as ReviewStatus | null })}
          data={(["open", "confirmed", "dismissed"] as const).map((s) => ({
            value: s,
            label: t(`review.statuses.${s}`),
          }))}
        />
        <Select
          label={t("review.kind")}
          clearable
          placeholder={t("common.all")}
          value={filter.kind}
          onChange={(v) => setFilter({ ...filter, kind: v as FlagKind | null })}
          data={FLAG_KINDS.map((k) => ({ value: k, label: t(`review.flagKinds.${k}`) }))}
        />
      </Group>
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t("review.empty")}</Text>
      ) : (
        <div
          ref={scrollRef}
          style={{ maxHeight: "calc(100vh - 300px)", minHeight: 320, overflow: "auto" }}
          data-testid="flag-scroll"
        >
          <Table striped stickyHeader miw={720} data-testid="flag-list" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("review.kind")}</Table.Th>
                <Table.Th>{t("review.article")}</Table.Th>
                <Table.Th>{t("review.quote")}</Table.Th>
                <Table.Th>{t("review.status")}</Table.Th>
                {canResolve && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {padTop > 0 && (
                <tr>
                  <td colSpan={columns} style={{ height: padTop, padding: 0, border: 0 }} />
                </tr>
              )}
              {rows.map(({ index }) => {
                const f = items[index] as FlagView;
                return (
                  <Table.Tr key={f.id} data-index={index} ref={virtualizer.measureElement}>
                    <Table.Td>
                      <Badge color="red" variant="light">
                        {t(`review.flagKinds.${f.kind}`)}
                      </Badge>
                      <Text size="xs" c="dimmed" mt={4}>
                        {text.finding(f)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/w/${ws}/articles/${f.articleId}`} size="sm">
                        {f.articleTitle ?? t("common.untitled")}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {text.outlet(f.outletName)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3} style={{ whiteSpace: "pre-wrap" }}>
                        {f.quote ?? "—"}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`review.statuses.${f.status}`)}</Table.Td>
                    {canResolve && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {f.status !== "confirmed" && (
                            <Button
                              size="xs"
                              color="red.9"
                              onClick={() => setDeciding({ item: f, status: "confirmed" })}
                            >
                              {t("review.confirm")}
                            </Button>
                          )}
                          {f.status !== "dismissed" && (
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setDeciding({ item: f, status: "dismissed" })}
                            >
                              {t("review.dismiss")}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
              {padBottom > 0 && (
                <tr>
                  <td colSpan={columns} style={{ height: padBottom, padding: 0, border: 0 }} />
                </tr>
              )}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <LoadMore next={query} />
      <ReviewDecisionModal
        deciding={deciding}
        onClose={() => setDeciding(null)}
        review={review}
        listKey={keys.flags(ws)}
      />
    </Stack>
  );
}
