import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { WebhookAdmin } from "@/features/webhooks/components/webhook-admin";
import { useWorkspace } from "@/hooks/use-workspace";

export function WebhooksRoute() {
  const { t } = useTranslation();
  const { slug } = useWorkspace();
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t("webhooks.title")}
      </Title>
      <Text c="dimmed">{t("webhooks.intro")}</Text>
      <WebhookAdmin ws={slug} />
    </Stack>
  );
}
