import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface Props {
  title: string;
  hint: string;
  value: string;
  testId?: string;
}

/** A secret (password, invitation link) the server shows once: readable, selectable and copyable. */
export function OneTimeSecret({ title, hint, value, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={title}
      data-testid={testId}
      // The light variant's orange title is too faint on yellow; body-coloured text keeps AA contrast.
      styles={{ title: { color: "var(--mantine-color-text)" } }}
    >
      <Stack gap="xs">
        <Text size="sm">{hint}</Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap", userSelect: "all" }}
            data-testid={testId ? `${testId}-value` : undefined}
          >
            {value}
          </Code>
          <CopyButton value={value} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t("common.copied") : t("common.copy")} withArrow>
                <ActionIcon
                  variant={copied ? "filled" : "default"}
                  color={copied ? "teal" : undefined}
                  size="lg"
                  onClick={copy}
                  aria-label={copied ? t("common.copied") : t("common.copy")}
                  data-testid={testId ? `${testId}-copy` : undefined}
                >
                  <span aria-hidden="true">{copied ? "✓" : "⧉"}</span>
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
