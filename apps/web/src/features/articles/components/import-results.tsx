// The progress and the one-row-per-item outcome of an import (files or URLs), shared by both.
import { Anchor, Badge, Progress, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export type ImportStatus = "pending" | "uploading" | "created" | "duplicate" | "rejected";

export interface ImportRow {
  key: number;
  /** What was imported, as the person gave it: a file name or a URL. */
  label: string;
  status: ImportStatus;
  articleId?: string;
  reason?: string;
}

const COLOURS: Record<ImportStatus, string> = {
  pending: "gray",
  uploading: "blue",
  created: "teal",
  duplicate: "yellow",
  rejected: "red",
};

/** How many rows have an outcome. */
export const finishedCount = (rows: readonly ImportRow[]) =>
  rows.filter((r) => r.status !== "pending" && r.status !== "uploading").length;

interface Props {
  ws: string;
  rows: readonly ImportRow[];
  /** The dictionary key of the "n of m" progress line. */
  progressKey: string;
  testId: string;
  /** Long labels (URLs) break anywhere rather than widen the table. */
  breakLabels?: boolean;
}

export function ImportResults({ ws, rows, progressKey, testId, breakLabels }: Props) {
  const { t } = useTranslation();
  const done = finishedCount(rows);
  return (
    <>
      <Progress
        value={(done / rows.length) * 100}
        aria-label={t(progressKey, { done, total: rows.length })}
      />
      <Text size="sm" aria-live="polite">
        {t(progressKey, { done, total: rows.length })}
      </Text>
      <Table striped data-testid={testId}>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td style={breakLabels ? { wordBreak: "break-all" } : undefined}>{r.label}</Table.Td>
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
  );
}
