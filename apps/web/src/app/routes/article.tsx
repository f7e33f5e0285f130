import { can } from "@kroscek/schema";
import { Affix, Button, Drawer, Grid, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { useArticleAssertions, useArticleFlags } from "@/features/articles/api/get-annotations";
import { useArticle } from "@/features/articles/api/get-article";
import { ArticleBody, StanceLegend } from "@/features/articles/components/article-body";
import { ArticleMeta } from "@/features/articles/components/article-meta";
import { ArticleFlags, AssertionList } from "@/features/articles/components/assertion-list";
import { FindPassage } from "@/features/articles/components/find-passage";
import type { QuoteSelection } from "@/features/articles/utils/selection";
import { RecordAssertionForm } from "@/features/assertions/components/record-assertion-form";
import type { Span } from "@/features/suggestions/components/suggestion-card";
import { SuggestionPanel } from "@/features/suggestions/components/suggestion-panel";
import { useWorkspace } from "@/hooks/use-workspace";

/**
 * The reader: the article as text with its assertions highlighted; selecting a passage records one,
 * and the suggestions of assisted extraction can be pointed at in the text and accepted.
 */
export function ArticleRoute() {
  const { t } = useTranslation();
  const { articleId = "" } = useParams();
  const { slug, workspace } = useWorkspace();
  const article = useArticle(slug, articleId);
  const assertions = useArticleAssertions(slug, articleId);
  const flags = useArticleFlags(slug, articleId);
  const [pending, setPending] = useState<QuoteSelection | null>(null);
  const [recording, setRecording] = useState(false);
  // A suggestion under the pointer outlines its passage; "show in text" also scrolls to it.
  const [pointed, setPointed] = useState<Span | null>(null);
  const [shown, setShown] = useState<(Span & { key: number; articleId: string }) | null>(null);
  const shownHere = shown?.articleId === articleId ? shown : null;
  const writable = can(workspace?.role, "ledger.write");
  const flaggedIds = useMemo(
    () =>
      new Set(
        (flags.data ?? []).filter((f) => f.active && f.assertionId).map((f) => f.assertionId as string),
      ),
    [flags.data],
  );
  if (article.isPending) return <PageLoader />;
  if (article.isError) return <ErrorAlert error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;
  return (
    <>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <ArticleMeta article={a} />
            <StanceLegend />
            {writable && (
              <Text size="sm" c="dimmed">
                {t("reader.bodyHint")}
              </Text>
            )}
            <Paper withBorder p="lg" radius="md">
              <ArticleBody
                body={a.body}
                assertions={assertions.data ?? []}
                flaggedAssertionIds={flaggedIds}
                pending={pending}
                onSelect={writable ? setPending : undefined}
                focus={pointed ?? shownHere}
                focusScrollKey={shownHere?.key}
              />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            {writable && <FindPassage body={a.body} onSelect={setPending} />}
            <Title order={2} size="h4">
              {t("reader.assertions")}
            </Title>
            {assertions.isError && <ErrorAlert error={assertions.error} />}
            <AssertionList ws={slug} assertions={assertions.data ?? []} flags={flags.data ?? []} />
            {(flags.data ?? []).some((f) => f.active && !f.assertionId) && (
              <>
                <Title order={2} size="h4">
                  {t("reader.flags")}
                </Title>
                <ArticleFlags flags={(flags.data ?? []).filter((f) => !f.assertionId)} />
              </>
            )}
            <SuggestionPanel
              ws={slug}
              articleId={a.id}
              timeZone={a.timeZone}
              writable={writable}
              assertions={assertions.data ?? []}
              onPoint={setPointed}
              onShow={(span) => setShown((prev) => ({ ...span, articleId, key: (prev?.key ?? 0) + 1 }))}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      {writable && pending && !recording && (
        <Affix position={{ bottom: 20, right: 20 }}>
          <Paper shadow="md" p="sm" withBorder maw={420}>
            <Text size="sm" lineClamp={2} mb="xs" style={{ whiteSpace: "pre-wrap" }}>
              “{pending.exact}”
            </Text>
            <Button fullWidth onClick={() => setRecording(true)} data-testid="open-record">
              {t("reader.record")}
            </Button>
          </Paper>
        </Affix>
      )}
      <Drawer
        opened={recording && pending !== null}
        onClose={() => setRecording(false)}
        position="right"
        size="lg"
        title={t("record.title")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {pending && (
          <RecordAssertionForm
            key={`${pending.start}-${pending.end}`}
            ws={slug}
            articleId={a.id}
            timeZone={a.timeZone}
            quote={pending}
            onRecorded={() => {
              notifications.show({ color: "teal", message: t("record.success") });
              setRecording(false);
              setPending(null);
            }}
          />
        )}
      </Drawer>
    </>
  );
}
