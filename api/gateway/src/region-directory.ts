import { GATEWAY_SECRET_HEADER, serviceUnavailable } from '@dibao/server';

/** How long an answer is trusted: regions change with an administrative reform, not between two requests. */
const KNOWN_FOR_MS = 10 * 60_000;
/** A code the registry did not know is asked again sooner, so a region added by an import is soon accepted. */
const UNKNOWN_FOR_MS = 60_000;
/** Tokens are signed by the hub, so codes come from issued tokens only; the bound is a safeguard. */
const MAX_ENTRIES = 20_000;

const REGION_QUERY = 'query RegionExists($code: ID!) { region(code: $code) { code } }';

/** Whether a region code names a region of the registry: the one question the gateway asks about tokens. */
export interface RegionDirectory {
  exists(code: string): Promise<boolean>;
}

/**
 * The gateway has no database: it asks the registry subgraph, with the gateway secret, and caches the answer
 * per code (a miss costs one small request; concurrent misses for one code share it). When the registry
 * cannot answer (down, or its database unreachable) the check throws SERVICE_UNAVAILABLE rather than guess.
 */
export class RegistryRegionDirectory implements RegionDirectory {
  private readonly answers = new Map<string, { exists: boolean; until: number }>();
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(
    private readonly registryUrl: string,
    private readonly gatewaySecret: string,
    private readonly now: () => number = Date.now,
  ) {}

  async exists(code: string): Promise<boolean> {
    const cached = this.answers.get(code);
    if (cached && cached.until > this.now()) return cached.exists;
    let asking = this.pending.get(code);
    if (!asking) {
      asking = this.ask(code).finally(() => this.pending.delete(code));
      this.pending.set(code, asking);
    }
    return asking;
  }

  private async ask(code: string): Promise<boolean> {
    let body: { data?: { region: { code: string } | null }; errors?: unknown[] };
    try {
      const response = await fetch(this.registryUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_SECRET_HEADER]: this.gatewaySecret },
        body: JSON.stringify({ query: REGION_QUERY, variables: { code } }),
        signal: AbortSignal.timeout(5_000),
      });
      body = (await response.json()) as typeof body;
    } catch {
      throw serviceUnavailable();
    }
    if (body.errors?.length || body.data === undefined) throw serviceUnavailable();
    const exists = body.data.region !== null;
    if (this.answers.size >= MAX_ENTRIES) this.answers.clear();
    this.answers.set(code, { exists, until: this.now() + (exists ? KNOWN_FOR_MS : UNKNOWN_FOR_MS) });
    return exists;
  }
}
