import { FETCH_FAILURE_REASONS, type FetchFailureReason } from "@kroscek/schema";
import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";
import { issuePaths } from "@/lib/api-issues";
import { errorText } from "@/lib/error-text";
import { keys } from "@/lib/query-keys";
import { archiveUrl } from "../api/archive-url";
import { ImportResults, type ImportRow, type ImportStatus } from "./import-results";

/** The URLs of the text, one a line, blank lines and repeats left out. */
export function urlsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\s+/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

/** Archives each URL with its own POST …/articles/from-url, reporting each one's fate. */
export function UrlImport({ ws }: { ws: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [text, setText] = useState("");
  const [outlet, setOutlet] = useState("");
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [running, setRunning] = useState(false);
  const urls = urlsOf(text);

  // Why a URL was not archived, short enough for its row.
  const reasonOf = (error: unknown): string => {
    if (!(error instanceof ApiError)) return errorText(error, t);
    const reason = (error.details as { reason?: string } | undefined)?.reason;
    if (reason && (FETCH_FAILURE_REASONS as readonly string[]).includes(reason))
      return t(`import.urls.reason.${reason as FetchFailureReason}`);
    if (error.code === "validation_failed" && issuePaths(error).length) return t("import.urls.badUrl");
    return errorText(error, t);
  };

  const run = async () => {
    setRunning(true);
    setRows(urls.map((url, key) => ({ key, label: url, status: "pending" as ImportStatus })));
    const update = (i: number, patch: Partial<ImportRow>) =>
      setRows((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    for (const [i, url] of urls.entries()) {
      update(i, { status: "uploading" });
      try {
        const result = await archiveUrl(ws, { url, ...(outlet.trim() ? { outlet: outlet.trim() } : {}) });
        update(i, { status: result.status, articleId: result.article.id });
      } catch (error) {
        update(i, { status: "rejected", reason: reasonOf(error) });
      }
    }
    setRunning(false);
    void qc.invalidateQueries({ queryKey: keys.articles(ws) });
    void qc.invalidateQueries({ queryKey: keys.outlets(ws) });
  };

  return (
    <Stack gap="sm">
      <Textarea
        label={t("import.urls.label")}
        description={t("import.urls.hint")}
        autosize
        minRows={4}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setRows([]);
        }}
        data-testid="import-urls"
      />
      <TextInput
        label={t("import.outlet")}
        description={t("import.urls.outletHint")}
        value={outlet}
        onChange={(e) => setOutlet(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button onClick={() => void run()} disabled={urls.length === 0 || running} loading={running}>
          {t("import.urls.start", { count: urls.length })}
        </Button>
      </Group>
      {rows.length > 0 && (
        <ImportResults
          ws={ws}
          rows={rows}
          progressKey="import.urls.progress"
          testId="import-url-results"
          breakLabels
        />
      )}
    </Stack>
  );
}
