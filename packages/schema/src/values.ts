// Plain values and checks without zod, so that a browser bundle importing only these does not
// carry the contracts.

/** Slugs that name pages or routes of the product itself, so no workspace may take them. */
export const RESERVED_SLUGS = [
  "api",
  "admin",
  "app",
  "assets",
  "auth",
  "docs",
  "invitations",
  "invite",
  "new",
  "settings",
  "setup",
  "sign-in",
  "sign-out",
  "static",
  "system",
  "www",
] as const;

/** True for an absolute http(s) URL: the only kind Kroscek stores and renders as a link. */
export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
