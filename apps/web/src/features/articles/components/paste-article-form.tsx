import type { ArticleImportResult } from "@kroscek/schema";
import { Button, Group, Stack, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useCreateArticle } from "../api/create-article";
import { type ArticleMetadata, emptyMetadata, MetadataFields, toArticleInput } from "./metadata-fields";

/** Import one article by pasting its text; opens it once stored (or the identical one already stored). */
export function PasteArticleForm({
  ws,
  onImported,
}: {
  ws: string;
  onImported: (r: ArticleImportResult) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateArticle(ws);
  const [meta, setMeta] = useState<ArticleMetadata>(emptyMetadata);
  const [body, setBody] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(toArticleInput(meta, body), {
      onSuccess: (result) => {
        notifications.show({
          color: result.status === "created" ? "teal" : "yellow",
          message: result.status === "created" ? t("import.createdOne") : t("import.duplicateOne"),
        });
        onImported(result);
      },
    });
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <MetadataFields ws={ws} value={meta} onChange={setMeta} />
      <Textarea
        label={t("import.body")}
        description={t("import.bodyHint")}
        required
        autosize
        minRows={8}
        maxRows={20}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        data-testid="import-body"
        styles={{ input: { fontFamily: "inherit" } }}
      />
      <ErrorAlert error={create.error} />
      <Group justify="flex-end">
        <Button type="submit" loading={create.isPending} disabled={!body.trim()}>
          {t("import.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
