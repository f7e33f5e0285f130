import { Button, Group, Modal, PasswordInput, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { issuePaths } from "@/lib/api-issues";
import { useChangePassword } from "../api/account";

export const MIN_PASSWORD = 12;

/** Changes one's own password: the current one, and a new one (twice) of at least 12 characters. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [tried, setTried] = useState(false);
  const tooShort = next.length < MIN_PASSWORD;
  const mismatch = next !== again;
  const close = () => {
    setCurrent("");
    setNext("");
    setAgain("");
    setTried(false);
    change.reset();
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!current || tooShort || mismatch) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: t("account.changed") });
          close();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={t("account.changePassword")}>
      <Stack
        renderRoot={(props) => <form {...props} noValidate />}
        onSubmit={submit}
        data-testid="change-password-form"
      >
        <PasswordInput
          label={t("account.currentPassword")}
          autoComplete="current-password"
          required
          data-autofocus
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={tried && !current ? t("account.currentRequired") : null}
          data-testid="current-password"
        />
        <PasswordInput
          label={t("account.newPassword")}
          description={t("account.newPasswordHint")}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={(tried || next.length > 0) && tooShort ? t("account.tooShort") : null}
          data-testid="new-password"
        />
        <PasswordInput
          label={t("account.repeatPassword")}
          autoComplete="new-password"
          required
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          error={tried && mismatch ? t("account.mismatch") : null}
          data-testid="repeat-password"
        />
        <ErrorAlert
          error={change.error}
          explain={(err) => (issuePaths(err).includes("currentPassword") ? t("account.wrongCurrent") : null)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={change.isPending} data-testid="change-password-submit">
            {t("account.changePassword")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
