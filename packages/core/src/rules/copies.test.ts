import { describe, expect, it } from "vitest";
import { detectCopies } from "./copies";
import { containment, shingleHashes } from "./minhash";
import { SEED_000_HIMALAYAPOST, SEED_002_REPUBLIKA, SEED_003_LAVROV } from "./seed-texts.fixture";
import { article } from "./test-fixtures";

// The Reuters story body of 002 without Republika's page furniture, as another outlet might run it.
const REUTERS_STORY = SEED_002_REPUBLIKA.slice(
  SEED_002_REPUBLIKA.indexOf("Juru bicara Kremlin Dmitry Peskov mengatakan"),
  SEED_002_REPUBLIKA.indexOf("sumber : reuters"),
);

describe("detectCopies", () => {
  it("groups two outlets running the same Reuters story as a wire_credit copy group", () => {
    const republika = article({ id: "art-002", outletName: "Republika", body: SEED_002_REPUBLIKA });
    const other = article({
      id: "art-777",
      outletName: "Kabar Lain",
      body: `${REUTERS_STORY}\nSumber: Reuters`,
    });
    const groups = detectCopies([other, republika]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      groupId: "copy:art-002",
      articleIds: ["art-002", "art-777"],
      method: "wire_credit",
      wire: "Reuters",
    });
    expect(groups[0]?.explanation).toMatch(/^Kabar Lain, Republika carry the same Reuters story/);
  });

  it("groups a wire's own story with an outlet crediting it", () => {
    const reuters = article({ id: "r1", outletName: "Reuters", outletKind: "wire", body: REUTERS_STORY });
    const republika = article({ id: "r2", outletName: "Republika", body: SEED_002_REPUBLIKA });
    expect(detectCopies([reuters, republika])[0]).toMatchObject({ method: "wire_credit", wire: "Reuters" });
  });

  it("groups near-identical texts without any credit by text similarity", () => {
    const edited = SEED_003_LAVROV.replace("vipqiuqiu99", "").replace("pekan ini", "minggu ini");
    const groups = detectCopies([
      article({ id: "b", outletName: "Blog B", body: edited }),
      article({ id: "a", outletName: "Blog A", body: SEED_003_LAVROV }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.method).toBe("text_similarity");
    expect(groups[0]?.similarity).toBeGreaterThan(0.9);
    expect(groups[0]?.wire).toBeUndefined();
  });

  it("does not group 000 and 002: one event, two independently written texts", () => {
    const groups = detectCopies([
      article({ id: "000", body: SEED_000_HIMALAYAPOST }),
      article({ id: "002", body: SEED_002_REPUBLIKA }),
    ]);
    expect(groups).toEqual([]);
  });

  it("does not group two different stories that both credit Reuters", () => {
    const groups = detectCopies([
      article({ id: "x", body: SEED_002_REPUBLIKA }),
      article({ id: "y", body: `${SEED_000_HIMALAYAPOST}\nsumber: reuters` }),
    ]);
    expect(groups).toEqual([]);
  });

  it("does not group an article that shares less than half of the shorter text", () => {
    const paragraphs = SEED_003_LAVROV.split("\n").filter((p) => p.length > 0);
    const firstThird = paragraphs.slice(0, Math.floor(paragraphs.length / 4)).join("\n");
    const mixed = `${firstThird}\n${SEED_000_HIMALAYAPOST}`;
    const share = containment(shingleHashes(mixed), shingleHashes(SEED_003_LAVROV));
    expect(share).toBeLessThan(0.5);
    expect(
      detectCopies([article({ id: "m", body: mixed }), article({ id: "l", body: SEED_003_LAVROV })]),
    ).toEqual([]);
  });

  it("does not compare texts too short to judge", () => {
    expect(
      detectCopies([
        article({ id: "s1", body: "Putin bertemu Kim." }),
        article({ id: "s2", body: "Putin bertemu Kim." }),
      ]),
    ).toEqual([]);
  });

  it("finds planted copies among 10^5 articles quickly and deterministically", () => {
    let seed = 42;
    const rand = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const vocab = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
    const text = (n: number) =>
      Array.from({ length: n }, () => vocab[Math.floor(rand() * vocab.length)]).join(" ");
    const articles = Array.from({ length: 100_000 }, (_, i) =>
      article({ id: `n${String(i).padStart(6, "0")}`, body: text(40) }),
    );
    const original = articles[123]?.body ?? "";
    articles.push(article({ id: "planted-1", body: `${original} ${text(8)}` }));
    articles.push(article({ id: "planted-2", body: original.split(" ").slice(5).join(" ") }));
    const groups = detectCopies(articles);
    expect(groups.map((g) => g.articleIds)).toEqual([["n000123", "planted-1", "planted-2"]]);
  });
});
