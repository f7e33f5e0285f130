import type { ReviewStatus } from "@kroscek/schema";
import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type QueryKey, type UseMutationResult, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import type { Decision } from "../api/review";

interface Props {
  status: ReviewStatus | null;
  onClose: () => void;
  onSubmit: (note: string) => void;
  pending: boolean;
  error: unknown;
  onReload: () => void;
}

const ACTION = { confirmed: "review.confirm", dismissed: "review.dismiss", open: "review.reopen" } as const;

/** Asks for the note every review decision needs; a 409 (someone decided first) offers a reload. */
export function DecisionModal({ status, onClose, onSubmit, pending, error, onReload }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (note.trim()) onSubmit(note.trim());
  };
  return (
    <Modal
      opened={status !== null}
      onClose={onClose}
      title={status ? t("review.decisionTitle", { action: t(ACTION[status]) }) : ""}
    >
      <Stack component="form" onSubmit={submit}>
        <Textarea
          label={t("review.note")}
          required
          autosize
          minRows={3}
          data-autofocus
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="decision-note"
        />
        <ErrorAlert error={error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={pending} disabled={!note.trim()} data-testid="decision-submit">
            {status ? t(ACTION[status]) : ""}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The item an editor is deciding on, with the version they read, and the status chosen. */
export interface Deciding {
  item: { id: string; version: number };
  status: ReviewStatus;
}

/**
 * The decision modal wired to a review mutation (contradictions or flags): submits the note with the
 * version read, and after a 409 closes and reloads the list the item came from.
 */
export function ReviewDecisionModal({
  deciding,
  onClose,
  review,
  listKey,
}: {
  deciding: Deciding | null;
  onClose: () => void;
  review: UseMutationResult<unknown, Error, { id: string; decision: Decision }>;
  listKey: QueryKey;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const close = () => {
    onClose();
    review.reset();
  };
  return (
    <DecisionModal
      key={deciding ? `${deciding.item.id}-${deciding.status}` : "none"}
      status={deciding?.status ?? null}
      onClose={close}
      pending={review.isPending}
      error={review.error}
      onReload={() => {
        close();
        void qc.invalidateQueries({ queryKey: listKey });
      }}
      onSubmit={(note) => {
        if (!deciding) return;
        review.mutate(
          {
            id: deciding.item.id,
            decision: { status: deciding.status, note, version: deciding.item.version },
          },
          {
            onSuccess: () => {
              notifications.show({ color: "teal", message: t("review.decided") });
              close();
            },
          },
        );
      }}
    />
  );
}
