import type { VerdictScale } from "@kroscek/schema";
import { List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate, localTimeZone } from "@/lib/format";
import { useVerdictRevisions } from "../api/verdicts";

/** Every published revision of a verdict, newest first, with any retraction. */
export function VerdictHistory({
  ws,
  verdictId,
  scale,
}: {
  ws: string;
  verdictId: string;
  scale: VerdictScale;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const revisions = useVerdictRevisions(ws, verdictId);
  const items = [...(revisions.data ?? [])].reverse();
  if (!items.length) return null;
  const label = (key: string) => {
    const e = scale.items.find((s) => s.key === key);
    return e ? (lang === "en" ? e.labelEn : e.labelId) : key;
  };
  return (
    <details data-testid="verdict-history">
      <summary>{t("verdict.history", { count: items.length })}</summary>
      <List size="sm" spacing={4} mt={4}>
        {items.map((r) => (
          <List.Item key={r.revision}>
            <Text size="sm">
              {t("verdict.revisionItem", {
                n: r.revision,
                date: formatDate(r.publishedAt, lang, "minute", localTimeZone()),
                rating: label(r.ratingKey),
              })}
            </Text>
            {r.retractedAt && r.retractionReason && (
              <Text size="xs" c="red">
                {t("verdict.retractedNote", {
                  date: formatDate(r.retractedAt, lang, "minute", localTimeZone()),
                  reason: r.retractionReason,
                })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </details>
  );
}
