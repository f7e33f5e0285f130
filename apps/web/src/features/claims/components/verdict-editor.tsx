import type { Verdict, VerdictScale } from "@kroscek/schema";
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { useDraftVerdict, useVerdict, useVerdictScale } from "../api/verdicts";
import { VerdictActions } from "./verdict-actions";
import { VerdictHistory } from "./verdict-history";

interface Props {
  ws: string;
  claimId: string;
  canDraft: boolean;
  canPublish: boolean;
  canRetract: boolean;
}

/**
 * Draft, revise, publish and retract the claim's verdict. Saving over a published verdict prepares
 * its next revision: the published one stays public until an editor publishes the revision. A
 * stale version answers 409 and offers a reload.
 */
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
  canRetract,
  scale,
  verdict,
}: Props & { scale: VerdictScale; verdict: Verdict | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const qc = useQueryClient();
  const draft = useDraftVerdict(ws, claimId);
  // The form edits the next revision when one is drafted, else the verdict itself.
  const working = verdict?.draft ?? verdict;
  const [ratingKey, setRatingKey] = useState<string | null>(working?.ratingKey ?? null);
  const [rationale, setRationale] = useState(working?.rationale ?? "");
  const [evidence, setEvidence] = useState((working?.evidence ?? []).map((e) => e.url).join("\n"));
  const [url, setUrl] = useState(working?.url ?? "");
  const label = (key: string) => {
    const entry = scale.items.find((s) => s.key === key);
    return entry ? (lang === "en" ? entry.labelEn : entry.labelId) : key;
  };
  const when = (iso: string | null) => formatDate(iso, lang, "minute", localTimeZone());
  const reload = () => {
    draft.reset();
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
          .map((u) => ({ url: u })),
        url: url.trim() || null,
        ...(verdict ? { version: verdict.version } : {}),
      },
      { onSuccess: () => notifications.show({ color: "teal", message: t("verdict.saved") }) },
    );
  };
  const isPublic = verdict !== null && verdict.status !== "draft";
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="verdict-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="verdict-title">
          {t("verdict.title")}
        </Title>
        {verdict && (
          <Group gap={6}>
            <Badge
              color={
                verdict.status === "published" ? "teal" : verdict.status === "retracted" ? "red" : "gray"
              }
              data-testid="verdict-status"
            >
              {t(`verdict.statuses.${verdict.status}`)}
            </Badge>
            {verdict.revision > 0 && (
              <Text size="xs" c="dimmed">
                {t("verdict.revisionLabel", { n: verdict.revision })} · {when(verdict.modifiedAt)}
              </Text>
            )}
          </Group>
        )}
      </Group>
      {isPublic && (
        <Stack gap={4} mb="sm" data-testid="verdict-public">
          <Text size="xs" c="dimmed">
            {t("verdict.publicNow")}
          </Text>
          <Text fw={600}>{label(verdict.ratingKey)}</Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {verdict.rationale}
          </Text>
          {verdict.retraction && (
            <Text size="sm" c="red" data-testid="verdict-retraction">
              {t("verdict.retractedNote", {
                date: when(verdict.retraction.at),
                reason: verdict.retraction.reason,
              })}
            </Text>
          )}
        </Stack>
      )}
      {verdict?.draft && (
        <Alert color="yellow" mb="sm" data-testid="verdict-revision-pending">
          {t("verdict.revisionPending")}
        </Alert>
      )}
      {!canDraft ? (
        !verdict && (
          <Text c="dimmed" size="sm">
            {t("verdict.none")}
          </Text>
        )
      ) : (
        <Stack component="form" onSubmit={save} gap="sm">
          {isPublic && (
            <Text size="sm" fw={600}>
              {t("verdict.nextRevision")}
            </Text>
          )}
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
          <TextInput
            label={t("verdict.url")}
            description={t("verdict.urlHint")}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            data-testid="verdict-url"
          />
          <ErrorAlert error={draft.error} onReload={reload} />
          <Group justify="flex-end">
            <Button
              type="submit"
              variant="default"
              loading={draft.isPending}
              disabled={!ratingKey || !rationale.trim()}
              data-testid="verdict-save"
            >
              {isPublic ? t("verdict.saveRevision") : t("verdict.saveDraft")}
            </Button>
            {verdict && (
              <VerdictActions
                ws={ws}
                verdict={verdict}
                canPublish={canPublish}
                canRetract={canRetract}
                onReload={reload}
              />
            )}
          </Group>
        </Stack>
      )}
      {verdict && !canDraft && (canPublish || canRetract) && (
        <Group justify="flex-end">
          <VerdictActions
            ws={ws}
            verdict={verdict}
            canPublish={canPublish}
            canRetract={canRetract}
            onReload={reload}
          />
        </Group>
      )}
      {verdict && <VerdictHistory ws={ws} verdictId={verdict.id} scale={scale} />}
    </Paper>
  );
}
