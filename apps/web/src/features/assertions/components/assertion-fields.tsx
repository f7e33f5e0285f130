import { ATTRIBUTION_KINDS, type AttributionKind, STANCES, type Stance } from "@kroscek/schema";
import { Divider, Select, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EntityPicker } from "./entity-picker";

/** Who the article cites for the quote, as the form edits it. */
export interface AttributionDraft {
  kind: AttributionKind;
  text: string;
  entityId: string | null;
}

export const noAttribution: AttributionDraft = { kind: "none", text: "", entityId: null };

/** The attribution as the API takes it, without the parts its kind hides (no source has no text). */
export const toAttribution = (a: AttributionDraft) => ({
  kind: a.kind,
  text: a.kind === "none" ? null : a.text.trim() || null,
  entityId: a.kind === "none" || a.kind === "anonymous" ? null : a.entityId,
});

/** Stance of the article towards the claim, and the source it cites for the quote. */
export function StanceAttributionFields({
  ws,
  stance,
  onStanceChange,
  attribution,
  onAttributionChange,
}: {
  ws: string;
  stance: Stance;
  onStanceChange: (s: Stance) => void;
  attribution: AttributionDraft;
  onAttributionChange: (a: AttributionDraft) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<AttributionDraft>) => onAttributionChange({ ...attribution, ...patch });
  return (
    <>
      <Divider label={t("stance.label")} labelPosition="left" />
      <Select
        label={t("stance.label")}
        allowDeselect={false}
        value={stance}
        onChange={(v) => v && onStanceChange(v as Stance)}
        data={STANCES.map((s) => ({ value: s, label: t(`stance.${s}`) }))}
        data-testid="record-stance"
      />
      <Select
        label={t("attribution.label")}
        allowDeselect={false}
        value={attribution.kind}
        onChange={(v) => v && set({ kind: v as AttributionKind })}
        data={ATTRIBUTION_KINDS.map((k) => ({ value: k, label: t(`attribution.kinds.${k}`) }))}
        data-testid="record-attribution"
      />
      {attribution.kind !== "none" && (
        <>
          <TextInput
            label={t("attribution.text")}
            value={attribution.text}
            onChange={(e) => set({ text: e.currentTarget.value })}
            data-testid="record-attribution-text"
          />
          {attribution.kind !== "anonymous" && (
            <EntityPicker
              ws={ws}
              label={t("attribution.entity")}
              value={attribution.entityId}
              onChange={(entityId) => set({ entityId })}
              defaultKind={attribution.kind === "named_person" ? "person" : "organisation"}
            />
          )}
        </>
      )}
    </>
  );
}
