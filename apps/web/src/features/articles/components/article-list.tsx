import { Anchor, Badge, Button, Center, Group, Paper, Stack, Text } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate } from "@/lib/format";
import { type ArticleFilters, type ArticleSummary, useArticles } from "../api/get-articles";

/** The workspace's articles, newest import first, virtualised so thousands scroll smoothly. */
export function ArticleList({ ws, filters }: { ws: string; filters: ArticleFilters }) {
  const { t } = useTranslation();
  const query = useArticles(ws, filters);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 92,
    overscan: 8,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const last = virtualItems[virtualItems.length - 1];
  useEffect(() => {
    if (last && last.index >= items.length - 5 && query.hasNextPage && !query.isFetchingNextPage) {
      void query.fetchNextPage();
    }
  }, [last, items.length, query]);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <Text c="dimmed">{t("articles.empty")}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("common.count", { count: items.length })}
      </Text>
      <div
        ref={parentRef}
        style={{ height: "calc(100vh - 330px)", minHeight: 320, overflow: "auto" }}
        data-testid="article-list"
      >
        <ul
          aria-label={t("articles.listLabel")}
          style={{
            height: virtualizer.getTotalSize(),
            position: "relative",
            margin: 0,
            padding: 0,
            listStyle: "none",
          }}
        >
          {virtualItems.map((row) => {
            const article = items[row.index] as ArticleSummary;
            return (
              <li
                key={article.id}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  width: "100%",
                  transform: `translateY(${row.start}px)`,
                }}
              >
                <ArticleRow article={article} ws={ws} />
              </li>
            );
          })}
        </ul>
      </div>
      {query.hasNextPage && (
        <Center>
          <Button
            variant="default"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t("common.loadMore")}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

function ArticleRow({ article, ws }: { article: ArticleSummary; ws: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  return (
    <Paper withBorder p="sm" mb={6} radius="sm">
      <Anchor component={Link} to={`/w/${ws}/articles/${article.id}`} fw={600} lineClamp={2}>
        {article.title ?? t("common.untitled")}
      </Anchor>
      <Group gap="xs" mt={4} wrap="wrap">
        <Badge variant="light" color="blue" radius="sm">
          {article.outletName}
        </Badge>
        <Text size="sm" c="dimmed">
          {formatDate(article.publishedAt, lang, article.publishedPrecision, article.timeZone) ??
            t("common.noDate")}
        </Text>
        <Badge variant="outline" color="gray" radius="sm">
          {article.language}
        </Badge>
        {article.wireCredit && (
          <Text size="sm" c="dimmed">
            {t("articles.wire", { credit: article.wireCredit })}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
