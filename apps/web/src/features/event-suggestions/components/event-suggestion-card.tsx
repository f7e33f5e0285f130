import { EVENT_KINDS, type EventKind, type EventSuggestion } from "@kroscek/schema";
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { displayOutlet } from "@/i18n/findings";
import { useAcceptEventSuggestion, useDismissEventSuggestion } from "../api/event-suggestions";

type Member = EventSuggestion["members"][number];

/** One member sentence, as its outlet wrote it, with what the extractor read in it. */
function MemberCard({
  m,
  included,
  onToggle,
  canWrite,
}: {
  m: Member;
  included: boolean;
  onToggle: () => void;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="event-member"
      data-outlet={m.outletName}
      opacity={included ? 1 : 0.55}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {displayOutlet(m.outletName)}
          </Text>
          {canWrite && (
            <Checkbox
              size="xs"
              label={t("eventSuggestions.include")}
              checked={included}
              onChange={onToggle}
              data-testid="member-include"
            />
          )}
        </Group>
        {m.articleTitle && (
          <Text size="xs" c="dimmed">
            {m.articleTitle}
          </Text>
        )}
        <Text size="sm" data-testid="event-member-quote">{`“${m.quote}”`}</Text>
        <Text size="xs" data-testid="event-member-date">
          {t("suggestions.date")}: {m.date ? m.date.text : t("eventSuggestions.none")}
        </Text>
        <Text size="xs">
          {t("suggestions.place")}: {m.place ?? t("eventSuggestions.none")}
        </Text>
        <Text size="xs">
          {t("suggestions.participants")}: {m.participants.join(", ") || t("eventSuggestions.none")}
        </Text>
      </Stack>
    </Card>
  );
}

/**
 * A same-event suggestion: the member sentences side by side, the reasons, and one button that
 * creates the event (kind and title prefilled, the fact-checker confirms or corrects) and records
 * every member's assertions.
 */
export function EventSuggestionCard({
  ws,
  group,
  canWrite,
}: {
  ws: string;
  group: EventSuggestion;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith("id") ? "id" : "en";
  const navigate = useNavigate();
  const accept = useAcceptEventSuggestion(ws);
  const dismiss = useDismissEventSuggestion(ws);
  const [kind, setKind] = useState<EventKind>(group.kind);
  const [title, setTitle] = useState(group.title);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate(
      { id: group.id, input: { kind, title: title.trim() || group.title, exclude: [...excluded] } },
      {
        onSuccess: (r) => {
          const assertions = r.accepted.reduce((n, m) => n + m.assertions.length, 0);
          notifications.show({
            color: "teal",
            message: t("eventSuggestions.acceptedMessage", { members: r.accepted.length, assertions }),
          });
          void navigate(`/w/${ws}/events/${r.event.id}`);
        },
      },
    );
  };
  return (
    <Card withBorder padding="md" data-testid="event-suggestion" data-id={group.id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={700}>{group.title}</Text>
          <Group gap="xs">
            <Badge variant="light">{t(`eventKinds.${group.kind}`)}</Badge>
            <Badge variant="outline" data-testid="event-score">
              {t("eventSuggestions.score", { value: Math.round(group.score * 100) })}
            </Badge>
          </Group>
        </Group>
        <List size="sm" spacing={2} data-testid="event-reasons">
          {group.reasons.map((r) => (
            <List.Item key={r.code}>{r.text[lang]}</List.Item>
          ))}
        </List>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(4, group.members.length) }}>
          {group.members.map((m) => (
            <MemberCard
              key={m.suggestionId}
              m={m}
              included={!excluded.has(m.suggestionId)}
              onToggle={() => toggle(m.suggestionId)}
              canWrite={canWrite && group.members.length > 1}
            />
          ))}
        </SimpleGrid>
        {canWrite && (
          <Stack component="form" onSubmit={submit} gap="xs" data-testid="event-accept-form">
            <Group align="flex-end" wrap="wrap">
              <Select
                label={t("eventSuggestions.kind")}
                value={kind}
                onChange={(v) => v && setKind(v as EventKind)}
                data={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))}
                allowDeselect={false}
                data-testid="event-kind"
              />
              <TextInput
                label={t("eventSuggestions.title")}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                style={{ flex: 1, minWidth: 240 }}
                data-testid="event-title"
              />
            </Group>
            <ErrorAlert
              error={accept.error ?? dismiss.error}
              explain={(e) =>
                (e.details as { issues?: Array<{ code?: string }> } | undefined)?.issues?.some(
                  (i) => i.code === "none_accepted",
                )
                  ? t("eventSuggestions.noneAccepted")
                  : null
              }
            />
            <Group justify="flex-end">
              <Button
                variant="default"
                loading={dismiss.isPending}
                onClick={() => dismiss.mutate(group.id)}
                data-testid="event-dismiss"
              >
                {group.members.length === 1
                  ? t("eventSuggestions.dismissOne")
                  : t("eventSuggestions.dismiss")}
              </Button>
              <Button
                type="submit"
                loading={accept.isPending}
                disabled={excluded.size >= group.members.length}
                data-testid="event-accept"
              >
                {group.members.length - excluded.size === 1
                  ? t("eventSuggestions.acceptOne")
                  : t("eventSuggestions.accept", { count: group.members.length - excluded.size })}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
