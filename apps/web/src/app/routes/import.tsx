import { Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FileImport } from "@/features/articles/components/file-import";
import { PasteArticleForm } from "@/features/articles/components/paste-article-form";
import { UrlImport } from "@/features/articles/components/url-import";
import { useWorkspace } from "@/hooks/use-workspace";

export function ImportRoute() {
  const { t } = useTranslation();
  const { slug } = useWorkspace();
  const navigate = useNavigate();
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t("import.title")}
      </Title>
      <Tabs defaultValue="paste" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="paste">{t("import.paste")}</Tabs.Tab>
          <Tabs.Tab value="files">{t("import.files")}</Tabs.Tab>
          <Tabs.Tab value="urls">{t("import.fromUrls")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="paste" pt="md">
          <PasteArticleForm ws={slug} onImported={(r) => navigate(`/w/${slug}/articles/${r.article.id}`)} />
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="md">
          <FileImport ws={slug} />
        </Tabs.Panel>
        <Tabs.Panel value="urls" pt="md">
          <UrlImport ws={slug} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
