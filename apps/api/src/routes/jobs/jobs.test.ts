import { JobSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const List = z.object({ items: z.array(JobSchema) });

describe("jobs listing for administrators", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "jobs-a");
    b = await seedWorkspace(s.t.db, "jobs-b");
    const boss = s.jobs.boss;
    await boss.createQueue("test.listed", { name: "test.listed", retryLimit: 4 });
    await boss.send("test.listed", { workspaceId: a.id, n: 1 });
    await boss.send("test.listed", { workspaceId: a.id, n: 2 });
    await boss.send("test.listed", { workspaceId: b.id, n: 3 });
    const [failing] = (await boss.fetch("test.listed", { batchSize: 3 })) ?? [];
    if (failing) await boss.fail("test.listed", failing.id, { message: "HTTP 500 from the receiver" });
  });
  afterAll(() => s?.close());

  it("lists this workspace's jobs only, with state, runs and the last error", async () => {
    const res = await s.json("GET", `/api/v1/workspaces/${a.slug}/jobs`, a.tokens.admin);
    expect(res.status).toBe(200);
    const { items } = List.parse(res.body);
    const mine = items.filter((j) => j.name === "test.listed");
    expect(mine).toHaveLength(2);
    expect(mine.every((j) => j.retryLimit === 4)).toBe(true);
    const other = await s.json("GET", `/api/v1/workspaces/${b.slug}/jobs`, b.tokens.admin);
    expect(List.parse(other.body).items.filter((j) => j.name === "test.listed")).toHaveLength(1);
  });

  it("filters by state and reports a failed run's error", async () => {
    const all = [
      ...List.parse(
        (await s.json("GET", `/api/v1/workspaces/${a.slug}/jobs?state=retry`, a.tokens.admin)).body,
      ).items,
      ...List.parse(
        (await s.json("GET", `/api/v1/workspaces/${b.slug}/jobs?state=retry`, b.tokens.admin)).body,
      ).items,
    ];
    expect(all).toHaveLength(1);
    expect(all[0]?.lastError).toBe("HTTP 500 from the receiver");
    expect(all[0]?.attempts).toBe(1);
  });

  it("is for administrators only and refuses a bad filter", async () => {
    expect((await s.json("GET", `/api/v1/workspaces/${a.slug}/jobs`, a.tokens.editor)).status).toBe(403);
    expect((await s.json("GET", `/api/v1/workspaces/${a.slug}/jobs?state=lost`, a.tokens.admin)).status).toBe(
      422,
    );
  });
});
