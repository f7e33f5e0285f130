import { Select, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { browserTimeZone, timeZones } from "@/lib/time-zones";
import { slugify, slugProblem } from "../utils/slug";

export interface WorkspaceDraft {
  slug: string;
  name: string;
  language: "id" | "en";
  timeZone: string;
}

export const emptyWorkspaceDraft = (language: string | undefined): WorkspaceDraft => ({
  slug: "",
  name: "",
  language: language === "en" ? "en" : "id",
  timeZone: browserTimeZone(),
});

/** Whether the draft can be sent: the API would accept its slug and it has a name. */
export const workspaceDraftValid = (d: WorkspaceDraft) => !slugProblem(d.slug) && d.name.trim() !== "";

interface Props {
  value: WorkspaceDraft;
  onChange: (next: WorkspaceDraft) => void;
  /** Show field problems even before the user touched them (after a submit attempt). */
  showErrors?: boolean;
}

/** Name, slug (proposed from the name until edited), default language and time zone of a new workspace. */
export function WorkspaceFields({ value, onChange, showErrors }: Props) {
  const { t } = useTranslation();
  const [slugEdited, setSlugEdited] = useState(false);
  const [slugTouched, setSlugTouched] = useState(false);
  const zones = useMemo(timeZones, []);
  const problem = slugProblem(value.slug);
  const slugError =
    (slugTouched || showErrors) && value.slug !== "" && problem
      ? t(problem === "reserved" ? "workspace.slugReserved" : "workspace.slugInvalid")
      : showErrors && value.slug === ""
        ? t("workspace.slugInvalid")
        : null;
  return (
    <>
      <TextInput
        label={t("workspace.name")}
        required
        maxLength={200}
        value={value.name}
        onChange={(e) => {
          const name = e.currentTarget.value;
          onChange({ ...value, name, slug: slugEdited ? value.slug : slugify(name) });
        }}
        error={showErrors && !value.name.trim() ? t("workspace.nameRequired") : null}
        name="workspace-name"
        data-testid="workspace-name"
      />
      <TextInput
        label={t("workspace.slug")}
        description={t("workspace.slugHint")}
        required
        maxLength={63}
        value={value.slug}
        onChange={(e) => {
          setSlugEdited(true);
          onChange({ ...value, slug: e.currentTarget.value.toLowerCase() });
        }}
        onBlur={() => setSlugTouched(true)}
        error={slugError}
        leftSection={<span aria-hidden="true">/w/</span>}
        leftSectionWidth={36}
        name="workspace-slug"
        data-testid="workspace-slug"
        autoComplete="off"
        spellCheck={false}
      />
      <Select
        label={t("workspace.language")}
        allowDeselect={false}
        value={value.language}
        onChange={(v) => v && onChange({ ...value, language: v === "en" ? "en" : "id" })}
        data={[
          { value: "id", label: t("lang.id") },
          { value: "en", label: t("lang.en") },
        ]}
        comboboxProps={{ withinPortal: true }}
        data-testid="workspace-language"
      />
      <Select
        label={t("workspace.timeZone")}
        description={t("workspace.timeZoneHint")}
        searchable
        allowDeselect={false}
        value={value.timeZone}
        onChange={(v) => v && onChange({ ...value, timeZone: v })}
        data={zones}
        limit={200}
        comboboxProps={{ withinPortal: true }}
        nothingFoundMessage={t("common.noResults")}
        data-testid="workspace-timezone"
      />
    </>
  );
}
