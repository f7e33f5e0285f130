import { z } from "zod";
import { AddressPolicy, allowListProblem } from "./services/fetch/address-policy";
import { DEFAULT_LIMITS, type FetchLimits } from "./services/fetch/safe-fetch";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  KROSCEK_DATA_DIR: z.string().min(1).default("./.kroscek/data"),
  KROSCEK_SOCKET_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  KROSCEK_WEB_DIST: z.string().optional(),
  KROSCEK_PUBLIC_URL: z.url().optional(),
  KROSCEK_DEMO: z.enum(["on", "off"]).default("on"),
  // How many reverse proxies in front of the app append to X-Forwarded-For: "off" (0) ignores the
  // header, since a client could otherwise pick its own address and dodge the sign-in throttle.
  KROSCEK_TRUST_PROXY: z
    .string()
    .regex(/^(off|on|[0-9])$/, "'off', 'on' (one proxy) or the number of proxies (0-9)")
    .default("off")
    .transform((v) => (v === "off" ? 0 : v === "on" ? 1 : Number(v))),
  // Addresses and CIDR ranges outgoing requests may reach although private or loopback.
  KROSCEK_FETCH_ALLOW: z
    .string()
    .default("")
    .refine((v) => allowListProblem(v) === null, {
      error: "a comma-separated list of addresses or CIDR ranges such as 127.0.0.1,10.0.0.0/8",
    }),
  KROSCEK_FETCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  KROSCEK_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  // Below how many engine claims a write recomputes the workspace's scores in full instead of
  // refreshing the written events' objects (on a small ledger one write moves the fitted priors more
  // than a refresh, which holds them, can follow).
  KROSCEK_REFRESH_MIN_CLAIMS: z.coerce.number().int().min(0).optional(),
  // Memory per process for cached answers of the heavy reads, in MiB; 0 turns the cache off.
  KROSCEK_READ_CACHE_MB: z.coerce.number().int().min(0).max(65536).default(64),
  // The request log: one JSON line per request at "info"; "silent" turns it off.
  KROSCEK_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Where it goes: "stdout", "stderr" or a file path (appended to).
  KROSCEK_LOG_DESTINATION: z.string().min(1).default("stdout"),
});

export type Env = z.infer<typeof EnvSchema>;

/** The one place that reads the environment; fails fast listing every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

/** The outgoing-request rules the environment sets. */
export function fetchLimitsOf(
  env: Pick<Env, "KROSCEK_FETCH_ALLOW" | "KROSCEK_FETCH_MAX_BYTES" | "KROSCEK_FETCH_TIMEOUT_MS">,
): FetchLimits {
  return {
    ...DEFAULT_LIMITS,
    addresses: AddressPolicy.fromList(env.KROSCEK_FETCH_ALLOW),
    maxBytes: env.KROSCEK_FETCH_MAX_BYTES,
    timeoutMs: env.KROSCEK_FETCH_TIMEOUT_MS,
  };
}
