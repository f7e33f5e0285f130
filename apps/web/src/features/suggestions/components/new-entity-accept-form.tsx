import { ENTITY_KINDS, type EntityKind, type Suggestion } from "@kroscek/schema";
import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { type SuggestionAcceptResult, useAcceptSentence } from "../api/suggestions";

interface Props {
  ws: string;
  articleId: string;
  suggestion: Suggestion;
  onAccepted: (result: SuggestionAcceptResult) => void;
  onReload: () => void;
}

/** Accepts a proposed name as an entity, prefilled with the name and the kind the extractor guessed. */
export function NewEntityAcceptForm({ ws, articleId, suggestion: s, onAccepted, onReload }: Props) {
  const { t } = useTranslation();
  const d = s.kind === "new_entity" ? s.details : null;
  const [name, setName] = useState(d?.name || s.quote);
  const [kind, setKind] = useState<EntityKind | null>(d && d.entityKind !== "unknown" ? d.entityKind : null);
  const accept = useAcceptSentence(ws, articleId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return;
    accept.mutate(
      { suggestionId: s.id, input: { entity: { canonicalName: name.trim() || s.quote, kind } } },
      { onSuccess: onAccepted },
    );
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm" data-testid="entity-accept-form">
      <Text size="sm" c="dimmed">
        {t("newEntityAccept.hint")}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("suggestions.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
          data-testid="entity-name"
        />
        <Select
          label={t("suggestions.entityKind")}
          value={kind}
          onChange={(v) => setKind(v as EntityKind | null)}
          data={ENTITY_KINDS.map((k) => ({ value: k, label: t(`claimValue.entityKinds.${k}`) }))}
          data-testid="entity-kind"
        />
      </Group>
      <ErrorAlert error={accept.error} onReload={onReload} />
      <Group justify="flex-end">
        <Button type="submit" loading={accept.isPending} disabled={!kind} data-testid="entity-submit">
          {t("newEntityAccept.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
