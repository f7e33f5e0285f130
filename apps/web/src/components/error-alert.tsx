import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";
import { errorText } from "@/lib/error-text";

interface ErrorAlertProps {
  error: unknown;
  /** Called by the "Reload" button a 409 conflict offers; defaults to reloading the page. */
  onReload?: () => void;
  onRetry?: () => void;
  /** A message in the interface language for this error, shown instead of the server's. */
  explain?: (error: ApiError) => string | null | undefined;
  /** False when a 409 here is not a stale version (a taken name, an existing member). */
  staleConflict?: boolean;
}

/**
 * Shows a failed request readably in the interface language: a sentence from its code (and the
 * reason or fields its details name), and the request id to quote to support.
 */
export function ErrorAlert({ error, onReload, onRetry, explain, staleConflict = true }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const conflict = apiError?.status === 409 && staleConflict;
  const explained = apiError ? explain?.(apiError) : null;
  // Why a quote was refused, in the interface language.
  const reason = apiError?.details as
    | {
        reason?: string;
        slot?: string;
        tried?: Array<{ reader?: string; found: string[] }>;
        read?: Array<{ text: string }>;
      }
    | undefined;
  // A stale version is explained by `errors.conflict` below.
  const message = explained ?? (conflict ? null : errorText(error, t));
  const readerName = (reader: string | undefined) =>
    reader
      ? t(`errors.readers.${reader}`, { defaultValue: t("errors.readers.text") })
      : t("errors.readers.text");
  return (
    <Alert color="red" variant="light" title={t("errors.title")} role="alert" data-testid="error-alert">
      {message && <Text size="sm">{message}</Text>}
      {conflict && (
        <Text size="sm" mt={4}>
          {t("errors.conflict")}
        </Text>
      )}
      {reason?.reason === "value_unreadable" && (
        <Text size="sm" mt={4} data-testid="error-reason">
          {t("errors.valueUnreadable", {
            slot: t(`slots.${reason.slot}`),
            tried: (reason.tried ?? []).map((x) => x.found.join(", ") || readerName(x.reader)).join("; "),
          })}
        </Text>
      )}
      {reason?.reason === "quote_contradicts_claim" && (
        <Text size="sm" mt={4} data-testid="error-reason">
          {t("errors.quoteContradicts", { read: (reason.read ?? []).map((r) => `“${r.text}”`).join(", ") })}
        </Text>
      )}
      {apiError?.requestId && (
        <Text size="xs" c="dimmed" mt={4} ff="monospace">
          {t("errors.requestId", { id: apiError.requestId })}
        </Text>
      )}
      {(conflict || onRetry) && (
        <Group mt="xs">
          {conflict && (
            <Button
              size="xs"
              variant="filled"
              color="red"
              onClick={onReload ?? (() => window.location.reload())}
            >
              {t("errors.reload")}
            </Button>
          )}
          {onRetry && !conflict && (
            <Button size="xs" variant="default" onClick={onRetry}>
              {t("errors.retry")}
            </Button>
          )}
        </Group>
      )}
    </Alert>
  );
}
