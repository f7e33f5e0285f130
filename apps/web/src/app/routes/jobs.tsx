import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { JobList } from "@/features/jobs/components/job-list";
import { useWorkspace } from "@/hooks/use-workspace";

export function JobsRoute() {
  const { t } = useTranslation();
  const { slug } = useWorkspace();
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t("jobs.title")}
      </Title>
      <Text c="dimmed">{t("jobs.intro")}</Text>
      <JobList ws={slug} />
    </Stack>
  );
}
