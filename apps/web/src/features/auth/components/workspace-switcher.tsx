import type { Workspace } from "@kroscek/schema";
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

/** Lists the session's workspaces; choosing one opens its article list. */
export function WorkspaceSwitcher({ workspaces, current }: { workspaces: Workspace[]; current: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Select
      label={t("auth.workspace")}
      size="xs"
      w={220}
      allowDeselect={false}
      value={current}
      data={workspaces.map((w) => ({ value: w.slug, label: `${w.name} · ${t(`auth.role.${w.role}`)}` }))}
      onChange={(slug) => slug && navigate(`/w/${slug}/articles`)}
      comboboxProps={{ withinPortal: true }}
      data-testid="workspace-switcher"
    />
  );
}
