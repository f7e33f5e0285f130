import { Anchor, Center, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Stack align="center">
        <Title order={1} size="h2">
          {t("app.notFound")}
        </Title>
        <Anchor component={Link} to="/">
          {t("app.backHome")}
        </Anchor>
      </Stack>
    </Center>
  );
}
