import { Alert, Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Tells everyone in an archived workspace that it is read-only, and admins where to restore it. */
export function ArchivedBanner({ slug, isAdmin }: { slug: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="gray"
      variant="light"
      title={t("workspace.archivedTitle")}
      mb="md"
      data-testid="archived-banner"
    >
      <Text size="sm">{t("workspace.archivedBanner")}</Text>
      {isAdmin && (
        <Anchor component={Link} to={`/w/${slug}/settings`} size="sm">
          {t("workspace.archivedRestore")}
        </Anchor>
      )}
    </Alert>
  );
}
