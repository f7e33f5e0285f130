import { Anchor, Badge, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { VirtualList } from "@/components/virtual-list";
import { displayOutlet } from "@/i18n/findings";
import { formatDate } from "@/lib/format";
import { type ArticleFilters, type ArticleSummary, useArticles } from "../api/get-articles";

/** The workspace's articles, newest import first, virtualised so thousands scroll smoothly. */
export function ArticleList({ ws, filters }: { ws: string; filters: ArticleFilters }) {
  const { t } = useTranslation();
  const query = useArticles(ws, filters);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <Text c="dimmed">{t("articles.empty")}</Text>;
  return (
    <VirtualList
      items={items}
      getKey={(a) => a.id}
      renderItem={(a) => <ArticleRow article={a} ws={ws} />}
      estimateSize={92}
      label={t("articles.listLabel")}
      testId="article-list"
      next={query}
    />
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
          {displayOutlet(article.outletName)}
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
