import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/*
 * Where the hub may send a request an official chose the address of (a webhook), so that a URL cannot make the
 * hub reach into its own network (server-side request forgery): the cloud's metadata service, the database, the
 * gateway's internal ports, a router's admin page.
 *
 * HUB_WEBHOOK_ALLOWED_HOSTS unset: only `https`, only to hosts whose every address is public unicast (the
 * IANA special-purpose ranges — loopback, private, link-local, CGNAT, unique-local, multicast, reserved, the
 * IPv6 forms that embed an IPv4 address — are refused).
 * Set (a comma list of host names, `*.suffix`, IP literals and CIDR ranges): only the hosts it names, `https` or
 * plain `http`. A listed name may resolve to a private address (an internal receiver: 10/8, 172.16/12,
 * 192.168/16, 100.64/10, fc00::/7) but never to loopback, link-local or another special range unless that
 * address is itself listed as an IP or a range.
 *
 * Checked twice: when the URL is saved (its form and host, no DNS), and when it is used, in the connection's own
 * DNS lookup (`pinnedLookup`), so that the socket connects to exactly the addresses that were checked (a name
 * that resolves to a public address when saved and to 127.0.0.1 later is refused then).
 */

export const ALLOWED_HOSTS_VARIABLE = 'HUB_WEBHOOK_ALLOWED_HOSTS';

/** Internal networks a listed host name may resolve to. */
const INTERNAL_RANGES = new Set(['private', 'uniqueLocal', 'carrierGradeNat']);

export interface OutboundPolicy {
  /** Whether HUB_WEBHOOK_ALLOWED_HOSTS is set: then only the hosts below are reached. */
  readonly listed: boolean;
  readonly names: ReadonlySet<string>;
  /** `*.gov.cn` as `.gov.cn`: any host below it, not the suffix itself. */
  readonly suffixes: readonly string[];
  readonly ranges: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

const parsedPolicies = new Map<string, OutboundPolicy>();

/** The policy of HUB_WEBHOOK_ALLOWED_HOSTS; a malformed entry throws (a configuration error, not a user's). */
export function outboundPolicy(env: NodeJS.ProcessEnv = process.env): OutboundPolicy {
  const raw = env[ALLOWED_HOSTS_VARIABLE]?.trim() ?? '';
  const known = parsedPolicies.get(raw);
  if (known) return known;
  const names = new Set<string>();
  const suffixes: string[] = [];
  const ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [];
  for (const entry of raw.split(',').map((part) =>
    part
      .trim()
      .toLowerCase()
      .replace(/^\[|\]$/g, ''),
  )) {
    if (!entry) continue;
    if (entry.includes('/')) {
      if (!ipaddr.isValidCIDR(entry)) throw new Error(`${ALLOWED_HOSTS_VARIABLE}: "${entry}" is no CIDR range`);
      const [address, bits] = ipaddr.parseCIDR(entry);
      ranges.push([address.kind() === 'ipv6' ? address : ipaddr.process(address.toString()), bits]);
    } else if (isIP(entry)) {
      const address = ipaddr.process(entry);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^\*\.[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(entry)) {
      suffixes.push(entry.slice(1));
    } else if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(entry)) {
      names.add(entry);
    } else {
      throw new Error(`${ALLOWED_HOSTS_VARIABLE}: "${entry}" is no host name, *.suffix, IP address or CIDR range`);
    }
  }
  const policy = { listed: raw !== '', names, suffixes, ranges };
  parsedPolicies.set(raw, policy);
  return policy;
}

/** A URL's host as the policy sees it: lower case, without an IPv6 literal's brackets or a trailing dot. */
const hostOf = (url: URL) =>
  url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

const nameListed = (policy: OutboundPolicy, host: string) =>
  policy.names.has(host) || policy.suffixes.some((suffix) => host.endsWith(suffix));

const addressListed = (policy: OutboundPolicy, address: ipaddr.IPv4 | ipaddr.IPv6) =>
  policy.ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));

/** Why the hub may not connect to an address reached through `host`, or null when it may. */
function refusedAddress(policy: OutboundPolicy, host: string, literal: string): string | null {
  const address = ipaddr.process(literal);
  if (addressListed(policy, address)) return null;
  const range = address.range();
  if (policy.listed && !nameListed(policy, host)) return `${host} is not in ${ALLOWED_HOSTS_VARIABLE}`;
  if (range === 'unicast') return null;
  if (policy.listed && INTERNAL_RANGES.has(range)) return null;
  return `${address.toString()} is a ${range} address`;
}

/**
 * Why a URL may not be used for an outbound request, or null when it may: its form (absolute, http(s), no
 * credentials) and its host against the policy. Names are not resolved here; `pinnedLookup` checks their
 * addresses when the request is made.
 */
export function refusedOutboundUrl(value: string, policy: OutboundPolicy = outboundPolicy()): string | null {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return 'it is no http(s) URL';
  if (url.username || url.password) return 'it carries credentials';
  const host = hostOf(url);
  if (isIP(host)) {
    const refusal = refusedAddress(policy, host, host);
    if (refusal) return refusal;
  } else if (policy.listed) {
    if (!nameListed(policy, host)) return `${host} is not in ${ALLOWED_HOSTS_VARIABLE}`;
  } else if (host === 'localhost' || /\.(localhost|local|internal|home\.arpa)$/.test(host) || !host.includes('.')) {
    // Names that never leave this machine or its network, refused before any lookup.
    return `${host} is not a public host name`;
  }
  if (!policy.listed && url.protocol !== 'https:') {
    return `plain http is allowed only to hosts in ${ALLOWED_HOSTS_VARIABLE}`;
  }
  return null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request`: resolves the host, refuses it when any of its addresses may not be reached, and
 * hands the checked addresses to the socket (so what is connected to is what was checked). Answers in both forms
 * Node asks for (one address, or all of them for happy-eyeballs connection).
 */
export function pinnedLookup(policy: OutboundPolicy = outboundPolicy()) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const host = hostname.toLowerCase().replace(/\.$/, '');
      const refusal = addresses.map(({ address }) => refusedAddress(policy, host, address)).find(Boolean);
      if (refusal) {
        return callback(Object.assign(new Error(`refused to connect: ${refusal}`), { code: 'EREFUSEDHOST' }), '');
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
