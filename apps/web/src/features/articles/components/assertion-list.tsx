import type { Assertion, FlagView } from "@kroscek/schema";
import { Anchor, Badge, Group, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFindingText } from "@/i18n/findings";

const STANCE_COLOUR = { asserts: "teal", denies: "red", reports_unconfirmed: "yellow" } as const;

/** The article's assertions as a list, so what the highlights show is also reachable by keyboard. */
export function AssertionList({
  ws,
  assertions,
  flags,
}: {
  ws: string;
  assertions: Assertion[];
  flags: FlagView[];
}) {
  const { t } = useTranslation();
  if (assertions.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t("reader.noAssertions")}
      </Text>
    );
  const sorted = [...assertions].sort((a, b) => a.position.start - b.position.start);
  return (
    <List spacing="xs" listStyleType="none" p={0} data-testid="assertion-list">
      {sorted.map((a) => {
        const own = flags.filter((f) => f.assertionId === a.id && f.active);
        return (
          <List.Item key={a.id}>
            <Group gap={6} wrap="wrap">
              <Badge color={STANCE_COLOUR[a.stance]} variant="light">
                {t(`stance.${a.stance}`)}
              </Badge>
              <Badge color="gray" variant="outline">
                {t(`attribution.kinds.${a.attribution.kind}`)}
              </Badge>
              {own.map((f) => (
                <Badge key={f.id} color="red" variant="dot">
                  {t(`review.flagKinds.${f.kind}`)}
                </Badge>
              ))}
            </Group>
            <Text size="sm" mt={2} style={{ whiteSpace: "pre-wrap" }}>
              “{a.quote.exact}”
            </Text>
            <Anchor component={Link} to={`/w/${ws}/claims/${a.claimId}`} size="sm">
              {t("reader.claim")} →
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}

/** Flags on the article as a whole (not on one assertion). */
export function ArticleFlags({ flags }: { flags: FlagView[] }) {
  const { t } = useTranslation();
  const text = useFindingText();
  const active = flags.filter((f) => f.active);
  if (active.length === 0) return null;
  return (
    <List spacing={4} size="sm" data-testid="article-flags">
      {active.map((f) => (
        <List.Item key={f.id}>
          <Badge color="red" variant="light" mr={6}>
            {t(`review.flagKinds.${f.kind}`)}
          </Badge>
          {text.finding(f)}
        </List.Item>
      ))}
    </List>
  );
}
