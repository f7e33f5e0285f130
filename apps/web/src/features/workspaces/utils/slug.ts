import { RESERVED_SLUGS } from "@kroscek/schema";

const SLUG = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;

/** Proposes a workspace slug from its name ("Pilpres 2024 – Jawa" → "pilpres-2024-jawa"). */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 63)
    .replace(/^-+|-+$/g, "");
}

/** Why the API would refuse this slug, checked before sending so the reason is in the UI's language. */
export function slugProblem(slug: string): "invalid" | "reserved" | null {
  if (slug.length < 2 || slug.length > 63 || !SLUG.test(slug)) return "invalid";
  if ((RESERVED_SLUGS as readonly string[]).includes(slug)) return "reserved";
  return null;
}
