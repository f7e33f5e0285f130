import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Switches the interface between Bahasa Indonesia and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      value={i18n.resolvedLanguage === "en" ? "en" : "id"}
      onChange={(v) => void i18n.changeLanguage(v)}
      data={[
        {
          value: "id",
          label: (
            <span title={t("lang.id")} lang="id">
              {t("lang.idShort")}
            </span>
          ),
        },
        {
          value: "en",
          label: (
            <span title={t("lang.en")} lang="en">
              {t("lang.enShort")}
            </span>
          ),
        },
      ]}
      aria-label={t("lang.label")}
      data-testid="language-switch"
    />
  );
}
