import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address a request came from. Behind `trustedProxies` reverse proxies (KROSCEK_TRUST_PROXY)
 * it is read from X-Forwarded-For, counting from the right: each proxy appends the address it saw,
 * so entries further left are whatever the client wrote and are never believed. With no trusted
 * proxy the header is ignored and the socket's peer is the client.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const entries = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const entry = entries[Math.max(0, entries.length - trustedProxies)];
    if (entry) return entry;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Whether the client reached us over https: the configured public URL decides when there is one. */
export function isHttps(c: Context, publicUrl: string | undefined, trustedProxies: number): boolean {
  if (publicUrl) return publicUrl.startsWith("https:");
  if (new URL(c.req.url).protocol === "https:") return true;
  return trustedProxies > 0 && c.req.header("x-forwarded-proto") === "https";
}
