// Accepting a new_entity suggestion: the proposed name becomes an entity (with its kind and the
// spellings it was written in as aliases), and the suggestions of every article that proposed the
// same name are recomputed, so its mentions resolve and claim suggestions name it.

import { normalizeName } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import type { EntityKind, SuggestionAccept } from "@kroscek/schema";
import { articleSuggestions } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { ApiError } from "../lib/api-error";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { detectArticle } from "./detection";
import { createEntity, getEntity, resolveEntities } from "./entity-store";
import { recomputeEventSuggestions } from "./event-suggestion-store";
import type { AcceptOutcome } from "./suggestion-accept";
import { computeSuggestions, toSuggestion } from "./suggestion-store";

type Row = typeof articleSuggestions.$inferSelect;

interface Proposal {
  name: string;
  entityKind: string;
  mentions?: Array<{ text: string }>;
  entityId?: string;
}

/** Articles whose open new_entity suggestions propose this name (this article first). */
async function articlesProposing(tx: Db, workspaceId: string, articleId: string, name: string) {
  const rows = await tx
    .select({
      articleId: articleSuggestions.articleId,
      name: sql<string>`${articleSuggestions.details}->>'name'`,
    })
    .from(articleSuggestions)
    .where(
      and(
        eq(articleSuggestions.workspaceId, workspaceId),
        eq(articleSuggestions.kind, "new_entity"),
        eq(articleSuggestions.status, "open"),
      ),
    );
  const key = normalizeName(name);
  const others = rows.filter((r) => normalizeName(r.name ?? "") === key).map((r) => r.articleId);
  return [...new Set([articleId, ...others])];
}

/** Creates (or finds) the entity a new_entity suggestion proposes; accepting again answers the same one. */
export async function acceptNewEntity(
  tx: Db,
  actor: Actor,
  row: Row,
  input: SuggestionAccept,
): Promise<AcceptOutcome> {
  const details = row.details as Proposal;
  const base = { suggestion: toSuggestion(row), event: null, assertions: [], assertion: null, skipped: [] };
  if (details.entityId) {
    return {
      result: { ...base, entity: await getEntity(tx, actor.workspaceId, details.entityId) },
      created: false,
    };
  }
  const name = input.entity?.canonicalName ?? details.name;
  const kind =
    input.entity?.kind ?? (details.entityKind === "unknown" ? null : (details.entityKind as EntityKind));
  if (!kind)
    throw new ApiError(
      "validation_failed",
      "The extractor could not tell what this name is: give entity.kind",
      {
        issues: [{ path: "entity.kind", message: "required for a name of unknown kind", code: "required" }],
      },
    );
  const spellings = (details.mentions ?? []).map((m) => m.text);
  const aliases =
    input.entity?.aliases ?? [...new Set([details.name, ...spellings])].filter((a) => a !== name);
  const known = (await resolveEntities(tx, actor.workspaceId, name)).items.find((e) => e.kind === kind);
  const entity = known ?? (await createEntity(tx, actor, { canonicalName: name, kind, aliases }));
  const [after] = await tx
    .update(articleSuggestions)
    .set({
      status: "accepted",
      acceptedBy: actor.userId,
      acceptedAt: sql`now()`,
      details: { ...details, entityId: entity.id },
    })
    .where(and(eq(articleSuggestions.workspaceId, actor.workspaceId), eq(articleSuggestions.id, row.id)))
    .returning();
  if (!after) throw new Error("accepted suggestion vanished");
  const suggestion = toSuggestion(after);
  await audit(tx, actor, {
    action: "suggestion.accept",
    targetType: "suggestion",
    targetId: row.id,
    before: toSuggestion(row),
    after: { ...suggestion, entityId: entity.id },
  });
  for (const articleId of await articlesProposing(tx, actor.workspaceId, row.articleId, details.name)) {
    await computeSuggestions(tx, actor.workspaceId, articleId);
    await detectArticle(tx, actor.workspaceId, articleId);
  }
  await recomputeEventSuggestions(tx, actor.workspaceId);
  return { result: { ...base, suggestion, entity }, created: true };
}
