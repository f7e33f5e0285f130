import type { Workspace } from "@kroscek/schema";
import { Button, Fieldset, Group, Select, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { timeZones } from "@/lib/time-zones";
import { useUpdateWorkspace } from "../api/workspaces";

const isHttpUrl = (s: string) => {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

interface Props {
  workspace: Workspace;
  /** Reloads the settings after a 409 (someone saved first). */
  onReload: () => void;
}

/** Name, default language and time zone, and the publisher shown in exports; saved with the version read. */
export function WorkspaceSettingsForm({ workspace, onReload }: Props) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace(workspace.slug);
  const zones = useMemo(timeZones, []);
  const [name, setName] = useState(workspace.name);
  const [language, setLanguage] = useState(workspace.language);
  const [timeZone, setTimeZone] = useState(workspace.timeZone);
  const [pubName, setPubName] = useState(workspace.publisher.name ?? "");
  const [pubUrl, setPubUrl] = useState(workspace.publisher.url ?? "");
  const [logoUrl, setLogoUrl] = useState(workspace.publisher.logoUrl ?? "");
  const readOnly = workspace.archived;
  const urlError = (v: string) => (v.trim() && !isHttpUrl(v.trim()) ? t("settings.urlInvalid") : null);
  const valid = name.trim() !== "" && !urlError(pubUrl) && !urlError(logoUrl);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid || readOnly) return;
    // The form remounts with the saved version, so the outcome is read from the promise, not a callback.
    update
      .mutateAsync({
        version: workspace.version,
        name: name.trim(),
        language,
        timeZone,
        publisher: {
          name: pubName.trim() || null,
          url: pubUrl.trim() || null,
          logoUrl: logoUrl.trim() || null,
        },
      })
      .then(
        () => notifications.show({ color: "teal", message: t("settings.saved") }),
        () => undefined, // shown by the ErrorAlert below
      );
  };
  return (
    <Stack
      renderRoot={(props) => <form {...props} noValidate />}
      onSubmit={submit}
      data-testid="settings-form"
    >
      <Fieldset legend={t("settings.general")} disabled={readOnly}>
        <Stack>
          <TextInput label={t("settings.slug")} value={workspace.slug} readOnly disabled />
          <TextInput
            label={t("workspace.name")}
            required
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={name.trim() ? null : t("workspace.nameRequired")}
            data-testid="settings-name"
          />
          <Group grow align="flex-start">
            <Select
              label={t("workspace.language")}
              allowDeselect={false}
              value={language}
              onChange={(v) => v && setLanguage(v === "en" ? "en" : "id")}
              data={[
                { value: "id", label: t("lang.id") },
                { value: "en", label: t("lang.en") },
              ]}
              data-testid="settings-language"
            />
            <Select
              label={t("workspace.timeZone")}
              searchable
              allowDeselect={false}
              value={timeZone}
              onChange={(v) => v && setTimeZone(v)}
              data={zones.includes(timeZone) ? zones : [timeZone, ...zones]}
              limit={200}
              nothingFoundMessage={t("common.noResults")}
              data-testid="settings-timezone"
            />
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t("settings.publisher")} disabled={readOnly}>
        <Stack>
          <TextInput
            label={t("settings.publisherName")}
            description={t("settings.publisherHint")}
            placeholder={workspace.name}
            maxLength={200}
            value={pubName}
            onChange={(e) => setPubName(e.currentTarget.value)}
            data-testid="settings-publisher-name"
          />
          <TextInput
            label={t("settings.publisherUrl")}
            type="url"
            placeholder="https://"
            value={pubUrl}
            onChange={(e) => setPubUrl(e.currentTarget.value)}
            error={urlError(pubUrl)}
            data-testid="settings-publisher-url"
          />
          <TextInput
            label={t("settings.publisherLogo")}
            type="url"
            placeholder="https://"
            value={logoUrl}
            onChange={(e) => setLogoUrl(e.currentTarget.value)}
            error={urlError(logoUrl)}
            data-testid="settings-publisher-logo"
          />
        </Stack>
      </Fieldset>
      <ErrorAlert
        error={update.error}
        onReload={() => {
          update.reset();
          onReload();
        }}
        explain={(err) => (err.status === 409 ? t("settings.stale") : null)}
      />
      {!readOnly && (
        <Group justify="flex-end">
          <Button type="submit" disabled={!valid} loading={update.isPending} data-testid="settings-save">
            {t("common.save")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
