import type { Claim, Verdict, VerdictScale } from "@kroscek/schema";
import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { useEventClaims } from "../api/claims";
import { useCreateEventVerdict, useEventVerdicts, useVerdictScale } from "../api/verdicts";
import { VerdictActions } from "./verdict-actions";
import { VerdictHistory } from "./verdict-history";

interface Props {
  ws: string;
  eventId: string;
  canDraft: boolean;
  canPublish: boolean;
  canRetract: boolean;
}

/** Verdicts rating an event as a whole: several of its claims (one per slot) at once. */
export function EventVerdicts(props: Props) {
  const { t } = useTranslation();
  const scale = useVerdictScale(props.ws);
  const verdicts = useEventVerdicts(props.ws, props.eventId);
  const claims = useEventClaims(props.ws, props.eventId);
  if (scale.isPending || verdicts.isPending || claims.isPending) return <PageLoader />;
  const error = scale.error ?? verdicts.error ?? claims.error;
  if (error || !scale.data || !verdicts.data || !claims.data) return <ErrorAlert error={error} />;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="event-verdicts-title">
      <Title order={2} size="h4" id="event-verdicts-title" mb="xs">
        {t("verdict.eventTitle")}
      </Title>
      <Stack gap="sm">
        {verdicts.data.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("verdict.eventNone")}
          </Text>
        )}
        {verdicts.data.map((v) => (
          <EventVerdictItem
            key={`${v.id}-${v.version}`}
            {...props}
            verdict={v}
            scale={scale.data}
            claims={claims.data}
          />
        ))}
        {props.canDraft && claims.data.length > 0 && (
          <EventVerdictForm ws={props.ws} eventId={props.eventId} scale={scale.data} claims={claims.data} />
        )}
      </Stack>
    </Paper>
  );
}

function useLabel(scale: VerdictScale) {
  const { i18n } = useTranslation();
  const en = i18n.resolvedLanguage === "en";
  return (key: string) => {
    const e = scale.items.find((s) => s.key === key);
    return e ? (en ? e.labelEn : e.labelId) : key;
  };
}

function EventVerdictItem({
  ws,
  verdict,
  scale,
  claims,
  canPublish,
  canRetract,
}: Props & { verdict: Verdict; scale: VerdictScale; claims: Claim[] }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const label = useLabel(scale);
  const en = i18n.resolvedLanguage === "en";
  const rated = claims.filter((c) => verdict.claimIds.includes(c.id));
  return (
    <Paper withBorder p="sm" data-testid="event-verdict">
      <Group justify="space-between">
        <Group gap={6}>
          <Badge
            color={verdict.status === "published" ? "teal" : verdict.status === "retracted" ? "red" : "gray"}
          >
            {t(`verdict.statuses.${verdict.status}`)}
          </Badge>
          <Text fw={600}>{label(verdict.ratingKey)}</Text>
        </Group>
        <Group gap="xs">
          <VerdictActions
            ws={ws}
            verdict={verdict}
            canPublish={canPublish}
            canRetract={canRetract}
            onReload={() => void qc.invalidateQueries({ queryKey: ["ws", ws, "verdicts"] })}
          />
        </Group>
      </Group>
      <Stack gap={2} mt={4}>
        {rated.map((c) => (
          <Text key={c.id} size="sm">
            · {en ? c.sentence.en : c.sentence.id}
          </Text>
        ))}
        <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
          {verdict.rationale}
        </Text>
        {verdict.retraction && (
          <Text size="sm" c="red">
            {t("verdict.retractedNote", {
              date: formatDate(
                verdict.retraction.at,
                i18n.resolvedLanguage ?? "id",
                "minute",
                localTimeZone(),
              ),
              reason: verdict.retraction.reason,
            })}
          </Text>
        )}
      </Stack>
      <VerdictHistory ws={ws} verdictId={verdict.id} scale={scale} />
    </Paper>
  );
}

function EventVerdictForm({
  ws,
  eventId,
  scale,
  claims,
}: {
  ws: string;
  eventId: string;
  scale: VerdictScale;
  claims: Claim[];
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === "en";
  const create = useCreateEventVerdict(ws, eventId);
  const [picked, setPicked] = useState<string[]>([]);
  const [ratingKey, setRatingKey] = useState<string | null>(null);
  const [rationale, setRationale] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ratingKey || !rationale.trim() || picked.length === 0) return;
    create.mutate(
      { claimIds: picked, ratingKey, rationale: rationale.trim(), evidence: [] },
      {
        onSuccess: () => {
          setPicked([]);
          setRationale("");
          notifications.show({ color: "teal", message: t("verdict.saved") });
        },
      },
    );
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs" data-testid="event-verdict-form">
      <Text size="sm" fw={600}>
        {t("verdict.eventNew")}
      </Text>
      <Checkbox.Group
        value={picked}
        onChange={setPicked}
        label={t("verdict.eventClaims")}
        description={t("verdict.eventClaimsHint")}
      >
        <Stack gap={4} mt={4}>
          {claims.map((c) => (
            <Checkbox
              key={c.id}
              value={c.id}
              label={`${t(`slots.${c.slot}`)}: ${en ? c.sentence.en : c.sentence.id}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Select
        label={t("verdict.rating")}
        required
        value={ratingKey}
        onChange={setRatingKey}
        data={scale.items.map((s) => ({ value: s.key, label: en ? s.labelEn : s.labelId }))}
        data-testid="event-verdict-rating"
      />
      <Textarea
        label={t("verdict.rationale")}
        required
        autosize
        minRows={2}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
        data-testid="event-verdict-rationale"
      />
      <ErrorAlert error={create.error} />
      <Group justify="flex-end">
        <Button
          type="submit"
          variant="default"
          loading={create.isPending}
          disabled={!ratingKey || !rationale.trim() || picked.length === 0}
          data-testid="event-verdict-save"
        >
          {t("verdict.saveDraft")}
        </Button>
      </Group>
    </Stack>
  );
}
