/** A share 0–1 as a percentage in the interface language ("90,0%" in Indonesian, "90.0%" in English). */
export function formatPercent(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
