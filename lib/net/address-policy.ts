import { BlockList, isIP } from "node:net";

/**
 * Which network addresses an outbound request (a URL import, a webhook delivery) may reach. Anything a
 * server-side fetch could use to reach the host itself or its private network is refused unless the
 * deployment allows private addresses (self-hosted setups, tests).
 */

export type AddressRange =
  | "loopback"
  | "private"
  | "link-local"
  | "unique-local"
  | "cloud metadata"
  | "multicast"
  | "reserved";

interface RangeRule {
  range: AddressRange;
  cidrs: Array<[string, number, "ipv4" | "ipv6"]>;
}

/** Checked in order: the metadata addresses sit inside link-local and unique-local, so they come first. */
const RULES: RangeRule[] = [
  { range: "cloud metadata", cidrs: [["169.254.169.254", 32, "ipv4"], ["fd00:ec2::254", 128, "ipv6"], ["100.100.100.200", 32, "ipv4"]] },
  { range: "loopback", cidrs: [["127.0.0.0", 8, "ipv4"], ["::1", 128, "ipv6"]] },
  {
    range: "private",
    cidrs: [
      ["10.0.0.0", 8, "ipv4"],
      ["172.16.0.0", 12, "ipv4"],
      ["192.168.0.0", 16, "ipv4"],
      ["100.64.0.0", 10, "ipv4"],
    ],
  },
  { range: "link-local", cidrs: [["169.254.0.0", 16, "ipv4"], ["fe80::", 10, "ipv6"]] },
  { range: "unique-local", cidrs: [["fc00::", 7, "ipv6"]] },
  { range: "multicast", cidrs: [["224.0.0.0", 4, "ipv4"], ["ff00::", 8, "ipv6"]] },
  {
    range: "reserved",
    cidrs: [
      ["0.0.0.0", 8, "ipv4"],
      ["192.0.0.0", 24, "ipv4"],
      ["192.0.2.0", 24, "ipv4"],
      ["198.18.0.0", 15, "ipv4"],
      ["198.51.100.0", 24, "ipv4"],
      ["203.0.113.0", 24, "ipv4"],
      ["240.0.0.0", 4, "ipv4"],
      ["::", 128, "ipv6"],
      ["100::", 64, "ipv6"],
      ["2001:db8::", 32, "ipv6"],
    ],
  },
];

const LISTS = RULES.map(({ range, cidrs }) => {
  const list = new BlockList();
  for (const [network, prefix, family] of cidrs) list.addSubnet(network, prefix, family);
  return { range, list };
});

/** An IPv4 address carried inside an IPv6 one (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96), if any. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** The range an address falls in when it is not a public unicast address; undefined when it is public. */
export function nonPublicRange(address: string): AddressRange | undefined {
  const family = isIP(address);
  if (family === 0) return "reserved";
  if (family === 6) {
    const inner = embeddedIpv4(address);
    if (inner) return nonPublicRange(inner);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  return LISTS.find(({ list }) => list.check(address, type))?.range;
}
