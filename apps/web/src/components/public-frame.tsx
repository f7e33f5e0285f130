import { Anchor, Center, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LanguageSwitch } from "./language-switch";

/** The frame of pages outside a workspace (setup, invitation): the product's name, language, content. */
export function PublicFrame({
  children,
  maw = 480,
  actions,
}: {
  children: ReactNode;
  maw?: number;
  /** Shown beside the language switch (the account menu of a signed-in user). */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" component="main" bg="gray.0">
      <Stack align="center" w="100%" maw={maw}>
        <Group justify="space-between" align="flex-start" w="100%" wrap="nowrap">
          <div>
            <Title order={2} size="h3">
              <Anchor component={Link} to="/" c="inherit" underline="never">
                {t("app.name")}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {t("app.tagline")}
            </Text>
          </div>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {actions}
          </Group>
        </Group>
        {children}
      </Stack>
    </Center>
  );
}
