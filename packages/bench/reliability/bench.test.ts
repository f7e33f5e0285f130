import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAuthors } from "./authors";
import { defaultBookFolder, parseArgs } from "./book";
import { loadBook, loadTsv, parseBookListings, parseDateInterval } from "./datasets";
import { isbn13to10, normalizeIsbn } from "./isbn";
import { runBenchmark } from "./run";

describe("ISBN mapping", () => {
  it("maps 978 ISBN-13 to ISBN-10 with a recomputed check digit", () => {
    expect(isbn13to10("9780072843996")).toBe("0072843993");
    expect(isbn13to10("9781558608467")).toBe("155860846X");
    expect(isbn13to10("9790000000000")).toBeNull();
    expect(normalizeIsbn("155860846X")).toBe("155860846X");
  });
});

describe("Book files", () => {
  const claims = [
    "1|\t|\t0201853949|\tAuthorsNamesList|\tKnuth, Donald E.|\tIndoo.com|\tnull|\t",
    "2|\t|\t0201853949|\tAuthorsNamesList|\tNot Available|\teCampus.com|\tnull|\t",
    "3|\t|\t9780201853940|\tAuthorsNamesList|\tDonald Ervin Knuth|\tA1Books|\tnull|\t",
  ].join("\n");

  it("splits claims on '|<TAB>' and drops listings that claim nothing", () => {
    expect(parseBookListings(claims)[0]).toEqual({
      isbn: "0201853949",
      authors: "Knuth, Donald E.",
      source: "Indoo.com",
    });
    const ds = loadBook(claims, "9780201853940\tknuth, donald e.;  \n\n");
    expect(ds.skipped).toBe(1);
    expect(ds.claims.map((c) => [c.object, c.value])).toEqual([
      ["0201853949", ["knuth"]],
      ["0201853949", ["knuth"]],
    ]);
    expect(ds.gold.get("0201853949")).toEqual(["knuth"]);
  });
});

describe("generic TSV", () => {
  const claimsTsv = [
    "# source\tobject\tvalue",
    "a\tmeeting.place\tMoscow",
    "b\tmeeting.place\tmoscow.",
    "c\tmeeting.place\tPyongyang",
    "a\tvisit.place\tPyongyang",
    "b\tvisit.place\tPyongyang",
    "broken line without tabs",
  ].join("\n");
  const goldTsv = "meeting.place\tMoscow\nvisit.place\tPyongyang\n";

  it("scores text claims against gold with every method", () => {
    const ds = loadTsv(claimsTsv, goldTsv, "text");
    expect(ds.claims).toHaveLength(5);
    const rows = runBenchmark(ds, 1);
    expect(rows.map((r) => r.method)).toContain("AccuSim + copy detection (ours)");
    for (const r of rows)
      expect(r).toMatchObject({ precision: 1, correct: 2, goldObjects: 2, calibratedSources: 3 });
    const mv = rows.find((r) => r.method === "majority vote");
    expect(mv?.meanMeasured).toBeCloseTo((1 + 1 + 0) / 3, 12);
  });

  it("reads numbers and dates, skipping values it cannot parse", () => {
    const nums = loadTsv("a\tx\t10\nb\tx\t10\nc\tx\t12\nd\tx\tabout ten\n", "x\t10\n", "number");
    expect(nums.skipped).toBe(1);
    expect(runBenchmark(nums, 1).every((r) => r.precision === 1)).toBe(true);
    // Numbers are numbers: "3000.0" and "3e3" are the value 3000; near figures pool, far ones compete.
    const near = loadTsv(
      "a\ty\t3000\nb\ty\t3000.0\nc\ty\t3e3\nd\ty\t2990\ne\ty\t4000\nf\ty\t4000\ng\ty\t4000\nh\ty\t4000\n",
      "y\t3000\n",
      "number",
    );
    expect(new Set(near.claims.map((c) => near.valueKey(c.value)))).toEqual(
      new Set(["3000", "2990", "4000"]),
    );
    expect(near.similarity(3000, 2990)).toBe(1);
    expect(near.similarity(3000, 4000)).toBe(0);
    const dates = loadTsv("a\tm\t2024-01-16\nb\tm\t2024-01\nc\tm\t2024-02-20\n", "m\t2024-01-16\n", "date");
    expect(dates.claims[1]?.value).toEqual({ start: "2024-01-01", end: "2024-01-31" });
    expect(parseDateInterval("2024-01-15/2024-01-21")).toEqual({ start: "2024-01-15", end: "2024-01-21" });
    expect(parseDateInterval("Tuesday")).toBeNull();
  });
});

describe("command line", () => {
  it("defaults to <repo root>/../shared/datasets/book", () => {
    expect(defaultBookFolder("/work/main/packages/bench/reliability")).toBe("/work/shared/datasets/book");
  });

  it("parses the generic TSV options and rejects half of them", () => {
    const dir = mkdtempSync(join(tmpdir(), "kroscek-bench-"));
    writeFileSync(join(dir, "c.tsv"), "a\tx\t1\n");
    const o = parseArgs(
      ["--claims", "c.tsv", "--gold", "g.tsv", "--value-type", "number", "--runs", "1"],
      dir,
    );
    expect(o).toMatchObject({ claims: "c.tsv", gold: "g.tsv", valueType: "number", runs: 1 });
    expect(() => parseArgs(["--claims", "c.tsv"], dir)).toThrow(/together/);
    expect(() => parseArgs(["--value-type", "colour"], dir)).toThrow(/value type/);
  });
});

describe("author normalisation", () => {
  const cases: [string, string[] | null][] = [
    ["Knuth, Donald E.", ["knuth"]],
    ["Donald Ervin Knuth", ["knuth"]],
    ["KNUTH", ["knuth"]],
    ["Not Available", null],
    ["", null],
    ["Nick Rozanski, Eoin Woods", ["rozanski", "woods"]],
    ["Tan, Pang-Ning, Steinbach, Michael, Kumar, Vipin", ["kumar", "steinbach", "tan"]],
    ["Guzdial, Mark/ Ericson, Barbara", ["ericson", "guzdial"]],
    ["Schmidt, Douglas C. (Author) Huston, Stephen D. (Joint Author)", ["huston", "schmidt"]],
    ["By (author) Pooley, Rob By (author) Wilcox, Pauline", ["pooley", "wilcox"]],
    ["Zo&eacute; Lacroix", ["lacroix"]],
    ["Ian Sommerville , University of St. Andrews, United Kingdom", ["sommerville"]],
    ["Micky Balladelli, Jan De Clercq", ["balladelli", "declercq"]],
    ["de Champlain, Michel", ["dechamplain"]],
    ["Smith, Colin; (Conley, Katie - ed.)", ["smith"]],
    ["Jacobson, Ivar; etc.", ["jacobson"]],
    ["Puder, Arno/ Romer, Kay/ Pilhofer, Frank", ["pilhofer", "puder", "romer"]],
    ["Y.Daniel Liang", ["liang"]],
    ["O'Leary, Timothy J. & O'Leary, Linda I.", ["oleary"]],
  ];
  for (const [raw, expected] of cases) {
    it(`reads "${raw}" as ${JSON.stringify(expected)}`, () => {
      expect(parseAuthors(raw)).toEqual(expected);
    });
  }
});
