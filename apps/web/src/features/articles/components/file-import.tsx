import { Anchor, Badge, Button, FileInput, Group, Progress, Stack, Table, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorText } from "@/lib/error-text";
import { keys } from "@/lib/query-keys";
import { createArticle } from "../api/create-article";
import { titleOfFile } from "../utils/parse-file";
import { type ArticleMetadata, emptyMetadata, MetadataFields, toArticleInput } from "./metadata-fields";

type Status = "pending" | "uploading" | "created" | "duplicate" | "rejected";
interface Row {
  key: number;
  name: string;
  status: Status;
  articleId?: string;
  reason?: string;
}

let nextRowKey = 0;

const COLOURS: Record<Status, string> = {
  pending: "gray",
  uploading: "blue",
  created: "teal",
  duplicate: "yellow",
  rejected: "red",
};

/** Uploads .txt/.md files one by one, each as its own POST /articles, reporting each file's fate. */
export function FileImport({ ws }: { ws: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [meta, setMeta] = useState<ArticleMetadata>(emptyMetadata);
  const [rows, setRows] = useState<Row[]>([]);
  const [running, setRunning] = useState(false);
  const done = rows.filter((r) => r.status !== "pending" && r.status !== "uploading").length;

  const run = async () => {
    setRunning(true);
    const initial = files.map((f) => ({ key: nextRowKey++, name: f.name, status: "pending" as Status }));
    setRows(initial);
    const update = (i: number, patch: Partial<Row>) =>
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
        <>
          <Progress
            value={(done / rows.length) * 100}
            aria-label={t("import.progress", { done, total: rows.length })}
          />
          <Text size="sm" aria-live="polite">
            {t("import.progress", { done, total: rows.length })}
          </Text>
          <Table striped data-testid="import-results">
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>
                    <Badge color={COLOURS[r.status]} variant="light">
                      {t(`import.status.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {r.articleId ? (
                      <Anchor component={Link} to={`/w/${ws}/articles/${r.articleId}`} size="sm">
                        {t("import.openArticle")}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="red.8">
                        {r.reason}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
