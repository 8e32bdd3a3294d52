import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';

/*
 * The read path's load driver: one GraphQL operation POSTed on loopback by a fixed number of clients for a
 * fixed time (autocannon), each request carrying the next of many principals' tokens in turn, and what the
 * server's processes spent meanwhile (CPU from /proc, peak RSS).
 */

export interface Target {
  /** Where the operation is POSTed. */
  url: string;
  /** The request body: a GraphQL document and its variables. */
  body: { query: string; variables: Record<string, unknown> };
  /** One token per principal, sent in turn (none: no Authorization header). */
  tokens: readonly string[];
  headers?: Record<string, string>;
  /** The server's OS processes, for CPU and memory. */
  pids: () => readonly number[];
}

export interface Round {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failures: number;
  /** CPU (user + system) of the server's processes per answered request. */
  cpuMsPerRequest: number;
  /** The servers' processes' peak resident memory so far (sum over processes), MiB. */
  peakRssMiB: number;
  load: number;
}

/** Clock ticks per second of /proc's CPU times: 100 on every Linux this runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

async function cpuMs(pids: readonly number[]): Promise<number> {
  let ticks = 0;
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export async function peakRssMiB(pids: readonly number[]): Promise<number> {
  let kib = 0;
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    kib += Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  }
  return kib / 1024;
}

/** Runs one round: `connections` clients for `seconds`, after a short warm-up at the same concurrency. */
export async function runRound(target: Target, connections: number, seconds: number): Promise<Round> {
  let next = 0;
  const body = JSON.stringify(target.body);
  const options = (duration: number): autocannon.Options => ({
    url: target.url,
    connections,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body,
    requests: [
      {
        setupRequest: (request) => {
          if (target.tokens.length === 0) return request;
          const token = target.tokens[next++ % target.tokens.length];
          return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
        },
      },
    ],
  });
  await autocannon(options(Math.min(2, seconds)));
  const cpuBefore = await cpuMs(target.pids());
  const result = await autocannon(options(seconds));
  const cpu = (await cpuMs(target.pids())) - cpuBefore;
  const answered = result['2xx'];
  return {
    connections,
    requests: answered,
    requestsPerSecond: answered / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMsPerRequest: answered > 0 ? cpu / answered : Number.NaN,
    peakRssMiB: await peakRssMiB(target.pids()),
    load: loadavg()[0] ?? Number.NaN,
  };
}

/** POSTs the operation once (with the first token) and returns the parsed answer. */
export async function postOnce<T = unknown>(target: Target, token = target.tokens[0]): Promise<T> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...target.headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(target.body),
  });
  const answer = await response.json();
  if (!response.ok || (answer as { errors?: unknown }).errors)
    throw new Error(`${target.url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer as T;
}
