import { IdSchema, PageQuerySchema, TextSchema } from "./common";

export const AuditQuerySchema = PageQuerySchema.extend({
  targetType: TextSchema.min(1).max(100).optional().describe("e.g. article, outlet, claim"),
  targetId: TextSchema.min(1).max(100).optional(),
  action: TextSchema.min(1).max(100).optional().describe("exact action, e.g. article.update"),
  actor: IdSchema.optional().describe("a user id or an API token id"),
});
