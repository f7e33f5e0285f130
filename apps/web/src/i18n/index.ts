import i18n, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGE_KEY = "kroscek.lang";
export const UI_LANGUAGES = ["id", "en"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

function storedLanguage(): UiLanguage {
  try {
    const v = localStorage.getItem(LANGUAGE_KEY);
    if (v === "id" || v === "en") return v;
  } catch {
    // Storage can be unavailable (privacy mode); fall back to Indonesian.
  }
  return "id";
}

/**
 * Each language's dictionary is its own chunk, fetched when that language is first used: the first
 * page downloads one language, and switching waits for the other before it renders.
 */
const dictionaries: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    const load =
      language === "en"
        ? import("./en").then((m) => m.en)
        : language === "id"
          ? import("./id").then((m) => m.id)
          : Promise.reject(new Error(`no dictionary for ${language}`));
    load.then(
      (dictionary) => callback(null, dictionary as unknown as ResourceKey),
      (error: Error) => callback(error, null),
    );
  },
};

/**
 * Starts i18next with the remembered language (Indonesian by default) and remembers each switch;
 * resolves once that language's dictionary is loaded.
 */
export async function initI18n() {
  const lng = storedLanguage();
  await i18n
    .use(dictionaries)
    .use(initReactI18next)
    .init({
      lng,
      // Both dictionaries hold every key (a test checks it), so there is nothing to fall back to.
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  document.documentElement.lang = lng;
  i18n.on("languageChanged", (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // Not remembered; the switch still applies to this tab.
    }
  });
  return i18n;
}
