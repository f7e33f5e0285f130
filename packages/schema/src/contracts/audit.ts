import { z } from "zod";
import { IdSchema, PageQuerySchema } from "./common";

export const AuditQuerySchema = PageQuerySchema.extend({
  targetType: z.string().min(1).max(100).optional().describe("e.g. article, outlet, claim"),
  targetId: z.string().min(1).max(100).optional(),
  action: z.string().min(1).max(100).optional().describe("exact action, e.g. article.update"),
  actor: IdSchema.optional().describe("a user id or an API token id"),
});
