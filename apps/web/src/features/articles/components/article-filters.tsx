import { Button, Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import type { ArticleFilters as Filters } from "../api/get-articles";
import { useOutlets } from "../api/get-outlets";

/** Outlet, language, date range and text filters; text is debounced so typing does not spam the API. */
export function ArticleFilters({
  ws,
  value,
  onChange,
}: {
  ws: string;
  value: Filters;
  onChange: (f: Filters) => void;
}) {
  const { t } = useTranslation();
  const outlets = useOutlets(ws);
  const [text, setText] = useState(value.q ?? "");
  const [debounced] = useDebouncedValue(text, 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text should trigger
  useEffect(() => {
    const q = debounced.trim() || undefined;
    if (q !== value.q) onChange({ ...value, q });
  }, [debounced]);
  const set = (patch: Filters) => onChange({ ...value, ...patch });
  return (
    <form aria-label={t("articles.filters")} onSubmit={(e) => e.preventDefault()}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <TextInput
          label={t("articles.text")}
          type="search"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="filter-text"
        />
        <Select
          label={t("articles.outlet")}
          clearable
          searchable
          placeholder={t("common.all")}
          value={value.outletId ?? null}
          onChange={(v) => set({ outletId: v ?? undefined })}
          data={(outlets.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <Select
          label={t("articles.language")}
          clearable
          placeholder={t("common.all")}
          value={value.language ?? null}
          onChange={(v) => set({ language: v ?? undefined })}
          data={[
            { value: "id", label: t("articles.languages.id") },
            { value: "en", label: t("articles.languages.en") },
          ]}
        />
        <DateField
          label={t("articles.from")}
          value={value.publishedFrom ?? ""}
          onChange={(v) => set({ publishedFrom: v || undefined })}
        />
        <DateField
          label={t("articles.to")}
          value={value.publishedTo ?? ""}
          onChange={(v) => set({ publishedTo: v || undefined })}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button
          variant="subtle"
          size="xs"
          onClick={() => {
            setText("");
            onChange({});
          }}
        >
          {t("common.clear")}
        </Button>
      </Group>
    </form>
  );
}
