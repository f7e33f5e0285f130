import { Anchor, Badge, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { useEventList } from "../api/events";

export function EventList({ ws }: { ws: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 250);
  const events = useEventList(ws, debounced.trim());
  return (
    <Stack>
      <TextInput
        label={t("events.search")}
        type="search"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={420}
      />
      {events.isPending ? (
        <PageLoader />
      ) : events.isError ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <Text c="dimmed">{t("events.empty")}</Text>
      ) : (
        <Table striped highlightOnHover data-testid="event-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("record.eventTitle")}</Table.Th>
              <Table.Th>{t("events.kind")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.data.items.map((ev) => (
              <Table.Tr key={ev.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${ws}/events/${ev.id}`}>
                    {ev.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light">{t(`eventKinds.${ev.kind}`)}</Badge>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
