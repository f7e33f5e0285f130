import { ENTITY_KINDS, type Entity, type EntityKind } from "@kroscek/schema";
import { Button, Group, MultiSelect, Select, Stack } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { createEntity, useEntitiesById, useEntitySearch } from "../api/ledger";

interface BaseProps {
  ws: string;
  label: string;
  /** Kind suggested for a new entity (a place slot suggests "place"). */
  defaultKind?: EntityKind;
  testId?: string;
}

/**
 * Entity search: alias lookup through GET entities/resolve plus partial names, with "create" when
 * nothing fits. Selected entities the search has not shown (a preset value) are loaded by id.
 */
function useEntityOptions(ws: string, defaultKind: EntityKind, selected: readonly string[]) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const found = useEntitySearch(ws, debounced.trim());
  const known = useRef(new Map<string, Entity>());
  for (const e of found.data ?? []) known.current.set(e.id, e);
  const loaded = useEntitiesById(
    ws,
    selected.filter((id) => !known.current.has(id)),
  );
  for (const q of loaded) if (q.data) known.current.set(q.data.id, q.data);
  const [kind, setKind] = useState<EntityKind>(defaultKind);
  const create = useMutation({
    mutationFn: (name: string) => createEntity(ws, { canonicalName: name, kind, aliases: [] }),
    onSuccess: (e) => known.current.set(e.id, e),
  });
  const options = (ids: string[]) => {
    const shown = new Map<string, Entity>();
    for (const id of ids) {
      const e = known.current.get(id);
      if (e) shown.set(id, e);
    }
    for (const e of found.data ?? []) shown.set(e.id, e);
    return [...shown.values()].map((e) => ({
      value: e.id,
      label:
        e.aliases.length > 1
          ? `${e.canonicalName} (${e.aliases
              .filter((a) => a !== e.canonicalName)
              .slice(0, 3)
              .join(", ")})`
          : e.canonicalName,
    }));
  };
  const exact = (found.data ?? []).some((e) =>
    e.aliases.some((a) => a.toLowerCase() === search.trim().toLowerCase()),
  );
  return { search, setSearch, options, create, kind, setKind, exact, loading: found.isFetching };
}

function CreateEntity({
  o,
  onCreated,
}: {
  o: ReturnType<typeof useEntityOptions>;
  onCreated: (entity: Entity) => void;
}) {
  const { t } = useTranslation();
  const name = o.search;
  if (!name.trim() || o.exact) return null;
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        size="xs"
        w={160}
        label={t("claimValue.entityKind")}
        allowDeselect={false}
        value={o.kind}
        onChange={(v) => v && o.setKind(v as EntityKind)}
        data={ENTITY_KINDS.map((k) => ({ value: k, label: t(`claimValue.entityKinds.${k}`) }))}
      />
      <Button
        size="xs"
        variant="light"
        loading={o.create.isPending}
        onClick={() => o.create.mutate(name.trim(), { onSuccess: onCreated })}
      >
        {t("claimValue.createEntity", { name: name.trim() })}
      </Button>
    </Group>
  );
}

export function EntityPicker({
  ws,
  label,
  value,
  onChange,
  defaultKind = "person",
  testId,
}: BaseProps & { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const o = useEntityOptions(ws, defaultKind, value ? [value] : []);
  return (
    <Stack gap={4}>
      <Select
        label={label}
        placeholder={t("claimValue.entitySearch")}
        searchable
        clearable
        value={value}
        onChange={onChange}
        searchValue={o.search}
        onSearchChange={o.setSearch}
        filter={({ options }) => options}
        data={o.options(value ? [value] : [])}
        nothingFoundMessage={o.search.trim() ? t("claimValue.entityNoMatch") : undefined}
        data-testid={testId}
      />
      <CreateEntity o={o} onCreated={(e) => onChange(e.id)} />
      <ErrorAlert error={o.create.error} />
    </Stack>
  );
}

export function EntitiesPicker({
  ws,
  label,
  value,
  onChange,
  defaultKind = "person",
  testId,
}: BaseProps & { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const o = useEntityOptions(ws, defaultKind, value);
  return (
    <Stack gap={4}>
      <MultiSelect
        label={label}
        placeholder={t("claimValue.entitySearch")}
        searchable
        value={value}
        onChange={onChange}
        searchValue={o.search}
        onSearchChange={o.setSearch}
        filter={({ options }) => options}
        data={o.options(value)}
        nothingFoundMessage={o.search.trim() ? t("claimValue.entityNoMatch") : undefined}
        data-testid={testId}
      />
      <CreateEntity
        o={o}
        onCreated={(e) => {
          onChange([...value, e.id]);
          o.setSearch("");
        }}
      />
      <ErrorAlert error={o.create.error} />
    </Stack>
  );
}
