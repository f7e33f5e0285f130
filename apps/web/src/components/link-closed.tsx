import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** A one-time link (setup, invitation) that no longer works, with the way to sign in instead. */
export function LinkClosed({ title, message, testId }: { title: string; message: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={title} w="100%" data-testid={testId}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button component={Link} to="/sign-in" size="xs">
          {t("setup.goSignIn")}
        </Button>
      </Stack>
    </Alert>
  );
}
