import type { Assertion, Suggestion, SuggestionKind } from "@kroscek/schema";
import { Button, Chip, Group, Loader, Modal, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { useArticleSuggestions, useRefreshSuggestions } from "../api/suggestions";
import { isAcceptable, type PanelRow, panelRows, SUGGESTION_ORDER } from "../utils/suggestion-view";
import { AcceptSuggestionForm } from "./accept-suggestion-form";
import { type Span, SuggestionCard } from "./suggestion-card";

type KindFilter = SuggestionKind | "all";

interface Props {
  ws: string;
  articleId: string;
  timeZone: string;
  /** Whether the reader may accept and recompute (fact-checkers, editors, administrators). */
  writable: boolean;
  /** The article's recorded assertions, to link an accepted suggestion to its claim. */
  assertions: Assertion[];
  /** The passage a suggestion points at while hovered or focused; null when it leaves. */
  onPoint: (span: Span | null) => void;
  /** "Show in text": scroll the body to the passage and mark it. */
  onShow: (span: Span) => void;
}

/**
 * What assisted extraction proposes for the article, by kind with candidate claims first. A
 * suggestion is only a proposal: accepting one records an assertion of a claim the fact-checker names.
 */
export function SuggestionPanel({ ws, articleId, timeZone, writable, assertions, onPoint, onShow }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useArticleSuggestions(ws, articleId);
  const refresh = useRefreshSuggestions(ws, articleId);
  const [kind, setKind] = useState<KindFilter>("all");
  const [accepting, setAccepting] = useState<Suggestion | null>(null);
  const items = query.data?.items;
  const rows = useMemo(() => panelRows(items ?? [], kind), [items, kind]);
  const claimOf = useMemo(() => new Map(assertions.map((a) => [a.id, a.claimId])), [assertions]);
  const close = () => setAccepting(null);

  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId} data-testid="suggestion-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4" id={titleId}>
          {t("suggestions.title")}
        </Title>
        {writable && (
          <Button
            size="compact-sm"
            variant="default"
            loading={refresh.isPending}
            onClick={() =>
              refresh.mutate(undefined, {
                onSuccess: () => notifications.show({ color: "teal", message: t("suggestions.refreshed") }),
              })
            }
            data-testid="suggestions-refresh"
          >
            {t("suggestions.refresh")}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t("suggestions.hint")}
      </Text>
      <ErrorAlert error={refresh.error} />
      {query.isPending ? (
        <Group justify="center" p="md">
          <Loader size="sm" aria-label={t("app.loading")} />
        </Group>
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("suggestions.empty")}
        </Text>
      ) : (
        <>
          <KindChips
            counts={query.data.counts}
            total={query.data.items.length}
            value={kind}
            onChange={setKind}
          />
          <SuggestionRows
            key={kind}
            rows={rows}
            render={(s) => (
              <SuggestionCard
                ws={ws}
                suggestion={s}
                timeZone={timeZone}
                claimId={s.assertionId ? (claimOf.get(s.assertionId) ?? null) : null}
                canAccept={writable && isAcceptable(s)}
                onAccept={() => setAccepting(s)}
                onShow={onShow}
                onPoint={onPoint}
              />
            )}
          />
        </>
      )}
      <Modal
        opened={accepting !== null}
        onClose={close}
        size="lg"
        title={t("suggestions.acceptTitle")}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {accepting && (
          <AcceptSuggestionForm
            key={accepting.id}
            ws={ws}
            articleId={articleId}
            timeZone={timeZone}
            suggestion={accepting}
            onAccepted={({ assertion, assertions, entity }) => {
              const message = entity
                ? t("newEntityAccept.success", { name: entity.canonicalName })
                : accepting.kind === "claim" && assertions.length !== 1
                  ? t("sentenceAccept.success", { count: assertions.length })
                  : t("suggestions.acceptSuccess");
              notifications.show({ color: "teal", message });
              close();
              // The new assertion is highlighted like any other; bring it into view.
              if (assertion) onShow(assertion.position);
            }}
            onReload={() => {
              void query.refetch();
              close();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** One radio chip per kind present, with its count; "all" groups every kind. */
function KindChips({
  counts,
  total,
  value,
  onChange,
}: {
  counts: Record<string, number>;
  total: number;
  value: KindFilter;
  onChange: (k: KindFilter) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const present = SUGGESTION_ORDER.filter((k) => (counts[k] ?? 0) > 0);
  return (
    <Chip.Group multiple={false} value={value} onChange={(v) => onChange(v as KindFilter)}>
      <Group
        gap={6}
        role="radiogroup"
        aria-label={t("suggestions.kindFilter")}
        data-testid="suggestion-kinds"
      >
        <Chip value="all" size="xs" name={name} wrapperProps={{ "data-testid": "suggestion-kind-all" }}>
          {t("suggestions.allKinds", { count: total })}
        </Chip>
        {present.map((k) => (
          <Chip
            key={k}
            value={k}
            size="xs"
            name={name}
            wrapperProps={{ "data-testid": `suggestion-kind-${k}` }}
          >
            {t("suggestions.kindCount", { label: t(`suggestions.kinds.${k}`), count: counts[k] ?? 0 })}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}

/**
 * The rows in a scroll box of their own, virtualised: an article can carry hundreds of entity
 * mentions, so only the cards in view (plus a margin) are in the page.
 */
function SuggestionRows({ rows, render }: { rows: PanelRow[]; render: (s: Suggestion) => React.ReactNode }) {
  const { t } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: (i) => (rows[i]?.type === "group" ? 36 : 170),
    getItemKey: (i) => {
      const row = rows[i] as PanelRow;
      return row.type === "group" ? `group-${row.kind}` : row.suggestion.id;
    },
    overscan: 6,
  });
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("suggestions.emptyKind")}
      </Text>
    );
  return (
    <div
      ref={parentRef}
      style={{ maxHeight: "min(75vh, 960px)", overflow: "auto", overscrollBehavior: "contain" }}
      data-testid="suggestion-list"
    >
      <ul
        aria-label={t("suggestions.listLabel")}
        style={{
          height: virtualizer.getTotalSize(),
          position: "relative",
          margin: 0,
          padding: 0,
          listStyle: "none",
        }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index] as PanelRow;
          return (
            <li
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{
                position: "absolute",
                top: 0,
                left: 0,
                width: "100%",
                transform: `translateY(${v.start}px)`,
              }}
            >
              {row.type === "group" ? (
                <Title order={3} size="h6" pt={6} pb={4} c="dimmed">
                  {t("suggestions.kindCount", {
                    label: t(`suggestions.kinds.${row.kind}`),
                    count: row.count,
                  })}
                </Title>
              ) : (
                render(row.suggestion)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
