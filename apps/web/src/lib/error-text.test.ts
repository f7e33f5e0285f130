import { ErrorCodeSchema } from "@kroscek/schema";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "@/i18n/en";
import { id } from "@/i18n/id";
import { ApiError } from "./api-client";
import { errorText } from "./error-text";

const t = (lang: "id" | "en") => i18next.getFixedT(lang);

describe("errorText", () => {
  beforeAll(async () => {
    await i18next.init({
      resources: { en: { translation: en }, id: { translation: id } },
      lng: "id",
      fallbackLng: "en",
      interpolation: { escapeValue: false },
    });
  });

  it("has a sentence in both languages for every error code the API answers", () => {
    for (const code of ErrorCodeSchema.options) {
      const error = new ApiError(400, code, "An English sentence from the server", "req-1");
      expect(errorText(error, t("id")), code).toBe(id.errors.codes[code]);
      expect(errorText(error, t("en")), code).toBe(en.errors.codes[code]);
    }
  });

  it("never shows the server's sentence", () => {
    const error = new ApiError(401, "unauthorized", "Wrong e-mail or password", "req-1");
    expect(errorText(error, t("id"))).not.toContain("Wrong");
    expect(errorText(error, t("en"))).not.toContain("Wrong");
    expect(errorText(new Error("TypeError: x is undefined"), t("id"))).toBe(id.errors.codes.unexpected);
  });

  it("names the invalid fields of a 422 in the language, leaving out fields it has no word for", () => {
    const error = new ApiError(422, "validation_failed", "Invalid input", "req-1", {
      issues: [
        { path: "url", message: "Invalid URL" },
        { path: "claimIds.0", message: "Invalid uuid" },
        { path: "internalFlag", message: "Unrecognized key" },
      ],
    });
    expect(errorText(error, t("id"))).toBe(
      `${id.errors.codes.validation_failed} Periksa isian berikut: ${id.errors.fields.url}, ${id.errors.fields.claimIds}.`,
    );
    expect(errorText(error, t("en"))).toBe(
      `${en.errors.codes.validation_failed} Check these fields: address, claims.`,
    );
  });

  it("explains a reason the details give: a blocked address, a page that could not be fetched", () => {
    const blocked = new ApiError(422, "validation_failed", "Address blocked", "r", {
      reason: "blocked_address",
    });
    expect(errorText(blocked, t("id"))).toBe(id.errors.reasons.blocked_address);
    const timeout = new ApiError(422, "validation_failed", "Timed out", "r", { reason: "timeout" });
    expect(errorText(timeout, t("id"))).toBe(id.import.urls.reason.timeout);
    expect(errorText(new ApiError(0, "network", "Failed to fetch", null), t("id"))).toBe(id.errors.network);
  });

  it("says how long to wait after too many attempts", () => {
    const error = new ApiError(429, "rate_limited", "Too many", "r", undefined, 30);
    expect(errorText(error, t("id"))).toBe(`${id.errors.codes.rate_limited} Coba lagi dalam 30 detik.`);
  });
});
