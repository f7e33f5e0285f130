import type { Verdict } from "@kroscek/schema";
import { Button, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "@/components/confirm-modal";
import { ErrorAlert } from "@/components/error-alert";
import { usePublishVerdict, useRetractVerdict } from "../api/verdicts";

interface Props {
  ws: string;
  verdict: Verdict;
  canPublish: boolean;
  canRetract: boolean;
  onReload: () => void;
}

/** Publishing and retracting: both ask first, since both change what the public reads. */
export function VerdictActions({ ws, verdict, canPublish, canRetract, onReload }: Props) {
  const { t } = useTranslation();
  const publish = usePublishVerdict(ws);
  const retract = useRetractVerdict(ws);
  const [asking, setAsking] = useState<"publish" | "retract" | null>(null);
  const [reason, setReason] = useState("");
  const publishable = verdict.status === "draft" || verdict.draft !== null;
  const isRevision = verdict.status !== "draft";
  const close = () => {
    setAsking(null);
    publish.reset();
    retract.reset();
  };
  return (
    <>
      {canRetract && verdict.status === "published" && (
        <Button
          color="red"
          variant="light"
          onClick={() => setAsking("retract")}
          data-testid="verdict-retract"
        >
          {t("verdict.retract")}
        </Button>
      )}
      {canPublish && publishable && (
        <Button onClick={() => setAsking("publish")} data-testid="verdict-publish">
          {isRevision ? t("verdict.publishRevision") : t("verdict.publish")}
        </Button>
      )}
      <ConfirmModal
        opened={asking === "publish"}
        title={isRevision ? t("verdict.publishRevisionTitle") : t("verdict.publishTitle")}
        message={isRevision ? t("verdict.publishRevisionMessage") : t("verdict.publishMessage")}
        confirmLabel={isRevision ? t("verdict.publishRevision") : t("verdict.publish")}
        pending={publish.isPending}
        onClose={close}
        onConfirm={() =>
          publish.mutate(
            { id: verdict.id, version: verdict.version },
            {
              onSuccess: () => {
                setAsking(null);
                notifications.show({ color: "teal", message: t("verdict.publishedOk") });
              },
            },
          )
        }
      >
        <ErrorAlert
          error={publish.error}
          onReload={() => {
            close();
            onReload();
          }}
        />
      </ConfirmModal>
      <ConfirmModal
        opened={asking === "retract"}
        title={t("verdict.retractTitle")}
        message={t("verdict.retractMessage")}
        confirmLabel={t("verdict.retract")}
        danger
        pending={retract.isPending}
        onClose={close}
        onConfirm={() => {
          if (!reason.trim()) return;
          retract.mutate(
            { id: verdict.id, version: verdict.version, reason: reason.trim() },
            {
              onSuccess: () => {
                setAsking(null);
                setReason("");
                notifications.show({ color: "teal", message: t("verdict.retractedOk") });
              },
            },
          );
        }}
      >
        <Textarea
          label={t("verdict.retractReason")}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="verdict-retract-reason"
        />
        <ErrorAlert
          error={retract.error}
          onReload={() => {
            close();
            onReload();
          }}
        />
      </ConfirmModal>
    </>
  );
}
