import { describe, expect, it } from "vitest";
import { corroboration } from "./corroboration";
import {
  assertion,
  dateValue,
  E,
  exampleDailyDate,
  himalayaDate,
  jakartaDay,
  republikaDate,
} from "./test-fixtures";

const reutersOwn = assertion({
  id: "a-reuters",
  outletId: "outlet-reuters",
  outletName: "Reuters",
  value: dateValue(jakartaDay("2024-01-16"), "on Tuesday"),
  wire: "Reuters",
});

describe("corroboration", () => {
  it("counts 000 Himalayapost and 002 Republika-from-Reuters on 16 January 2024 as two independent sources", () => {
    const [value, ...rest] = corroboration([himalayaDate, republikaDate]);
    expect(rest).toEqual([]);
    expect(value).toMatchObject({ slot: "date", label: "16 January 2024", independentSources: 2 });
    expect(value?.supporters.map((s) => s.assertionId)).toEqual(["a000-date", "a002-date"]);
    expect(value?.explanation).toBe(
      "16 January 2024: 2 independent sources (Himalayapost.id; Republika via Reuters)",
    );
  });

  it("counts a Reuters wire copy and Reuters itself once", () => {
    const [value] = corroboration([himalayaDate, republikaDate, reutersOwn]);
    expect(value?.independentSources).toBe(2);
    expect(value?.sources.map((s) => s.outletNames)).toEqual([["Himalayapost.id"], ["Republika", "Reuters"]]);
  });

  it("counts the members of one copy group once", () => {
    const copy = {
      ...himalayaDate,
      id: "a-copy",
      articleId: "art-copy",
      outletId: "o-copy",
      outletName: "Copycat",
    };
    const grouped = [
      { ...himalayaDate, copyGroupId: "copy:art-000" },
      { ...copy, copyGroupId: "copy:art-000" },
    ];
    expect(corroboration(grouped)[0]?.independentSources).toBe(1);
    expect(corroboration([himalayaDate, copy])[0]?.independentSources).toBe(2);
  });

  it("counts two articles of one outlet once", () => {
    const again = { ...himalayaDate, id: "a000-bis", articleId: "art-000-bis" };
    expect(corroboration([himalayaDate, again])[0]?.independentSources).toBe(1);
  });

  it("lists competing values with the best-supported first", () => {
    const values = corroboration([exampleDailyDate, himalayaDate, republikaDate]);
    expect(values.map((v) => [v.label, v.independentSources])).toEqual([
      ["16 January 2024", 2],
      ["17 January 2024", 1],
    ]);
  });

  it("keeps denials and unconfirmed reports apart from support", () => {
    const denies = { ...exampleDailyDate, value: himalayaDate.value, stance: "denies" as const };
    const rumour = { ...republikaDate, stance: "reports_unconfirmed" as const };
    const [value] = corroboration([himalayaDate, denies, rumour]);
    expect(value?.independentSources).toBe(1);
    expect(value?.deniers.map((d) => d.assertionId)).toEqual(["a900-date"]);
    expect(value?.unconfirmed.map((d) => d.assertionId)).toEqual(["a002-date"]);
  });

  it("counts denying that an event happened as support for 'did not take place'", () => {
    const no = assertion({ id: "n1", value: { slot: "occurred", occurred: false } });
    const deny = assertion({ id: "n2", stance: "denies", value: { slot: "occurred", occurred: true } });
    const [value] = corroboration([no, deny]);
    expect(value).toMatchObject({ label: "did not take place", independentSources: 2 });
  });

  it("leaves unresolved dates out and names entities when given names", () => {
    expect(corroboration([{ ...exampleDailyDate, dateResolved: false }])).toEqual([]);
    const place = assertion({ id: "p", value: { slot: "place", entityId: E.moscow } });
    expect(corroboration([place], { entityNames: { [E.moscow]: "Moskow" } })[0]?.label).toBe("Moskow");
  });
});
