import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsSite, startNewsSite } from "../../test/news-site";
import { AddressPolicy } from "./address-policy";
import { DEFAULT_LIMITS, FetchError, type FetchLimits, safeFetch, USER_AGENT } from "./safe-fetch";

describe("safe fetcher", () => {
  let site: NewsSite;
  let allowed: FetchLimits;
  beforeAll(async () => {
    site = await startNewsSite();
    allowed = { ...DEFAULT_LIMITS, addresses: AddressPolicy.fromList("127.0.0.1"), timeoutMs: 5000 };
  });
  afterAll(() => site?.close());

  const failure = async (p: Promise<unknown>) => {
    const error = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  };

  it("fetches a page from an allowed address, saying who it is", async () => {
    const r = await safeFetch(`${site.url}/berita/banjir-bekasi`, allowed);
    expect(r.status).toBe(200);
    expect(r.body.toString("utf8")).toContain("Banjir rendam ribuan rumah");
    expect(r.address).toBe("127.0.0.1");
    expect(site.requests.at(-1)?.userAgent).toBe(USER_AGENT);
  });

  it("follows a redirect chain and reports the final URL and each hop", async () => {
    const r = await safeFetch(`${site.url}/r/3`, allowed);
    expect(r.url).toBe(`${site.url}/berita/banjir-bekasi`);
    expect(r.redirects).toEqual([`${site.url}/r/3`, `${site.url}/r/2`, `${site.url}/r/1`]);
  });

  it("stops after five redirects", async () => {
    expect((await failure(safeFetch(`${site.url}/loop`, allowed))).reason).toBe("too_many_redirects");
  });

  it("refuses loopback without the allow-list", async () => {
    const e = await failure(safeFetch(`${site.url}/berita/banjir-bekasi`, DEFAULT_LIMITS));
    expect(e.reason).toBe("blocked_address");
    expect(e.message).toMatch(/loopback/);
  });

  it.each([
    ["http://10.0.0.8/", "private"],
    ["http://192.168.1.1/", "private"],
    ["http://172.16.5.4/", "private"],
    ["http://169.254.169.254/latest/meta-data/", "linkLocal"],
    ["http://100.100.100.200/", "carrierGradeNat"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://[::1]/", "loopback"],
    ["http://[fd00:ec2::254]/", "uniqueLocal"],
    ["http://[fe80::1]/", "linkLocal"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:a00:1]/", "private"],
  ])("refuses %s (%s) before connecting", async (url, range) => {
    const e = await failure(safeFetch(url, DEFAULT_LIMITS));
    expect(e.reason).toBe("blocked_address");
    expect(e.message).toContain(range);
  });

  it("refuses a redirect to a private address and to the metadata service", async () => {
    expect((await failure(safeFetch(`${site.url}/ke-jaringan-dalam`, allowed))).reason).toBe(
      "blocked_address",
    );
    const e = await failure(safeFetch(`${site.url}/ke-metadata`, allowed));
    expect(e.reason).toBe("blocked_address");
    expect(e.url).toBe("http://169.254.169.254/latest/meta-data/");
  });

  it("refuses a name that resolves to a private address, or to any private one among public ones", async () => {
    const resolve = async (host: string) =>
      host === "intranet.example"
        ? [{ address: "10.20.30.40", family: 4 }]
        : [
            { address: "93.184.215.14", family: 4 },
            { address: "fc00::5", family: 6 },
          ];
    const limits = { ...allowed, resolve };
    expect((await failure(safeFetch("http://intranet.example/", limits))).message).toMatch(/10\.20\.30\.40/);
    expect((await failure(safeFetch("https://mixed.example/", limits))).message).toMatch(/fc00::5/);
  });

  it("connects to the address it checked, under the page's own host name", async () => {
    const port = new URL(site.url).port;
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const r = await safeFetch(`http://warta.example:${port}/berita/banjir-bekasi`, { ...allowed, resolve });
    expect(r.status).toBe(200);
    expect(r.address).toBe("127.0.0.1");
  });

  it("fetches only http and https", async () => {
    for (const url of [
      "file:///etc/passwd",
      "ftp://127.0.0.1/",
      "gopher://127.0.0.1/",
      "javascript:alert(1)",
    ])
      expect((await failure(safeFetch(url, allowed))).reason).toBe("bad_url");
  });

  it("stops reading a body past the size limit", async () => {
    const e = await failure(safeFetch(`${site.url}/raksasa`, allowed));
    expect(e.reason).toBe("too_large");
  });

  it("gives up on a slow server at the time limit", async () => {
    const e = await failure(safeFetch(`${site.url}/lambat`, { ...allowed, timeoutMs: 300 }));
    expect(e.reason).toBe("timeout");
  });

  it("hands back an error status rather than throwing", async () => {
    const r = await safeFetch(`${site.url}/hilang`, allowed);
    expect(r.status).toBe(404);
  });

  it("parses the allow-list of addresses and CIDR ranges and refuses a bad entry", () => {
    const p = AddressPolicy.fromList(" 127.0.0.0/8, ::1 ,10.1.0.0/16");
    expect(p.refusal("127.4.5.6")).toBeNull();
    expect(p.refusal("::1")).toBeNull();
    expect(p.refusal("10.1.200.3")).toBeNull();
    expect(p.refusal("10.2.0.1")).toBe("private");
    expect(p.refusal("8.8.8.8")).toBeNull();
    expect(() => AddressPolicy.fromList("127.0.0.1,intranet")).toThrow(/intranet/);
  });
});
