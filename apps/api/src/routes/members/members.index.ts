import { memberships } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { ApiError } from "../../lib/api-error";
import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { changeRole, getMember, listMembers, removeMember } from "../../services/member-store";
import { addMember, generatePassword } from "../../services/users";
import { addMemberRoute, listMembersRoute, removeMemberRoute, updateMemberRoute } from "./members.routes";

export const memberRoutes = createRouter()
  .openapi(listMembersRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listMembers(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
    });
    return c.json(page, 200);
  })
  .openapi(addMemberRoute, async (c) => {
    const body = c.req.valid("json");
    const actor = c.get("actor");
    const result = await c.get("deps").handle.db.transaction(async (tx) => {
      const existing = await tx.query.users.findFirst({ where: (u, { eq }) => eq(u.email, body.email) });
      if (existing) {
        const [already] = await tx
          .select()
          .from(memberships)
          .where(and(eq(memberships.workspaceId, actor.workspaceId), eq(memberships.userId, existing.id)));
        if (already) throw new ApiError("conflict", `${body.email} is already a member`);
      }
      const password = existing ? undefined : (body.password ?? generatePassword());
      const { userId } = await addMember(tx, actor, { ...body, password });
      return { member: await getMember(tx, actor.workspaceId, userId), password };
    });
    const generated = result.password && !body.password ? { initialPassword: result.password } : {};
    return c.json({ member: result.member, ...generated }, 201);
  })
  .openapi(updateMemberRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { role, version } = c.req.valid("json");
    const member = await c
      .get("deps")
      .handle.db.transaction((tx) => changeRole(tx, c.get("actor"), id, role, version));
    return c.json(member, 200);
  })
  .openapi(removeMemberRoute, async (c) => {
    const { id } = c.req.valid("param");
    await c.get("deps").handle.db.transaction((tx) => removeMember(tx, c.get("actor"), id));
    return c.body(null, 204);
  });
