import { type Article, isHttpUrl } from "@kroscek/schema";
import { Anchor, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { displayOutlet } from "@/i18n/findings";
import { formatDate } from "@/lib/format";

export function ArticleMeta({ article }: { article: Article }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const row = (label: string, value: React.ReactNode) => (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" component="dt" miw={110}>
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap="xs">
      <Title order={1} size="h2" style={{ overflowWrap: "anywhere" }}>
        {article.title ?? t("common.untitled")}
      </Title>
      <dl aria-label={t("reader.metadata")} style={{ margin: 0, display: "grid", gap: 2 }}>
        {row(t("reader.outlet"), <Badge variant="light">{displayOutlet(article.outletName)}</Badge>)}
        {row(
          t("reader.published"),
          formatDate(article.publishedAt, lang, article.publishedPrecision, article.timeZone) ??
            t("common.noDate"),
        )}
        {row(t("reader.language"), article.language)}
        {article.byline && row(t("reader.byline"), article.byline)}
        {article.wireCredit && row(t("reader.wireCredit"), article.wireCredit)}
        {article.url &&
          row(
            t("reader.url"),
            // Only http(s) is a link: a URL stored before the API checked schemes stays text.
            isHttpUrl(article.url) ? (
              <Anchor href={article.url} target="_blank" rel="noopener noreferrer nofollow">
                {article.url}
              </Anchor>
            ) : (
              article.url
            ),
          )}
      </dl>
    </Stack>
  );
}
