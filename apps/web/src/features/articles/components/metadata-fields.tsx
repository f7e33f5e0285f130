import { Autocomplete, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { useOutlets } from "../api/get-outlets";

export interface ArticleMetadata {
  outlet: string;
  url: string;
  title: string;
  publishedAt: string;
  language: string;
}

export const emptyMetadata: ArticleMetadata = {
  outlet: "",
  url: "",
  title: "",
  publishedAt: "",
  language: "id",
};

/** The POST /articles body for a text and its metadata; empty fields are left out. */
export function toArticleInput(meta: ArticleMetadata, body: string, title?: string) {
  return {
    body,
    outlet: meta.outlet.trim() || undefined,
    url: meta.url.trim() || null,
    title: (title ?? meta.title).trim() || null,
    publishedAt: meta.publishedAt || null,
    language: meta.language || undefined,
  };
}

export function MetadataFields({
  ws,
  value,
  onChange,
  withTitle = true,
}: {
  ws: string;
  value: ArticleMetadata;
  onChange: (v: ArticleMetadata) => void;
  withTitle?: boolean;
}) {
  const { t } = useTranslation();
  const outlets = useOutlets(ws);
  const set = (patch: Partial<ArticleMetadata>) => onChange({ ...value, ...patch });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Autocomplete
        label={t("import.outlet")}
        description={t("import.outletHint")}
        value={value.outlet}
        onChange={(v) => set({ outlet: v })}
        data={[...new Set((outlets.data ?? []).map((o) => o.name))]}
        data-testid="import-outlet"
      />
      <TextInput
        label={t("import.url")}
        type="url"
        value={value.url}
        onChange={(e) => set({ url: e.currentTarget.value })}
        data-testid="import-url"
      />
      {withTitle && (
        <TextInput
          label={t("import.titleField")}
          value={value.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          data-testid="import-title"
        />
      )}
      <DateField
        label={t("import.publishedAt")}
        value={value.publishedAt}
        onChange={(v) => set({ publishedAt: v })}
        data-testid="import-published"
      />
      <Select
        label={t("import.language")}
        allowDeselect={false}
        value={value.language}
        onChange={(v) => set({ language: v ?? "id" })}
        data={[
          { value: "id", label: t("articles.languages.id") },
          { value: "en", label: t("articles.languages.en") },
        ]}
        data-testid="import-language"
      />
    </SimpleGrid>
  );
}
