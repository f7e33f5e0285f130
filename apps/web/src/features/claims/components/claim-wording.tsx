import type { Claim } from "@kroscek/schema";
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useUpdateClaimSentence } from "../api/claims";

/**
 * The fact-checker's wording of a claim in Indonesian and English. An empty field goes back to
 * the generated sentence; a stale version answers 409.
 */
export function ClaimWording({ ws, claim, onReload }: { ws: string; claim: Claim; onReload: () => void }) {
  const { t } = useTranslation();
  const save = useUpdateClaimSentence(ws, claim.id);
  const [id, setId] = useState(claim.sentenceOverride.id ?? "");
  const [en, setEn] = useState(claim.sentenceOverride.en ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { version: claim.version, sentence: { id: id.trim() || null, en: en.trim() || null } },
      { onSuccess: () => notifications.show({ color: "teal", message: t("claims.wordingSaved") }) },
    );
  };
  return (
    <details data-testid="claim-wording">
      <summary>{t("claims.wording")}</summary>
      <Stack component="form" onSubmit={submit} gap="xs" mt="xs">
        <TextInput
          label={t("claims.wordingId")}
          description={t("claims.wordingHint")}
          placeholder={claim.sentence.id}
          value={id}
          maxLength={500}
          onChange={(e) => setId(e.currentTarget.value)}
          data-testid="claim-wording-id"
        />
        <TextInput
          label={t("claims.wordingEn")}
          description={t("claims.wordingHint")}
          placeholder={claim.sentence.en}
          value={en}
          maxLength={500}
          onChange={(e) => setEn(e.currentTarget.value)}
          data-testid="claim-wording-en"
        />
        <ErrorAlert
          error={save.error}
          onReload={() => {
            save.reset();
            onReload();
          }}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={save.isPending} data-testid="claim-wording-save">
            {t("claims.wordingSave")}
          </Button>
        </Group>
      </Stack>
    </details>
  );
}
