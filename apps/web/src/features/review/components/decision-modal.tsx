import type { ReviewStatus } from "@kroscek/schema";
import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";

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
