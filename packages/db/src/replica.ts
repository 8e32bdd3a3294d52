import type { DataSource } from 'typeorm';

/*
 * Read replicas. A request reads the primary or a streaming standby as a whole: its loaders share one data
 * source, so a request never mixes the two. The rule:
 * - mutations and subscriptions run on the primary (their reads too);
 * - after a principal's mutation, the primary's WAL position is remembered for that principal; the
 *   principal's reads go to the primary until the standby has replayed past that position (its
 *   pg_last_wal_replay_lsn()), so a principal always reads its own writes, and then to the standby again;
 * - every other read goes to the standby.
 * TypeORM's own `replication: { master, slaves }` routes statement by statement (SELECTs of the query builder
 * to a slave, raw queries to the master), which loses read-your-own-writes inside a request: not used.
 * The memory of writes is per process: with several processes of one subgraph, route a principal's requests
 * to the same process (sticky sessions), or run one writer process.
 */

export interface ReplicaRouterOptions {
  /** How long a standby's replay position is reused before asking again (ms). */
  replayCacheMs?: number;
  /** Principals whose write is remembered at most (oldest forgotten first: they read the primary meanwhile). */
  maxPrincipals?: number;
}

export interface RoutedRequest {
  operation?: 'query' | 'mutation' | 'subscription';
  subject?: string;
}

/** PostgreSQL's pg_lsn text (`16/B374D848`) as a number that compares. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  if (high === undefined || low === undefined) throw new Error(`not a WAL position: ${lsn}`);
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export class ReplicaRouter {
  private readonly writes = new Map<string, bigint>();
  private replay: { value: bigint; at: number } | undefined;
  private pendingReplay: Promise<bigint | undefined> | undefined;
  private readonly replayCacheMs: number;
  private readonly maxPrincipals: number;

  constructor(
    readonly primary: DataSource,
    readonly replica: DataSource | undefined,
    options: ReplicaRouterOptions = {},
  ) {
    this.replayCacheMs = options.replayCacheMs ?? 20;
    this.maxPrincipals = options.maxPrincipals ?? 100_000;
  }

  /** The data source one request reads and writes. */
  async dataSourceFor(request: RoutedRequest): Promise<DataSource> {
    if (!this.replica || request.operation === 'mutation' || request.operation === 'subscription') return this.primary;
    const written = request.subject === undefined ? undefined : this.writes.get(request.subject);
    if (written === undefined) return this.replica;
    const replayed = await this.replayPosition(false);
    if (replayed !== undefined && replayed >= written) {
      this.writes.delete(request.subject!);
      return this.replica;
    }
    // Maybe the cached position is just old: ask once more before sending the read to the primary.
    const fresh = await this.replayPosition(true);
    if (fresh !== undefined && fresh >= written) {
      this.writes.delete(request.subject!);
      return this.replica;
    }
    return this.primary;
  }

  /** After a principal's mutation: its reads stay on the primary until the standby has replayed this far. */
  async recordWrite(request: RoutedRequest): Promise<void> {
    if (!this.replica || request.operation !== 'mutation' || request.subject === undefined) return;
    const [row] = (await this.primary.query('SELECT pg_current_wal_lsn()::text AS lsn')) as Array<{ lsn: string }>;
    if (!row) return;
    this.writes.delete(request.subject);
    if (this.writes.size >= this.maxPrincipals) {
      const oldest = this.writes.keys().next().value;
      if (oldest !== undefined) this.writes.delete(oldest);
    }
    this.writes.set(request.subject, lsnValue(row.lsn));
  }

  /** Principals whose reads wait for the standby (for tests and metrics). */
  get pendingPrincipals(): number {
    return this.writes.size;
  }

  private async replayPosition(fresh: boolean): Promise<bigint | undefined> {
    if (!fresh && this.replay && Date.now() - this.replay.at < this.replayCacheMs) return this.replay.value;
    this.pendingReplay ??= (async () => {
      try {
        const [row] = (await this.replica!.query('SELECT pg_last_wal_replay_lsn()::text AS lsn')) as Array<{
          lsn: string | null;
        }>;
        if (!row?.lsn) return undefined;
        const value = lsnValue(row.lsn);
        this.replay = { value, at: Date.now() };
        return value;
      } catch {
        return undefined;
      } finally {
        this.pendingReplay = undefined;
      }
    })();
    return this.pendingReplay;
  }
}

/**
 * The standby URL a subgraph connects to: the standby's host, port and (when given) database from
 * DATABASE_REPLICA_URL, with the subgraph's own run-time role and password (roles are replicated too).
 */
export function replicaUrlFor(runtimeUrl: string, replicaBase: string): string {
  const runtime = new URL(runtimeUrl);
  const base = new URL(replicaBase);
  runtime.hostname = base.hostname;
  runtime.port = base.port;
  if (base.pathname && base.pathname !== '/') runtime.pathname = base.pathname;
  for (const [key, value] of base.searchParams) runtime.searchParams.set(key, value);
  return runtime.toString();
}
