import { can } from "@kroscek/schema";
import { Button, Group, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ArticleFilters as Filters } from "@/features/articles/api/get-articles";
import { ArticleFilters } from "@/features/articles/components/article-filters";
import { ArticleList } from "@/features/articles/components/article-list";
import { useWorkspace } from "@/hooks/use-workspace";

export function ArticlesRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  const [filters, setFilters] = useState<Filters>({});
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t("articles.title")}
        </Title>
        {can(workspace?.role, "ledger.write") && (
          <Button component={Link} to={`/w/${slug}/articles/import`}>
            {t("articles.importButton")}
          </Button>
        )}
      </Group>
      <ArticleFilters ws={slug} value={filters} onChange={setFilters} />
      <ArticleList ws={slug} filters={filters} />
    </Stack>
  );
}
