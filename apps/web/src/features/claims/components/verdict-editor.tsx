import type { Verdict, VerdictScale } from "@kroscek/schema";
import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { useDraftVerdict, usePublishVerdict, useVerdict, useVerdictScale } from "../api/verdicts";

interface Props {
  ws: string;
  claimId: string;
  canDraft: boolean;
  canPublish: boolean;
  /** Changing a published verdict retracts it: editors only (the API refuses others with 403). */
  canRetract: boolean;
}

/** Draft, redraft and publish the claim's verdict; a stale version answers 409 and offers a reload. */
export function VerdictEditor(props: Props) {
  const scale = useVerdictScale(props.ws);
  const verdict = useVerdict(props.ws, props.claimId);
  if (scale.isPending || verdict.isPending) return <PageLoader />;
  if (scale.isError) return <ErrorAlert error={scale.error} />;
  if (verdict.isError) return <ErrorAlert error={verdict.error} />;
  return (
    <VerdictForm
      key={verdict.data ? `${verdict.data.id}-${verdict.data.version}` : "new"}
      {...props}
      canDraft={props.canDraft && (verdict.data?.status !== "published" || props.canRetract)}
      retractHint={props.canDraft && !props.canRetract && verdict.data?.status === "published"}
      scale={scale.data}
      verdict={verdict.data}
    />
  );
}

function VerdictForm({
  ws,
  claimId,
  canDraft,
  canPublish,
  scale,
  verdict,
  retractHint,
}: Props & { scale: VerdictScale; verdict: Verdict | null; retractHint: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const qc = useQueryClient();
  const draft = useDraftVerdict(ws, claimId);
  const publish = usePublishVerdict(ws, claimId);
  const [ratingKey, setRatingKey] = useState<string | null>(verdict?.ratingKey ?? null);
  const [rationale, setRationale] = useState(verdict?.rationale ?? "");
  const [evidence, setEvidence] = useState((verdict?.evidence ?? []).map((e) => e.url).join("\n"));
  const label = (key: string) => {
    const entry = scale.items.find((s) => s.key === key);
    return entry ? (lang === "en" ? entry.labelEn : entry.labelId) : key;
  };
  const reload = () => {
    draft.reset();
    publish.reset();
    void qc.invalidateQueries({ queryKey: ["ws", ws, "verdicts"] });
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!ratingKey || !rationale.trim()) return;
    draft.mutate(
      {
        ratingKey,
        rationale: rationale.trim(),
        evidence: evidence
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
          .map((url) => ({ url })),
        ...(verdict ? { version: verdict.version } : {}),
      },
      { onSuccess: () => notifications.show({ color: "teal", message: t("verdict.saved") }) },
    );
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="verdict-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="verdict-title">
          {t("verdict.title")}
        </Title>
        {verdict && (
          <Group gap={6}>
            <Badge color={verdict.status === "published" ? "teal" : "gray"} data-testid="verdict-status">
              {t(`verdict.statuses.${verdict.status}`)}
            </Badge>
            {verdict.publishedAt && (
              <Text size="xs" c="dimmed">
                {formatDate(verdict.publishedAt, lang, "minute", localTimeZone())}
              </Text>
            )}
          </Group>
        )}
      </Group>
      {!canDraft ? (
        verdict ? (
          <Stack gap={4}>
            <Text fw={600}>{label(verdict.ratingKey)}</Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {verdict.rationale}
            </Text>
            {retractHint && (
              <Text size="xs" c="dimmed">
                {t("verdict.editorsOnly")}
              </Text>
            )}
          </Stack>
        ) : (
          <Text c="dimmed" size="sm">
            {t("verdict.none")}
          </Text>
        )
      ) : (
        <Stack component="form" onSubmit={save} gap="sm">
          <Select
            label={t("verdict.rating")}
            required
            value={ratingKey}
            onChange={setRatingKey}
            data={scale.items.map((s) => ({ value: s.key, label: lang === "en" ? s.labelEn : s.labelId }))}
            data-testid="verdict-rating"
          />
          <Textarea
            label={t("verdict.rationale")}
            required
            autosize
            minRows={3}
            value={rationale}
            onChange={(e) => setRationale(e.currentTarget.value)}
            data-testid="verdict-rationale"
          />
          <Textarea
            label={t("verdict.evidence")}
            description={t("verdict.evidenceHint")}
            autosize
            minRows={2}
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
          />
          <ErrorAlert error={draft.error ?? publish.error} onReload={reload} />
          <Group justify="flex-end">
            <Button
              type="submit"
              variant="default"
              loading={draft.isPending}
              disabled={!ratingKey || !rationale.trim()}
              data-testid="verdict-save"
            >
              {t("verdict.saveDraft")}
            </Button>
            {canPublish && verdict?.status === "draft" && (
              <Button
                loading={publish.isPending}
                onClick={() =>
                  publish.mutate(verdict.version, {
                    onSuccess: () => notifications.show({ color: "teal", message: t("verdict.publishedOk") }),
                  })
                }
                data-testid="verdict-publish"
              >
                {t("verdict.publish")}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
