import { ApiError } from "../../lib/api-error";
import { requirePrincipal } from "../../lib/auth";
import type { Principal } from "../../lib/context";
import type { PasswordGuard } from "../../lib/password-guard";
import { createRouter } from "../../lib/router";
import { signInAs } from "../../lib/session-cookie";
import {
  acceptInvitationAsUser,
  acceptInvitationByToken,
  invitationByToken,
  invitationsFor,
} from "../../services/invitations";
import { checkSetupToken, completeSetup } from "../../services/setup";
import { changePassword, findUserById } from "../../services/users";
import {
  acceptInvitationLinkRoute,
  acceptMyInvitationRoute,
  changePasswordRoute,
  invitationLinkRoute,
  myInvitationsRoute,
  setupRoute,
  setupStatusRoute,
} from "./account.routes";

function requireUser(principal: Principal | null) {
  const p = requirePrincipal(principal);
  if (p.kind !== "user") throw new ApiError("forbidden", "This needs a signed-in person, not an API token");
  return p;
}

/** Routes about one's own account: first setup, password, invitations. */
export const accountRoutes = (guard: PasswordGuard) =>
  createRouter()
    .openapi(setupStatusRoute, async (c) => {
      await checkSetupToken(c.get("deps").handle.db, c.req.valid("query").token);
      return c.json({ open: true }, 200);
    })
    .openapi(setupRoute, async (c) => {
      const body = c.req.valid("json");
      const { db } = c.get("deps").handle;
      const { userId } = await db.transaction((tx) => completeSetup(tx, body, c.get("requestId")));
      return c.json(await signInAs(c, db, userId), 201);
    })
    .openapi(changePasswordRoute, async (c) => {
      const p = requireUser(c.get("principal"));
      const body = c.req.valid("json");
      await c
        .get("deps")
        .handle.db.transaction((tx) =>
          changePassword(tx, p.userId, body, p.sessionHash, (account, check) =>
            guard.attempt(c, account, check),
          ),
        );
      return c.body(null, 204);
    })
    // The link routes come before `/invitations/{id}/…`, which would otherwise take `link` as an id.
    .openapi(myInvitationsRoute, async (c) => {
      const p = requireUser(c.get("principal"));
      const { db } = c.get("deps").handle;
      const user = await findUserById(db, p.userId);
      return c.json({ items: user ? await invitationsFor(db, user.email) : [] }, 200);
    })
    .openapi(invitationLinkRoute, async (c) => {
      const { view } = await invitationByToken(c.get("deps").handle.db, c.req.valid("query").token);
      return c.json(view, 200);
    })
    .openapi(acceptInvitationLinkRoute, async (c) => {
      const { token } = c.req.valid("query");
      const body = c.req.valid("json");
      const { db } = c.get("deps").handle;
      const userId = await db.transaction((tx) =>
        acceptInvitationByToken(tx, token, body, (account, check) => guard.attempt(c, account, check)),
      );
      return c.json(await signInAs(c, db, userId), 200);
    })
    .openapi(acceptMyInvitationRoute, async (c) => {
      const p = requireUser(c.get("principal"));
      const { id } = c.req.valid("param");
      const joined = await c
        .get("deps")
        .handle.db.transaction((tx) => acceptInvitationAsUser(tx, p.userId, id));
      return c.json(joined, 200);
    });
