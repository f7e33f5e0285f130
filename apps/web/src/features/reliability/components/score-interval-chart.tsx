import { Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatPercent } from "../utils/percent";

/** One point of the chart: a score with its credible interval and the evidence behind it. */
export interface ScorePoint {
  key: string;
  label: string;
  score: number;
  low: number;
  high: number;
  accuracy: number;
  slots: number;
  assertions: number;
  /** Shown under the numbers in the tooltip (e.g. "rests only on copies"). */
  note?: string | undefined;
}

type Row = ScorePoint & { range: [number, number] };

function PointTooltip({
  active,
  payload,
}: {
  active?: boolean | undefined;
  payload?: ReadonlyArray<{ payload?: unknown }> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" data-testid="chart-tooltip" maw={320}>
      <Text size="sm" fw={600}>
        {row.label}
      </Text>
      <Text size="sm">
        {t("reliability.score")}: {formatPercent(row.score, lang)}
      </Text>
      <Text size="sm">
        {t("reliability.interval")}: {formatPercent(row.low, lang)} – {formatPercent(row.high, lang)}
      </Text>
      <Text size="sm">
        {t("reliability.accuracy")}: {formatPercent(row.accuracy, lang)}
      </Text>
      <Text size="sm">
        {t("reliability.slots")}: {row.slots} · {t("reliability.assertions")}: {row.assertions}
      </Text>
      {row.note && (
        <Text size="xs" c="dimmed" mt={4}>
          {row.note}
        </Text>
      )}
    </Paper>
  );
}

/**
 * Scores as points with their credible interval as a bar, and a tooltip per point. `layout`
 * "outlets" ranks outlets top to bottom; "history" runs snapshots left to right and joins the points.
 */
export function ScoreIntervalChart({
  points,
  layout,
  label,
}: {
  points: ScorePoint[];
  layout: "outlets" | "history";
  label: string;
}) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? "id";
  const data: Row[] = points.map((p) => ({ ...p, range: [p.low, p.high] }));
  const pct = (v: number) => formatPercent(v, lang);
  const byOutlet = layout === "outlets";
  const value = {
    type: "number" as const,
    domain: [0, 1],
    tickFormatter: pct,
    ticks: [0, 0.25, 0.5, 0.75, 1],
  };
  const category = { type: "category" as const, dataKey: "label" };
  return (
    <div role="img" aria-label={label} data-testid={`score-chart-${layout}`}>
      <ResponsiveContainer width="100%" height={byOutlet ? Math.max(160, data.length * 44 + 40) : 280}>
        <ComposedChart data={data} layout={byOutlet ? "vertical" : "horizontal"} margin={{ right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {byOutlet ? <XAxis {...value} /> : <XAxis {...category} />}
          {byOutlet ? <YAxis {...category} width={190} /> : <YAxis {...value} width={72} />}
          <Tooltip
            content={(p) => <PointTooltip active={p.active} payload={p.payload} />}
            cursor={{ fillOpacity: 0.08 }}
            isAnimationActive={false}
          />
          <Bar dataKey="range" fill="var(--mantine-color-indigo-3)" barSize={14} isAnimationActive={false} />
          <Line
            dataKey="score"
            stroke={byOutlet ? "none" : "var(--mantine-color-indigo-8)"}
            dot={{ r: 5, fill: "var(--mantine-color-indigo-8)", strokeWidth: 0 }}
            activeDot={{ r: 7 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
