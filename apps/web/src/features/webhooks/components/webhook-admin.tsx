import { WEBHOOK_EVENTS, type WebhookDelivery, type WebhookEvent } from "@kroscek/schema";
import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { OneTimeSecret } from "@/components/one-time-secret";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { useDeliveries, useWebhookMutations, useWebhooks } from "../api/webhooks";

const STATUS_COLOURS: Record<WebhookDelivery["status"], string> = {
  pending: "blue",
  delivered: "teal",
  failed: "red",
};

/** Register endpoints, send a test event, read each endpoint's delivery log. */
export function WebhookAdmin({ ws }: { ws: string }) {
  const { t, i18n } = useTranslation();
  // An event's name in the interface language; the code receivers subscribe to is its tooltip.
  const eventName = (ev: string) =>
    t(`webhooks.eventNames.${ev.replace(/\./g, "_")}`, { defaultValue: t("auditActions.unknown") });
  const hooks = useWebhooks(ws);
  const { create, setActive, remove, test } = useWebhookMutations(ws);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const deliveries = useDeliveries(ws, selected);
  const when = (iso: string | null) => formatDate(iso, i18n.language, "minute", localTimeZone()) ?? "—";

  if (hooks.isPending) return <PageLoader />;
  if (hooks.isError) return <ErrorAlert error={hooks.error} onRetry={() => void hooks.refetch()} />;
  return (
    <Stack gap="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { url: url.trim(), events },
            {
              onSuccess: (created) => {
                setUrl("");
                setEvents([]);
                setSelected(created.id);
              },
            },
          );
        }}
      >
        <Stack gap="xs">
          <TextInput
            label={t("webhooks.url")}
            description={t("webhooks.urlHint")}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            data-testid="webhook-url"
          />
          <Checkbox.Group
            label={t("webhooks.events")}
            value={events}
            onChange={(v) => setEvents(v as WebhookEvent[])}
          >
            <Group mt={4}>
              {WEBHOOK_EVENTS.map((ev) => (
                <Checkbox key={ev} value={ev} label={eventName(ev)} title={ev} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button type="submit" disabled={!url.trim() || events.length === 0} loading={create.isPending}>
              {t("webhooks.add")}
            </Button>
          </Group>
          {create.isError && <ErrorAlert error={create.error} />}
          {create.data && (
            <OneTimeSecret
              title={t("webhooks.secretTitle")}
              hint={t("webhooks.secretHint")}
              value={create.data.secret}
              testId="webhook-secret"
            />
          )}
        </Stack>
      </form>
      {hooks.data.length === 0 ? (
        <Text c="dimmed">{t("webhooks.empty")}</Text>
      ) : (
        <Table striped data-testid="webhook-list">
          <Table.Tbody>
            {hooks.data.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td style={{ wordBreak: "break-all" }}>
                  <Text size="sm" fw={500}>
                    {h.url}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {h.events.map(eventName).join(", ")}
                  </Text>
                </Table.Td>
                <Table.Td>{!h.active && <Badge color="yellow">{t("webhooks.inactive")}</Badge>}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      onClick={() => test.mutate(h.id, { onSuccess: () => setSelected(h.id) })}
                      disabled={!h.active}
                    >
                      {t("webhooks.sendTest")}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setSelected(h.id)}>
                      {t("webhooks.log")}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setActive.mutate({ id: h.id, active: !h.active, version: h.version })}
                    >
                      {h.active ? t("webhooks.deactivate") : t("webhooks.activate")}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(h.id)}>
                      {t("webhooks.remove")}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {selected && deliveries.data && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("webhooks.logTitle")}
          </Title>
          {deliveries.data.length === 0 ? (
            <Text c="dimmed">{t("webhooks.noDeliveries")}</Text>
          ) : (
            <Table data-testid="webhook-deliveries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("webhooks.event")}</Table.Th>
                  <Table.Th>{t("webhooks.status")}</Table.Th>
                  <Table.Th>{t("webhooks.attempts")}</Table.Th>
                  <Table.Th>{t("webhooks.answer")}</Table.Th>
                  <Table.Th>{t("webhooks.time")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.data.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td title={d.eventType}>{eventName(d.eventType)}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[d.status]} variant="light">
                        {t(`webhooks.statuses.${d.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{d.attempts}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {d.lastStatusCode ?? "—"}
                        {d.lastLatencyMs !== null ? ` · ${d.lastLatencyMs} ms` : ""}
                      </Text>
                      {d.lastError && (
                        <Text size="xs" c="red.8">
                          {d.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{when(d.lastAttemptAt ?? d.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Stack>
  );
}
