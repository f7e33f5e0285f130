// Walks every screen of the demo workspace in Indonesian and in English and fails on text of the
// other language, raw codes (`ARTICLE.INTERNAL_INCONSISTENCY`, `date.conflict`), untranslated keys
// and numbers or dates written the other language's way.
import { CATALOGUES, type Catalogue } from "@kroscek/schema";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { id } from "../src/i18n/id";
import { LANGUAGE_KEY } from "../src/i18n/index";
import { chromiumExecutable } from "./chromium";
import { apiSession, type E2E, signIn, startE2E } from "./harness";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The fixed strings of a catalogue (its functions are covered by the fragments below). */
function catalogueStrings(c: Catalogue): string[] {
  const out: string[] = [c.unknownOutlet];
  for (const table of [c.eventKind, c.flagKind, c.rule]) out.push(...Object.values(table));
  return out;
}

/**
 * Phrases of `lang`'s dictionary that the other language writes differently: several words, no
 * interpolation, so a hit is a sentence left in the wrong language, not a shared word or a name.
 */
function foreignPhrases(
  own: Tree,
  other: Tree,
  otherCatalogue: Catalogue,
  ownCatalogue: Catalogue,
): string[] {
  const mine = leaves(own);
  const ownValues = new Set([...mine.values(), ...catalogueStrings(ownCatalogue)]);
  const phrases = new Set<string>();
  for (const [key, text] of leaves(other)) {
    if (text.includes("{{") || text === mine.get(key) || ownValues.has(text)) continue;
    if (text.trim().split(/\s+/).length >= 2 && text.length >= 10) phrases.add(text);
  }
  // Single words ("Pertemuan") also occur in article text and titles, which stay in their language.
  for (const text of catalogueStrings(otherCatalogue))
    if (!ownValues.has(text) && text.includes(" ")) phrases.add(text);
  return [...phrases];
}

/** Fragments of the other language's finding sentences. */
const FINDING_FRAGMENTS = {
  en: [
    " gives no source for ",
    " contradicts itself",
    "cannot be resolved",
    "article dated",
    "week of ",
    " to an unnamed source",
    "a wire copy",
    "Spam injected",
  ],
  id: [
    " tidak menyebut sumber ",
    " bertentangan dengan dirinya",
    "tidak dapat ditentukan",
    "artikel bertanggal",
    " dari sumber tanpa nama",
    "salinan kantor berita",
    "Spam disisipkan",
  ],
};

const RAW_CODE =
  /\b(?:date|place|participants|actor|quantity|occurrence)\.conflict\b|\barticle\.internal_inconsistency\b|\bflag\.[a-z_]+\b|\bcontradiction\.[a-z_]+\b/i;
const RAW_KEY =
  /\b(?:review|common|events|claims|reliability|errors|nav|reader|record|people|auditActions|slots|stance|articles|import|suggestions|workspace|account|claimValue|verdict|settings)\.[a-zA-Z_]+(?:\.[a-zA-Z_]+)*\b/;

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  // Loaders gone and nothing still fetching: the screen shows its data.
  await page
    .waitForFunction(() => !document.querySelector(".mantine-Loader-root"), undefined, { timeout: 15_000 })
    .catch(() => undefined);
}

describe.skipIf(!chromiumExecutable())("every screen in Indonesian and English", () => {
  let e: E2E;
  const screens: string[] = [];
  const corpus: string[] = [];

  beforeAll(async () => {
    e = await startE2E();
    await signIn(e.page, e.url, e.admin.email, e.admin.password);
    const api = await apiSession(e.url, e.admin.email, e.admin.password);
    const ids = async (path: string) => {
      const body = (await (await api(`/api/v1/workspaces/demo/${path}`)).json()) as {
        items: Array<{ id: string }>;
      };
      return body.items.map((x) => x.id);
    };
    const first = async (path: string) => (await ids(path))[0];
    // Every article: their suggestions and flags carry most of the generated text.
    const articleIds = await ids("articles?limit=50");
    // Article text stays in its own language on every screen; its words are not interface text.
    for (const id of articleIds) {
      const a = (await (await api(`/api/v1/workspaces/demo/articles/${id}`)).json()) as {
        title?: string | null;
        body?: string;
      };
      corpus.push(`${a.title ?? ""}\n${a.body ?? ""}`.toLowerCase());
    }
    const eventId = await first("events?limit=5");
    const matrix = eventId
      ? ((await (await api(`/api/v1/workspaces/demo/events/${eventId}/matrix`)).json()) as {
          slots?: Array<{ claims: Array<{ id: string }> }>;
        })
      : {};
    const claimId = matrix.slots?.flatMap((s) => s.claims)[0]?.id;
    const outletIds = await ids("outlets?limit=50");
    // A finished snapshot, so the reliability screen and the outlet pages show scores and numbers.
    const started = (await (
      await api("/api/v1/workspaces/demo/reliability/snapshots", { method: "POST", body: {} })
    ).json()) as { id: string };
    for (let i = 0; i < 120; i++) {
      const snap = (await (
        await api(`/api/v1/workspaces/demo/reliability/snapshots/${started.id}`)
      ).json()) as {
        status?: string;
      };
      if (snap.status === "done" || snap.status === "failed") break;
      await new Promise((r) => setTimeout(r, 250));
    }
    screens.push(
      "articles",
      "articles/import",
      ...articleIds.map((id) => `articles/${id}`),
      "events",
      ...(eventId ? [`events/${eventId}`] : []),
      ...(claimId ? [`claims/${claimId}`] : []),
      "review/events",
      "review/contradictions",
      "review/flags",
      "reliability",
      ...outletIds.map((id) => `outlets/${id}`),
      "feeds",
      "settings",
      "settings/people",
      "settings/webhooks",
    );
  });
  afterAll(async () => {
    await e?.close();
  });

  for (const lang of ["id", "en"] as const) {
    it(`shows no ${lang === "id" ? "English" : "Indonesian"} text, raw code or key on any screen in ${lang}`, async () => {
      const { page } = e;
      const own = lang === "id" ? id : en;
      const other = lang === "id" ? en : id;
      const phrases = foreignPhrases(
        own as unknown as Tree,
        other as unknown as Tree,
        CATALOGUES[lang === "id" ? "en" : "id"],
        CATALOGUES[lang],
      );
      const fragments = FINDING_FRAGMENTS[lang === "id" ? "en" : "id"];
      await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [LANGUAGE_KEY, lang]);
      expect(screens.length).toBeGreaterThanOrEqual(12);
      // The check can fail: the other language's words are in the list it looks for.
      expect(phrases).toContain(CATALOGUES[lang === "id" ? "en" : "id"].unknownOutlet);
      expect(phrases.length).toBeGreaterThan(100);
      const problems: string[] = [];
      const seen = new Map<string, string>();
      // The editor's printable report is a screen too, in the language the queue links it with.
      for (const screen of [...screens, `/api/v1/workspaces/demo/reports/contradictions.html?lang=${lang}`]) {
        await page.goto(screen.startsWith("/") ? `${e.url}${screen}` : `${e.url}/w/demo/${screen}`);
        await settle(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        // What a reader sees: laid-out text, hidden nodes left out, blocks on their own lines.
        // biome-ignore lint/performance/useDomNodeTextContent: textContent would read hidden text and glue words across elements
        const text = await page.evaluate(() => document.body.innerText);
        const found = (what: string, hit: string | undefined) => {
          if (hit) problems.push(`${screen}: ${what} ${JSON.stringify(hit)}`);
        };
        found("raw code", RAW_CODE.exec(text)?.[0]);
        found("untranslated key", RAW_KEY.exec(text)?.[0]);
        for (const p of phrases)
          if (text.includes(p) && !corpus.some((c) => c.includes(p.toLowerCase())))
            found("other language", p);
        for (const f of fragments) if (text.includes(f)) found("other language's finding", f);
        if (lang === "id") found("English decimal", /\b\d+\.\d%/.exec(text)?.[0]);
        if (lang === "en") found("Indonesian decimal", /\b\d+,\d%/.exec(text)?.[0]);
        found("abbreviated September", /\bSept\b/.exec(text)?.[0]);
        seen.set(screen, text);
      }
      // Findings are on screen, rendered from their codes in this language.
      const flags = seen.get("review/flags") ?? "";
      expect(flags).toContain(lang === "id" ? " tidak menyebut sumber untuk '" : " gives no source for '");
      expect(flags.toLowerCase()).toContain(CATALOGUES[lang].flagKind.unsourced.toLowerCase());
      expect(problems).toEqual([]);
    });
  }

  it("draws date fields in the app's language, not the browser's", async () => {
    const { page } = e;
    await page.evaluate(([k]) => localStorage.setItem(k as string, "id"), [LANGUAGE_KEY]);
    await page.goto(`${e.url}/w/demo/articles/import`);
    await settle(page);
    const field = page.getByTestId("import-published");
    await field.fill("2024-01-18");
    await field.blur();
    expect(await field.inputValue()).toBe("18 Januari 2024");
    await page.evaluate(([k]) => localStorage.setItem(k as string, "en"), [LANGUAGE_KEY]);
    await page.reload();
    await settle(page);
    await page.getByTestId("import-published").fill("18/1/2024");
    await page.getByTestId("import-published").blur();
    expect(await page.getByTestId("import-published").inputValue()).toBe("18 January 2024");
  });
});
