import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "@kroscek/db";
import { outlets } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { systemActor } from "../services/actor";
import { importArticle } from "../services/article-import";
import { findOrCreateOutlet } from "../services/outlet-store";
import { addMember, generatePassword } from "../services/users";
import { ensureWorkspace } from "../services/workspaces";
import { loadDemoLedger } from "./load-ledger";

const demoDir = fileURLToPath(new URL("../../../../db/demo/", import.meta.url));

interface Manifest {
  workspace: { slug: string; name: string };
  articles: Array<{
    file: string;
    outlet: string | null;
    outletDomain?: string;
    publishedAt: string | null;
    title?: string;
    byline?: string;
    wireCredit?: string;
    language: string;
  }>;
}

export function readDemoManifest(): Manifest {
  return JSON.parse(readFileSync(`${demoDir}manifest.json`, "utf8")) as Manifest;
}

export function readDemoArticle(file: string): string {
  return readFileSync(`${demoDir}articles/${file}`, "utf8");
}

export interface DemoResult {
  created: boolean;
  workspaceId: string;
  /** The demo administrator's sign-in, shown once on the start that created it. */
  admin?: { email: string; password: string };
}

export const DEMO_ADMIN_EMAIL = "admin@demo.kroscek.local";

/**
 * Creates the `demo` workspace with the seed articles, once: if the workspace exists nothing is
 * loaded again. Everything commits in one transaction, so an interrupted load leaves no half demo.
 */
export async function loadDemo(db: Database): Promise<DemoResult> {
  const manifest = readDemoManifest();
  return db.transaction(async (tx) => {
    const { workspace, created } = await ensureWorkspace(
      tx,
      manifest.workspace.slug,
      manifest.workspace.name,
    );
    if (!created) return { created: false, workspaceId: workspace.id };
    const actor = systemActor(workspace.id);
    const articleIds = new Map<string, string>();
    for (const a of manifest.articles) {
      const outletId = await findOrCreateOutlet(tx, actor, a.outlet, {
        domain: a.outletDomain ?? null,
        language: "id",
      });
      const imported = await importArticle(tx, actor, {
        outletId,
        body: readDemoArticle(a.file),
        publishedAt: a.publishedAt,
        title: a.title ?? null,
        byline: a.byline ?? null,
        wireCredit: a.wireCredit ?? null,
        language: a.language,
      });
      articleIds.set(a.file, imported.article.id);
    }
    // Republika's copy credits Reuters: the wire itself is an outlet, so copies can point at it.
    await findOrCreateOutlet(tx, actor, "Reuters", { kind: "wire", domain: "reuters.com", language: "en" });
    await tx
      .update(outlets)
      .set({ country: "ID" })
      .where(and(eq(outlets.workspaceId, workspace.id), eq(outlets.kind, "news")));
    await loadDemoLedger(tx, actor, articleIds);
    const password = generatePassword();
    await addMember(tx, actor, {
      email: DEMO_ADMIN_EMAIL,
      displayName: "Demo admin",
      role: "admin",
      password,
    });
    return { created: true, workspaceId: workspace.id, admin: { email: DEMO_ADMIN_EMAIL, password } };
  });
}
