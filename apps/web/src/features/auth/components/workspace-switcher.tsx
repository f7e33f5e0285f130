import type { Workspace } from "@kroscek/schema";
import { Modal, Select } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { CreateWorkspaceForm } from "@/features/workspaces/components/create-workspace-form";

// No slug can contain "+", so this value never names a workspace.
const NEW = "+new";

/** Lists the session's workspaces; choosing one opens its article list, "new workspace" a form. */
export function WorkspaceSwitcher({ workspaces, current }: { workspaces: Workspace[]; current: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Select
        label={t("auth.workspace")}
        size="xs"
        w={{ base: 200, md: 260 }}
        allowDeselect={false}
        value={current}
        data={[
          ...workspaces.map((w) => ({ value: w.slug, label: `${w.name} · ${t(`auth.role.${w.role}`)}` })),
          { value: NEW, label: `+ ${t("workspace.new")}` },
        ]}
        onChange={(slug) => {
          if (slug === NEW) setCreating(true);
          else if (slug) navigate(`/w/${slug}/articles`);
        }}
        comboboxProps={{ withinPortal: true }}
        data-testid="workspace-switcher"
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t("workspace.newTitle")} size="lg">
        <CreateWorkspaceForm
          onCancel={() => setCreating(false)}
          onCreated={(ws) => {
            setCreating(false);
            navigate(`/w/${ws.slug}/articles`);
          }}
        />
      </Modal>
    </>
  );
}
