import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FeedList } from "@/features/feeds/components/feed-list";
import { useWorkspace } from "@/hooks/use-workspace";

export function FeedsRoute() {
  const { t } = useTranslation();
  const { slug, workspace } = useWorkspace();
  const canManage = workspace?.role === "editor" || workspace?.role === "admin";
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t("feeds.title")}
      </Title>
      <Text c="dimmed">{t("feeds.intro")}</Text>
      <FeedList ws={slug} canManage={canManage} />
    </Stack>
  );
}
