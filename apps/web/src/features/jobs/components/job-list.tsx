import { JOB_STATES } from "@kroscek/schema";
import { Badge, Select, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/error-alert";
import { PageLoader } from "@/components/page-loader";
import { formatDate, localTimeZone } from "@/lib/format";
import { type JobState, useJobs } from "../api/jobs";

const STATE_COLOURS: Record<JobState, string> = {
  created: "blue",
  retry: "orange",
  active: "violet",
  completed: "teal",
  cancelled: "gray",
  failed: "red",
};

/** The kinds of job the product runs, named for people; anything else shows its own name. */
const KNOWN_KINDS = [
  "reliability.snapshot",
  "article.archive",
  "feed.poll",
  "feeds.tick",
  "webhook.deliver",
] as const;
const kindKey = (name: string) =>
  (KNOWN_KINDS as readonly string[]).includes(name) ? `jobs.kinds.${name.replace(".", "_")}` : null;

/** Settings → Jobs: the workspace's background work with its state, runs and last error. */
export function JobList({ ws }: { ws: string }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<JobState | null>(null);
  const jobs = useJobs(ws, state);
  const when = (iso: string | null) => formatDate(iso, i18n.language, "minute", localTimeZone()) ?? "—";
  return (
    <Stack>
      <Select
        label={t("jobs.state")}
        clearable
        placeholder={t("common.all")}
        value={state}
        onChange={(v) => setState(v as JobState | null)}
        data={JOB_STATES.map((s) => ({ value: s, label: t(`jobs.states.${s}`) }))}
        maw={260}
        data-testid="job-state-filter"
      />
      {jobs.isPending ? (
        <PageLoader />
      ) : jobs.isError ? (
        <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.length === 0 ? (
        <Text c="dimmed">{t("jobs.empty")}</Text>
      ) : (
        <Table striped data-testid="job-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("jobs.kind")}</Table.Th>
              <Table.Th>{t("jobs.state")}</Table.Th>
              <Table.Th>{t("jobs.attempts")}</Table.Th>
              <Table.Th>{t("jobs.created")}</Table.Th>
              <Table.Th>{t("jobs.finished")}</Table.Th>
              <Table.Th>{t("jobs.lastError")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.data.map((j) => {
              const key = kindKey(j.name);
              return (
                <Table.Tr key={j.id} data-testid="job-row">
                  <Table.Td>
                    <Text size="sm">{key ? t(key) : j.name}</Text>
                    <Text size="xs" c="dimmed">
                      {j.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOURS[j.state]} variant="light">
                      {t(`jobs.states.${j.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {t("jobs.attemptsOf", { attempts: j.attempts, limit: j.retryLimit + 1 })}
                  </Table.Td>
                  <Table.Td>{when(j.createdAt)}</Table.Td>
                  <Table.Td>{when(j.completedAt)}</Table.Td>
                  <Table.Td style={{ wordBreak: "break-word" }}>
                    {j.lastError ? (
                      <Text size="xs" c="red.8">
                        {j.lastError}
                      </Text>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
