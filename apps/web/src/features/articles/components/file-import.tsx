import { Button, FileInput, Group, Stack } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "@/lib/error-text";
import { keys } from "@/lib/query-keys";
import { createArticle } from "../api/create-article";
import { titleOfFile } from "../utils/parse-file";
import { ImportResults, type ImportRow, type ImportStatus } from "./import-results";
import { type ArticleMetadata, emptyMetadata, MetadataFields, toArticleInput } from "./metadata-fields";

let nextRowKey = 0;

/** Uploads .txt/.md files one by one, each as its own POST /articles, reporting each file's fate. */
export function FileImport({ ws }: { ws: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [meta, setMeta] = useState<ArticleMetadata>(emptyMetadata);
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [running, setRunning] = useState(false);

  const run = async () => {
    setRunning(true);
    const initial = files.map((f) => ({
      key: nextRowKey++,
      label: f.name,
      status: "pending" as ImportStatus,
    }));
    setRows(initial);
    const update = (i: number, patch: Partial<ImportRow>) =>
      setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    for (const [i, file] of files.entries()) {
      update(i, { status: "uploading" });
      try {
        const text = await file.text();
        if (!text.trim()) {
          update(i, { status: "rejected", reason: t("import.emptyFile") });
          continue;
        }
        const result = await createArticle(ws, toArticleInput(meta, text, titleOfFile(file.name, text)));
        update(i, { status: result.status, articleId: result.article.id });
      } catch (error) {
        update(i, { status: "rejected", reason: errorText(error, t) });
      }
    }
    setRunning(false);
    void qc.invalidateQueries({ queryKey: keys.articles(ws) });
    void qc.invalidateQueries({ queryKey: keys.outlets(ws) });
  };

  return (
    <Stack gap="sm">
      <FileInput
        label={t("import.filesLabel")}
        description={t("import.filesHint")}
        multiple
        clearable
        accept=".txt,.md,text/plain,text/markdown"
        value={files}
        onChange={(f) => {
          setFiles(f);
          setRows([]);
        }}
        data-testid="import-files"
      />
      <MetadataFields ws={ws} value={meta} onChange={setMeta} withTitle={false} />
      <Group justify="flex-end">
        <Button onClick={() => void run()} disabled={files.length === 0 || running} loading={running}>
          {t("import.start", { count: files.length })}
        </Button>
      </Group>
      {rows.length > 0 && (
        <ImportResults ws={ws} rows={rows} progressKey="import.progress" testId="import-results" />
      )}
    </Stack>
  );
}
