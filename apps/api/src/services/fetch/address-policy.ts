import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Which addresses outgoing requests (page fetches, feed polls, webhook deliveries) may reach: public
 * unicast ones, plus whatever the operator lists in KROSCEK_FETCH_ALLOW. Loopback, private,
 * link-local (cloud metadata at 169.254.169.254 among them), carrier-grade NAT, multicast, reserved
 * ranges and their IPv6 counterparts are refused, including IPv4 addresses hidden in IPv6 forms.
 */
export class AddressPolicy {
  private readonly allowed: Range[];

  constructor(allow: readonly string[] = []) {
    this.allowed = allow.map(parseRange);
  }

  /** Parses the comma-separated list of addresses and CIDR ranges of KROSCEK_FETCH_ALLOW. */
  static fromList(list: string | undefined): AddressPolicy {
    return new AddressPolicy(
      (list ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    );
  }

  /** Null when the address may be reached, else the name of the range that refuses it. */
  refusal(address: string): string | null {
    const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
    if (!ipaddr.isValid(bare)) return "not an address";
    // ::ffff:10.0.0.1 is 10.0.0.1.
    const ip = ipaddr.process(bare);
    for (const [range, bits] of this.allowed) {
      if (range.kind() === ip.kind() && ip.match(range, bits)) return null;
    }
    const kind = ip.range();
    return kind === "unicast" ? null : kind;
  }
}

function parseRange(entry: string): Range {
  if (entry.includes("/")) {
    try {
      return ipaddr.parseCIDR(entry);
    } catch {
      throw new Error(`'${entry}' is not a CIDR range`);
    }
  }
  if (!isIP(entry)) throw new Error(`'${entry}' is neither an address nor a CIDR range`);
  const ip = ipaddr.parse(entry);
  return [ip, ip.kind() === "ipv4" ? 32 : 128];
}

/** True when the comma-separated list parses: for validating KROSCEK_FETCH_ALLOW at start. */
export function allowListProblem(list: string): string | null {
  try {
    AddressPolicy.fromList(list);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
