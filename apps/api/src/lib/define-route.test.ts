import { z } from "@hono/zod-openapi";
import { PageQuerySchema } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import { errorResponses, jsonBody, WsIdParams, WsParams } from "./define-route";

const statuses = (...args: Parameters<typeof errorResponses>) => Object.keys(errorResponses(...args));

describe("error responses derived from a route's declaration", () => {
  it("gives a workspace read its lookups and validation, never body or conflict failures", () => {
    const route = { method: "get", path: "/w/{workspace}/a/{id}", request: { params: WsIdParams } } as const;
    expect(statuses(route, { permission: "read" })).toEqual(["401", "403", "404", "422", "500"]);
  });

  it("answers 400 for a list that takes a cursor", () => {
    const route = {
      method: "get",
      path: "/w/{workspace}/a",
      request: { params: WsParams, query: PageQuerySchema },
    } as const;
    expect(statuses(route, { permission: "read" })).toContain("400");
  });

  it("gives a versioned workspace write its body failures and says what the conflict is", () => {
    const body = jsonBody(z.object({ version: z.int(), title: z.string() }));
    const route = {
      method: "patch",
      path: "/w/{workspace}/a/{id}",
      request: { params: WsIdParams, body },
    } as const;
    const responses = errorResponses(route, { permission: "ledger.write" });
    expect(Object.keys(responses)).toEqual(["400", "401", "403", "404", "409", "413", "415", "422", "500"]);
    expect(responses["409"]?.description).toMatch(/^The `version` sent is stale.*archived/);
    expect(responses["413"]).toEqual({ $ref: "#/components/responses/PayloadTooLarge" });
  });

  it("asks nothing of a public route but lists what its own logic answers", () => {
    const route = { method: "post", path: "/sign-in", request: { body: jsonBody(z.object({})) } } as const;
    const responses = errorResponses(route, { auth: "none" }, { 401: "Wrong password", 429: "Throttled" });
    expect(Object.keys(responses)).toEqual(["400", "401", "413", "415", "422", "429", "500"]);
    expect(responses["401"]?.description).toBe("Wrong password");
  });

  it("answers 403 to a token on a route for people, and to a cookie write without its CSRF token", () => {
    expect(statuses({ method: "get", path: "/invitations" }, { auth: "person" })).toEqual([
      "401",
      "403",
      "500",
    ]);
    expect(statuses({ method: "get", path: "/workspaces" }, { auth: "caller" })).toEqual(["401", "500"]);
    expect(statuses({ method: "post", path: "/sign-out" }, { auth: "optional" })).toEqual(["403", "500"]);
  });
});
