import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { invite, listInvitations, revokeInvitation } from "../../services/invitations";
import { changeRole, listMembers, removeMember } from "../../services/member-store";
import { resetMemberPassword } from "../../services/users";
import {
  addMemberRoute,
  listInvitationsRoute,
  listMembersRoute,
  removeMemberRoute,
  resetPasswordRoute,
  revokeInvitationRoute,
  updateMemberRoute,
} from "./members.routes";

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
    const { invitation, token } = await c
      .get("deps")
      .handle.db.transaction((tx) => invite(tx, c.get("actor"), body));
    return c.json({ invitation, token, acceptPath: `/invite?token=${encodeURIComponent(token)}` }, 201);
  })
  .openapi(listInvitationsRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listInvitations(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
    });
    return c.json(page, 200);
  })
  .openapi(revokeInvitationRoute, async (c) => {
    const { id } = c.req.valid("param");
    await c.get("deps").handle.db.transaction((tx) => revokeInvitation(tx, c.get("actor"), id));
    return c.body(null, 204);
  })
  .openapi(resetPasswordRoute, async (c) => {
    const { id } = c.req.valid("param");
    const password = await c
      .get("deps")
      .handle.db.transaction((tx) => resetMemberPassword(tx, c.get("actor"), id));
    return c.json({ password }, 200);
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
