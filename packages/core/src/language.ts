import { franc } from "franc-min";

/** Detects whether a text is Indonesian or English ("id" / "en"), or "und" when it cannot tell. */
export function detectLanguage(text: string): "id" | "en" | "und" {
  const code = franc(text.slice(0, 20_000), { only: ["ind", "eng", "zlm"], minLength: 10 });
  if (code === "ind" || code === "zlm") return "id";
  if (code === "eng") return "en";
  return "und";
}
