import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { id } from "./id";

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

/** Starts i18next with the remembered language (Indonesian by default) and remembers each switch. */
export function initI18n() {
  const lng = storedLanguage();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng,
    fallbackLng: "en",
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
