import { type ClaimSlot, type ClaimValue, DATE_PRECISIONS, type DatePrecision } from "@kroscek/schema";
import { NumberInput, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { formatDate } from "@/lib/format";
import { dateInterval } from "../utils/date-interval";
import { EntitiesPicker, EntityPicker } from "./entity-picker";

export interface ClaimDraft {
  slot: ClaimSlot;
  date: string;
  precision: DatePrecision;
  expression: string;
  entityId: string | null;
  entityIds: string[];
  amount: number | null;
  unit: string;
  tolerance: number;
  occurred: boolean;
  text: string;
}

export const newClaimDraft = (quote: string): ClaimDraft => ({
  slot: "date",
  date: "",
  precision: "day",
  expression: quote.slice(0, 500),
  entityId: null,
  entityIds: [],
  amount: null,
  unit: "",
  tolerance: 0,
  occurred: true,
  text: quote.slice(0, 5000),
});

/** The typed claim value the draft describes, or null while a required part is missing. */
export function toClaimValue(d: ClaimDraft, timeZone: string): ClaimValue | null {
  switch (d.slot) {
    case "date":
      return d.date
        ? {
            slot: "date",
            interval: dateInterval(d.date, d.precision, timeZone),
            expression: d.expression || undefined,
          }
        : null;
    case "place":
    case "actor":
      return d.entityId ? { slot: d.slot, entityId: d.entityId } : null;
    case "participants":
      return d.entityIds.length ? { slot: "participants", entityIds: d.entityIds } : null;
    case "quantity":
      return d.amount !== null && d.unit.trim()
        ? { slot: "quantity", amount: d.amount, unit: d.unit.trim(), tolerance: d.tolerance }
        : null;
    case "occurred":
      return { slot: "occurred", occurred: d.occurred };
    case "statement":
      return d.text.trim() ? { slot: "statement", text: d.text.trim() } : null;
  }
}

/** Inputs for the typed value of one claim slot. */
export function ClaimValueFields({
  ws,
  draft,
  onChange,
  timeZone,
}: {
  ws: string;
  draft: ClaimDraft;
  onChange: (d: ClaimDraft) => void;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const set = (patch: Partial<ClaimDraft>) => onChange({ ...draft, ...patch });
  switch (draft.slot) {
    case "date": {
      const interval = draft.date ? dateInterval(draft.date, draft.precision, timeZone) : null;
      const lang = i18n.resolvedLanguage ?? "id";
      return (
        <Stack gap="xs">
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label={t("claimValue.date")}
              required
              value={draft.date}
              onChange={(v) => set({ date: v })}
              data-testid="claim-date"
            />
            <Select
              label={t("claimValue.precision")}
              allowDeselect={false}
              value={draft.precision}
              onChange={(v) => v && set({ precision: v as DatePrecision })}
              data={DATE_PRECISIONS.map((p) => ({ value: p, label: t(`claimValue.precisions.${p}`) }))}
            />
          </SimpleGrid>
          <TextInput
            label={t("claimValue.expression")}
            value={draft.expression}
            onChange={(e) => set({ expression: e.currentTarget.value })}
          />
          {interval && (
            <Text size="sm" c="dimmed" data-testid="claim-interval">
              {t("claimValue.interval", {
                start: formatDate(interval.start, lang, "minute", timeZone),
                end: formatDate(interval.end, lang, "minute", timeZone),
                tz: timeZone,
              })}
            </Text>
          )}
        </Stack>
      );
    }
    case "place":
    case "actor":
      return (
        <EntityPicker
          ws={ws}
          label={t("claimValue.entity")}
          value={draft.entityId}
          onChange={(id) => set({ entityId: id })}
          defaultKind={draft.slot === "place" ? "place" : "person"}
          testId="claim-entity"
        />
      );
    case "participants":
      return (
        <EntitiesPicker
          ws={ws}
          label={t("claimValue.entities")}
          value={draft.entityIds}
          onChange={(ids) => set({ entityIds: ids })}
          testId="claim-entities"
        />
      );
    case "quantity":
      return (
        <SimpleGrid cols={3} spacing="sm">
          <NumberInput
            label={t("claimValue.amount")}
            required
            value={draft.amount ?? ""}
            onChange={(v) => set({ amount: typeof v === "number" ? v : null })}
          />
          <TextInput
            label={t("claimValue.unit")}
            required
            value={draft.unit}
            onChange={(e) => set({ unit: e.currentTarget.value })}
          />
          <NumberInput
            label={t("claimValue.tolerance")}
            min={0}
            max={1}
            step={0.01}
            decimalScale={2}
            value={draft.tolerance}
            onChange={(v) => set({ tolerance: typeof v === "number" ? v : 0 })}
          />
        </SimpleGrid>
      );
    case "occurred":
      return (
        <Switch
          label={t("claimValue.occurred")}
          checked={draft.occurred}
          onChange={(e) => set({ occurred: e.currentTarget.checked })}
        />
      );
    case "statement":
      return (
        <Textarea
          label={t("claimValue.statement")}
          required
          autosize
          minRows={2}
          value={draft.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
      );
  }
}
