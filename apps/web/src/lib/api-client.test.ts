import { describe, expect, it } from "vitest";
import { type ApiInit, type ApiResponse, apiUrl } from "./api-client";

describe("apiUrl", () => {
  it("fills the path template's parameters, escaped", () => {
    expect(
      apiUrl("/api/v1/workspaces/{workspace}/reports/contradictions.html", {
        path: { workspace: "news room/1" },
        query: { lang: "en" },
      }),
    ).toBe("/api/v1/workspaces/news%20room%2F1/reports/contradictions.html?lang=en");
  });

  it("leaves out query values that are null, undefined or empty", () => {
    expect(
      apiUrl("/api/v1/workspaces/{workspace}/articles", {
        path: { workspace: "demo" },
        query: { limit: 50, cursor: null, q: "", outletId: undefined },
      }),
    ).toBe("/api/v1/workspaces/demo/articles?limit=50");
  });

  it("refuses a template whose parameter has no value", () => {
    const init = { path: {} } as ApiInit<"/api/v1/workspaces/{workspace}", "get">;
    expect(() => apiUrl("/api/v1/workspaces/{workspace}", init)).toThrow("{workspace}");
  });
});

// What the document allows is checked by the type checker: each line below fails to compile
// when the client stops refusing it.
export function documentedCallsOnly(ws: string) {
  // @ts-expect-error a workspace route needs its workspace
  apiUrl("/api/v1/workspaces/{workspace}/articles");
  // @ts-expect-error not a documented path
  apiUrl("/api/v1/workspaces/{workspace}/nothing", { path: { workspace: ws } });
  // @ts-expect-error limit is a number
  apiUrl("/api/v1/workspaces/{workspace}/articles", { path: { workspace: ws }, query: { limit: "50" } });
  const page = null as unknown as ApiResponse<"/api/v1/workspaces/{workspace}/articles", "get">;
  const cursor: string | null = page.nextCursor;
  // @ts-expect-error a page has no total
  return [cursor, page.total];
}
