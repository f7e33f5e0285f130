import { Button, Center, Stack, Text } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** The parts of a TanStack infinite query a list needs to load its next page. */
export interface NextPage {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * A long list rendered a screenful at a time: only the rows in view (plus a margin) are in the DOM,
 * rows measure their own height, and the next page is fetched as the end comes into view (with a
 * button as well, for keyboard users and for screens where the list does not fill the view).
 */
export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  estimateSize,
  label,
  testId,
  next,
  height = "calc(100vh - 330px)",
}: {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  estimateSize: number;
  label: string;
  testId?: string;
  next?: NextPage;
  height?: string;
}) {
  const { t } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => estimateSize,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();
  useNextPageNearEnd(rows[rows.length - 1]?.index ?? -1, items.length, next);

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("common.count", { count: items.length })}
      </Text>
      <div ref={parentRef} style={{ height, minHeight: 320, overflow: "auto" }} data-testid={testId}>
        <ul
          aria-label={label}
          style={{
            height: virtualizer.getTotalSize(),
            position: "relative",
            margin: 0,
            padding: 0,
            listStyle: "none",
          }}
        >
          {rows.map((row) => {
            const item = items[row.index] as T;
            return (
              <li
                key={getKey(item)}
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  width: "100%",
                  transform: `translateY(${row.start}px)`,
                }}
              >
                {renderItem(item)}
              </li>
            );
          })}
        </ul>
      </div>
      <LoadMore next={next} />
    </Stack>
  );
}

/** Fetches the next page once the last rendered row is within five of the end. */
export function useNextPageNearEnd(lastIndex: number, count: number, next: NextPage | undefined) {
  useEffect(() => {
    if (next && lastIndex >= count - 5 && next.hasNextPage && !next.isFetchingNextPage) {
      void next.fetchNextPage();
    }
  }, [lastIndex, count, next]);
}

/** The explicit "load more" button under a paged list. */
export function LoadMore({ next }: { next: NextPage | undefined }) {
  const { t } = useTranslation();
  if (!next?.hasNextPage) return null;
  return (
    <Center>
      <Button variant="default" loading={next.isFetchingNextPage} onClick={() => void next.fetchNextPage()}>
        {t("common.loadMore")}
      </Button>
    </Center>
  );
}
