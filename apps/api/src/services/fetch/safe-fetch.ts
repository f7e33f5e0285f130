import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { AddressPolicy } from "./address-policy";

export const USER_AGENT = "KroscekArchiver/1 (+https://github.com/kroscek/kroscek; fact-checking archive)";

/** Why a fetch failed; the URL-import route reports it as `details.reason`. */
export type FetchFailure =
  | "bad_url"
  | "blocked_address"
  | "too_large"
  | "timeout"
  | "too_many_redirects"
  | "unreachable";

export class FetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface FetchLimits {
  addresses: AddressPolicy;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  /** For the whole exchange, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  /** Name resolution; the system resolver unless a caller (a test) supplies its own. */
  resolve?: Resolver;
}

export const DEFAULT_LIMITS: FetchLimits = {
  addresses: new AddressPolicy(),
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
  userAgent: USER_AGENT,
};

export interface FetchRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Follow redirects (page fetches do; webhook deliveries do not). */
  followRedirects?: boolean;
}

export interface FetchResult {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Every URL visited before the one that answered. */
  redirects: string[];
  /** The address the answer came from. */
  address: string;
  fetchedAt: Date;
}

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Fetches a URL with the product's outgoing-request rules: http(s) only; every host, the first and
 * each redirect's, resolved and its addresses checked before connecting, the connection pinned to
 * the checked address (no second lookup for a rebinding answer to slip in); bounded redirects,
 * body size and total time; a User-Agent that says who is asking.
 */
export async function safeFetch(
  url: string,
  limits: FetchLimits,
  request: FetchRequest = {},
): Promise<FetchResult> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const redirects: string[] = [];
  let current = url;
  let method = request.method ?? "GET";
  let body = request.body;
  for (;;) {
    const target = parseTarget(current);
    const address = await checkedAddress(target, limits);
    const answer = await exchange(target, address, limits, deadline, { ...request, method, body });
    const location = answer.headers.location;
    const isRedirect = [301, 302, 303, 307, 308].includes(answer.status) && typeof location === "string";
    if (!isRedirect || request.followRedirects === false) return { ...answer, url: current, redirects };
    if (redirects.length >= limits.maxRedirects)
      throw new FetchError("too_many_redirects", `more than ${limits.maxRedirects} redirects`, url);
    redirects.push(current);
    current = new URL(location, current).toString();
    if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
    }
  }
}

/** The checks a fetch of the URL would make before connecting; throws the same FetchError. */
export async function checkUrl(url: string, limits: FetchLimits): Promise<void> {
  await checkedAddress(parseTarget(url), limits);
}

function parseTarget(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError("bad_url", "not a URL", raw);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new FetchError("bad_url", `only http and https URLs are fetched, not ${u.protocol}`, raw);
  if (u.username || u.password) throw new FetchError("bad_url", "URLs with credentials are not fetched", raw);
  return u;
}

async function checkedAddress(
  target: URL,
  limits: FetchLimits,
): Promise<{ address: string; family: number }> {
  const host = target.hostname.replace(/^\[|\]$/g, "");
  let candidates: { address: string; family: number }[];
  if (isIP(host)) candidates = [{ address: host, family: isIP(host) }];
  else {
    try {
      candidates = await (limits.resolve ?? systemResolver)(host);
    } catch (error) {
      throw new FetchError(
        "unreachable",
        `${host} does not resolve (${(error as Error).message})`,
        target.href,
      );
    }
    if (candidates.length === 0) throw new FetchError("unreachable", `${host} does not resolve`, target.href);
  }
  // Every answer must pass: a name with one public and one private record is refused.
  for (const c of candidates) {
    const refusal = limits.addresses.refusal(c.address);
    if (refusal)
      throw new FetchError(
        "blocked_address",
        `${host} is at ${c.address} (${refusal}), which is not fetched`,
        target.href,
      );
  }
  return candidates[0] as { address: string; family: number };
}

function exchange(
  target: URL,
  pinned: { address: string; family: number },
  limits: FetchLimits,
  signal: AbortSignal,
  request: FetchRequest,
): Promise<Omit<FetchResult, "url" | "redirects">> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const lib = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(timeoutError(target));
    const req = lib.request(
      target,
      {
        method: request.method ?? "GET",
        agent: false,
        lookup,
        signal,
        headers: {
          "user-agent": limits.userAgent,
          "accept-encoding": "gzip, deflate, br",
          ...request.headers,
          ...(request.body === undefined
            ? {}
            : { "content-length": String(Buffer.byteLength(request.body)) }),
        },
      },
      (res) => {
        readBody(res, limits.maxBytes, target).then(
          (body) =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body,
              address: pinned.address,
              fetchedAt: new Date(),
            }),
          (error: unknown) =>
            reject(
              signal.aborted
                ? timeoutError(target)
                : error instanceof FetchError
                  ? error
                  : new FetchError("unreachable", `${target.host}: ${(error as Error).message}`, target.href),
            ),
        );
      },
    );
    req.on("error", (error) => {
      if (signal.aborted) reject(timeoutError(target));
      else if (error instanceof FetchError) reject(error);
      else reject(new FetchError("unreachable", `${target.host}: ${error.message}`, target.href));
    });
    req.end(request.body);
  });
}

const timeoutError = (target: URL) =>
  new FetchError("timeout", "the server took too long to answer", target.href);

function readBody(res: IncomingMessage, maxBytes: number, target: URL): Promise<Buffer> {
  const declared = Number(res.headers["content-length"]);
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
  if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(tooLarge(maxBytes, target));
  }
  let stream: Readable = res;
  if (encoding === "gzip" || encoding === "x-gzip") stream = res.pipe(zlib.createGunzip());
  else if (encoding === "deflate") stream = res.pipe(zlib.createInflate());
  else if (encoding === "br") stream = res.pipe(zlib.createBrotliDecompress());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        stream.destroy();
        reject(tooLarge(maxBytes, target));
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", (error) => reject(error));
    res.on("error", (error) => reject(error));
  });
}

const tooLarge = (maxBytes: number, target: URL) =>
  new FetchError("too_large", `the answer is larger than ${maxBytes} bytes`, target.href);
